import type { RuleExample } from '../../core/rule.js';
import { deepFreeze } from '../../core/freeze.js';

// Worked examples of merit.indeksSistemMerit (derived: published agency scores are kept as acceptance checks).

const gap = (
  komponen: string,
  skor: string,
  maksimum: string,
  poinTertinggal: string,
  kenaikanDiperlukan: string | null,
  cukupSendiri: boolean | null,
) => ({
  komponen,
  skor,
  maksimum,
  poinTertinggal,
  kenaikanDiperlukan,
  cukupSendiri,
});

/** A kabupaten's self-assessment under PermenPANRB 40/2018, scored per aspect: the worked example of the closing note. */
export const SKOR_ASPEK_CONTOH = deepFreeze({
  PERENCANAAN_KEBUTUHAN: 18,
  PENGADAAN: 20,
  PENGEMBANGAN_KARIER: 60,
  PROMOSI_DAN_MUTASI: 30,
  MANAJEMEN_KINERJA: 64,
  PENGGAJIAN_PENGHARGAAN_DISIPLIN: 45,
  PERLINDUNGAN_DAN_PELAYANAN: 12,
  SISTEM_INFORMASI: 57,
});

export const CONTOH_INDEKS_SISTEM_MERIT: RuleExample[] = [
  {
    title: {
      id: 'Skor 306: kategori III Baik, 19 poin menuju Sangat Baik',
      en: 'Score 306: category III Baik, 19 points short of Sangat Baik',
    },
    input: { tanggalPenilaian: '2023-06-30', skorAspek: SKOR_ASPEK_CONTOH },
    expected: {
      skema: 'PERMENPANRB_40_2018',
      jenisNilai: 'MANDIRI',
      status: 'DINILAI',
      tidakDinilai: [],
      skor: '306',
      kategori: 'BAIK',
      kategoriBerikutnya: 'SANGAT_BAIK',
      kekuranganKeKategoriBerikutnya: '19',
      kesenjangan: [
        gap('PENGEMBANGAN_KARIER', '60', '80', '20', '19', true),
        gap('SISTEM_INFORMASI', '57', '76', '19', '19', true),
        gap('MANAJEMEN_KINERJA', '64', '80', '16', '19', false),
        gap('PENGGAJIAN_PENGHARGAAN_DISIPLIN', '45', '60', '15', '19', false),
        gap('PROMOSI_DAN_MUTASI', '30', '40', '10', '19', false),
        gap('PERENCANAAN_KEBUTUHAN', '18', '24', '6', '19', false),
        gap('PENGADAAN', '20', '24', '4', '19', false),
        gap('PERLINDUNGAN_DAN_PELAYANAN', '12', '16', '4', '19', false),
      ],
    },
    source: 'derived (KASN bands as stated 18 Feb 2024; preset instrument)',
  },
  {
    title: {
      id: 'Aspek sistem informasi tidak dinilai: tanpa skor, bukan nol',
      en: 'Information-system aspect not assessed: no score, not zero',
    },
    input: { tanggalPenilaian: '2023-06-30', jenisNilai: 'VERIFIKASI', skorAspek: { ...SKOR_ASPEK_CONTOH, SISTEM_INFORMASI: null } },
    expected: {
      skema: 'PERMENPANRB_40_2018',
      jenisNilai: 'VERIFIKASI',
      status: 'TIDAK_DINILAI',
      tidakDinilai: ['SISTEM_INFORMASI'],
      skor: null,
      kategori: null,
      kategoriBerikutnya: null,
      kekuranganKeKategoriBerikutnya: null,
      kesenjangan: [],
    },
  },
  {
    title: {
      id: 'PermenPANRB 19/2025 dengan angka paparan 2025: indeks 0,725, Menengah',
      en: 'PermenPANRB 19/2025 with the 2025 presentation figures: index 0.725, Menengah',
    },
    input: { tanggalPenilaian: '2026-06-30', indeksMaturitas: 0.7, indeksKepuasan: 0.8 },
    options: { skema2025: 'PAPARAN_KEMENPANRB_2025' },
    expected: {
      skema: 'PERMENPANRB_19_2025',
      jenisNilai: 'MANDIRI',
      status: 'DINILAI',
      tidakDinilai: [],
      skor: '0.725',
      kategori: 'MENENGAH',
      kategoriBerikutnya: 'TINGGI',
      kekuranganKeKategoriBerikutnya: '0.085',
      kesenjangan: [gap('MATURITAS', '0.7', '1', '0.225', '0.113334', true), gap('KEPUASAN_PEGAWAI', '0.8', '1', '0.05', '0.34', false)],
    },
    source: 'derived (S-weak presentation figures, setting skema2025)',
  },
];
