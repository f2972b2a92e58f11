import type { Bilingual } from '../core/explain.js';
import { deepFreeze } from '../core/freeze.js';
import { KETENTUAN_DISIPLIN, type KodeKetentuan } from './_bersama/ketentuan-disiplin.js';

/** English summaries of the kewajiban and larangan of PP 94/2021 Pasal 3–5. */
const KETENTUAN_EN: Record<KodeKetentuan, string> = {
  PASAL_3_A: 'loyalty to Pancasila, the 1945 Constitution, the Republic and the Government',
  PASAL_3_B: 'keeping the unity of the nation',
  PASAL_3_C: 'carrying out the policies of competent officials',
  PASAL_3_D: 'obeying laws and regulations',
  PASAL_3_E: 'carrying out official duties with dedication, honesty, awareness and responsibility',
  PASAL_3_F: 'showing integrity and setting an example',
  PASAL_3_G: 'keeping official secrets',
  PASAL_3_H: 'accepting placement anywhere in Indonesia',
  PASAL_4_A: 'attending and taking the civil-service oath (without a valid reason)',
  PASAL_4_B: 'attending and taking the oath of office (without a valid reason)',
  PASAL_4_C: 'putting the interest of the state first',
  PASAL_4_D: 'reporting matters that endanger state security or harm state finances',
  PASAL_4_E: 'filing the wealth report',
  PASAL_4_G: 'using and maintaining state property',
  PASAL_4_H: 'giving subordinates the opportunity to develop competencies',
  PASAL_4_I: 'refusing any gift related to one’s duties',
  PASAL_5_A: 'abuse of authority',
  PASAL_5_B: 'acting as an intermediary for gain through another’s authority',
  PASAL_5_C: 'being an employee of, or working for, another state',
  PASAL_5_D: 'working for an international body or organisation without permission or assignment by the PPK',
  PASAL_5_E: 'working for a foreign company, foreign consultant or foreign NGO unless assigned by the PPK',
  PASAL_5_F: 'unlawfully owning, selling, buying, pawning, renting or lending state property',
  PASAL_5_G: 'levies outside the rules',
  PASAL_5_H: 'activities that harm the state',
  PASAL_5_I: 'arbitrary conduct towards subordinates',
  PASAL_5_J: 'obstructing official duties',
  PASAL_5_K: 'accepting gifts related to one’s position',
  PASAL_5_L: 'asking for something related to one’s position',
  PASAL_5_M: 'acts that may harm the people served',
  PASAL_5_N_1: 'taking part in an election campaign',
  PASAL_5_N_2: 'campaigning with party or civil-service attributes',
  PASAL_5_N_3: 'campaigning by mobilising other civil servants',
  PASAL_5_N_4: 'campaigning with state facilities',
  PASAL_5_N_5: 'decisions or acts favouring or harming a candidate',
  PASAL_5_N_6: 'activities showing partisanship for a candidate',
  PASAL_5_N_7: 'giving a letter of support with an identity-card copy',
};

const articleEn = (pasal: string) =>
  pasal.replace(
    /^Pasal (\d+) huruf ([a-z])(?: angka (\d+))?$/,
    (_, p: string, h: string, a?: string) => `Article ${p}(${h})${a ? `(${a})` : ''}`,
  );

const ketentuanLabels: Record<string, Bilingual> = Object.fromEntries(
  (Object.keys(KETENTUAN_DISIPLIN) as KodeKetentuan[]).map((kode) => {
    const kt = KETENTUAN_DISIPLIN[kode];
    return [kode, { id: `${kt.pasal} (${kt.uraian})`, en: `${articleEn(kt.pasal)} (${KETENTUAN_EN[kode]})` }];
  }),
);

/**
 * How the discipline domain's values read in a sentence (the hukuman, their tingkat, the dampak, the
 * pejabat and their sasaran, the grounds of PPPK termination, the salary corrections, the ketentuan of
 * Pasal 3–5), in Bahasa Indonesia and English.
 */
export const DISCIPLINE_LABELS: Readonly<Record<string, Bilingual>> = deepFreeze({
  TEGURAN_LISAN: { id: 'teguran lisan', en: 'oral reprimand' },
  TEGURAN_TERTULIS: { id: 'teguran tertulis', en: 'written reprimand' },
  PERNYATAAN_TIDAK_PUAS_TERTULIS: { id: 'pernyataan tidak puas secara tertulis', en: 'written statement of dissatisfaction' },
  POTONGAN_TUKIN_6_BULAN: { id: 'pemotongan tunjangan kinerja 25% selama 6 bulan', en: '25% performance-allowance cut for 6 months' },
  POTONGAN_TUKIN_9_BULAN: { id: 'pemotongan tunjangan kinerja 25% selama 9 bulan', en: '25% performance-allowance cut for 9 months' },
  POTONGAN_TUKIN_12_BULAN: { id: 'pemotongan tunjangan kinerja 25% selama 12 bulan', en: '25% performance-allowance cut for 12 months' },
  PENURUNAN_JABATAN: { id: 'penurunan jabatan setingkat lebih rendah selama 12 bulan', en: 'demotion one level for 12 months' },
  PEMBEBASAN_DARI_JABATAN: {
    id: 'pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan',
    en: 'removal from position to an executor position for 12 months',
  },
  PDHTAPS: {
    id: 'pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
    en: 'honourable dismissal not at own request (PDHTAPS)',
  },
  KEBERATAN: { id: 'keberatan', en: 'objection (keberatan)' },
  BANDING_ADMINISTRATIF: { id: 'banding administratif', en: 'administrative appeal (banding administratif)' },
  PUTUSAN_PENGADILAN: { id: 'putusan pengadilan', en: 'court judgment' },
  RINGAN: { id: 'ringan', en: 'light' },
  SEDANG: { id: 'sedang', en: 'moderate' },
  BERAT: { id: 'berat', en: 'severe' },
  // Dampak facts carry a prefix: labels are global and UNIT_KERJA/NEGARA already label other enumerations.
  DAMPAK_UNIT_KERJA: { id: 'unit kerja', en: 'the work unit' },
  DAMPAK_INSTANSI: { id: 'instansi', en: 'the agency' },
  DAMPAK_NEGARA: { id: 'negara dan/atau pemerintah', en: 'the state and/or government' },
  JPT: { id: 'pejabat pimpinan tinggi', en: 'senior executive (JPT)' },
  ADMINISTRATOR: { id: 'pejabat administrator', en: 'administrator' },
  FUNGSIONAL: { id: 'pejabat fungsional', en: 'functional official' },
  PEJABAT_LAINNYA: { id: 'pejabat lainnya', en: 'other official' },
  HARI_KERJA: { id: 'hari kerja', en: 'working days' },
  HARI_KALENDER: { id: 'hari kalender', en: 'calendar days' },
  KE_BAWAH: { id: 'ke bawah', en: 'down' },
  SETENGAH_KE_ATAS: { id: 'setengah ke atas', en: 'half up' },
  TUKIN: { id: 'potongan tunjangan kinerja', en: 'performance-allowance cut' },
  INTERIM_KGB_KP_PANGKAT: {
    id: 'penundaan KGB/KP atau penurunan pangkat (masa peralihan)',
    en: 'postponed salary step/promotion or demotion in rank (interim)',
  },
  POTONGAN_TUKIN_25_PERSEN: { id: 'pemotongan tunjangan kinerja 25%', en: '25% performance-allowance cut' },
  PENUNDAAN_KGB: { id: 'penundaan kenaikan gaji berkala', en: 'postponed periodic salary step' },
  PENUNDAAN_KP: { id: 'penundaan kenaikan pangkat', en: 'postponed promotion in rank' },
  PENURUNAN_PANGKAT: { id: 'penurunan pangkat setingkat lebih rendah', en: 'demotion one rank' },
  PRESIDEN: { id: 'Presiden', en: 'the President' },
  PPK_PUSAT_PROVINSI: { id: 'PPK instansi pusat/provinsi', en: 'staffing authority (central/provincial)' },
  PPK_KABUPATEN_KOTA: { id: 'PPK kabupaten/kota', en: 'staffing authority (regency/city)' },
  KEPALA_PERWAKILAN: { id: 'Kepala Perwakilan RI', en: 'Head of an Indonesian mission abroad' },
  JPT_MADYA_SETARA: { id: 'JPT Madya atau setara', en: 'JPT Madya or equivalent' },
  JPT_PRATAMA_SETARA: { id: 'JPT Pratama atau setara', en: 'JPT Pratama or equivalent' },
  ADMINISTRATOR_SETARA: { id: 'Administrator atau setara', en: 'Administrator or equivalent' },
  JF_AHLI_MADYA_TERTENTU: { id: 'JF Ahli Madya tertentu', en: 'designated JF Ahli Madya' },
  PENGAWAS_SETARA: { id: 'Pengawas atau setara', en: 'Supervisor or equivalent' },
  JF_AHLI_MUDA_TERTENTU: { id: 'JF Ahli Muda tertentu', en: 'designated JF Ahli Muda' },
  JPT_UTAMA: { id: 'JPT Utama', en: 'JPT Utama' },
  JPT_MADYA_PPK: { id: 'JPT Madya yang juga PPK', en: 'JPT Madya who is also the staffing authority' },
  JPT_MADYA: { id: 'JPT Madya', en: 'JPT Madya' },
  JF_AHLI_UTAMA: { id: 'JF Ahli Utama', en: 'JF Ahli Utama' },
  DIANGKAT_PRESIDEN_LAINNYA: { id: 'pejabat lain yang diangkat Presiden', en: 'other officials appointed by the President' },
  JPT_PRATAMA: { id: 'JPT Pratama', en: 'JPT Pratama' },
  ADMINISTRATOR_KE_BAWAH: { id: 'Administrator ke bawah', en: 'Administrator and below' },
  JF_SELAIN_AHLI_UTAMA: { id: 'JF selain Ahli Utama', en: 'JF other than Ahli Utama' },
  SATU_TINGKAT_DI_BAWAH: { id: 'PNS satu tingkat di bawahnya', en: 'civil servants one level below' },
  DUA_TINGKAT_DI_BAWAH: { id: 'PNS dua tingkat di bawahnya', en: 'civil servants two levels below' },
  JF_DI_UNIT: { id: 'JF di unitnya', en: 'JF in the unit' },
  JF_AHLI_PERTAMA: { id: 'JF Ahli Pertama', en: 'JF Ahli Pertama' },
  JF_KETERAMPILAN_DI_UNIT: { id: 'JF Keterampilan di unitnya', en: 'skilled-track JF in the unit' },
  PP_94_2021: { id: 'PP 94/2021', en: 'PP 94/2021' },
  LAMPIRAN_PERBKN_6_2022: { id: 'lampiran PerBKN 6/2022', en: 'PerBKN 6/2022 annex' },
  PIDANA_PENJARA_TIDAK_BERENCANA: {
    id: 'pidana penjara ≥ 2 tahun, tindak pidana tidak berencana',
    en: 'prison ≥ 2 years for an unplanned crime',
  },
  DISIPLIN_BERAT: { id: 'pelanggaran disiplin tingkat berat', en: 'severe disciplinary breach' },
  TIDAK_MEMENUHI_TARGET_KINERJA: { id: 'tidak memenuhi target kinerja', en: 'performance target not met' },
  PENYELEWENGAN_PANCASILA_UUD: {
    id: 'penyelewengan terhadap Pancasila dan UUD 1945',
    en: 'betrayal of Pancasila and the 1945 Constitution',
  },
  KEJAHATAN_JABATAN: { id: 'kejahatan jabatan', en: 'crime related to office' },
  ANGGOTA_PENGURUS_PARTAI_POLITIK: { id: 'anggota/pengurus partai politik', en: 'member or officer of a political party' },
  PIDANA_PENJARA_BERENCANA: { id: 'pidana penjara ≥ 2 tahun, tindak pidana berencana', en: 'prison ≥ 2 years for a planned crime' },
  DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI: {
    id: 'dengan hormat tidak atas permintaan sendiri',
    en: 'with honour, not at own request',
  },
  TIDAK_DENGAN_HORMAT: { id: 'tidak dengan hormat', en: 'without honour' },
  GAJI_DIBAYARKAN_KEMBALI: { id: 'gaji yang ditahan dibayarkan kembali', en: 'withheld salary paid back' },
  GAJI_DIKEMBALIKAN_KE_NEGARA: {
    id: 'gaji bulan berikutnya dikembalikan ke kas negara',
    en: 'next month’s salary returned to the state',
  },
  TANPA_PENYESUAIAN: { id: 'tidak ada penyesuaian', en: 'no adjustment' },
  BANDING_ADMINISTRATIF_BPASN: { id: 'banding administratif kepada BPASN', en: 'administrative appeal to the BPASN' },
  ...ketentuanLabels,
});
