import { defineMessages } from '../core/messages.js';
import { SATUAN_MERIT } from './_bersama/satuan.js';

/** Reason texts of `merit.manfaatKategoriMerit`. */
export const MANFAAT_KATEGORI_MERIT_MESSAGES = defineMessages('merit.manfaatKategoriMerit', {
  tidakDinilai: {
    id: 'Instansi belum dinilai: tanpa kategori, tidak ada pengecualian seleksi terbuka JPT dan tidak ada jadwal evaluasi ulang',
    en: 'The agency has not been assessed: no category, no exemption from open JPT selection and no re-evaluation date',
  },
  kategori: {
    id: 'Kategori sistem merit {kategori}; pengisian JPT tanpa seleksi terbuka memerlukan kategori paling rendah {kategoriMinimum}',
    en: 'Merit-system category {kategori}; filling JPT without open selection needs at least {kategoriMinimum}',
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
    id: 'Kategori {kategori} dievaluasi ulang setiap {siklusBulan}: jatuh tempo {tanggalEvaluasiUlang}',
    en: 'Category {kategori} is re-evaluated every {siklusBulan}: due {tanggalEvaluasiUlang}',
    units: { siklusBulan: SATUAN_MERIT.bulan },
  },
  evaluasiUlangTanpaTanggal: {
    id: 'Kategori {kategori} dievaluasi ulang setiap {siklusBulan}; tanggal kategori tidak diisi, jatuh tempo tidak dihitung',
    en: 'Category {kategori} is re-evaluated every {siklusBulan}; no category date given, so no due date',
    units: { siklusBulan: SATUAN_MERIT.bulan },
  },
  tanpaSiklus: {
    id: 'Tidak ada siklus evaluasi ulang yang diketahui untuk kategori {kategori}',
    en: 'No re-evaluation cycle is known for category {kategori}',
  },
});
