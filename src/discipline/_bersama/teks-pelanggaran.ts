/*
 * The texts of the reasons both violation rules give for each breach and for pengulangan. Each rule's
 * messages file spreads them under its own prefix (`discipline.hukumanPelanggaran.tetap`,
 * `discipline.hukumanBeberapaPelanggaran.tetap`, …); the shared steps in pelanggaran.ts build them.
 */

/** Texts of the tingkat of one breach (Pasal 9–14) and of pengulangan (PerBKN 6/2022 contoh 18c). */
export const TEKS_TINGKAT_PELANGGARAN = {
  tetap: {
    id: 'Pelanggaran {ketentuan}: selalu hukuman disiplin {tingkat} (dampak {dampak})',
    en: 'Breach of {ketentuan}: always a {tingkat} penalty (impact {dampak})',
  },
  pengaturan: {
    id: 'Pelanggaran {ketentuan}: transkripsi Pasal 12–14 tidak mencantumkan tingkatnya; hukuman disiplin {tingkat} menurut pengaturan tingkatIkutKampanye (belum dikonfirmasi; dampak {dampak})',
    en: 'Breach of {ketentuan}: the transcriptions of Articles 12–14 list no level for it; {tingkat} penalty per the setting tingkatIkutKampanye (unconfirmed; impact {dampak})',
  },
  jabatan: {
    id: 'Pelanggaran {ketentuan} oleh {jabatan}: hukuman disiplin {tingkat}',
    en: 'Breach of {ketentuan} by {jabatan}: {tingkat} penalty',
  },
  dampak: {
    id: 'Pelanggaran {ketentuan} berdampak negatif pada {dampak}: hukuman disiplin {tingkat}',
    en: 'Breach of {ketentuan} with negative impact on {dampak}: {tingkat} penalty',
  },
  dampakTidakTercantum: {
    id: 'Pelanggaran {ketentuan}: tingkat untuk dampak pada {dampak} tidak tercantum; dipakai tingkat untuk dampak terdekat {dampakTerdekat}: hukuman disiplin {tingkat} (pengaturan)',
    en: 'Breach of {ketentuan}: no level is listed for impact on {dampak}; the level for the nearest impact {dampakTerdekat} applies: {tingkat} penalty (setting)',
  },
  pengulangan: {
    id: 'Pengulangan pelanggaran yang sama: hanya jenis hukuman {tingkat} yang lebih berat dari hukuman terakhir {hukumanTerakhir}',
    en: 'Repeated breach: only {tingkat} penalty types heavier than the last penalty {hukumanTerakhir}',
  },
  pengulanganNaikTingkat: {
    id: 'Pengulangan pelanggaran yang sama: hukuman terakhir {hukumanTerakhir} tidak lebih ringan dari tingkat ini, sehingga dijatuhkan {hukuman} (hukuman disiplin {tingkat})',
    en: 'Repeated breach: the last penalty {hukumanTerakhir} is not lighter than this level, so {hukuman} is imposed ({tingkat} penalty)',
  },
} as const;
