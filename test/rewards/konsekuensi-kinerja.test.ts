import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/core/decision.js';
import { MeritInputError } from '../../src/core/errors.js';
import { explain } from '../../src/explain.js';
import { konsekuensiKinerja } from '../../src/rewards/index.js';
import { reasonLines } from '../explain/lines.js';

const base = { jenisJabatan: 'FUNGSIONAL', tanggalPenetapan: '2025-01-31' } as const;

describe('konsekuensiKinerja (PP 30/2019 Pasal 57–58, UU 20/2023 Pasal 52)', () => {
  it.each([
    ['SANGAT_BAIK', 'TIDAK_ADA'],
    ['BAIK', 'TIDAK_ADA'],
    ['BUTUH_PERBAIKAN', 'PERBAIKAN_KINERJA'],
    ['KURANG', 'PERBAIKAN_KINERJA'],
    ['SANGAT_KURANG', 'PERBAIKAN_KINERJA'],
  ] as const)('predikat %s → %s', (predikatTahunan, tahap) => {
    expect(konsekuensiKinerja({ ...base, predikatTahunan }).value.tahap).toBe(tahap);
  });

  it('6 months to improve from the day the predikat was set (month-end clamped)', () => {
    expect(konsekuensiKinerja({ ...base, predikatTahunan: 'KURANG', tanggalPenetapan: '2025-08-31' }).value.batasPerbaikan).toBe(
      '2026-02-28',
    );
  });

  it('the predikat that count as a missed target are a setting', () => {
    expect(
      konsekuensiKinerja({ ...base, predikatTahunan: 'BUTUH_PERBAIKAN' }, { predikatTidakMemenuhiTarget: ['KURANG', 'SANGAT_KURANG'] })
        .value.tahap,
    ).toBe('TIDAK_ADA');
  });

  it('improved → nothing further; JPT not improved → competency test again', () => {
    expect(konsekuensiKinerja({ ...base, predikatTahunan: 'KURANG', hasilPerbaikan: 'MEMENUHI_TARGET' }).value.tahap).toBe('TIDAK_ADA');
    expect(
      konsekuensiKinerja({ ...base, jenisJabatan: 'JPT', predikatTahunan: 'KURANG', hasilPerbaikan: 'TIDAK_MEMENUHI_TARGET' }).value.tahap,
    ).toBe('UJI_KOMPETENSI_KEMBALI');
  });

  it('administrasi/fungsional: placement for a year, dismissal with honour only after it and without a vacancy', () => {
    const gagal = { ...base, predikatTahunan: 'SANGAT_KURANG', hasilPerbaikan: 'TIDAK_MEMENUHI_TARGET' } as const;
    expect(konsekuensiKinerja(gagal).value).toEqual({
      tahap: 'PENEMPATAN_SESUAI_KOMPETENSI',
      batasPerbaikan: '2025-07-31',
      batasPenempatan: '2026-07-31',
    });
    expect(konsekuensiKinerja({ ...gagal, lowonganSesuaiTersedia: false }, { asOf: '2026-07-30' }).value.tahap).toBe(
      'PENEMPATAN_SESUAI_KOMPETENSI',
    );
    const d = konsekuensiKinerja({ ...gagal, lowonganSesuaiTersedia: false }, { asOf: '2026-07-31' });
    expect(d.value.tahap).toBe('PEMBERHENTIAN_DENGAN_HORMAT');
    expect(d.reasons.at(-1)!.citations).toContainEqual({ regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf f' });
    expect(konsekuensiKinerja({ ...gagal, lowonganSesuaiTersedia: true }, { asOf: '2027-01-01' }).value.tahap).toBe(
      'PENEMPATAN_SESUAI_KOMPETENSI',
    );
  });

  it('PPPK: contract ended with honour (PP 49/2018 Pasal 53 ayat (2) huruf c)', () => {
    expect(konsekuensiKinerja({ ...base, statusPegawai: 'PPPK', predikatTahunan: 'KURANG' }).value.tahap).toBe(
      'PEMUTUSAN_PPPK_DENGAN_HORMAT',
    );
    expect(konsekuensiKinerja({ ...base, statusPegawai: 'PPPK', predikatTahunan: 'BAIK' }).value.tahap).toBe('TIDAK_ADA');
  });

  it('rejects an unknown predikat', () => {
    expect(() => konsekuensiKinerja({ ...base, predikatTahunan: 'CUKUP' as never })).toThrow(MeritInputError);
  });
});

const K = 'rewards.konsekuensiKinerja';
const P57 = { regulation: 'PP_30_2019', article: 'Pasal 57' };
const P58 = { regulation: 'PP_30_2019', article: 'Pasal 58' };
const TIDAK_MEMENUHI = { rule: K, code: `${K}.tidakMemenuhi`, outcome: 'FAIL', citations: [P57], facts: { predikat: 'KURANG' } };

describe('konsekuensiKinerja reasons and their explanation', () => {
  it('target met (predikat Baik): one PASS reason citing PP 30/2019 Pasal 57', () => {
    const d = konsekuensiKinerja({ ...base, predikatTahunan: 'BAIK' });
    expect(d.reasons).toEqual([{ rule: K, code: `${K}.memenuhi`, outcome: 'PASS', citations: [P57], facts: { predikat: 'BAIK' } }]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Terpenuhi: Predikat tahunan Baik: target kinerja terpenuhi [1]",
        "Dasar hukum:",
        "[1] PP 30/2019 Pasal 57",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Met: Annual rating Good (Baik): performance target met [1]",
        "Legal basis:",
        "[1] PP 30/2019 Pasal 57",
      ]
    `);
  });

  it('PPPK missing the target: contract ended, citing PP 49/2018 Pasal 53 ayat (2) huruf c and UU 20/2023 Pasal 52 ayat (3) huruf f', () => {
    const d = konsekuensiKinerja({ ...base, statusPegawai: 'PPPK', predikatTahunan: 'KURANG' });
    expect(d.value).toEqual({ tahap: 'PEMUTUSAN_PPPK_DENGAN_HORMAT', batasPerbaikan: null, batasPenempatan: null });
    expect(d.reasons).toEqual([
      TIDAK_MEMENUHI,
      {
        rule: K,
        code: `${K}.pppk`,
        outcome: 'APPLIES',
        citations: [
          { regulation: 'PP_49_2018', article: 'Pasal 53 ayat (2) huruf c' },
          { regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf f' },
        ],
        facts: {},
      },
    ]);
    expect(reasonLines(d, 'id')[1]).toMatchInlineSnapshot(
      `"Berlaku: PPPK tidak memenuhi target kinerja yang disepakati: pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri [2, 3]"`,
    );
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(
      `"Applies: A PPPK who misses the agreed performance target: contract ended with honour, not at own request [2, 3]"`,
    );
  });

  it('improved within the 6 months (Pasal 57): PASS, nothing further, the end of the period kept', () => {
    const d = konsekuensiKinerja({ ...base, predikatTahunan: 'KURANG', hasilPerbaikan: 'MEMENUHI_TARGET' });
    expect(d.value).toEqual({ tahap: 'TIDAK_ADA', batasPerbaikan: '2025-07-31', batasPenempatan: null });
    expect(d.reasons).toEqual([
      TIDAK_MEMENUHI,
      { rule: K, code: `${K}.membaik`, outcome: 'PASS', citations: [P57], facts: { batasPerbaikan: '2025-07-31' } },
    ]);
    expect(reasonLines(d, 'id')[1]).toMatchInlineSnapshot(
      `"Terpenuhi: Kinerja membaik dalam masa perbaikan (sampai 31 Juli 2025): tidak ada tindakan lanjutan [1]"`,
    );
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(
      `"Met: Performance improved within the improvement period (until 31 July 2025): no further action [1]"`,
    );
  });

  it('JPT not improved (Pasal 57): FAIL, competency test again after the end of the period', () => {
    const d = konsekuensiKinerja({ ...base, jenisJabatan: 'JPT', predikatTahunan: 'KURANG', hasilPerbaikan: 'TIDAK_MEMENUHI_TARGET' });
    expect(d.value).toEqual({ tahap: 'UJI_KOMPETENSI_KEMBALI', batasPerbaikan: '2025-07-31', batasPenempatan: null });
    expect(d.reasons).toEqual([
      TIDAK_MEMENUHI,
      { rule: K, code: `${K}.ujiKompetensi`, outcome: 'APPLIES', citations: [P57], facts: { batasPerbaikan: '2025-07-31' } },
    ]);
    expect(reasonLines(d, 'id')[1]).toMatchInlineSnapshot(
      `"Berlaku: JPT tidak membaik setelah 31 Juli 2025: uji kompetensi kembali, lalu dipindahkan ke jabatan yang sesuai atau lebih rendah [1]"`,
    );
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(
      `"Applies: A JPT who has not improved after 31 July 2025: competency test again, then moved to a suitable or lower post [1]"`,
    );
  });

  it.each([
    [true, 'ya', 'yes'],
    [false, 'tidak', 'no'],
    [undefined, '—', '—'],
  ] as const)(
    'administrasi/fungsional not improved, vacancy %s: placement (Pasal 58) with the vacancy fact',
    (lowonganSesuaiTersedia, id, en) => {
      const d = konsekuensiKinerja(
        { ...base, predikatTahunan: 'KURANG', hasilPerbaikan: 'TIDAK_MEMENUHI_TARGET', lowonganSesuaiTersedia },
        { asOf: '2026-07-30' },
      );
      expect(d.value).toEqual({ tahap: 'PENEMPATAN_SESUAI_KOMPETENSI', batasPerbaikan: '2025-07-31', batasPenempatan: '2026-07-31' });
      expect(d.reasons).toEqual([
        TIDAK_MEMENUHI,
        {
          rule: K,
          code: `${K}.penempatan`,
          outcome: 'INFO',
          citations: [P58],
          facts: { batasPenempatan: '2026-07-31', lowonganSesuaiTersedia: lowonganSesuaiTersedia ?? null },
        },
      ]);
      expect(reasonLines(d, 'id')[1]).toMatchSnapshot();
      expect(reasonLines(d, 'en')[1]).toMatchSnapshot();
    },
  );

  it('without asOf a dismissal cannot be decided: no vacancy still means placement (Pasal 58 ayat (5))', () => {
    const d = konsekuensiKinerja({
      ...base,
      predikatTahunan: 'KURANG',
      hasilPerbaikan: 'TIDAK_MEMENUHI_TARGET',
      lowonganSesuaiTersedia: false,
    });
    expect(d.value.tahap).toBe('PENEMPATAN_SESUAI_KOMPETENSI');
  });
});

describe('frozen: a write throws and the next decision is unchanged (was refusals.test.ts)', () => {
  it("a decision's citations are frozen too: writing to them throws and does not reach the next decision", () => {
    const d = konsekuensiKinerja({ jenisJabatan: 'FUNGSIONAL', predikatTahunan: 'KURANG', tanggalPenetapan: '2025-01-31' });
    expect(() => {
      d.reasons[0]!.citations[0]!.article = 'HACKED';
    }).toThrow(TypeError);
    expect(() => (d.reasons[0]!.citations as Citation[]).push({ regulation: 'X', article: 'Pasal 1' } as unknown as Citation)).toThrow(
      TypeError,
    );
    expect(
      konsekuensiKinerja({ jenisJabatan: 'FUNGSIONAL', predikatTahunan: 'KURANG', tanggalPenetapan: '2025-01-31' }).reasons[0]!.citations,
    ).toEqual([{ regulation: 'PP_30_2019', article: 'Pasal 57' }]);
  });
});
