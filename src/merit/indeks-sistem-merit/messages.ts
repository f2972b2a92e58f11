import { defineMessages } from '../../core/messages.js';
import { SATUAN_MERIT } from '../_bersama/satuan.js';

/** Reason texts of `merit.indeksSistemMerit`. */
export const INDEKS_SISTEM_MERIT_MESSAGES = defineMessages('merit.indeksSistemMerit', {
  skema: {
    id: 'Penilaian tanggal {tanggalPenilaian} ({jenisNilai}) dinilai menurut {skema}',
    en: 'The assessment of {tanggalPenilaian} ({jenisNilai}) is scored under {skema}',
  },
  aspek: {
    id: 'Aspek {komponen}: skor {skor} dari paling tinggi {maksimum}',
    en: 'Aspect {komponen}: score {skor} of at most {maksimum}',
  },
  tidakDinilai: {
    id: 'Tidak dinilai: {tidakDinilai}; tanpa skor total dan kategori (yang tidak dinilai tidak dihitung sebagai 0)',
    en: 'Not assessed: {tidakDinilai}; no total and no category (what is not assessed never counts as 0)',
  },
  total: {
    id: 'Skor total {skor} (jumlah skor aspek)',
    en: 'Total score {skor} (sum of the aspect scores)',
  },
  indeks2025: {
    id: 'Indeks {skor} = {bobotMaturitas} % × maturitas {maturitas} + sisanya × kepuasan pegawai {kepuasan} (paparan KemenPANRB 2025)',
    en: 'Index {skor} = {bobotMaturitas} % × maturity {maturitas} + the rest × employee satisfaction {kepuasan} (KemenPANRB presentation, 2025)',
  },
  kategori: {
    id: 'Skor {skor} dalam rentang {rentang}: kategori {kelas} {kategori} (skor di antara dua pita tercetak: {skorAntaraPita})',
    en: 'Score {skor} in the range {rentang}: category {kelas} {kategori} (a score between two printed bands: {skorAntaraPita})',
  },
  berikutnya: {
    id: 'Menuju kategori {kategoriBerikutnya} masih kurang {kekurangan}; aspek yang paling tertinggal: {terbesar}',
    en: '{kekurangan} short of category {kategoriBerikutnya}; the aspect furthest behind: {terbesar}',
    units: { kekurangan: SATUAN_MERIT.poin },
  },
  puncak: {
    id: 'Kategori {kategori} adalah kategori tertinggi',
    en: 'Category {kategori} is the highest',
  },
});
