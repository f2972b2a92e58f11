// Rules accept deeply readonly input and options (`as const`, readonly arrays, frozen records): checked
// by the compiler (this file is in tsconfig.test.json) and, at run time, by deciding the same as for a
// mutable copy. The packed package is checked the same way by scripts/packed/types.mjs.
import { describe, expect, it } from 'vitest';
import {
  hukumanBeberapaPelanggaran,
  kenaikanPangkatReguler,
  kenaikanPangkatRegulerRule,
  peringkatKandidat,
  predikatKinerja,
  rekapKetidakhadiran,
  RULES,
  type DeepReadonly,
  type KenaikanPangkatRegulerInput,
  type PredikatKinerjaOutput,
  type RuleInputOf,
} from '../src/index.js';
import { deepFreeze } from '../src/core/freeze.js';

const pegawai = {
  golongan: 'III/b',
  tmtPangkat: '2019-04-01',
  ijazah: 'S1',
  riwayatPenilaian: [
    { tahun: 2021, predikat: 'BAIK' },
    { tahun: 2022, predikat: 'BAIK' },
  ],
} as const;
const asOf = { asOf: '2023-01-15' } as const;

describe('readonly input', () => {
  it('as const objects and readonly arrays are accepted, and decide as their mutable copies', () => {
    const mutable: KenaikanPangkatRegulerInput = structuredClone(pegawai) as unknown as KenaikanPangkatRegulerInput;
    expect(kenaikanPangkatReguler(pegawai, asOf)).toEqual(kenaikanPangkatReguler(mutable, { asOf: '2023-01-15' }));
    const decide = kenaikanPangkatRegulerRule.withOptions(asOf, { ignoreKeys: ['nip'] as const });
    const batch: readonly (typeof pegawai & { readonly nip: string })[] = [{ ...pegawai, nip: '1' }];
    expect(batch.map(decide)[0]).toEqual(kenaikanPangkatReguler(pegawai, asOf));

    const predikat: PredikatKinerjaOutput = predikatKinerja({
      hasilKerja: 'SESUAI_EKSPEKTASI',
      perilakuKerja: 'SESUAI_EKSPEKTASI',
    } as const).value;
    expect(predikat).toBe('BAIK');
    const pelanggaran: readonly { readonly ketentuan: 'PASAL_5_A' }[] = [{ ketentuan: 'PASAL_5_A' }];
    expect(hukumanBeberapaPelanggaran({ pelanggaran }).value).toEqual(hukumanBeberapaPelanggaran({ pelanggaran: [...pelanggaran] }).value);
    const tidakMasuk: readonly string[] = ['2022-10-03'];
    expect(rekapKetidakhadiran({ tahun: 2022, tidakMasuk }).value).toEqual(
      rekapKetidakhadiran({ tahun: 2022, tidakMasuk: [...tidakMasuk] }).value,
    );
  });

  it('frozen input is read, never written', () => {
    const input = deepFreeze({
      formasi: { standar: { INTEGRITAS: 3, KERJASAMA: 3 } },
      kandidat: [{ id: 'A', profil: { INTEGRITAS: 3, KERJASAMA: 2 }, predikatDuaTahunTerakhir: ['BAIK', 'BAIK'] }],
    } as const);
    expect(peringkatKandidat(input, { asOf: '2025-01-02' }).value).toEqual(
      peringkatKandidat(structuredClone(input) as never, { asOf: '2025-01-02' }).value,
    );
  });

  it('every rule runs on a frozen copy of its first example', () => {
    for (const rule of RULES) {
      const [example] = rule.examples;
      if (!example) continue;
      const frozen = deepFreeze(structuredClone(example.input));
      expect(rule.run(frozen, example.options as never).value, rule.id).toEqual(rule.run(example.input, example.options as never).value);
    }
  });
});

// Type level: a deeply readonly input is assignable wherever the mutable one is accepted.
type Accepts<A, B> = [A] extends [B] ? true : false;
const readonlyAccepted: Accepts<DeepReadonly<KenaikanPangkatRegulerInput>, Parameters<typeof kenaikanPangkatReguler>[0]> = true;
const sameInput: Accepts<RuleInputOf<typeof kenaikanPangkatRegulerRule>, KenaikanPangkatRegulerInput> = true;
void [readonlyAccepted, sameInput];
