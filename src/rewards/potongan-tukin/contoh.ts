/**
 * The notes and worked examples of `rewards.potonganTukin`, shown on its page and run as tests
 * (test/examples.test.ts): each example is a month decided under a preset, with the source it comes from.
 */
import type { Bilingual } from '../../core/explain.js';
import type { RuleExample } from '../../core/rule.js';

/** What the rule page says beside the tables: coverage, the nature of the violation, the historical preset, refusals, readings. */
export const CATATAN_POTONGAN_TUKIN: Bilingual[] = [
  {
    id: 'Tidak ada tabel nasional; setiap instansi menetapkan jadwal sendiri. Bila beberapa hukuman berjalan bersamaan, dipakai potongan terbesar.',
    en: 'There is no national table; each agency sets its own schedule. When several penalties run at once, the largest cut applies.',
  },
  {
    id: 'Cakupan: setiap jadwal bawaan menyatakan sebab yang dicakupnya dengan pasalnya (tabel di atas). Sebab ditanyakan bila masukannya ada (tidak masuk berturut-turut: 2 hari atau lebih; hukuman: selama masa potongannya, atau masa PP 94/2021-nya — ringan 1 bulan — mencakup bulan itu). Sebab di luar cakupan, pengaturan sebabDiLuarCakupan: TOLAK (preset; MeritInputError yang menyebut kolomnya), karena 0% adalah jawaban yang tidak diberikan peraturan yang terbaca; CADANGAN memakai nilai jadwal (tanpa potongan; hari tanpa rekam pada sisi yang punya anak tangga: anak tangga teratas, bawaan pustaka U) dengan alasan diLuarCakupan.',
    en: 'Coverage: each preset states the causes it covers with their article (table above). A cause is asked about when its input is present (consecutive absence: 2 days or more; a hukuman: while its cut period, or its PP 94/2021 period — ringan 1 month — covers the month). A cause outside the coverage, setting sebabDiLuarCakupan: TOLAK (preset; MeritInputError naming the field), because 0 % is an answer the regulation read does not give; CADANGAN applies the schedule’s values (no cut; a day without a record on a side with a ladder: its top step, a library default, U) with a reason diLuarCakupan.',
  },
  {
    id: 'KMK 5/KMK.01/2022 memotong tunjangan karena hukuman hanya untuk pelanggaran non-administratif dan administratif dengan unsur inisiatif pribadi, kesengajaan dan/atau berulang: masukan per hukuman sifatPelanggaran dan unsurPelanggaran (satu unsur cukup). Tanpa keduanya, hukuman yang potongannya berjalan ditolak (tidak ditebak); potonganHukuman: SETIAP_HUKUMAN memotong setiap hukuman seperti sebelumnya. Potongan sedang PP 94/2021 tidak bergantung pada sifat.',
    en: 'KMK 5/KMK.01/2022 cuts tukin for a hukuman only for non-administrative violations and administrative ones on own initiative, on purpose and/or repeated: input per hukuman sifatPelanggaran and unsurPelanggaran (one unsur suffices). With neither, a hukuman whose cut runs is refused (not guessed); potonganHukuman: SETIAP_HUKUMAN cuts for every hukuman as before. The PP 94/2021 sedang cut does not depend on the nature.',
  },
  {
    id: 'Permentan 68/2012 adalah jadwal historis (era PP 53/2010; diterbitkan kembali sebagai Permentan 45/Permentan/OT.140/4/2014), untuk bulan lampau dan audit; pemetaan jenis PP 53 ke PP 94 tidak terkonfirmasi (U).',
    en: 'Permentan 68/2012 is a historical schedule (PP 53/2010 era; re-issued as Permentan 45/Permentan/OT.140/4/2014), for past months and audits; the mapping of PP 53 types to PP 94 jenis is unconfirmed (U).',
  },
  {
    id: 'Ditolak sebagai masukan yang mustahil: hariBerturutTurut melebihi hariTidakMasuk; lebih banyak hari tidak masuk, terlambat atau tanpa rekam masuk (atau tidak masuk, pulang cepat atau tanpa rekam pulang) daripada jumlah hari bulan itu; kolom atau pengaturan yang salah eja, juga di dalam jadwal instansi; anak tangga yang tidak berurutan naik; unsur pelanggaran yang berulang; masa berlaku yang berakhir sebelum mulai.',
    en: 'Refused as impossible input: hariBerturutTurut above hariTidakMasuk; more days absent, late or without an arrival record (or absent, leaving early or without a leave record) than the month has days; a misspelt field or setting, also inside an instansi schedule; ladder steps out of ascending order; an unsur listed twice; a period in force that ends before it starts.',
  },
  {
    id: 'Batas bulanan dan pembulatan: tidak ada teks jadwal bawaan yang dibaca yang membatasi jumlah potongan sebulan (tabel Permentan 68/2012 hanya menyebut "kumulatif 1 bulan"; Peraturan Bapanas 23/2023 Pasal 10 ayat (3), instansi lain, menyebut "paling banyak sebesar 100%"), sehingga batas 100% adalah batas pustaka: potongan tidak dapat melebihi tunjangan. Tidak ada peraturan yang dibaca yang menetapkan pembulatan rupiah: pengaturan pembulatanRupiah (bawaan setengah ke atas). Keduanya dikutip sebagai pasal belum ditemukan.',
    en: 'Monthly cap and rounding: no preset’s text read caps the month’s sum (the Permentan 68/2012 table only says "kumulatif 1 bulan"; Peraturan Bapanas 23/2023 Pasal 10 ayat (3), another agency, says "paling banyak sebesar 100%"), so the 100 % cap is the library’s bound: a cut cannot exceed the allowance. No regulation read sets the rupiah rounding: setting pembulatanRupiah (preset half up). Both are cited as articles not located.',
  },
  {
    id: 'Peraturan BGN 4/2025: "lebih 1 menit" dibaca harfiah, sehingga terlambat tepat 1 menit tidak dipotong. Permentan 68/2012: tepat 91 menit masuk TL4 (teksnya "< 91" untuk TL3 dan "> 91" untuk TL4; hanya pembacaan ini yang tidak berlubang).',
    en: 'BGN 4/2025: "lebih 1 menit" is read literally, so being exactly 1 minute late is not cut. Permentan 68/2012: exactly 91 minutes is TL4 (the text says "< 91" for TL3 and "> 91" for TL4; the only reading without a hole).',
  },
];

/** Worked months, one per preset feature. */
export const CONTOH_POTONGAN_TUKIN: RuleExample[] = [
  {
    title: {
      id: 'Permentan 68/2012 (historis): terlambat 45 menit, pulang cepat 100 menit, 1 hari tidak masuk',
      en: 'Permentan 68/2012 (historical): 45 min late, left 100 min early, 1 day absent',
    },
    input: { bulan: '2013-05', tukin: 5_000_000, terlambat: [45], pulangCepat: [100], hariTidakMasuk: 1 },
    options: { jadwal: 'PERMENTAN_68_2012' },
    expected: {
      bulan: '2013-05',
      persen: '7',
      rincian: { terlambat: '1', pulangCepat: '2', tanpaRekam: '0', tidakMasuk: '4', hukuman: '0', predikat: '0' },
      berturutTurut: false,
      dibatasi: false,
      diLuarCakupan: [],
      potonganRupiah: '350000',
      diterimaRupiah: '4650000',
    },
    source: 'TV-28',
  },
  {
    title: {
      id: 'Permendikdasmen 14/2025 Pasal 19: 10 hari kerja berturut-turut tidak masuk → 100%',
      en: 'Permendikdasmen 14/2025 Pasal 19: 10 consecutive working days absent → 100%',
    },
    input: { bulan: '2025-09', hariTidakMasuk: 10, hariBerturutTurut: 10 },
    options: { jadwal: 'PERMENDIKDASMEN_14_2025' },
    expected: {
      bulan: '2025-09',
      persen: '100',
      rincian: { terlambat: '0', pulangCepat: '0', tanpaRekam: '0', tidakMasuk: '25', hukuman: '0', predikat: '0' },
      berturutTurut: true,
      dibatasi: false,
      diLuarCakupan: [],
      potonganRupiah: null,
      diterimaRupiah: null,
    },
    source: 'TV-29',
  },
  {
    title: {
      id: 'Peraturan BGN 4/2025 dengan cadangan: terlambat 61 menit (Pasal 15: 1%) dan 1 hari tanpa rekam masuk (di luar cakupan: anak tangga teratas 1%, bawaan pustaka U)',
      en: 'Peraturan BGN 4/2025 with the fallback: 61 min late (Pasal 15: 1%) and 1 day without an arrival record (not covered: top step 1%, library default U)',
    },
    input: { bulan: '2025-09', terlambat: [61], tanpaRekamMasuk: 1 },
    options: { jadwal: 'PERBAN_BGN_4_2025', sebabDiLuarCakupan: 'CADANGAN' },
    expected: {
      bulan: '2025-09',
      persen: '2',
      rincian: { terlambat: '1', pulangCepat: '0', tanpaRekam: '1', tidakMasuk: '0', hukuman: '0', predikat: '0' },
      berturutTurut: false,
      dibatasi: false,
      diLuarCakupan: ['TANPA_REKAM_MASUK'],
      potonganRupiah: null,
      diterimaRupiah: null,
    },
    source: 'derived (Peraturan BGN 4/2025 Pasal 15)',
  },
  {
    title: {
      id: 'KMK 5/KMK.01/2022: teguran tertulis atas pelanggaran administratif yang disengaja → 25% selama 3 bulan',
      en: 'KMK 5/KMK.01/2022: written reprimand for an administrative violation done on purpose → 25% for 3 months',
    },
    input: {
      bulan: '2024-02',
      riwayatHukuman: [
        { jenis: 'TEGURAN_TERTULIS', tmt: '2024-01-10', sifatPelanggaran: 'ADMINISTRATIF', unsurPelanggaran: ['KESENGAJAAN'] },
      ],
    },
    options: { jadwal: 'KMK_5_2022' },
    expected: {
      bulan: '2024-02',
      persen: '25',
      rincian: { terlambat: '0', pulangCepat: '0', tanpaRekam: '0', tidakMasuk: '0', hukuman: '25', predikat: '0' },
      berturutTurut: false,
      dibatasi: false,
      diLuarCakupan: [],
      potonganRupiah: null,
      diterimaRupiah: null,
    },
    source: 'derived (KMK 5/KMK.01/2022 pedoman)',
  },
  {
    title: {
      id: 'KMK 5/KMK.01/2022: teguran tertulis atas pelanggaran administratif tanpa unsur → tanpa potongan',
      en: 'KMK 5/KMK.01/2022: written reprimand for an administrative violation without an unsur → no cut',
    },
    input: { bulan: '2024-02', riwayatHukuman: [{ jenis: 'TEGURAN_TERTULIS', tmt: '2024-01-10', sifatPelanggaran: 'ADMINISTRATIF' }] },
    options: { jadwal: 'KMK_5_2022' },
    expected: {
      bulan: '2024-02',
      persen: '0',
      rincian: { terlambat: '0', pulangCepat: '0', tanpaRekam: '0', tidakMasuk: '0', hukuman: '0', predikat: '0' },
      berturutTurut: false,
      dibatasi: false,
      diLuarCakupan: [],
      potonganRupiah: null,
      diterimaRupiah: null,
    },
    source: 'derived (KMK 5/KMK.01/2022 pedoman)',
  },
];
