import { deepFreeze } from '../core/freeze.js';
import { defineRegulations } from '../core/regulations.js';

/**
 * Regulations of the public-satisfaction survey (SKM/IKM). Sources and grades: docs/sources/pelayanan.md.
 * No ditetapkan/diundangkan date of these regulations was read: they are left unset.
 */
export const PELAYANAN_REGULATIONS = deepFreeze(
  defineRegulations({
    KEPMENPAN_25_2004: {
      id: 'KEPMENPAN_25_2004',
      jenis: 'PERATURAN_LAIN',
      nomor: '25/M.PAN/2/2004',
      tahun: 2004,
      judul: 'Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat Unit Pelayanan Instansi Pemerintah',
      titleEn: 'General Guidelines for the Public Satisfaction Index of Government Service Units',
      mencabut: [],
      catatan:
        'Keputusan MenPAN (historical). 14 unsur, bobot 1/14 printed 0,071, IKM = Σ(NRR × 0,071) × 25 (2012 puskesmas report, https://www.scribd.com/doc/168413544); conversion bands quoted from the Lampiran by UPT BPSMB Disperindag Provinsi Bali (2013). Replaced by PermenPANRB 16/2014 (training material of 2019; the revoking article not read). Title as agencies cite it; dates not read.',
    },
    PERMENPANRB_16_2014: {
      id: 'PERMENPANRB_16_2014',
      jenis: 'PERMENPANRB',
      nomor: '16',
      tahun: 2014,
      judul: 'Pedoman Survei Kepuasan Masyarakat terhadap Penyelenggaraan Pelayanan Publik',
      titleEn: 'Guidelines for the Public Satisfaction Survey of Public Service Delivery',
      mencabut: [],
      catatan:
        'Its nine unsur include Maklumat Pelayanan and not Sarana dan Prasarana (PTUN Medan SKM page, https://jeliita.ptun-medan.go.id). Its bands are reportedly those of KepmenPAN 25/2004 (unconfirmed). Replaced by PermenPANRB 14/2017 (its Menimbang huruf b); the revoking article and all dates not read.',
    },
    PERMENPANRB_14_2017: {
      id: 'PERMENPANRB_14_2017',
      jenis: 'PERMENPANRB',
      nomor: '14',
      tahun: 2017,
      judul: 'Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik',
      titleEn: 'Guidelines for Preparing the Public Satisfaction Survey of Public Service Units',
      mencabut: [],
      catatan:
        'Menimbang huruf b (PermenPANRB 16/2014 "perlu diganti") and Pasal 1 ayat (1) ("minimal 1 (satu) kali setahun") read in the text reproduced at https://puskaandriana.blogspot.com/2023/03/permenpan-no-14-th-2017-tentang-survey.html (not compared with the Berita Negara copy). The Lampiran (unsur, bobot 0,111, conversion table) is known from agency copies applying it, e.g. https://e-smile.tubaba.go.id/main/skm/laporan/online. Dates, the revoking article and the Lampiran itself not read; official copies: https://jdih.menpan.go.id, https://peraturan.bpk.go.id. No successor found (agencies still cite it in 2025).',
    },
    PERMENPANRB_29_2022: {
      id: 'PERMENPANRB_29_2022',
      jenis: 'PERMENPANRB',
      nomor: '29',
      tahun: 2022,
      judul: 'Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik',
      titleEn: 'Monitoring and Evaluation of Public Service Delivery Performance',
      mencabut: [],
      catatan:
        'PEKPPP. Replaced PermenPANRB 17/2017 (Menimbang huruf b; copy bearing the jdih.menpan.go.id stamp, https://123dok.com/id/docs/permen-panrb-no-29-tahun-2022); does not replace 14/2017. SKM is assessed under the component Kebijakan Pelayanan; the indicator weight and scoring rule were not read. Dates not read.',
    },
  }),
);
