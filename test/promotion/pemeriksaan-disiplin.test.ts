/**
 * Disciplinary proceedings open on asOf (corrections 2026-12, M2): an examination for a suspected sedang/berat
 * violation, or an upaya administratif pending against a hukuman, blocks a promotion only with the setting
 * pemeriksaanDisiplinMenghalangi (preset off: no PP 94/2021 article found). Sources: Perka BKN 21/2010 via the
 * Kemenkes helpdesk, DJKN buku saku, PP 53/2010 Pasal 41 (repealed). Checked on every KP rule.
 */
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/core/decision.js';
import { explain } from '../../src/explain.js';
import {
  kenaikanPangkatFungsional,
  kenaikanPangkatPenyesuaianIjazah,
  kenaikanPangkatPrestasiLuarBiasa,
  kenaikanPangkatReguler,
  kenaikanPangkatStruktural,
} from '../../src/promotion/index.js';
import { reasonsOf } from '../expected-reason.js';
import { PEMERIKSAAN, PROSES, teks, UPAYA } from './dasar-kp.js';
import { expectExplained } from './explained.js';
import { reasonLines } from '../explain/lines.js';

const asOf = '2025-03-10';

type Proses = { dalamPemeriksaan?: boolean; upayaAdministratif?: boolean };
type Opsi = { pemeriksaanDisiplinMenghalangi?: boolean };

/** Each KP rule with a case that meets every other condition on the 1 April 2025 period. */
const RULES: { id: string; run: (proses: Proses | undefined, opsi: Opsi) => Decision<{ memenuhiSyarat: boolean }> }[] = [
  {
    id: 'promotion.kenaikanPangkatReguler',
    run: (proses, opsi) =>
      kenaikanPangkatReguler(
        {
          golongan: 'III/b',
          tmtPangkat: '2021-04-01',
          ijazah: 'S1',
          riwayatPenilaian: [
            { tahun: 2023, predikat: 'BAIK' },
            { tahun: 2024, predikat: 'BAIK' },
          ],
          ...(proses && { pemeriksaanDisiplin: proses }),
        },
        { asOf, ...opsi },
      ),
  },
  {
    id: 'promotion.kenaikanPangkatFungsional',
    run: (proses, opsi) =>
      kenaikanPangkatFungsional(
        {
          jenjang: 'AHLI_PERTAMA',
          golongan: 'III/a',
          tmtPangkat: '2022-04-01',
          akk: 50,
          riwayatPenilaian: [
            { tahun: 2023, predikat: 'BAIK' },
            { tahun: 2024, predikat: 'BAIK' },
          ],
          ...(proses && { pemeriksaanDisiplin: proses }),
        },
        { asOf, ...opsi },
      ),
  },
  {
    id: 'promotion.kenaikanPangkatStruktural',
    run: (proses, opsi) =>
      kenaikanPangkatStruktural(
        {
          eselon: 'IV.a',
          golongan: 'III/b',
          tmtPangkat: '2024-04-01',
          tmtJabatan: '2024-03-15',
          ijazah: 'S1',
          riwayatPenilaian: [
            { tahun: 2023, predikat: 'BAIK' },
            { tahun: 2024, predikat: 'BAIK' },
          ],
          ...(proses && { pemeriksaanDisiplin: proses }),
        },
        { asOf, ...opsi },
      ),
  },
  {
    id: 'promotion.kenaikanPangkatPenyesuaianIjazah',
    run: (proses, opsi) =>
      kenaikanPangkatPenyesuaianIjazah(
        {
          golongan: 'II/c',
          tmtPangkat: '2022-04-01',
          ijazahBaru: 'S1',
          jabatanSesuaiIjazah: true,
          lulusUkppi: true,
          riwayatPenilaian: [{ tahun: 2024, predikat: 'BAIK' }],
          ...(proses && { pemeriksaanDisiplin: proses }),
        },
        { asOf, ...opsi },
      ),
  },
  {
    id: 'promotion.kenaikanPangkatPrestasiLuarBiasa',
    run: (proses, opsi) =>
      kenaikanPangkatPrestasiLuarBiasa(
        {
          golongan: 'III/b',
          tmtPangkat: '2024-04-01',
          riwayatPenilaian: [{ tahun: 2024, predikat: 'SANGAT_BAIK' }],
          ...(proses && { pemeriksaanDisiplin: proses }),
        },
        { asOf, ...opsi },
      ),
  },
];

const ON = { pemeriksaanDisiplinMenghalangi: true };
const OFF = { pemeriksaanDisiplinMenghalangi: false };
const tidakLayak = { memenuhiSyarat: false, golonganBaru: null, tmt: null };

describe.each(RULES)('$id: disciplinary proceedings open on asOf (setting pemeriksaanDisiplinMenghalangi)', ({ id, run }) => {
  const r = reasonsOf(id);
  const dasar = run(undefined, {});
  // A refused KP with an earliest date (reguler, struktural, fungsional) ends with the note saying there is none:
  // the proceedings are not ended by time alone. It cites the KP periods, as the period reason does.
  const tanpaTmt = Object.hasOwn(dasar.value, 'tmtPalingCepat')
    ? [r('tmtPalingCepatTidakAda', 'INFO', dasar.reasons[0]!.citations, {})]
    : [];

  it('the baseline meets every condition, and its reasons name no proceedings', () => {
    expect(dasar.value.memenuhiSyarat).toBe(true);
    expect(dasar.reasons.some((x) => /pemeriksaanDisiplin|upayaAdministratif/.test(x.code))).toBe(false);
  });

  it('absent input: nothing is checked, whatever the setting (the decision is unchanged)', () => {
    expect(run(undefined, ON)).toEqual(dasar);
    expect(run(undefined, OFF)).toEqual(dasar);
  });

  it('setting off (the preset): the decision is unchanged and one INFO reason records the input', () => {
    for (const opsi of [{}, OFF]) {
      const d = run({ dalamPemeriksaan: true, upayaAdministratif: true }, opsi);
      expect(d.value).toEqual(dasar.value);
      expect(d.reasons).toEqual([
        ...dasar.reasons,
        r('pemeriksaanDisiplinTidakDiperiksa', 'INFO', PROSES, { asOf, dalamPemeriksaan: true, upayaAdministratif: true }),
      ]);
      expect(reasonLines(d, 'id').at(-1)).toMatchSnapshot();
      expect(reasonLines(d, 'en').at(-1)).toMatchSnapshot();
    }
    // Both default to false when the object is given empty.
    expect(run({}, {}).reasons.at(-1)).toEqual(
      r('pemeriksaanDisiplinTidakDiperiksa', 'INFO', PROSES, { asOf, dalamPemeriksaan: false, upayaAdministratif: false }),
    );
  });

  it('setting on, under examination: blocked, with Perka BKN 21/2010 and PP 94/2021 (not located)', () => {
    const d = run({ dalamPemeriksaan: true }, ON);
    expect(d.value).toMatchObject(tidakLayak);
    // Not met by time alone (the examination's outcome is not known): no earliest date where a rule gives one, and the condition listed.
    const syaratTidakTerpenuhi = [{ code: `${id}.pemeriksaanDisiplinBerjalan`, olehWaktuSaja: false }];
    expect(d.value).toEqual({
      ...dasar.value,
      ...tidakLayak,
      ...(Object.hasOwn(dasar.value, 'tmtPalingCepat') ? { tmtPalingCepat: null, syaratTidakTerpenuhi } : {}),
    });
    expect(d.reasons).toEqual([...dasar.reasons, r('pemeriksaanDisiplinBerjalan', 'FAIL', PEMERIKSAAN, { asOf }), ...tanpaTmt]);
    expect(reasonLines(d, 'id').at(-1 - tanpaTmt.length)).toMatchSnapshot();
    expect(reasonLines(d, 'en').at(-1 - tanpaTmt.length)).toMatchSnapshot();
    expectExplained(d);
  });

  it('setting on, an upaya administratif pending: blocked, with PP 53/2010 Pasal 41 ayat (1)', () => {
    const d = run({ upayaAdministratif: true }, ON);
    const syaratTidakTerpenuhi = [{ code: `${id}.upayaAdministratifBerjalan`, olehWaktuSaja: false }];
    expect(d.value).toEqual({
      ...dasar.value,
      ...tidakLayak,
      ...(Object.hasOwn(dasar.value, 'tmtPalingCepat') ? { tmtPalingCepat: null, syaratTidakTerpenuhi } : {}),
    });
    expect(d.reasons).toEqual([...dasar.reasons, r('upayaAdministratifBerjalan', 'FAIL', UPAYA, { asOf }), ...tanpaTmt]);
    expect(reasonLines(d, 'id').at(-1 - tanpaTmt.length)).toMatchSnapshot();
    expect(reasonLines(d, 'en').at(-1 - tanpaTmt.length)).toMatchSnapshot();
  });

  it('setting on, both open: one FAIL each', () => {
    const d = run({ dalamPemeriksaan: true, upayaAdministratif: true }, ON);
    expect(d.value.memenuhiSyarat).toBe(false);
    expect(d.reasons.slice(-2 - tanpaTmt.length)).toEqual([
      r('pemeriksaanDisiplinBerjalan', 'FAIL', PEMERIKSAAN, { asOf }),
      r('upayaAdministratifBerjalan', 'FAIL', UPAYA, { asOf }),
      ...tanpaTmt,
    ]);
  });

  it('setting on, none open: one PASS, the decision unchanged', () => {
    const d = run({ dalamPemeriksaan: false, upayaAdministratif: false }, ON);
    expect(d.value).toEqual(dasar.value);
    expect(d.reasons).toEqual([...dasar.reasons, r('pemeriksaanDisiplinTidakAda', 'PASS', PROSES, { asOf })]);
    expect(reasonLines(d, 'id').at(-1)).toMatchSnapshot();
    expect(reasonLines(d, 'en').at(-1)).toMatchSnapshot();
  });
});
