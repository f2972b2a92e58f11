import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { penyesuaianGajiKetidakhadiran } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssues } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

describe('penyesuaianGajiKetidakhadiran (PerBKN 6/2022 contoh 23)', () => {
  it.each([
    [5, 5, true, 'TEGURAN_TERTULIS', 'GAJI_DIBAYARKAN_KEMBALI'],
    [9, 9, true, 'PERNYATAAN_TIDAK_PUAS_TERTULIS', 'GAJI_DIBAYARKAN_KEMBALI'],
    [10, 10, true, 'PDHTAPS', 'TANPA_PENYESUAIAN'],
    [10, 10, false, 'PDHTAPS', 'GAJI_DIKEMBALIKAN_KE_NEGARA'],
    [12, 4, false, 'POTONGAN_TUKIN_6_BULAN', 'TANPA_PENYESUAIAN'],
  ] as const)('%i days (%i consecutive), salary stopped %s → %s, %s', (k, b, stopped, hukuman, penyesuaianGaji) => {
    expect(
      penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: k, hariBerturutTurutTerbukti: b, gajiTelahDihentikan: stopped }).value,
    ).toEqual({
      hukuman,
      penyesuaianGaji,
    });
  });

  it('rejects more consecutive than cumulative days', () => {
    expect(() =>
      penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: 3, hariBerturutTurutTerbukti: 4, gajiTelahDihentikan: true }),
    ).toThrow(MeritInputError);
  });
});

describe('penyesuaianGajiKetidakhadiran (PP 94/2021 Pasal 15 ayat (2); PerBKN 6/2022 contoh 23)', () => {
  it('consecutive days may equal but not exceed the cumulative days', () => {
    expect(
      penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: 4, hariBerturutTurutTerbukti: 4, gajiTelahDihentikan: false }).value.hukuman,
    ).toBe('TEGURAN_TERTULIS');
    expect(
      thrownIssues(() =>
        penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: 4, hariBerturutTurutTerbukti: 5, gajiTelahDihentikan: false }),
      ),
    ).toEqual([
      {
        path: ['hariBerturutTurutTerbukti'],
        message: 'hariBerturutTurutTerbukti cannot exceed hariKumulatifTerbukti: the consecutive days proven are among the days proven',
        text: {
          en: 'hariBerturutTurutTerbukti cannot exceed hariKumulatifTerbukti: the consecutive days proven are among the days proven',
          id: 'hariBerturutTurutTerbukti tidak boleh melebihi hariKumulatifTerbukti: hari berturut-turut yang terbukti termasuk hari yang terbukti',
        },
        code: 'contradiction',
      },
    ]);
  });

  it.each([
    [true, 9, 'GAJI_DIBAYARKAN_KEMBALI', 'APPLIES'],
    [true, 10, 'TANPA_PENYESUAIAN', 'APPLIES'],
    [false, 9, 'TANPA_PENYESUAIAN', 'APPLIES'],
    [false, 10, 'GAJI_DIKEMBALIKAN_KE_NEGARA', 'APPLIES'],
  ] as const)('salary stopped %s, %i consecutive days proven → %s (%s)', (gajiTelahDihentikan, hari, penyesuaianGaji, outcome) => {
    const d = penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: hari, hariBerturutTurutTerbukti: hari, gajiTelahDihentikan });
    expect(d.value.penyesuaianGaji).toBe(penyesuaianGaji);
    expect(d.reasons[2]).toMatchObject({ code: 'discipline.penyesuaianGajiKetidakhadiran.penyesuaian', outcome });
  });

  it('explains "no adjustment" when salary was stopped and 10 consecutive days are proven', () => {
    const d = penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: 10, hariBerturutTurutTerbukti: 10, gajiTelahDihentikan: true });
    expect(reasonLines(d, 'en')[2]).toMatch(/^Applies: Salary already stopped: yes; 10 consecutive working days proven: no adjustment \[/);
  });
});

describe('penyesuaianGajiKetidakhadiran: its reasons under its own prefix', () => {
  it('the proven days are explained with the texts of hukumanKetidakhadiran, under this rule’s codes', () => {
    const d = penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: 2, hariBerturutTurutTerbukti: 2, gajiTelahDihentikan: true });
    expect(d.reasons.map((r) => [r.code, r.outcome])).toEqual([
      ['discipline.penyesuaianGajiKetidakhadiran.dibawahBatas', 'APPLIES'],
      ['discipline.penyesuaianGajiKetidakhadiran.tidakBerturutTurut', 'PASS'],
      ['discipline.penyesuaianGajiKetidakhadiran.penyesuaian', 'APPLIES'],
    ]);
    expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(
      `"Applies: 2 working days of absence this year, fewer than 3: no disciplinary penalty [1]"`,
    );
  });
});
