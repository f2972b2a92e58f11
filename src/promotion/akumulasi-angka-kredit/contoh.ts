import { BATAS_MASA_KERJA_PNS } from '../../core/masa-kerja-pns.js';
import type { Bilingual } from '../../core/explain.js';
import type { RuleExample } from '../../core/rule.js';
import { MAKS_PERIODE_ANGKA_KREDIT, TANGGAL_TERAKHIR } from '../_bersama/invariants.js';
import { BULAN_MASA_KERJA_MAKSIMAL } from './hitung.js';

/** Worked examples of promotion.akumulasiAngkaKredit (BKN Direktorat Jabatan ASN slides on Peraturan BKN 3/2023). */
export const CONTOH_AKUMULASI_ANGKA_KREDIT: RuleExample[] = [
  {
    title: {
      id: 'Ahli Pertama: 18,75 (2023, Sangat Baik) + 2,08 (Jan–Feb 2024, Baik) = 20,83',
      en: 'Ahli Pertama: 18.75 (2023, Very Good) + 2.08 (Jan–Feb 2024, Good) = 20.83',
    },
    input: {
      jenjang: 'AHLI_PERTAMA',
      golongan: 'III/a',
      periode: [
        { dari: '2023-01-01', sampai: '2023-12-31', predikat: 'SANGAT_BAIK' },
        { dari: '2024-01-01', sampai: '2024-02-29', predikat: 'BAIK' },
      ],
    },
    expected: {
      akk: '20.83333333333333333333333333333333333333',
      akkDisplay: '20.83',
      akKonversi: '20.83333333333333333333333333333333333333',
      kebutuhanKenaikanPangkat: '50',
      kebutuhanKenaikanJenjang: '100',
      akkJenjang: '20.83333333333333333333333333333333333333',
      memenuhiKenaikanPangkat: false,
      memenuhiKenaikanJenjang: false,
      didahulukan: null,
      kelebihan: null,
      kekurangan: '29.16666666666666666666666666666666666667',
      bulanKekurangan: 28,
      tanggalPalingCepat: '2026-06-30',
    },
    source: 'BKN Direktorat Jabatan ASN, slides "Pelaksanaan Teknis Peraturan BKN No. 3 Tahun 2023" (July 2023): 18,75 + 2,08 = 20,83',
  },
  {
    title: {
      id: 'Ahli Pertama III/a, Sangat Baik dua tahun: kurang 12,5, terpenuhi 8 bulan kemudian',
      en: 'Ahli Pertama III/a, Very Good for two years: 12.5 short, met 8 months later',
    },
    input: {
      jenjang: 'AHLI_PERTAMA',
      golongan: 'III/a',
      periode: [
        { dari: '2023-01-01', sampai: '2023-12-31', predikat: 'SANGAT_BAIK' },
        { dari: '2024-01-01', sampai: '2024-12-31', predikat: 'SANGAT_BAIK' },
      ],
    },
    expected: {
      akk: '37.5',
      akkDisplay: '37.50',
      akKonversi: '37.5',
      kebutuhanKenaikanPangkat: '50',
      kebutuhanKenaikanJenjang: '100',
      akkJenjang: '37.5',
      memenuhiKenaikanPangkat: false,
      memenuhiKenaikanJenjang: false,
      didahulukan: null,
      kelebihan: null,
      kekurangan: '12.5',
      bulanKekurangan: 8,
      tanggalPalingCepat: '2025-08-31',
    },
    source: 'derived: 150% x 12,5 a year (PermenPANRB 1/2023 Pasal 37 ayat (1)) against the AKK 50 for III/a → III/b',
  },
];

const T = BATAS_MASA_KERJA_PNS.tahunMaksimum;

/** Interpretations and refusals of promotion.akumulasiAngkaKredit. */
export const CATATAN_AKUMULASI_ANGKA_KREDIT: Bilingual[] = [
  {
    id: 'AKK kenaikan jenjang dihitung sebagai: jumlah golongan yang telah dilalui dalam jenjang × AKK kenaikan pangkat, ditambah AKK saat ini (setiap KP dalam jenjang memakai tepat AKK kenaikan pangkat). Golongan harus berada dalam rentang jenjang.',
    en: "The AKK for grade advancement is counted as: golongan already passed in the grade × the promotion AKK, plus the current AKK (each KP in the grade used exactly the promotion AKK). The golongan must be within the grade's range.",
  },
  {
    id: 'Kelebihan AKK dibawa ke KP berikutnya dalam jenjang yang sama. Kenaikan jenjang juga mensyaratkan uji kompetensi, lowongan, predikat ≥ Baik dan ≥ 1 tahun dalam jenjang: tidak dinilai di sini.',
    en: 'Excess AKK carries over to the next KP in the same grade. Grade advancement also needs a competency test, a vacancy, predikat ≥ Baik and ≥ 1 year in the grade: not judged here.',
  },
  {
    id: 'Pembulatan tidak ditemukan dalam PermenPANRB 1/2023 (Pasal 37 ayat (4): "dihitung secara proporsional") maupun Peraturan BKN 3/2023 (Pasal 13 ayat (1)): nilai tetap eksak (per dua belas bulan) dan hanya akkDisplay dibulatkan dua desimal; pengaturan pembulatanPerPeriode (preset false) membulatkan setiap periode lebih dulu.',
    en: 'No rounding located in PermenPANRB 1/2023 (Pasal 37 ayat (4): "dihitung secara proporsional") or Peraturan BKN 3/2023 (Pasal 13 ayat (1)): values stay exact (in twelfths) and only akkDisplay is rounded to two decimals; the setting pembulatanPerPeriode (preset false) rounds each period first.',
  },
  {
    id: 'Tidak dinilai: PermenPANRB 1/2023 Pasal 37 ayat (3) memberikan AK pendidikan hanya dengan predikat kinerja paling rendah baik; peningkatanPendidikan diterima apa adanya.',
    en: 'Not judged: PermenPANRB 1/2023 Pasal 37 ayat (3) gives AK pendidikan only with a predikat of at least baik; peningkatanPendidikan is taken as given.',
  },
  {
    id: `Ditolak sebagai mustahil: golongan di luar jenjang; periode yang tidak dimulai tanggal 1 atau tidak berakhir pada akhir bulan, berakhir sebelum dimulai, saling tumpang tindih, atau terbentang lebih dari ${T} tahun (satu masa kerja: diangkat paling rendah usia ${BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum}, PP 11/2017 Pasal 23 ayat (1) huruf a); AK bernilai negatif; lebih dari ${MAKS_PERIODE_ANGKA_KREDIT} periode. Proyeksi yang memerlukan lebih dari ${BULAN_MASA_KERJA_MAKSIMAL} bulan atau jatuh setelah ${TANGGAL_TERAKHIR} tidak diberi tanggal (tanggalPalingCepat null, dengan alasannya).`,
    en: `Refused as impossible: a golongan outside the jenjang; periods not starting on the 1st or not ending on a month end, ending before they start, overlapping, or spanning more than ${T} years (one working life: appointed at ${BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum} at the earliest, PP 11/2017 Pasal 23 ayat (1) huruf a); negative AK; more than ${MAKS_PERIODE_ANGKA_KREDIT} periods. A projection that needs more than ${BULAN_MASA_KERJA_MAKSIMAL} months or falls after ${TANGGAL_TERAKHIR} gets no date (tanggalPalingCepat null, with its reason).`,
  },
];
