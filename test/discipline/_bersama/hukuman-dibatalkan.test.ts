/**
 * One decision for the lifted penalty, in every rule that reads a hukuman record: PDHTAPS is permanent (an end
 * date for it is refused), and a hukuman annulled on keberatan, banding administratif (PP 79/2021) or by a court
 * (UU 5/1986 Pasal 97 ayat (9) huruf a) never counts and is reported by an INFO reason of the rule itself.
 */
import { describe, expect, it } from 'vitest';
import { efekHukuman, gabungHukuman, MeritInputError } from '../../../src/index.js';
import { peringkatKandidat } from '../../../src/competency/index.js';
import { kenaikanPangkatReguler } from '../../../src/promotion/index.js';
import { potonganTukin, satyalancanaKaryaSatya } from '../../../src/rewards/index.js';
import { explain } from '../../../src/explain.js';
import { riwayatHukumanSchema } from '../../../src/discipline/_bersama/riwayat-hukuman.js';
import { parseInput } from '../../../src/core/rule.js';
import { citedLines, reasonLines } from '../../explain/lines.js';

const BANDING = { tanggal: '2024-05-02', dasar: 'BANDING_ADMINISTRATIF' } as const;
const berat = { jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2024-02-01' } as const;
const dibatalkan = { ...berat, dibatalkan: BANDING };

const reasonCodes = (d: { reasons: { code: string; outcome: string }[] }) => d.reasons.map((r) => `${r.code}:${r.outcome}`);

describe('the hukuman record', () => {
  it('refuses an end date for PDHTAPS, which is permanent', () => {
    expect(() => parseInput(riwayatHukumanSchema, { jenis: 'PDHTAPS', tmt: '2024-01-01', selesai: '2025-01-01' })).toThrow(MeritInputError);
  });
  it('refuses an annulment dated before the hukuman took effect', () => {
    expect(() => parseInput(riwayatHukumanSchema, { ...berat, dibatalkan: { ...BANDING, tanggal: '2024-01-31' } })).toThrow(
      /dibatalkan\.tanggal/,
    );
  });
  it('accepts an annulment on the day the hukuman took effect', () => {
    expect(parseInput(riwayatHukumanSchema, { ...berat, dibatalkan: { ...BANDING, tanggal: berat.tmt } }).dibatalkan?.tanggal).toBe(
      berat.tmt,
    );
  });
  it('refuses a basis of annulment it does not know', () => {
    expect(() => parseInput(riwayatHukumanSchema, { ...berat, dibatalkan: { tanggal: '2024-05-02', dasar: 'GRASI' } })).toThrow(
      MeritInputError,
    );
  });
});

describe('efekHukuman', () => {
  it('an annulled berat hukuman does not postpone KGB or KP, and the decision says why, citing PP 79/2021', () => {
    const counted = efekHukuman({ riwayat: [berat], tanggal: '2024-06-01' });
    const annulled = efekHukuman({ riwayat: [dibatalkan], tanggal: '2024-06-01' });
    expect(counted.value.kgbDanKpDitunda).toBe(true);
    expect(annulled.value).toMatchObject({ hukumanBerjalan: null, kgbDanKpDitunda: false });
    const info = annulled.reasons.find((r) => r.code === 'discipline.efekHukuman.hukumanDibatalkan')!;
    expect(info.outcome).toBe('INFO');
    expect(info.citations).toEqual([{ regulation: 'PP_79_2021', article: 'Pasal 1 angka 5' }]);
    expect(citedLines(annulled, 'en')[0]).toMatch(
      /^Note: .+ \(TMT 1 February 2024\) was annulled on 2 May 2024 \(administrative appeal \(banding administratif\)\): it does not count \(PP 79\/2021 Pasal 1 angka 5\)$/,
    );
  });
  it('an annulled PDHTAPS dismissed no one: no "no KP pengabdian", and a later hukuman is not refused', () => {
    const pdhtaps = { jenis: 'PDHTAPS', tmt: '2024-01-01', dibatalkan: { tanggal: '2024-03-01', dasar: 'PUTUSAN_PENGADILAN' } } as const;
    const d = efekHukuman({ riwayat: [pdhtaps, { jenis: 'TEGURAN_LISAN', tmt: '2024-06-01' }], tanggal: '2024-06-01' });
    expect(d.value).toMatchObject({ tanpaKpPengabdian: false, hukumanBerjalan: 'TEGURAN_LISAN' });
    expect(d.reasons[0]!.citations).toEqual([{ regulation: 'UU_5_1986', article: 'Pasal 97 ayat (9) huruf a' }]);
    // The same PDHTAPS not annulled is still permanent, and nothing may follow it.
    expect(() =>
      efekHukuman({
        riwayat: [
          { jenis: 'PDHTAPS', tmt: '2024-01-01' },
          { jenis: 'TEGURAN_LISAN', tmt: '2024-06-01' },
        ],
        tanggal: '2024-06-01',
      }),
    ).toThrow(MeritInputError);
  });
});

describe('rules in other domains read the record the same way', () => {
  it('satyalancanaKaryaSatya: an annulled sedang hukuman does not disqualify', () => {
    const input = { tmtCpns: '2004-03-01', riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2017-06-01' }] } as const;
    const options = { asOf: '2024-03-01' } as const;
    const counted = satyalancanaKaryaSatya(input, options);
    const annulled = satyalancanaKaryaSatya(
      { ...input, riwayatHukuman: [{ ...input.riwayatHukuman[0], dibatalkan: { tanggal: '2017-08-01', dasar: 'KEBERATAN' } }] },
      options,
    );
    expect(reasonCodes(counted)).toContain('rewards.satyalancanaKaryaSatya.hukuman:FAIL');
    expect(reasonCodes(annulled)).toContain('rewards.satyalancanaKaryaSatya.hukumanDibatalkan:INFO');
    expect(reasonCodes(annulled)).toContain('rewards.satyalancanaKaryaSatya.tanpaHukuman:PASS');
  });

  it('potonganTukin: an annulled hukuman cuts nothing', () => {
    const hukuman = { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-01-10' } as const;
    const counted = potonganTukin({ bulan: '2024-02', riwayatHukuman: [hukuman] });
    const annulled = potonganTukin({
      bulan: '2024-02',
      riwayatHukuman: [{ ...hukuman, dibatalkan: { tanggal: '2024-01-20', dasar: 'KEBERATAN' } }],
    });
    expect(counted.value.rincian.hukuman).not.toBe('0');
    expect(annulled.value.rincian.hukuman).toBe('0');
    expect(reasonCodes(annulled)).toContain('rewards.potonganTukin.hukumanDibatalkan:INFO');
  });

  it('peringkatKandidat: a candidate whose hukuman was annulled is ranked', () => {
    const kandidat = (riwayatHukuman: readonly object[]) => ({
      formasi: { standar: { INTEGRITAS: 3 } },
      kandidat: [{ id: 'B', profil: { INTEGRITAS: 3 }, predikatDuaTahunTerakhir: ['BAIK', 'BAIK'], riwayatHukuman }],
    });
    const options = { asOf: '2025-01-02' } as const;
    expect(
      peringkatKandidat(kandidat([{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2024-06-01' }]) as never, options).value.peringkat,
    ).toEqual([]);
    const d = peringkatKandidat(
      kandidat([{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2024-06-01', dibatalkan: BANDING_LATER }]) as never,
      options,
    );
    expect(d.value.peringkat.map((p) => p.id)).toEqual(['B']);
    expect(explain(d, 'id').some((line) => line.startsWith('Catatan: B: ') && line.includes('dibatalkan'))).toBe(true);
  });

  it('kenaikanPangkatReguler: a berat hukuman annulled on banding no longer blocks the promotion', () => {
    const pegawai = {
      golongan: 'III/b',
      tmtPangkat: '2019-04-01',
      ijazah: 'S1',
      riwayatPenilaian: [
        { tahun: 2021, predikat: 'BAIK' },
        { tahun: 2022, predikat: 'BAIK' },
      ],
    } as const;
    const options = { asOf: '2023-01-15' } as const;
    const hukuman = { jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2022-10-01' } as const;
    const counted = kenaikanPangkatReguler({ ...pegawai, riwayatHukuman: [hukuman] }, options);
    const annulled = kenaikanPangkatReguler(
      { ...pegawai, riwayatHukuman: [{ ...hukuman, dibatalkan: { tanggal: '2022-12-01', dasar: 'BANDING_ADMINISTRATIF' } }] },
      options,
    );
    expect(counted.value.memenuhiSyarat).toBe(false);
    expect(annulled.value.memenuhiSyarat).toBe(true);
    expect(reasonCodes(annulled)).toContain('promotion.kenaikanPangkatReguler.hukumanDibatalkan:INFO');
    expect(reasonCodes(annulled)).toContain('promotion.kenaikanPangkatReguler.hukumanTidakAda:PASS');
  });

  it('gabungHukuman refuses an annulled running hukuman: nothing is combined with it', () => {
    expect(() => gabungHukuman({ berjalan: dibatalkan, baru: { jenis: 'TEGURAN_LISAN', tmt: '2024-06-01' } })).toThrow(
      /berjalan\.dibatalkan/,
    );
  });
});

const BANDING_LATER = { tanggal: '2024-09-02', dasar: 'BANDING_ADMINISTRATIF' } as const;
