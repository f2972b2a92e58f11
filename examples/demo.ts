/**
 * `npm run demo`: decisions with their reasons, in Bahasa Indonesia and English, over a small synthetic workforce.
 */
import { explain, type Locale, MeritInputError } from '../src/index.js';
import {
  capaianSkp,
  kurvaDistribusi,
  nilaiKinerjaPp30,
  penilaianKinerja,
  PREDIKAT,
  type Predikat,
  predikatKinerja,
} from '../src/performance/index.js';
import { jobPersonMatch, kotakTalenta, penempatanOptimal } from '../src/competency/index.js';
import { hukumanKetidakhadiran, rekapKetidakhadiran, tanggalBerlakuHukuman } from '../src/discipline/index.js';
import { akumulasiAngkaKredit, kenaikanPangkatReguler } from '../src/promotion/index.js';
import { potonganTukin, satyalancanaKaryaSatya } from '../src/rewards/index.js';
import { workforce } from './workforce.js';

const locales: Locale[] = ['id', 'en'];
const heading = (text: string) => console.log(`\n\x1b[1m${text}\x1b[0m`);
const show = (title: string, d: Parameters<typeof explain>[0]) => {
  console.log(`\n  ${title}`);
  for (const locale of locales) for (const line of explain(d, locale)) console.log(`    [${locale}] ${line}`);
};

heading('1. Predikat kinerja pegawai 2026 (PermenPANRB 6/2022) — a unit of 12');
const unit = workforce(12);
const jumlah = Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as Record<Predikat, number>;
for (const p of unit) {
  const d = predikatKinerja({ hasilKerja: p.hasilKerja, perilakuKerja: p.perilakuKerja });
  jumlah[d.value] += 1;
  console.log(`  ${p.nip}  ${p.nama.padEnd(10)} ${d.value.padEnd(16)} ${explain(d, 'id')[0]}`);
}

heading('2. Distribution check for an organisation rated Baik (SE MenPANRB 3/2023)');
show(`counts ${JSON.stringify(jumlah)}`, kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah }));

heading('3. Semester II 2021 under PP 30/2019 (360° behaviour rating, 60/40)');
show(
  'nilai SKP 112, perilaku 108, with an innovation',
  nilaiKinerjaPp30({ nilaiSkp: 112, nilaiPerilaku: 108, bobot: '60_40', inovasi: true }),
);

heading('4. A 2019 SKP under PP 46/2011 and Perka BKN 1/2013');
show(
  'two kegiatan, 4 tugas tambahan',
  capaianSkp({
    kegiatan: [
      {
        nama: 'Menyusun laporan keuangan',
        kuantitas: { target: 12, realisasi: 12 },
        kualitas: { realisasi: 90 },
        waktu: { target: 12, realisasi: 12 },
      },
      {
        nama: 'Verifikasi SPJ',
        kuantitas: { target: 400, realisasi: 420 },
        kualitas: { realisasi: 88 },
        waktu: { target: 12, realisasi: 11 },
        biaya: { target: 5000000, realisasi: 4800000 },
      },
    ],
    tugasTambahan: 4,
  }),
);

heading('5. One entry point, the rules in force on the appraisal date');
show(
  'asOf 2024-12-31',
  penilaianKinerja(
    { metode: 'PERMENPANRB_6_2022', hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' },
    { asOf: '2024-12-31' },
  ),
);

heading('6. Promotion: kenaikan pangkat reguler and angka kredit');
show(
  'III/b since 2019-04-01, S1, Baik in 2021 and 2022, decided on 2023-01-15',
  kenaikanPangkatReguler(
    {
      golongan: 'III/b',
      tmtPangkat: '2019-04-01',
      ijazah: 'S1',
      riwayatPenilaian: [
        { tahun: 2021, predikat: 'BAIK' },
        { tahun: 2022, predikat: 'BAIK' },
      ],
    },
    { asOf: '2023-01-15' },
  ),
);
show(
  'Ahli Pertama III/a: 2023 Sangat Baik, Jan–Feb 2024 Baik (BKN example 18.75 + 2.08 = 20.83)',
  akumulasiAngkaKredit({
    jenjang: 'AHLI_PERTAMA',
    golongan: 'III/a',
    periode: [
      { dari: '2023-01-01', sampai: '2023-12-31', predikat: 'SANGAT_BAIK' },
      { dari: '2024-01-01', sampai: '2024-02-29', predikat: 'BAIK' },
    ],
  }),
);

heading('7. Discipline: unexcused absence under PP 94/2021');
show(
  '10 consecutive working days absent in October 2022',
  rekapKetidakhadiran({
    tahun: 2022,
    tidakMasuk: [
      '2022-10-03',
      '2022-10-04',
      '2022-10-05',
      '2022-10-06',
      '2022-10-07',
      '2022-10-10',
      '2022-10-11',
      '2022-10-12',
      '2022-10-13',
      '2022-10-14',
    ],
  }),
);
show('3 working days in a year', hukumanKetidakhadiran({ hariKumulatif: 3 }));
show(
  'when a teguran tertulis received on 2022-02-08 takes effect',
  tanggalBerlakuHukuman({ jenis: 'TEGURAN_TERTULIS', tanggalDiterima: '2022-02-08' }, { kalender: { holidays: ['2022-02-28'] } }),
);

heading('8. Rewards: Satyalancana Karya Satya and a month of tukin');
show(
  'TMT CPNS 2014-03-01, one teguran tertulis in 2017',
  satyalancanaKaryaSatya(
    { tmtCpns: '2014-03-01', riwayatHukuman: [{ jenis: 'TEGURAN_TERTULIS', tmt: '2017-06-01' }] },
    { asOf: '2024-03-01' },
  ),
);
show(
  'May 2024 under Permentan 68/2012: late 45 minutes, early leave 100 minutes, one day absent',
  potonganTukin(
    { bulan: '2024-05', tukin: 5000000, terlambat: [45], pulangCepat: [100], hariTidakMasuk: 1 },
    { jadwal: 'PERMENTAN_68_2012' },
  ),
);

heading('9. Competency: Job Person Match, talent box and optimal placement');
const standar = {
  INTEGRITAS: 3,
  KERJASAMA: 3,
  KOMUNIKASI: 3,
  ORIENTASI_PADA_HASIL: 3,
  PELAYANAN_PUBLIK: 3,
  PENGEMBANGAN_DIRI_DAN_ORANG_LAIN: 3,
  MENGELOLA_PERUBAHAN: 3,
  PENGAMBILAN_KEPUTUSAN: 3,
  PEREKAT_BANGSA: 3,
};
show(
  'Administrator standard (Σ 27) against a profile summing to 25',
  jobPersonMatch({ standar, aktual: { ...standar, KOMUNIKASI: 2, PENGEMBANGAN_DIRI_DAN_ORANG_LAIN: 2 } }, { skema: 'PENGISIAN_JABATAN' }),
);
show('Results above expectations, high potential', kotakTalenta({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI' }));
show(
  'Two candidates, two posts: the best total fit, not the best first pick',
  penempatanOptimal({
    kandidat: [{ id: 'A' }, { id: 'B' }],
    formasi: [{ id: 'F1' }, { id: 'F2' }],
    kecocokan: [
      [90, 80],
      [85, 50],
    ],
  }),
);

heading('10. Bad input gets a typed error naming each field');
try {
  nilaiKinerjaPp30({ nilaiSkp: 130, nilaiPerilaku: 'sembilan puluh', bobot: '70_30' });
} catch (e) {
  if (e instanceof MeritInputError) for (const issue of e.issues) console.log(`  ${issue.path.join('.')}: ${issue.message}`);
}
