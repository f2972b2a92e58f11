import { describe, expect, it } from 'vitest';
import { addDays, LIBUR_MAKS } from '../../src/core/calendar.js';
import { MeritInputError } from '../../src/core/errors.js';
import * as discipline from '../../src/discipline/index.js';
import {
  DISCIPLINE_RULES,
  efekHukuman,
  hukumanBeberapaPelanggaran,
  hukumanKetidakhadiran,
  JENIS_HUKUMAN,
  KETERLAMBATAN_MAKS,
  KODE_KETENTUAN,
  PELANGGARAN_SATU_PEMERIKSAAN_MAKS,
  peningkatanHukumanKetidakhadiran,
  rekapKetidakhadiran,
  RIWAYAT_HUKUMAN_MAKS,
  TABEL_KETIDAKHADIRAN,
  TANGGAL_TIDAK_MASUK_MAKS,
  tanggalBerlakuHukuman,
} from '../../src/discipline/index.js';
import { thrownIssues } from '../input-issues.js';

/** path, code and both texts of each issue the call is refused with. */
const refused = (run: () => unknown) =>
  thrownIssues(run).map((i) => ({ path: i.path.join('.'), code: i.code, en: i.text?.en, id: i.text?.id }));

// The impossible records the discipline rules used to decide: each got a confident answer, a silent
// drop or a raw error in 0.1.0.
describe('what reached the rules from a real caller', () => {
  it('a misspelt hariBerturutTurut no longer decides "no hukuman": refused with a suggestion, in both languages', () => {
    expect(refused(() => hukumanKetidakhadiran({ hariKumulatif: 2, hariBerturutturut: 15 } as never))).toEqual([
      {
        path: 'hariBerturutturut',
        code: 'unknown_key',
        en: 'is not a field of this input; did you mean "hariBerturutTurut"?',
        id: 'bukan kolom masukan ini; mungkin maksudnya "hariBerturutTurut"?',
      },
    ]);
  });

  it('15 consecutive days within 5 cumulative ones is refused, not PDHTAPS; 5 and 5 are decided', () => {
    expect(refused(() => hukumanKetidakhadiran({ hariKumulatif: 5, hariBerturutTurut: 15 }))).toEqual([
      {
        path: 'hariBerturutTurut',
        code: 'contradiction',
        en: "hariBerturutTurut (15) cannot exceed hariKumulatif (5): the consecutive days are days of the year's count (a run that began before 1 January is counted by rekapKetidakhadiran)",
        id: 'hariBerturutTurut (15) tidak boleh melebihi hariKumulatif (5): hari berturut-turut termasuk dalam hitungan tahun berjalan (rangkaian yang dimulai sebelum 1 Januari dihitung oleh rekapKetidakhadiran)',
      },
    ]);
    expect(hukumanKetidakhadiran({ hariKumulatif: 5, hariBerturutTurut: 5 }).value).toBe('TEGURAN_TERTULIS');
    expect(hukumanKetidakhadiran({ hariKumulatif: 15, hariBerturutTurut: 15 }).value).toBe('PDHTAPS');
  });

  it('rekapKetidakhadiran refuses dates of another year instead of ignoring them', () => {
    expect(refused(() => rekapKetidakhadiran({ tahun: 2022, tidakMasuk: ['2022-03-01', '2021-03-01', '2023-03-01'] }))).toEqual([
      {
        path: 'tidakMasuk.1',
        code: 'contradiction',
        en: '2021-03-01 is outside 2022 and not part of a run of consecutive working days of absence reaching into it: the count is per calendar year (PP 94/2021 Pasal 15 ayat (1))',
        id: '2021-03-01 di luar tahun 2022 dan bukan bagian dari rangkaian hari kerja tidak masuk berturut-turut yang berlanjut ke tahun itu: penghitungan per tahun kalender (PP 94/2021 Pasal 15 ayat (1))',
      },
      {
        path: 'tidakMasuk.2',
        code: 'contradiction',
        en: '2023-03-01 is outside 2022 and not part of a run of consecutive working days of absence reaching into it: the count is per calendar year (PP 94/2021 Pasal 15 ayat (1))',
        id: '2023-03-01 di luar tahun 2022 dan bukan bagian dari rangkaian hari kerja tidak masuk berturut-turut yang berlanjut ke tahun itu: penghitungan per tahun kalender (PP 94/2021 Pasal 15 ayat (1))',
      },
    ]);
    expect(rekapKetidakhadiran({ tahun: 2022, tidakMasuk: ['2022-03-01'] }).value.hariTidakMasuk).toBe(1);
  });

  it('an escalation whose previous hukuman is heavier than its previous days is refused; the one the days carry is decided', () => {
    expect(
      refused(() => peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: 'PENURUNAN_JABATAN', hariSebelumnya: 3, hariBaru: 1 })),
    ).toEqual([
      {
        path: 'hukumanSebelumnya',
        code: 'contradiction',
        en: 'PENURUNAN_JABATAN is heavier than the 3 days of hariSebelumnya carry (at most TEGURAN_LISAN; PP 94/2021 Pasal 15 ayat (1)): the two fields describe different records',
        id: 'PENURUNAN_JABATAN lebih berat daripada hukuman untuk 3 hari pada hariSebelumnya (paling berat TEGURAN_LISAN; PP 94/2021 Pasal 15 ayat (1)): kedua isian itu menggambarkan catatan yang berbeda',
      },
    ]);
    // PDHTAPS from 10 days on (10 consecutive days): accepted, and nothing is heavier
    expect(peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: 'PDHTAPS', hariSebelumnya: 10, hariBaru: 1 }).value).toBeNull();
    // below the first threshold no hukuman at all can have been imposed; from 10 days PDHTAPS can (10 consecutive days)
    expect(refused(() => peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: 'TEGURAN_LISAN', hariSebelumnya: 2, hariBaru: 1 }))).toEqual(
      [
        {
          path: 'hukumanSebelumnya',
          code: 'contradiction',
          en: 'TEGURAN_LISAN is heavier than the 2 days of hariSebelumnya carry (at most no hukuman; PP 94/2021 Pasal 15 ayat (1)): the two fields describe different records',
          id: 'TEGURAN_LISAN lebih berat daripada hukuman untuk 2 hari pada hariSebelumnya (paling berat tidak ada hukuman; PP 94/2021 Pasal 15 ayat (1)): kedua isian itu menggambarkan catatan yang berbeda',
        },
      ],
    );
    expect(refused(() => peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: 'PDHTAPS', hariSebelumnya: 9, hariBaru: 1 }))[0]!.en).toBe(
      'PDHTAPS is heavier than the 9 days of hariSebelumnya carry (at most PERNYATAAN_TIDAK_PUAS_TERTULIS; PP 94/2021 Pasal 15 ayat (1)): the two fields describe different records',
    );
    expect(peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: 'TEGURAN_LISAN', hariSebelumnya: 3, hariBaru: 1 }).value).toBe(
      'TEGURAN_TERTULIS',
    );
    // a lighter one set at an earlier count stands: PerBKN 6/2022 contoh 4b (14 days under a 6-month cut)
    expect(peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: 'POTONGAN_TUKIN_6_BULAN', hariSebelumnya: 14, hariBaru: 2 }).value).toBe(
      'POTONGAN_TUKIN_9_BULAN',
    );
  });

  it('TABEL_KETIDAKHADIRAN cannot be written: the write throws, the next decision is unchanged', () => {
    const before = hukumanKetidakhadiran({ hariKumulatif: 3 });
    const row = TABEL_KETIDAKHADIRAN[1]!;
    expect(() => {
      (row as { value: string }).value = 'HACKED';
    }).toThrow(TypeError);
    expect(() => {
      row.dasar[0]!.article = 'HACKED';
    }).toThrow(TypeError);
    expect(() => {
      (TABEL_KETIDAKHADIRAN as unknown[]).push({});
    }).toThrow(TypeError);
    expect(hukumanKetidakhadiran({ hariKumulatif: 3 })).toEqual(before);
  });

  it('the first threshold in the "below" reason is read from TABEL_KETIDAKHADIRAN (3 days, Pasal 9)', () => {
    expect(discipline.HARI_KUMULATIF_HUKUMAN_PERTAMA).toBe(3);
    expect(TABEL_KETIDAKHADIRAN[0]!.max!.at).toBe(3);
    expect(hukumanKetidakhadiran({ hariKumulatif: 2 }).reasons[0]!.facts).toEqual({ hariKumulatif: 2, batas: 3 });
  });
});

/** Objects reachable from `value` that are not frozen (zod schemas and functions are not data). */
function unfrozen(value: unknown, path: string, seen = new WeakSet<object>(), out: string[] = []): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value) || '_zod' in value) return out;
  seen.add(value);
  if (!Object.isFrozen(value)) out.push(path);
  for (const key of Reflect.ownKeys(value)) {
    const d = Reflect.getOwnPropertyDescriptor(value, key);
    if (d && 'value' in d) unfrozen(d.value, `${path}.${String(key)}`, seen, out);
  }
  return out;
}

/** Writes into every object of a decision; a frozen one throws, which is fine. */
function scribble(value: unknown, seen = new WeakSet<object>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const v = (value as Record<PropertyKey, unknown>)[key];
    scribble(v, seen);
    try {
      (value as Record<PropertyKey, unknown>)[key] = typeof v === 'number' ? -1 : 'HACKED';
    } catch {
      // frozen: the write is refused
    }
  }
  if (Array.isArray(value)) {
    try {
      value.push('HACKED');
    } catch {
      // frozen
    }
  }
}

describe('frozen, owned results', () => {
  it('every exported table, list, preset and citation constant of the domain is deep-frozen', () => {
    const data = Object.entries(discipline).filter(([, v]) => v !== null && typeof v === 'object' && !('_zod' in v));
    expect(data.map(([k]) => k)).toEqual(
      expect.arrayContaining(['TABEL_KETIDAKHADIRAN', 'HUKUMAN', 'KETENTUAN_DISIPLIN', 'MATRIKS_KEWENANGAN']),
    );
    for (const [name, value] of data) expect(unfrozen(value, name), name).toEqual([]);
  });

  it('scribbling over every part of every example decision changes no later decision', () => {
    const runAll = () => DISCIPLINE_RULES.flatMap((rule) => rule.examples.map((ex) => rule.run(ex.input as never, ex.options as never)));
    const baseline = JSON.parse(JSON.stringify(runAll()));
    for (const d of runAll()) scribble(d);
    expect(JSON.parse(JSON.stringify(runAll()))).toEqual(baseline);
  });
});

describe('bounded work', () => {
  const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));

  it('one item over each bound is refused before parsing, at the list, in both languages', () => {
    const over = [
      [
        () => rekapKetidakhadiran({ tahun: 2024, tidakMasuk: Array(TANGGAL_TIDAK_MASUK_MAKS + 1).fill('2024-03-01') }),
        'tidakMasuk',
        TANGGAL_TIDAK_MASUK_MAKS,
      ],
      [
        () => rekapKetidakhadiran({ tahun: 2024, keterlambatan: Array(KETERLAMBATAN_MAKS + 1).fill({ tanggal: '2024-03-01', menit: 1 }) }),
        'keterlambatan',
        KETERLAMBATAN_MAKS,
      ],
      [
        () => rekapKetidakhadiran({ tahun: 2024 }, { kalender: { holidays: Array(LIBUR_MAKS + 1).fill('2024-03-01') } }),
        'options.kalender.holidays',
        LIBUR_MAKS,
      ],
      [
        () =>
          efekHukuman({
            riwayat: Array(RIWAYAT_HUKUMAN_MAKS + 1).fill({ jenis: 'TEGURAN_LISAN', tmt: '2024-03-01' }),
            tanggal: '2024-03-01',
          }),
        'riwayat',
        RIWAYAT_HUKUMAN_MAKS,
      ],
      [
        () => hukumanBeberapaPelanggaran({ pelanggaran: Array(PELANGGARAN_SATU_PEMERIKSAAN_MAKS + 1).fill({ ketentuan: 'PASAL_5_A' }) }),
        'pelanggaran',
        PELANGGARAN_SATU_PEMERIKSAAN_MAKS,
      ],
    ] as const;
    for (const [run, path, max] of over) {
      expect(refused(run)).toEqual([
        {
          path,
          code: 'too_many_items',
          en: `has ${max + 1} items; at most ${max} are accepted`,
          id: `berisi ${max + 1} butir; paling banyak ${max} yang diterima`,
        },
      ]);
    }
  });

  // Timed by npm run bench:worst, not here (a loaded runner makes timings flaky); measured ≈ 10 ms for rekap and
  // ≈ 20 ms for tanggalBerlaku on the reference machine.
  it('the largest valid inputs decide, with every list at its bound and the calendar at its worst', () => {
    const year = days('2024-01-01', 366);
    const absent = year.filter((_, i) => i % 2 === 0);
    const late = year.filter((_, i) => i % 2 === 1);
    const holidays = days('2010-01-01', LIBUR_MAKS);
    const rekap = () =>
      rekapKetidakhadiran(
        {
          tahun: 2024,
          tidakMasuk: [...absent, ...absent, ...absent, ...absent, ...absent, ...absent].slice(0, TANGGAL_TIDAK_MASUK_MAKS),
          keterlambatan: Array.from({ length: KETERLAMBATAN_MAKS }, (_, i) => ({ tanggal: late[i % late.length]!, menit: 1 })),
        },
        { kalender: { holidays } },
      );
    expect(rekap().value.menitKeterlambatan).toBe(KETERLAMBATAN_MAKS);
    // one working weekday, and every one of them a holiday for LIBUR_MAKS weeks: the 60th working day is ~96 years on
    const mondays = Array.from({ length: LIBUR_MAKS }, (_, i) => addDays('2024-01-01', 7 * i));
    const berlaku = () =>
      tanggalBerlakuHukuman(
        { jenis: 'TEGURAN_LISAN', tanggalDiterima: '2023-12-31' },
        { kalender: { holidays: mondays, weekendDays: [0, 2, 3, 4, 5, 6] }, hariKe: 60 },
      );
    expect(berlaku().value.tmt! > mondays.at(-1)!).toBe(true);
    const riwayat = Array.from({ length: RIWAYAT_HUKUMAN_MAKS }, (_, i) => ({
      jenis: JENIS_HUKUMAN[i % 8]!,
      tmt: addDays('2000-01-01', 30 * i),
    }));
    const efek = () => efekHukuman({ riwayat, tanggal: '2010-01-01' }); // PDHTAPS never among them (index % 8)
    const pelanggaran = Array.from({ length: PELANGGARAN_SATU_PEMERIKSAAN_MAKS }, (_, i) => ({
      ketentuan: KODE_KETENTUAN[i % KODE_KETENTUAN.length]!,
      dampak: 'NEGARA' as const,
      jabatan: 'JPT' as const,
    }));
    expect(efek().value.hukumanBerjalan).not.toBeNull();
    expect(hukumanBeberapaPelanggaran({ pelanggaran }).value.tingkat).toBe('BERAT');
  });

  it('a bound-sized input of impossible dates is refused with a capped list of issues, not one per item', () => {
    const e = (() => {
      try {
        rekapKetidakhadiran({ tahun: 2024, tidakMasuk: days('2010-01-01', TANGGAL_TIDAK_MASUK_MAKS) });
      } catch (error) {
        return error;
      }
    })() as MeritInputError;
    expect(MeritInputError.is(e)).toBe(true);
    expect(e.issues).toHaveLength(50);
    expect(e.issueCount).toBe(TANGGAL_TIDAK_MASUK_MAKS);
  });
});
