import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, type IsoDate, isWorkingDay, yearOf } from '../../src/core/calendar.js';
import type { InputIssue } from '../../src/core/errors.js';
import {
  bentukHukuman,
  BENTUK_SEDANG_INTERIM,
  efekHukuman,
  gabungHukuman,
  HARI_BERTURUT_TURUT_PDHTAPS,
  hukumanBeberapaPelanggaran,
  hukumanKetidakhadiran,
  hukumanPelanggaran,
  JENIS_HUKUMAN,
  type JenisHukuman,
  KODE_KETENTUAN,
  lebihBerat,
  MENIT_SEHARI,
  peningkatanHukumanKetidakhadiran,
  penyesuaianGajiKetidakhadiran,
  rekapKetidakhadiran,
  tanggalBerlakuHukuman,
} from '../../src/discipline/index.js';
import { issuesOf } from '../input-issues.js';

/**
 * Each invariant of the discipline rules, as a property: generated violations are refused with an own
 * issue at the right path, in both languages; the valid neighbour on the other side of the boundary is decided.
 */

const RUNS = { numRuns: 60 };
const hari = fc.integer({ min: 0, max: 366 });
const jenis = fc.constantFrom(...JENIS_HUKUMAN);
const arbDate = (from: number, to: number) =>
  fc
    .tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const dateIn = (year: number) => fc.integer({ min: 0, max: 364 }).map((n) => addDays(`${year}-01-01`, n));

/** Refused with an own issue at `path` (joined with dots) whose Indonesian and English texts match; returns it. */
function expectRefused(run: () => unknown, path: string, id: RegExp, en: RegExp): InputIssue {
  const issue = issuesOf(run).find((i) => i.path.join('.') === path);
  expect(issue, `refused at ${path}`).toBeDefined();
  expect(issue!.code).toBe('contradiction');
  expect(issue!.text?.id).toMatch(id);
  expect(issue!.text?.en).toMatch(en);
  expect(issue!.message).toBe(issue!.text!.en);
  return issue!;
}

/** Decided: no input error at all. */
const expectDecided = (run: () => unknown) => expect(issuesOf(run)).toEqual([]);

/** The table's hukuman for `n` cumulative days (null below the first threshold). */
const menurutTabel = (n: number) => hukumanKetidakhadiran({ hariKumulatif: n }).value;
const rank = (j: JenisHukuman | null) => (j === null ? -1 : JENIS_HUKUMAN.indexOf(j));

describe('absence counts: consecutive days are among the cumulative ones', () => {
  it('hukumanKetidakhadiran: hariBerturutTurut above hariKumulatif is refused at hariBerturutTurut; equal is decided', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 1, max: 366 }), (k, extra) => {
        const b = Math.min(366, k + extra);
        expectRefused(
          () => hukumanKetidakhadiran({ hariKumulatif: k, hariBerturutTurut: b }),
          'hariBerturutTurut',
          new RegExp(`^hariBerturutTurut \\(${b}\\) tidak boleh melebihi hariKumulatif \\(${k}\\)`),
          new RegExp(`^hariBerturutTurut \\(${b}\\) cannot exceed hariKumulatif \\(${k}\\)`),
        );
        expectDecided(() => hukumanKetidakhadiran({ hariKumulatif: k, hariBerturutTurut: k }));
        expectDecided(() => hukumanKetidakhadiran({ hariKumulatif: b, hariBerturutTurut: b }));
      }),
      RUNS,
    );
  });

  it('peningkatan: hariBerturutTurut above hariSebelumnya + hariBaru is refused; the total itself is decided', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 180 }), fc.integer({ min: 0, max: 180 }), fc.integer({ min: 1, max: 6 }), (h1, h2, extra) => {
        const base = { hukumanSebelumnya: menurutTabel(h1), hariSebelumnya: h1, hariBaru: h2 };
        expectRefused(
          () => peningkatanHukumanKetidakhadiran({ ...base, hariBerturutTurut: h1 + h2 + extra }),
          'hariBerturutTurut',
          /tidak boleh melebihi hariSebelumnya \+ hariBaru/,
          /cannot exceed hariSebelumnya \+ hariBaru/,
        );
        expectDecided(() => peningkatanHukumanKetidakhadiran({ ...base, hariBerturutTurut: h1 + h2 }));
      }),
      RUNS,
    );
  });

  it('peningkatan: more than 366 days in the year is refused at hariBaru; 366 is decided', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 366 }), fc.integer({ min: 1, max: 366 }), (h1, extra) => {
        const h2 = Math.min(366, 366 - h1 + extra); // h1 ≥ 1, so the total passes 366 either way
        expectRefused(
          () => peningkatanHukumanKetidakhadiran({ hariSebelumnya: h1, hariBaru: h2 }),
          'hariBaru',
          /paling banyak 366: hari dihitung dalam satu tahun kalender$/,
          /must be at most 366: the days are counted within one calendar year$/,
        );
        expectDecided(() => peningkatanHukumanKetidakhadiran({ hariSebelumnya: h1, hariBaru: 366 - h1 }));
      }),
      RUNS,
    );
  });

  it('penyesuaianGaji: consecutive days proven above the days proven is refused; equal is decided', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 1, max: 366 }), fc.boolean(), (k, extra, gaji) => {
        const b = Math.min(366, k + extra);
        expectRefused(
          () => penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: k, hariBerturutTurutTerbukti: b, gajiTelahDihentikan: gaji }),
          'hariBerturutTurutTerbukti',
          /^hariBerturutTurutTerbukti tidak boleh melebihi hariKumulatifTerbukti/,
          /^hariBerturutTurutTerbukti cannot exceed hariKumulatifTerbukti/,
        );
        expectDecided(() => penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: k, hariBerturutTurutTerbukti: k, gajiTelahDihentikan: gaji }));
      }),
      RUNS,
    );
  });
});

describe('escalation: the hukuman already imposed is no heavier than its days carry', () => {
  it('a heavier previous hukuman is refused at hukumanSebelumnya; the table’s own (or a lighter one) is decided', () => {
    fc.assert(
      fc.property(jenis, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 60 }), (sebelumnya, h1, h2) => {
        const cap = menurutTabel(h1);
        const pdhtapsBerturut = sebelumnya === 'PDHTAPS' && h1 >= HARI_BERTURUT_TURUT_PDHTAPS;
        const run = () => peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: sebelumnya, hariSebelumnya: h1, hariBaru: h2 });
        if (rank(sebelumnya) > rank(cap) && !pdhtapsBerturut) {
          expectRefused(
            run,
            'hukumanSebelumnya',
            new RegExp(`^${sebelumnya} lebih berat daripada hukuman untuk ${h1} hari pada hariSebelumnya`),
            new RegExp(`^${sebelumnya} is heavier than the ${h1} days of hariSebelumnya carry`),
          );
        } else {
          expectDecided(run);
        }
        expectDecided(() => peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: cap, hariSebelumnya: h1, hariBaru: h2 }));
        expectDecided(() => peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: null, hariSebelumnya: h1, hariBaru: h2 }));
      }),
      { numRuns: 150 },
    );
  });
});

describe('rekapKetidakhadiran: every date belongs to the year counted', () => {
  it('a date of another year that joins no run into the year is refused at its index; moved into the year it is decided', () => {
    fc.assert(
      fc.property(
        fc.array(dateIn(2022), { maxLength: 20 }),
        fc.oneof(arbDate(2000, 2021), arbDate(2023, 2040)),
        fc.nat(),
        fc.boolean(),
        (year, other, at, lintas) => {
          // a lone far date: keep it off the days next to the year so it cannot join a run across the boundary
          fc.pre(other < '2021-12-01' || other > '2023-01-31');
          const i = at % (year.length + 1);
          const tidakMasuk = [...year.slice(0, i), other, ...year.slice(i)];
          const options = { berturutTurutLintasTahun: lintas };
          expectRefused(
            () => rekapKetidakhadiran({ tahun: 2022, tidakMasuk }, options),
            `tidakMasuk.${i}`,
            new RegExp(`^${other} di luar tahun 2022`),
            new RegExp(`^${other} is outside 2022`),
          );
          const moved = `2022${other.slice(4)}`;
          expectDecided(() => rekapKetidakhadiran({ tahun: 2022, tidakMasuk: [...year.slice(0, i), moved, ...year.slice(i)] }, options));
        },
      ),
      RUNS,
    );
  });

  it('a run across 1 January: its December days count with the setting on and are refused with it off', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (before, after) => {
        // the last `before` working days of 2022 and the first `after` working days of 2023, unbroken
        const first = addWorkingDays('2023-01-01', -before);
        const dates: IsoDate[] = [];
        for (let d = first, n = 0; n < before + after; d = addWorkingDays(d, 1), n++) dates.push(d);
        const on = rekapKetidakhadiran({ tahun: 2023, tidakMasuk: dates }).value;
        expect(on.hariTidakMasuk).toBe(after);
        expect(on.hariBerturutTurut).toBe(before + after);
        expect(on.hukuman === 'PDHTAPS').toBe(before + after >= HARI_BERTURUT_TURUT_PDHTAPS || on.hariKumulatif >= 28);
        const off = issuesOf(() => rekapKetidakhadiran({ tahun: 2023, tidakMasuk: dates }, { berturutTurutLintasTahun: false }));
        expect(off.map((i) => i.path.join('.'))).toEqual(dates.flatMap((d, i) => (yearOf(d) === 2022 ? [`tidakMasuk.${i}`] : [])));
        expect(off.every((i) => /berturutTurutLintasTahun tidak aktif$/.test(i.text!.id))).toBe(true);
      }),
      RUNS,
    );
  });

  it('late arrival outside the year, on a day of absence, or over 1440 minutes a day is refused; the neighbours are decided', () => {
    fc.assert(
      fc.property(dateIn(2022), fc.oneof(arbDate(2000, 2021), arbDate(2023, 2040)), fc.integer({ min: 1, max: MENIT_SEHARI }), (day, other, menit) => {
        expectRefused(
          () => rekapKetidakhadiran({ tahun: 2022, keterlambatan: [{ tanggal: other, menit }] }),
          'keterlambatan.0.tanggal',
          new RegExp(`^${other} di luar tahun 2022: keterlambatan`),
          new RegExp(`^${other} is outside 2022: late arrival`),
        );
        expectRefused(
          () => rekapKetidakhadiran({ tahun: 2022, tidakMasuk: [day], keterlambatan: [{ tanggal: day, menit }] }),
          'keterlambatan.0.tanggal',
          /juga tercantum dalam tidakMasuk/,
          /is also listed in tidakMasuk/,
        );
        const rest = MENIT_SEHARI - menit;
        const split = [{ tanggal: day, menit }, ...(rest > 0 ? [{ tanggal: day, menit: rest }] : [])];
        expectDecided(() => rekapKetidakhadiran({ tahun: 2022, keterlambatan: split }));
        expectRefused(
          () => rekapKetidakhadiran({ tahun: 2022, keterlambatan: [...split, { tanggal: day, menit: 1 }] }),
          `keterlambatan.${split.length}.menit`,
          new RegExp(`berjumlah ${MENIT_SEHARI + 1}, lebih dari 1440 menit dalam sehari$`),
          new RegExp(`add up to ${MENIT_SEHARI + 1}, more than the 1440 minutes of a day$`),
        );
      }),
      RUNS,
    );
  });

  it('a week with no working day is refused at the calendar; six rest days are decided', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6], { minLength: 7, maxLength: 7 }), fc.nat({ max: 6 }), (week, keep) => {
        expectRefused(
          () => rekapKetidakhadiran({ tahun: 2022 }, { kalender: { weekendDays: week } }),
          'options.kalender.weekendDays',
          /paling sedikit satu hari kerja seminggu$/,
          /at least one working day a week$/,
        );
        const six = week.filter((d) => d !== keep);
        expectDecided(() => rekapKetidakhadiran({ tahun: 2022 }, { kalender: { weekendDays: six } }));
      }),
      { numRuns: 20 },
    );
  });
});

describe('hukuman records: an end after the start, none for a dismissal, nothing after it', () => {
  it('selesai before tmt is refused (efekHukuman and gabungHukuman); selesai on tmt is decided', () => {
    fc.assert(
      fc.property(
        jenis.filter((j) => j !== 'PDHTAPS'),
        arbDate(2022, 2030),
        fc.integer({ min: 1, max: 800 }),
        (j, tmt, back) => {
          const selesai = addDays(tmt, -back);
          expectRefused(
            () => efekHukuman({ riwayat: [{ jenis: j, tmt, selesai }], tanggal: tmt }),
            'riwayat.0.selesai',
            new RegExp(`^${selesai} sebelum tmt ${tmt}`),
            new RegExp(`^${selesai} is before tmt ${tmt}`),
          );
          expectRefused(
            () => gabungHukuman({ berjalan: { jenis: j, tmt, selesai }, baru: { jenis: j, tmt } }),
            'berjalan.selesai',
            /tidak dapat selesai sebelum mulai berlaku$/,
            /cannot end before it takes effect$/,
          );
          expectDecided(() => efekHukuman({ riwayat: [{ jenis: j, tmt, selesai: tmt }], tanggal: tmt }));
        },
      ),
      RUNS,
    );
  });

  it('PDHTAPS with an end date is refused; without one it is decided', () => {
    fc.assert(
      fc.property(arbDate(2022, 2030), fc.integer({ min: 0, max: 800 }), (tmt, later) => {
        expectRefused(
          () => efekHukuman({ riwayat: [{ jenis: 'PDHTAPS', tmt, selesai: addDays(tmt, later) }], tanggal: tmt }),
          'riwayat.0.selesai',
          /^PDHTAPS bersifat tetap/,
          /^PDHTAPS is permanent/,
        );
        expectDecided(() => efekHukuman({ riwayat: [{ jenis: 'PDHTAPS', tmt }], tanggal: tmt }));
      }),
      RUNS,
    );
  });

  it('a hukuman taking effect after a PDHTAPS is refused at its tmt; on the same day it is decided', () => {
    fc.assert(
      fc.property(jenis, arbDate(2022, 2030), fc.integer({ min: 1, max: 800 }), fc.boolean(), (j, tmt, later, first) => {
        const after = { jenis: j, tmt: addDays(tmt, later) };
        const pdhtaps = { jenis: 'PDHTAPS' as const, tmt };
        const riwayat = first ? [pdhtaps, after] : [after, pdhtaps];
        expectRefused(
          () => efekHukuman({ riwayat, tanggal: tmt }),
          `riwayat.${first ? 1 : 0}.tmt`,
          new RegExp(`sesudah PDHTAPS pada ${tmt}: pemberhentian bersifat tetap`),
          new RegExp(`after the PDHTAPS of ${tmt}: a dismissal is permanent`),
        );
        expectDecided(() => efekHukuman({ riwayat: [pdhtaps, { jenis: j, tmt }], tanggal: tmt }));
      }),
      RUNS,
    );
  });

  it('pengulangan after PDHTAPS is refused; after any other hukuman it is decided', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KODE_KETENTUAN), jenis, (ketentuan, terakhir) => {
        const p = { ketentuan, dampak: 'INSTANSI' as const, jabatan: 'JPT' as const };
        const single = () => hukumanPelanggaran({ ...p, hukumanTerakhir: terakhir });
        const several = () => hukumanBeberapaPelanggaran({ pelanggaran: [p], hukumanTerakhir: terakhir });
        if (terakhir === 'PDHTAPS') {
          for (const run of [single, several])
            expectRefused(run, 'hukumanTerakhir', /^PDHTAPS mengakhiri status PNS/, /^PDHTAPS ends the employment/);
        } else {
          expectDecided(single);
          expectDecided(several);
          expect(lebihBerat(single().value.jenisPilihan[0]!, terakhir)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('dates and settings that hold together', () => {
  it('gabungHukuman: a new hukuman before the running one is refused at baru.tmt; on its TMT it is decided', () => {
    fc.assert(
      fc.property(jenis, jenis, arbDate(2022, 2030), fc.integer({ min: 1, max: 800 }), (a, b, tmt, back) => {
        expectRefused(
          () => gabungHukuman({ berjalan: { jenis: a, tmt }, baru: { jenis: b, tmt: addDays(tmt, -back) } }),
          'baru.tmt',
          /^hukuman baru tidak dapat berlaku sebelum hukuman yang sedang dijalani$/,
          /^the new hukuman cannot take effect before the running one$/,
        );
        expectDecided(() => gabungHukuman({ berjalan: { jenis: a, tmt }, baru: { jenis: b, tmt } }));
      }),
      RUNS,
    );
  });

  it('tanggalBerlakuHukuman: an upaya administratif date before receipt is refused; on receipt it is decided', () => {
    fc.assert(
      fc.property(jenis, arbDate(2022, 2030), fc.integer({ min: 1, max: 800 }), (j, diterima, back) => {
        expectRefused(
          () => tanggalBerlakuHukuman({ jenis: j, tanggalDiterima: diterima, tanggalBerlakuUpayaAdministratif: addDays(diterima, -back) }),
          'tanggalBerlakuUpayaAdministratif',
          /^sebelum tanggalDiterima: upaya administratif diajukan atas keputusan yang sudah diterima/,
          /^is before tanggalDiterima: upaya administratif is filed against a keputusan already received/,
        );
        const d = tanggalBerlakuHukuman({ jenis: j, tanggalDiterima: diterima, tanggalBerlakuUpayaAdministratif: diterima });
        expect(d.value.tmt).toBe(diterima);
        expect(isWorkingDay(tanggalBerlakuHukuman({ jenis: j, tanggalDiterima: diterima }).value.tmt!)).toBe(true);
      }),
      RUNS,
    );
  });

  it('bentukHukuman: a pemetaanInterim that repeats a form is refused; every one-to-one mapping is decided', () => {
    const SEDANG = ['POTONGAN_TUKIN_6_BULAN', 'POTONGAN_TUKIN_9_BULAN', 'POTONGAN_TUKIN_12_BULAN'] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BENTUK_SEDANG_INTERIM), { minLength: 3, maxLength: 3 }), fc.constantFrom(...SEDANG), (forms, j) => {
        const pemetaanInterim = Object.fromEntries(SEDANG.map((s, i) => [s, forms[i]!]));
        const run = () => bentukHukuman({ jenis: j }, { sedangMode: 'INTERIM_KGB_KP_PANGKAT', pemetaanInterim });
        if (new Set(forms).size < 3) {
          expectRefused(run, 'options.pemetaanInterim', /^memberi dua hukuman sedang bentuk peralihan yang sama/, /^gives two sedang hukuman the same interim form/);
        } else {
          expect(run().value.bentuk).toBe(pemetaanInterim[j]);
        }
      }),
      RUNS,
    );
  });
});
