import type { RuleMessageTexts } from '../../core/messages.js';

/**
 * The reason texts of the IKM computation both index rules share (`hitungIkm`), keyed as each rule's
 * reasons are (`<ruleId>.<key>`). Each rule's messages file spreads them under its own rule id, so the two
 * rules keep one text per code and the texts live in one place.
 */
export const TEKS_IKM = {
  pedoman: {
    id: 'Survei pada periode yang memuat {asOf} mengikuti {pedoman} (diambil berlaku {berlakuMulai} s.d. sebelum {berlakuSampai}): {jumlahUnsur} unsur',
    en: 'A survey in the period containing {asOf} follows {pedoman} (taken as in force from {berlakuMulai} until before {berlakuSampai}): {jumlahUnsur} unsur',
  },
  pedomanBerlaku: {
    id: 'Survei pada periode yang memuat {asOf} mengikuti {pedoman} (diambil berlaku sejak {berlakuMulai}): {jumlahUnsur} unsur',
    en: 'A survey in the period containing {asOf} follows {pedoman} (taken as in force since {berlakuMulai}): {jumlahUnsur} unsur',
  },
  pedomanPeralihan: {
    id: 'Survei pada periode yang memuat {asOf}, tahun pertama pedoman berikutnya, dilakukan menurut {pedoman} sebagaimana dinyatakan (berlaku {berlakuMulai} s.d. sebelum {berlakuSampai}): {jumlahUnsur} unsur',
    en: 'A survey in the period containing {asOf}, the first year of the next pedoman, was run under {pedoman} as stated (in force from {berlakuMulai} until before {berlakuSampai}): {jumlahUnsur} unsur',
  },
  nrr: {
    id: 'Unsur {unsur}: NRR = jumlah nilai {jumlahNilai} ÷ {jumlahJawaban} jawaban = {nrr}',
    en: 'Unsur {unsur}: NRR = sum of scores {jumlahNilai} ÷ {jumlahJawaban} answers = {nrr}',
  },
  nrrRingkasan: {
    id: 'Unsur {unsur}: NRR {nrr} sebagaimana diringkas (jumlah jawaban {jumlahJawaban})',
    en: 'Unsur {unsur}: NRR {nrr} as summarised (answers {jumlahJawaban})',
  },
  indeks: {
    id: 'Nilai indeks = Σ NRR × bobot {bobot} ({bobotUnsur}; {jumlahUnsur} unsur; pembulatan NRR: {desimalNrr}) = {nilaiIndeks}; IKM unit pelayanan = nilai indeks × 25 = {ikm}',
    en: 'Index value = Σ NRR × weight {bobot} ({bobotUnsur}; {jumlahUnsur} unsur; NRR rounding: {desimalNrr}) = {nilaiIndeks}; service-unit IKM = index value × 25 = {ikm}',
  },
  mutu: {
    id: 'IKM {nilai} ({tafsirCelah}) mencapai batas bawah mutu {mutu} ({nikDari}) dan tidak mencapai batas mutu di atasnya pada tabel {tabelMutu}: nilai interval konversi {nikDari}–{nikSampai} (nilai interval {niDari}–{niSampai}), mutu pelayanan {mutu}, kinerja unit {kinerjaUnit}',
    en: 'IKM {nilai} ({tafsirCelah}) reaches the lower bound of mutu {mutu} ({nikDari}) and not that of a higher mutu in the {tabelMutu} table: converted interval {nikDari}–{nikSampai} (interval {niDari}–{niSampai}), service quality {mutu}, unit performance {kinerjaUnit}',
  },
  prioritas: {
    id: 'Prioritas perbaikan (NRR terendah, mulai {nrrTerendah}): {prioritas}',
    en: 'Improvement priorities (lowest NRR, from {nrrTerendah}): {prioritas}',
  },
  sampelCukup: {
    id: 'Populasi {populasi} pengguna layanan: sampel minimum {sampelMinimum} ({metode}); {jumlahResponden} responden mencukupi',
    en: 'Population of {populasi} service users: minimum sample {sampelMinimum} ({metode}); {jumlahResponden} respondents suffice',
  },
  sampelKurang: {
    id: 'Populasi {populasi} pengguna layanan: sampel minimum {sampelMinimum} ({metode}); {jumlahResponden} responden tidak mencukupi',
    en: 'Population of {populasi} service users: minimum sample {sampelMinimum} ({metode}); {jumlahResponden} respondents fall short',
  },
  sampelTidakDiketahui: {
    id: 'Populasi {populasi} pengguna layanan: sampel minimum {sampelMinimum} ({metode}); jumlah responden {jumlahResponden} tidak diketahui dari ringkasan, sehingga kecukupan sampel tidak dapat diperiksa',
    en: 'Population of {populasi} service users: minimum sample {sampelMinimum} ({metode}); the number of respondents {jumlahResponden} is not known from the summary, so the sample cannot be checked',
  },
} as const satisfies RuleMessageTexts;
