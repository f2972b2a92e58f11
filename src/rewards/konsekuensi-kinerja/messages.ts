import { defineMessages } from '../../core/messages.js';

/** Reason texts of `rewards.konsekuensiKinerja`. */
export const KONSEKUENSI_KINERJA_MESSAGES = defineMessages('rewards.konsekuensiKinerja', {
  tidakMemenuhi: {
    id: 'Predikat tahunan {predikat}: tidak memenuhi target kinerja',
    en: 'Annual rating {predikat}: performance target not met',
  },
  memenuhi: {
    id: 'Predikat tahunan {predikat}: target kinerja terpenuhi',
    en: 'Annual rating {predikat}: performance target met',
  },
  pppk: {
    id: 'PPPK tidak memenuhi target kinerja yang disepakati: pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri',
    en: 'A PPPK who misses the agreed performance target: contract ended with honour, not at own request',
  },
  perbaikan: {
    id: 'Diberi kesempatan {bulan} bulan untuk memperbaiki kinerja, sampai {batasPerbaikan}',
    en: 'Given {bulan} months to improve performance, until {batasPerbaikan}',
  },
  membaik: {
    id: 'Kinerja membaik dalam masa perbaikan (sampai {batasPerbaikan}): tidak ada tindakan lanjutan',
    en: 'Performance improved within the improvement period (until {batasPerbaikan}): no further action',
  },
  ujiKompetensi: {
    id: 'JPT tidak membaik setelah {batasPerbaikan}: uji kompetensi kembali, lalu dipindahkan ke jabatan yang sesuai atau lebih rendah',
    en: 'A JPT who has not improved after {batasPerbaikan}: competency test again, then moved to a suitable or lower post',
  },
  penempatan: {
    id: 'Ditempatkan pada jabatan yang sesuai kompetensinya paling lama sampai {batasPenempatan} (lowongan sesuai: {lowonganSesuaiTersedia})',
    en: 'Placed in a post matching the competence until {batasPenempatan} at the latest (suitable vacancy: {lowonganSesuaiTersedia})',
  },
  pemberhentian: {
    id: 'Setelah {batasPenempatan} tidak ada lowongan yang sesuai kompetensinya: diberhentikan dengan hormat',
    en: 'After {batasPenempatan} no vacancy matches the competence: dismissed with honour',
  },
});
