import { describe, expect, it } from 'vitest';
import { RIWAYAT_HUKUMAN_MAKS } from '../../src/discipline/index.js';
import { addMonths, endOfMonth } from '../../src/core/calendar.js';
import {
  akumulasiAngkaKredit,
  batasUsiaPensiun,
  kenaikanGajiBerkala,
  kenaikanPangkatReguler,
  kenaikanPangkatStruktural,
  MAKS_PERIODE_ANGKA_KREDIT,
  MAKS_RIWAYAT_JABATAN,
  MAKS_RIWAYAT_PENILAIAN,
  periodeKenaikanPangkat,
  syaratJabatan,
} from '../../src/promotion/index.js';
import { thrownIssues } from '../input-issues.js';

/** path, English and Indonesian text of each issue the call is refused with. */
const refused = (run: () => unknown) =>
  thrownIssues(run).map((i) => ({ path: i.path.join('.'), en: i.text?.en, id: i.text?.id, code: i.code }));

// The impossible records the promotion rules decided with confidence in 0.1.0.
describe('promotion: impossible inputs are refused, naming the field in both languages', () => {
  const jpt = {
    jabatanTujuan: 'JPT_PRATAMA' as const,
    ijazah: 'S2' as const,
    tahunPengalaman: 5,
    riwayatJabatan: [{ jabatan: 'ADMINISTRATOR' as const, tahun: 2 }],
  };

  it('a 10-year-old does not meet syaratJabatan for JPT Pratama: the birth date is refused', () => {
    expect(
      refused(() => syaratJabatan({ ...jpt, tanggalLahir: '2015-01-10', tahunPengalaman: 0, riwayatJabatan: [] }, { asOf: '2025-06-01' })),
    ).toEqual([
      {
        path: 'tanggalLahir',
        code: 'contradiction',
        en: 'gives age 10 on asOf (2025-06-01); a PNS is 18 to 75 (appointed at 18 at the earliest, PP 11/2017 Pasal 23 ayat (1) huruf a; highest BUP 75)',
        id: 'berarti usia 10 tahun pada asOf (2025-06-01); PNS berusia 18 sampai 75 tahun (diangkat paling rendah usia 18 tahun, PP 11/2017 Pasal 23 ayat (1) huruf a; BUP paling tinggi 75)',
      },
    ]);
  });

  it('60 years of experience at age 35 is refused; the 17 years since age 18 are decided', () => {
    const muda = { ...jpt, tanggalLahir: '1990-01-10' };
    expect(refused(() => syaratJabatan({ ...muda, tahunPengalaman: 60 }, { asOf: '2025-06-01' }))).toEqual([
      {
        path: 'tahunPengalaman',
        code: 'contradiction',
        en: '60 years of experience is more than the time from age 18 (2008-01-10) to asOf (2025-06-01); a PNS is appointed at 18 at the earliest (PP 11/2017 Pasal 23 ayat (1) huruf a)',
        id: '60 tahun pengalaman melebihi waktu sejak usia 18 tahun (2008-01-10) sampai asOf (2025-06-01); PNS diangkat paling rendah usia 18 tahun (PP 11/2017 Pasal 23 ayat (1) huruf a)',
      },
    ]);
    expect(syaratJabatan({ ...muda, tahunPengalaman: 17 }, { asOf: '2025-06-01' }).value.usia).toBe(35);
  });

  it('TMT pangkat before TMT CPNS is refused', () => {
    const p = { golongan: 'III/a' as const, tmtPangkat: '2018-03-01', tmtCpns: '2019-03-01', ijazah: 'S1' as const };
    expect(refused(() => kenaikanPangkatReguler(p, { asOf: '2023-06-01' }))).toEqual([
      {
        path: 'tmtPangkat',
        code: 'contradiction',
        en: '2018-03-01 is before tmtCpns (2019-03-01): a pangkat or jabatan of a PNS starts with or after the CPNS appointment',
        id: '2018-03-01 sebelum tmtCpns (2019-03-01): pangkat atau jabatan PNS dimulai bersamaan dengan atau setelah pengangkatan CPNS',
      },
    ]);
    expect(kenaikanPangkatReguler({ ...p, tmtPangkat: '2019-03-01' }, { asOf: '2023-06-01' }).value.periode).toBe('2023-10-01');
  });

  it('appraisal years after asOf are refused', () => {
    const p = {
      golongan: 'III/b' as const,
      tmtPangkat: '2019-04-01',
      ijazah: 'S1' as const,
      riwayatPenilaian: [
        { tahun: 2021, predikat: 'BAIK' as const },
        { tahun: 2024, predikat: 'BAIK' as const },
      ],
    };
    expect(refused(() => kenaikanPangkatReguler(p, { asOf: '2023-01-15' }))).toEqual([
      {
        path: 'riwayatPenilaian.1.tahun',
        code: 'contradiction',
        en: 'appraisal year 2024 is after the year of asOf (2023-01-15)',
        id: 'tahun penilaian 2024 setelah tahun asOf (2023-01-15)',
      },
    ]);
  });

  it('224 years of service are refused (KGB and KP reguler); 57 years are decided', () => {
    const kgb = { tmtCpns: '1800-01-01', golonganPengangkatan: 'III/a' as const, predikat: 'BAIK' as const };
    expect(refused(() => kenaikanGajiBerkala({ ...kgb, tmtKgbTerakhir: '2024-01-01' }))).toEqual([
      {
        path: 'tmtKgbTerakhir',
        code: 'contradiction',
        en: 'is more than 57 years after tmtCpns (1800-01-01); no PNS serves longer (appointed at 18 at the earliest, PP 11/2017 Pasal 23 ayat (1) huruf a)',
        id: 'lebih dari 57 tahun setelah tmtCpns (1800-01-01); tidak ada PNS yang mengabdi selama itu (diangkat paling rendah usia 18 tahun, PP 11/2017 Pasal 23 ayat (1) huruf a)',
      },
    ]);
    expect(kenaikanGajiBerkala({ ...kgb, tmtCpns: '1967-01-01', tmtKgbTerakhir: '2024-01-01' }).value.jadwal).toBe('2026-01-01');
    expect(
      refused(() => kenaikanPangkatReguler({ golongan: 'III/b', tmtPangkat: '1800-04-01', ijazah: 'S1' }, { asOf: '2024-04-01' })),
    ).toEqual([
      {
        path: 'tmtPangkat',
        code: 'contradiction',
        en: '1800-04-01 is more than 57 years before asOf (2024-04-01); no PNS serves longer (appointed at 18 at the earliest, PP 11/2017 Pasal 23 ayat (1) huruf a, retired at 75 at the latest)',
        id: '1800-04-01 lebih dari 57 tahun sebelum asOf (2024-04-01); tidak ada PNS yang mengabdi selama itu (diangkat paling rendah usia 18 tahun, PP 11/2017 Pasal 23 ayat (1) huruf a, pensiun paling lambat usia 75 tahun)',
      },
    ]);
  });

  it('no year-3000 outputs: the input that leads there is refused (or the projection clamped, with its reason)', () => {
    expect(refused(() => periodeKenaikanPangkat('2999-12-15'))[0]!.path).toBe('');
    expect(refused(() => batasUsiaPensiun({ tanggalLahir: '2990-05-10', jabatan: 'PELAKSANA' }))).toEqual([
      {
        path: 'tanggalLahir',
        code: 'contradiction',
        en: 'leads to a pension TMT 3048-06-01, after 2999-12-31, the last date this library accepts',
        id: 'menghasilkan TMT pensiun 3048-06-01, setelah 2999-12-31, tanggal terakhir yang diterima pustaka ini',
      },
    ]);
    expect(refused(() => kenaikanGajiBerkala({ tmtCpns: '2998-06-01', golonganPengangkatan: 'III/a', predikat: 'BAIK' }))).toEqual([
      {
        path: 'tmtCpns',
        code: 'contradiction',
        en: 'leads to a KGB TMT 3000-06-01, after 2999-12-31, the last date this library accepts',
        id: 'menghasilkan TMT KGB 3000-06-01, setelah 2999-12-31, tanggal terakhir yang diterima pustaka ini',
      },
    ]);
    expect(
      refused(() => kenaikanPangkatReguler({ golongan: 'III/b', tmtPangkat: '2999-04-01', ijazah: 'S1' }, { asOf: '2999-12-15' }))[0],
    ).toEqual({
      path: 'options.asOf',
      code: 'contradiction',
      en: 'leads to the promotion period 3000-01-01, after 2999-12-31, the last date this library accepts',
      id: 'menghasilkan periode kenaikan pangkat 3000-01-01, setelah 2999-12-31, tanggal terakhir yang diterima pustaka ini',
    });
    // A shortfall covered only after 2999: the months are given, the date is not, and the reason says why.
    const d = akumulasiAngkaKredit({
      jenjang: 'AHLI_PERTAMA',
      golongan: 'III/a',
      periode: [{ dari: '2999-01-01', sampai: '2999-12-31', predikat: 'BAIK' }],
    });
    expect(d.value).toMatchObject({ kekurangan: '37.5', bulanKekurangan: 36, tanggalPalingCepat: null });
    expect(d.reasons.at(-1)).toMatchObject({
      code: 'promotion.akumulasiAngkaKredit.kekuranganMelampauiKalender',
      facts: { kekurangan: '37.50', predikat: 'BAIK', bulan: 36, batas: '2999-12-31' },
    });
    // Longer than a working life at this predikat: no date either.
    const lama = akumulasiAngkaKredit(
      { jenjang: 'PENYELIA', golongan: 'III/c', periode: [{ dari: '2024-01-01', sampai: '2024-12-31', predikat: 'SANGAT_KURANG' }] },
      { koefisienKeterampilan: { PENYELIA: 1 } },
    );
    expect(lama.value).toMatchObject({ bulanKekurangan: 4788, tanggalPalingCepat: null });
    expect(lama.reasons.at(-1)).toMatchObject({
      code: 'promotion.akumulasiAngkaKredit.kekuranganMelampauiMasaKerja',
      citations: [{ regulation: 'PP_11_2017', article: 'Pasal 23 ayat (1) huruf a' }],
      facts: { bulan: 4788, maksimal: 684 },
    });
  });
});

describe('promotion: a misspelt field is refused with a suggestion, not ignored', () => {
  it('kenaikanGajiBerkala with tmtKGBTerakhir no longer schedules from TMT CPNS (2004)', () => {
    const input = { tmtCpns: '2002-03-01', golonganPengangkatan: 'III/a', tmtKGBTerakhir: '2024-03-01', predikat: 'BAIK' };
    expect(refused(() => kenaikanGajiBerkala(input as never))).toEqual([
      {
        path: 'tmtKGBTerakhir',
        code: 'unknown_key',
        en: 'is not a field of this input; did you mean "tmtKgbTerakhir"?',
        id: 'bukan kolom masukan ini; mungkin maksudnya "tmtKgbTerakhir"?',
      },
    ]);
    // Spelt right, the last KGB sets the schedule.
    const { tmtKGBTerakhir, ...rest } = input;
    expect(kenaikanGajiBerkala({ ...(rest as object), tmtKgbTerakhir: tmtKGBTerakhir } as never).value.jadwal).toBe('2026-03-01');
  });

  it('kenaikanPangkatReguler with riwayatHukman no longer grants the promotion', () => {
    const pegawai = {
      golongan: 'III/b',
      tmtPangkat: '2019-04-01',
      ijazah: 'S1',
      riwayatPenilaian: [
        { tahun: 2021, predikat: 'BAIK' },
        { tahun: 2022, predikat: 'BAIK' },
      ],
    };
    const hukuman = [{ jenis: 'PENURUNAN_JABATAN', tmt: '2022-06-01' }];
    expect(refused(() => kenaikanPangkatReguler({ ...pegawai, riwayatHukman: hukuman } as never, { asOf: '2023-01-15' }))).toEqual([
      {
        path: 'riwayatHukman',
        code: 'unknown_key',
        en: 'is not a field of this input; did you mean "riwayatHukuman"?',
        id: 'bukan kolom masukan ini; mungkin maksudnya "riwayatHukuman"?',
      },
    ]);
    expect(kenaikanPangkatReguler({ ...pegawai, riwayatHukuman: hukuman } as never, { asOf: '2023-01-15' }).value.memenuhiSyarat).toBe(
      false,
    );
  });
});

describe('promotion: bounded work', () => {
  it('130,000 appraisal rows: a typed refusal at once (was RangeError: Maximum call stack size exceeded)', () => {
    const rows = Array.from({ length: 130_000 }, (_, i) => ({ tahun: 1800 + (i % 1000), predikat: 'BAIK' as const }));
    const jabatan = Array.from({ length: 130_000 }, () => ({ jabatan: 'ADMINISTRATOR' as const, tahun: 1 }));
    const x = { jabatanTujuan: 'JPT_PRATAMA' as const, tanggalLahir: '1975-01-10', ijazah: 'S1' as const };
    expect(refused(() => syaratJabatan({ ...x, riwayatPenilaian: rows }, { asOf: '2025-06-01' }))).toEqual([
      {
        path: 'riwayatPenilaian',
        code: 'too_many_items',
        en: `has 130000 items; at most ${MAKS_RIWAYAT_PENILAIAN} are accepted`,
        id: `berisi 130000 butir; paling banyak ${MAKS_RIWAYAT_PENILAIAN} yang diterima`,
      },
    ]);
    expect(refused(() => syaratJabatan({ ...x, riwayatJabatan: jabatan }, { asOf: '2025-06-01' }))[0]).toMatchObject({
      path: 'riwayatJabatan',
      code: 'too_many_items',
    });
    expect(
      refused(() =>
        kenaikanPangkatReguler(
          { golongan: 'III/b', tmtPangkat: '2019-04-01', ijazah: 'S1', riwayatPenilaian: rows },
          { asOf: '2023-01-15' },
        ),
      )[0],
    ).toMatchObject({
      path: 'riwayatPenilaian',
      code: 'too_many_items',
    });
  });

  it('a million AK periods are refused by their length, before a row is read (took 23 s)', () => {
    const periode = Array.from({ length: 1_000_000 }, () => ({ dari: '2023-01-01', sampai: '2023-01-31', predikat: 'BAIK' as const }));
    const input = { jenjang: 'AHLI_PERTAMA' as const, golongan: 'III/a' as const, periode };
    expect(refused(() => akumulasiAngkaKredit(input))[0]).toMatchObject({ path: 'periode', code: 'too_many_items' });
  });

  it('the largest valid inputs decide (their time: npm run bench:worst)', () => {
    // 684 one-month AK periods (a working life, given newest first), projected at the lowest predikat.
    const periode = Array.from({ length: MAKS_PERIODE_ANGKA_KREDIT }, (_, i) => {
      const dari = addMonths('1968-01-01', i);
      return { dari, sampai: endOfMonth(dari), predikat: 'SANGAT_KURANG' as const };
    }).reverse();
    const ak = () => akumulasiAngkaKredit({ jenjang: 'PENYELIA', golongan: 'III/c', periode }, { koefisienKeterampilan: { PENYELIA: 1 } });
    expect(ak().reasons.length).toBe(MAKS_PERIODE_ANGKA_KREDIT + 4);
    // 58 appraisals and every hukuman a record may hold, back to back: tmtPalingCepat walks past every one
    // (it stopped after 50).
    const riwayatPenilaian = Array.from({ length: MAKS_RIWAYAT_PENILAIAN }, (_, i) => ({ tahun: 1968 + i, predikat: 'BAIK' as const }));
    const riwayatHukuman = Array.from({ length: RIWAYAT_HUKUMAN_MAKS }, (_, i) => ({
      jenis: 'PENURUNAN_JABATAN' as const,
      tmt: addMonths('2024-06-01', i * 12),
    }));
    const kp = () =>
      kenaikanPangkatReguler(
        { golongan: 'III/a', tmtPangkat: '2020-01-01', ijazah: 'S1', riwayatPenilaian, riwayatHukuman },
        { asOf: '2025-01-01' },
      );
    expect(kp().value.tmtPalingCepat).toBe(addMonths('2024-06-01', RIWAYAT_HUKUMAN_MAKS * 12));
    const st = () =>
      kenaikanPangkatStruktural(
        {
          eselon: 'IV.a',
          golongan: 'III/b',
          tmtPangkat: '2020-01-01',
          tmtJabatan: '2020-01-01',
          ijazah: 'S1',
          riwayatPenilaian,
          riwayatHukuman,
        },
        { asOf: '2025-01-01' },
      );
    const riwayatJabatan = Array.from({ length: MAKS_RIWAYAT_JABATAN }, () => ({ jabatan: 'PENGAWAS' as const, tahun: 0.5 }));
    const sj = () =>
      syaratJabatan(
        {
          jabatanTujuan: 'ADMINISTRATOR',
          tanggalLahir: '1950-01-01',
          ijazah: 'S1',
          riwayatJabatan,
          riwayatPenilaian: riwayatPenilaian.slice(-52),
        },
        { asOf: '2025-01-01' },
      );
    expect(sj().value.usia).toBe(75);
  });
});
