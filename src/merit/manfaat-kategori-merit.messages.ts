import { defineMessages } from '../core/messages.js';

/** Reason texts of `merit.manfaatKategoriMerit`. */
export const MANFAAT_KATEGORI_MERIT_MESSAGES = defineMessages('merit.manfaatKategoriMerit', {
  tidakDinilai: {
    id: 'Instansi belum dinilai: tanpa kategori, tidak ada pengecualian seleksi terbuka JPT dan tidak ada jadwal evaluasi ulang',
    en: 'The agency has not been assessed: no category, no exemption from open JPT selection and no re-evaluation date',
  },
  kategori: {
    id: 'Kategori {kategori}; pengisian JPT tanpa seleksi terbuka memerlukan paling rendah {kategoriMinimum}',
    en: 'Category {kategori}; filling JPT without open selection needs at least {kategoriMinimum}',
  },
  talentPool: {
    id: 'Kebijakan pola karier melalui talent pool: {ada}',
    en: 'Career-pattern policy through a talent pool: {ada}',
  },
  persetujuan: {
    id: 'Persetujuan pengecualian seleksi terbuka: {ada}',
    en: 'Approval of the exemption from open selection: {ada}',
  },
  evaluasiUlang: {
    id: 'Kategori {kategori} dievaluasi ulang setiap {siklusBulan} bulan: jatuh tempo {tanggalEvaluasiUlang}',
    en: 'Category {kategori} is re-evaluated every {siklusBulan} months: due {tanggalEvaluasiUlang}',
  },
  tanpaSiklus: {
    id: 'Tidak ada siklus evaluasi ulang yang diketahui untuk kategori {kategori}',
    en: 'No re-evaluation cycle is known for category {kategori}',
  },
});
