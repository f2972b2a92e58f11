import { BATAS_MASA_KERJA_PNS } from '../../src/core/masa-kerja-pns.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears, type IsoDate, yearOf } from '../../src/core/calendar.js';
import type { InputIssue } from '../../src/core/errors.js';
import {
  akumulasiAngkaKredit,
  angkaKreditIntegrasi,
  batasUsiaPensiun,
  kenaikanGajiBerkala,
  kenaikanPangkatFungsional,
  kenaikanPangkatPenyesuaianIjazah,
  kenaikanPangkatPrestasiLuarBiasa,
  kenaikanPangkatReguler,
  kenaikanPangkatStruktural,
  periodeKenaikanPangkat,
  syaratJabatan,
} from '../../src/promotion/index.js';
import { issuesOf } from '../input-issues.js';

/**
 * Each invariant of the promotion rules, as a property: generated violations are refused with an issue at
 * the right path, in both languages; the valid neighbour on the other side of the boundary is decided.
 */

const RUNS = { numRuns: 60 };
/** Calendar dates (day ≤ 28, so adding whole years never clamps a month end). */
const arbDate = (from: number, to: number) =>
  fc
    .tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const arbDays = fc.integer({ min: 1, max: 3000 });

/** The issues a call is refused with, as `path` → issue; none when it decides. */
const refusal = (run: () => unknown) => new Map(issuesOf(run).map((i) => [i.path.join('.'), i] as const));

/** Refused with an own issue at `path` whose Indonesian text matches `id`; `null` otherwise. */
function expectRefused(run: () => unknown, path: string, id: RegExp): InputIssue {
  const issues = refusal(run);
  const issue = issues.get(path);
  expect(issue, `refused at ${path}; got ${[...issues.keys()].join(', ') || 'a decision'}`).toBeDefined();
  expect(issue!.code).toBe('contradiction');
  expect(issue!.text?.id).toMatch(id);
  expect(issue!.text?.en).toBe(issue!.message);
  return issue!;
}

const expectDecided = (run: () => { value: unknown }) => expect(run().value).toBeDefined();

/** The five kenaikan pangkat rules, each with a valid record built around a TMT pangkat. */
const KP = {
  kenaikanPangkatReguler:
    (tmtPangkat: IsoDate, extra = {}) =>
    (asOf: IsoDate) =>
      kenaikanPangkatReguler({ golongan: 'III/b', tmtPangkat, ijazah: 'S1', ...extra }, { asOf }),
  kenaikanPangkatFungsional:
    (tmtPangkat: IsoDate, extra = {}) =>
    (asOf: IsoDate) =>
      kenaikanPangkatFungsional({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', tmtPangkat, akk: 50, ...extra }, { asOf }),
  kenaikanPangkatStruktural:
    (tmtPangkat: IsoDate, extra = {}) =>
    (asOf: IsoDate) =>
      kenaikanPangkatStruktural(
        { eselon: 'IV.a', golongan: 'III/b', tmtPangkat, tmtJabatan: tmtPangkat, ijazah: 'S1', ...extra },
        { asOf },
      ),
  kenaikanPangkatPenyesuaianIjazah:
    (tmtPangkat: IsoDate, extra = {}) =>
    (asOf: IsoDate) =>
      kenaikanPangkatPenyesuaianIjazah(
        { golongan: 'II/c', tmtPangkat, ijazahBaru: 'S1', jabatanSesuaiIjazah: true, lulusUkppi: true, ...extra },
        { asOf },
      ),
  kenaikanPangkatPrestasiLuarBiasa:
    (tmtPangkat: IsoDate, extra = {}) =>
    (asOf: IsoDate) =>
      kenaikanPangkatPrestasiLuarBiasa({ golongan: 'III/b', tmtPangkat, ...extra }, { asOf }),
};
const arbKp = fc.constantFrom(...(Object.keys(KP) as (keyof typeof KP)[]));
/** A decision date inside the KP period table (2000 on) and well before the calendar's end. */
const arbAsOf = arbDate(2001, 2040);

describe('kenaikan pangkat: the record read on asOf', () => {
  it('a TMT pangkat after asOf is refused (tmtPangkat); on asOf it is decided', () => {
    fc.assert(
      fc.property(arbKp, arbAsOf, arbDays, (rule, asOf, days) => {
        expectRefused(() => KP[rule](addDays(asOf, days))(asOf), 'tmtPangkat', /setelah asOf/);
        expectDecided(() => KP[rule](asOf)(asOf));
      }),
      RUNS,
    );
  });

  it(`a TMT pangkat more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years before asOf is refused; exactly that long is decided`, () => {
    fc.assert(
      fc.property(arbKp, arbAsOf, arbDays, (rule, asOf, days) => {
        const batas = addYears(asOf, -BATAS_MASA_KERJA_PNS.tahunMaksimum);
        expectRefused(() => KP[rule](addDays(batas, -days))(asOf), 'tmtPangkat', /lebih dari 57 tahun sebelum asOf/);
        expectDecided(() => KP[rule](batas)(asOf));
      }),
      RUNS,
    );
  });

  it('an appraisal year after the year of asOf is refused at its row; the year of asOf is decided', () => {
    fc.assert(
      fc.property(arbKp, arbAsOf, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 3 }), (rule, asOf, later, before) => {
        const tahun = yearOf(asOf);
        const rows = Array.from({ length: before }, (_, i) => ({ tahun: tahun - 1 - i, predikat: 'BAIK' }));
        const tmt = addYears(asOf, -5);
        expectRefused(
          () => KP[rule](tmt, { riwayatPenilaian: [...rows, { tahun: tahun + later, predikat: 'BAIK' }] })(asOf),
          `riwayatPenilaian.${before}.tahun`,
          new RegExp(`tahun penilaian ${tahun + later} setelah tahun asOf`),
        );
        expectDecided(() => KP[rule](tmt, { riwayatPenilaian: [...rows, { tahun, predikat: 'BAIK' }] })(asOf));
      }),
      RUNS,
    );
  });

  it('a hukuman ending before it took effect is refused (selesai); ending the same day is decided', () => {
    fc.assert(
      fc.property(arbKp, arbAsOf, arbDays, (rule, asOf, days) => {
        const tmt = addYears(asOf, -1);
        const h = (selesai: IsoDate) => ({ riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt, selesai }] });
        expectRefused(
          () => KP[rule](addYears(asOf, -5), h(addDays(tmt, -days)))(asOf),
          'riwayatHukuman.0.selesai',
          /hukuman tidak dapat selesai sebelum mulai berlaku/,
        );
        expectDecided(() => KP[rule](addYears(asOf, -5), h(tmt))(asOf));
      }),
      RUNS,
    );
  });

  it('struktural: a TMT jabatan after asOf is refused (tmtJabatan)', () => {
    fc.assert(
      fc.property(arbAsOf, arbDays, (asOf, days) => {
        expectRefused(
          () => KP.kenaikanPangkatStruktural(addYears(asOf, -2), { tmtJabatan: addDays(asOf, days) })(asOf),
          'tmtJabatan',
          /setelah asOf/,
        );
        expectDecided(() => KP.kenaikanPangkatStruktural(addYears(asOf, -2), { tmtJabatan: asOf })(asOf));
      }),
      RUNS,
    );
  });

  it('reguler: TMT pangkat before TMT CPNS, TMT CPNS after asOf and hukuman before TMT CPNS are refused', () => {
    fc.assert(
      fc.property(arbAsOf, arbDays, fc.integer({ min: 0, max: 3000 }), (asOf, days, gap) => {
        const tmtCpns = addDays(asOf, -gap - 1);
        expectRefused(() => KP.kenaikanPangkatReguler(addDays(tmtCpns, -days), { tmtCpns })(asOf), 'tmtPangkat', /sebelum tmtCpns/);
        expectDecided(() => KP.kenaikanPangkatReguler(tmtCpns, { tmtCpns })(asOf));
        expectRefused(() => KP.kenaikanPangkatReguler(asOf, { tmtCpns: addDays(asOf, days) })(asOf), 'tmtCpns', /setelah asOf/);
        const hukuman = (tmt: IsoDate) => ({ tmtCpns, riwayatHukuman: [{ jenis: 'TEGURAN_LISAN', tmt }] });
        expectRefused(
          () => KP.kenaikanPangkatReguler(tmtCpns, hukuman(addDays(tmtCpns, -days)))(asOf),
          'riwayatHukuman.0.tmt',
          /sebelum tmtCpns/,
        );
        expectDecided(() => KP.kenaikanPangkatReguler(tmtCpns, hukuman(tmtCpns))(asOf));
        // Appraisals before the year of TMT CPNS are outside the service.
        const sebelum = { tmtCpns, riwayatPenilaian: [{ tahun: yearOf(tmtCpns) - 1, predikat: 'BAIK' }] };
        expectRefused(() => KP.kenaikanPangkatReguler(tmtCpns, sebelum)(asOf), 'riwayatPenilaian.0.tahun', /sebelum masa dinas dimulai/);
      }),
      RUNS,
    );
  });
});

describe('kenaikan pangkat: more invariants of the record', () => {
  it('without TMT CPNS, appraisals and hukuman more than a working life before asOf are refused; at the bound they are decided', () => {
    fc.assert(
      fc.property(arbKp, arbAsOf, fc.integer({ min: 1, max: 100 }), arbDays, (rule, asOf, years, days) => {
        const awal = yearOf(asOf) - BATAS_MASA_KERJA_PNS.tahunMaksimum;
        const tmt = addYears(asOf, -3);
        const p = (tahun: number) => ({ riwayatPenilaian: [{ tahun, predikat: 'BAIK' }] });
        expectRefused(
          () => KP[rule](tmt, p(awal - years))(asOf),
          'riwayatPenilaian.0.tahun',
          /sebelum masa dinas dimulai \(paling lama 57 tahun sebelum asOf/,
        );
        expectDecided(() => KP[rule](tmt, p(awal))(asOf));
        const batas = addYears(asOf, -BATAS_MASA_KERJA_PNS.tahunMaksimum);
        const h = (tmtHukuman: IsoDate) => ({ riwayatHukuman: [{ jenis: 'TEGURAN_LISAN', tmt: tmtHukuman }] });
        expectRefused(() => KP[rule](tmt, h(addDays(batas, -days)))(asOf), 'riwayatHukuman.0.tmt', /lebih dari 57 tahun sebelum asOf/);
        expectDecided(() => KP[rule](tmt, h(batas))(asOf));
      }),
      RUNS,
    );
  });

  it('a decision date whose KP period falls after 2999-12-31 is refused (options.asOf); December 1st 2999 is decided', () => {
    fc.assert(
      fc.property(arbKp, fc.integer({ min: 2, max: 31 }), (rule, day) => {
        const asOf = `2999-12-${String(day).padStart(2, '0')}`;
        // TMT pangkat decades back: no projection of KP reguler runs past the calendar either.
        expectRefused(() => KP[rule]('2990-01-01')(asOf), 'options.asOf', /periode kenaikan pangkat 3000-01-01, setelah 2999-12-31/);
        expect(KP[rule]('2990-01-01')('2999-12-01').value.periode).toBe('2999-12-01');
      }),
      RUNS,
    );
  });

  it('KGB: a schedule that falls after 2999-12-31 is refused at the date it counts from', () => {
    fc.assert(
      fc.property(arbDays, fc.boolean(), (days, pertama) => {
        const dari = addDays('2998-01-01', Math.min(days, 700));
        const input = pertama
          ? { tmtCpns: dari, golonganPengangkatan: 'III/a' as const, predikat: 'KURANG' as const }
          : { tmtCpns: '2950-01-01', tmtKgbTerakhir: dari, golonganPengangkatan: 'III/a' as const, predikat: 'KURANG' as const };
        // Two years plus a year's postponement from 2998 lands in 3001 at the latest.
        expectRefused(() => kenaikanGajiBerkala(input), pertama ? 'tmtCpns' : 'tmtKgbTerakhir', /TMT KGB 300\d/);
        expect(
          kenaikanGajiBerkala({ ...input, ...(pertama ? { tmtCpns: '2996-12-31' } : { tmtKgbTerakhir: '2996-12-31' }) }).value.tmtKgb,
        ).toBe('2999-12-31');
      }),
      RUNS,
    );
  });
});

describe('checks of the schemas carry their message in both languages', () => {
  it('duplicate appraisal years, a golongan outside the jenjang, overlapping and misaligned AK periods, a missing TMT CPNS', () => {
    const texts = (run: () => unknown) => issuesOf(run).map((i) => [i.path.join('.'), i.code, i.text?.id]);
    const pegawai = { golongan: 'III/b' as const, tmtPangkat: '2019-04-01', ijazah: 'S1' as const };
    expect(
      texts(() =>
        kenaikanPangkatReguler(
          {
            ...pegawai,
            riwayatPenilaian: [
              { tahun: 2021, predikat: 'BAIK' },
              { tahun: 2021, predikat: 'BAIK' },
            ],
          },
          { asOf: '2023-01-15' },
        ),
      ),
    ).toEqual([['riwayatPenilaian.1.tahun', 'contradiction', 'tahun penilaian 2021 muncul dua kali']]);
    expect(texts(() => kenaikanPangkatReguler({ ...pegawai, kenaikanPangkatPertama: true }, { asOf: '2023-01-15' }))).toEqual([
      ['tmtCpns', 'contradiction', 'wajib diisi untuk kenaikan pangkat pertama'],
    ]);
    expect(
      texts(() =>
        akumulasiAngkaKredit({
          jenjang: 'AHLI_MUDA',
          golongan: 'III/a',
          periode: [
            { dari: '2024-01-02', sampai: '2024-06-30', predikat: 'BAIK' },
            { dari: '2024-06-01', sampai: '2024-06-29', predikat: 'BAIK' },
          ],
        }),
      ),
    ).toEqual([
      ['periode.0.dari', 'contradiction', 'harus tanggal 1 suatu bulan'],
      ['periode.1.sampai', 'contradiction', 'harus hari terakhir suatu bulan'],
    ]);
    expect(
      texts(() =>
        akumulasiAngkaKredit({
          jenjang: 'AHLI_MUDA',
          golongan: 'III/a',
          periode: [
            { dari: '2024-01-01', sampai: '2024-06-30', predikat: 'BAIK' },
            { dari: '2024-06-01', sampai: '2024-06-30', predikat: 'BAIK' },
          ],
        }),
      ),
    ).toEqual([
      ['golongan', 'contradiction', 'harus berada dalam golongan jenjang itu (III/c, III/d)'],
      ['periode.1.dari', 'contradiction', 'periode tidak boleh saling tumpang tindih'],
    ]);
    expect(texts(() => angkaKreditIntegrasi({ golongan: 'II/d', akKonvensional: 10 }))).toEqual([
      ['golongan', 'contradiction', 'harus golongan keahlian (III/a–IV/e)'],
    ]);
    expect(
      texts(() =>
        kenaikanPangkatFungsional({ jenjang: 'AHLI_MADYA', golongan: 'III/d', tmtPangkat: '2022-04-01', akk: 10 }, { asOf: '2025-04-01' }),
      ),
    ).toEqual([['golongan', 'contradiction', 'harus berada dalam golongan jenjang itu (IV/a, IV/b, IV/c)']]);
    expect(
      texts(() =>
        kenaikanGajiBerkala({ tmtCpns: '2020-01-01', tmtKgbTerakhir: '2019-01-01', golonganPengangkatan: 'III/a', predikat: 'BAIK' }),
      ),
    ).toEqual([['tmtKgbTerakhir', 'contradiction', 'tidak boleh sebelum tmtCpns']]);
  });
});

describe('syaratJabatan: ages, experience and jabatan within a life', () => {
  const asOf = '2025-06-01';
  const base = { jabatanTujuan: 'ADMINISTRATOR' as const, ijazah: 'S1' as const };

  it('an age under 18 or over 75 on asOf is refused (tanggalLahir); 18 and 75 are decided', () => {
    fc.assert(
      fc.property(arbDays, fc.constantFrom(...(['JPT_PRATAMA', 'ADMINISTRATOR', 'JF_AHLI_MUDA'] as const)), (days, jabatanTujuan) => {
        const x = { ...base, jabatanTujuan };
        const umur18 = addYears(asOf, -18);
        expectRefused(
          () => syaratJabatan({ ...x, tanggalLahir: addDays(umur18, Math.min(days, 6000)) }, { asOf }),
          'tanggalLahir',
          /PNS berusia 18 sampai 75 tahun/,
        );
        expect(syaratJabatan({ ...x, tanggalLahir: umur18 }, { asOf }).value.usia).toBe(18);
        const umur76 = addYears(asOf, -76);
        expectRefused(
          () => syaratJabatan({ ...x, tanggalLahir: addDays(umur76, -days) }, { asOf }),
          'tanggalLahir',
          /berarti usia 7[6-9]|berarti usia 8\d/,
        );
        expect(syaratJabatan({ ...x, tanggalLahir: addDays(umur76, 1) }, { asOf }).value.usia).toBe(75);
      }),
      RUNS,
    );
  });

  it('experience, one jabatan, or jabatan one after another longer than the time since 18 is refused; up to it is decided', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 5 }), (n, lebih, k) => {
        // n whole years (and a few days) since the 18th birthday.
        const tanggalLahir = addDays(addYears(asOf, -18 - n), -3);
        const x = { ...base, tanggalLahir };
        const excess = Math.min(60, n + lebih);
        expectRefused(
          () => syaratJabatan({ ...x, tahunPengalaman: excess }, { asOf }),
          'tahunPengalaman',
          /tahun pengalaman melebihi waktu sejak usia 18 tahun/,
        );
        expectDecided(() => syaratJabatan({ ...x, tahunPengalaman: n }, { asOf }));
        expectRefused(
          () => syaratJabatan({ ...x, riwayatJabatan: [{ jabatan: 'PENGAWAS', tahun: excess }] }, { asOf }),
          'riwayatJabatan.0.tahun',
          /sebagai PENGAWAS melebihi/,
        );
        // k jabatan one after another: together more than the time since 18, each within it.
        const each = Math.ceil(((n + lebih) * 100) / k) / 100; // years are stated with at most 2 decimals
        if (each <= n) {
          const rows = Array.from({ length: k }, () => ({ jabatan: 'PENGAWAS' as const, tahun: each }));
          expectRefused(
            () => syaratJabatan({ ...x, riwayatJabatan: rows }, { asOf }),
            'riwayatJabatan',
            /jabatan yang diduduki berturut-turut/,
          );
        }
        const within = Array.from({ length: k }, () => ({ jabatan: 'PENGAWAS' as const, tahun: Math.floor((n * 100) / k) / 100 }));
        expectDecided(() => syaratJabatan({ ...x, riwayatJabatan: within }, { asOf }));
      }),
      RUNS,
    );
  });

  it('appraisal years after the year of asOf or before the year of age 18 are refused at their row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 18, max: 70 }), fc.integer({ min: 1, max: 30 }), (usia, off) => {
        const tanggalLahir = addYears(asOf, -usia);
        const x = { ...base, tanggalLahir };
        const row = (tahun: number) => ({ riwayatPenilaian: [{ tahun, predikat: 'BAIK' as const }] });
        expectRefused(() => syaratJabatan({ ...x, ...row(2025 + off) }, { asOf }), 'riwayatPenilaian.0.tahun', /setelah tahun asOf/);
        const awal = yearOf(tanggalLahir) + 18;
        expectRefused(
          () => syaratJabatan({ ...x, ...row(awal - off) }, { asOf }),
          'riwayatPenilaian.0.tahun',
          /sebelum masa dinas dimulai \(usia 18 tahun/,
        );
        expectDecided(() => syaratJabatan({ ...x, ...row(awal) }, { asOf }));
        expectDecided(() => syaratJabatan({ ...x, ...row(2025) }, { asOf }));
      }),
      RUNS,
    );
  });
});

describe('kenaikanGajiBerkala and akumulasiAngkaKredit: within one working life', () => {
  it(`a last KGB more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years after TMT CPNS (or before it) is refused; the bound itself is decided`, () => {
    fc.assert(
      fc.property(arbDate(1810, 2900), arbDays, (tmtCpns, days) => {
        const kgb = (tmtKgbTerakhir: IsoDate) => () =>
          kenaikanGajiBerkala({ tmtCpns, golonganPengangkatan: 'III/a', predikat: 'BAIK', tmtKgbTerakhir });
        const batas = addYears(tmtCpns, BATAS_MASA_KERJA_PNS.tahunMaksimum);
        expectRefused(kgb(addDays(batas, days)), 'tmtKgbTerakhir', /lebih dari 57 tahun setelah tmtCpns/);
        expectRefused(kgb(addDays(tmtCpns, -days)), 'tmtKgbTerakhir', /tidak boleh sebelum tmtCpns/);
        expectDecided(kgb(batas));
        expectDecided(kgb(tmtCpns));
      }),
      RUNS,
    );
  });

  it(`AK periods spanning more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years are refused at the last one; within the span they are decided`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2900 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 40 }), (y, m, lebih) => {
        const mm = String(m).padStart(2, '0');
        const first = {
          dari: `${y}-${mm}-01`,
          sampai: addDays(`${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-01`, -1),
          predikat: 'BAIK' as const,
        };
        const lastEnd = (years: number) => addDays(addYears(`${y}-${mm}-01`, years), -1);
        const last = (years: number) => ({
          dari: `${yearOf(lastEnd(years))}-${lastEnd(years).slice(5, 7)}-01`,
          sampai: lastEnd(years),
          predikat: 'BAIK' as const,
        });
        const run = (years: number) => () =>
          akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [last(years), first] });
        if (y + BATAS_MASA_KERJA_PNS.tahunMaksimum + 4 <= 2999) {
          expectRefused(
            run(BATAS_MASA_KERJA_PNS.tahunMaksimum + Math.min(lebih, 4) / 4 + 1),
            'periode.0.sampai',
            /berakhir lebih dari 57 tahun setelah periode pertama dimulai/,
          );
        }
        if (y + BATAS_MASA_KERJA_PNS.tahunMaksimum <= 2999) expectDecided(run(BATAS_MASA_KERJA_PNS.tahunMaksimum));
      }),
      RUNS,
    );
  });
});

describe('no result after 2999-12-31', () => {
  it('periodeKenaikanPangkat refuses a date whose period falls in 3000; earlier dates are decided', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 31 }), fc.integer({ min: 1, max: 3000 }), (day, back) => {
        expectRefused(() => periodeKenaikanPangkat(`2999-12-${String(day).padStart(2, '0')}`), '', /setelah 2999-12-31/);
        expect(periodeKenaikanPangkat(addDays('2999-12-01', -back)).value <= '2999-12-01').toBe(true);
      }),
      RUNS,
    );
  });

  it('batasUsiaPensiun refuses a birth date whose pension TMT falls after 2999; decides up to it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(['PELAKSANA', 'JF_AHLI_UTAMA', 'GURU'] as const)), arbDays, (jabatan, days) => {
        const bup = batasUsiaPensiun({ tanggalLahir: '1970-01-01', jabatan }).value.bup;
        const lahir = addYears('2999-12-01', -bup); // pension TMT 2999-12-01 or 3000-01-01
        const terakhir = addDays(lahir, -1);
        expect(batasUsiaPensiun({ tanggalLahir: terakhir, jabatan }).value.tmtPensiun <= '2999-12-31').toBe(true);
        expectRefused(
          () => batasUsiaPensiun({ tanggalLahir: addDays(terakhir, Math.min(days, 365 * 5)), jabatan }),
          'tanggalLahir',
          /setelah 2999-12-31/,
        );
      }),
      RUNS,
    );
  });
});

describe('amounts never below 0', () => {
  it('negative AK is refused at its field; 0 is decided', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom('akDasar', 'akJfLama', 'akPenyesuaian', 'akKelebihan'),
        (n, field) => {
          const neg = `-${n / 100}`;
          const ak = (v: string) => () => akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', [field]: v });
          expect([...refusal(ak(neg)).keys()]).toEqual([field]);
          expectDecided(ak('0'));
          expect([...refusal(() => angkaKreditIntegrasi({ golongan: 'III/a', akKonvensional: neg })).keys()]).toEqual(['akKonvensional']);
          expect([
            ...refusal(() =>
              kenaikanPangkatFungsional(
                { jenjang: 'AHLI_PERTAMA', golongan: 'III/a', tmtPangkat: '2022-04-01', akk: neg },
                { asOf: '2025-04-01' },
              ),
            ).keys(),
          ]).toEqual(['akk']);
        },
      ),
      RUNS,
    );
  });
});
