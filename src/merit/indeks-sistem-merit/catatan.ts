import type { Bilingual } from '../../core/explain.js';
import { deepFreeze } from '../../core/freeze.js';

/** Notes of merit.indeksSistemMerit: each unconfirmed element, its setting and its grade. */
export const NOTES_INDEKS_SISTEM_MERIT: Bilingual[] = deepFreeze([
  {
    id: 'Pita kategori 100–174 Buruk / 175–249 Kurang / 250–324 Baik / 325–400 Sangat Baik: pernyataan resmi Ketua KASN (18 Februari 2024, tingkat S); Lampiran PermenPANRB 40/2018 tidak dibaca. Delapan aspek: tingkat S (sama pada semua sumber).',
    en: 'Bands 100–174 Buruk / 175–249 Kurang / 250–324 Baik / 325–400 Sangat Baik: the KASN chair’s official statement (18 February 2024, grade S); the Lampiran of PermenPANRB 40/2018 was not read. The eight aspects: grade S (the same in every source).',
  },
  {
    id: 'Setting instrumen (U; bawaan tingkat I-lemah): indikator, level jawaban dan bobot Lampiran tidak dibaca (24 atau 33 indikator, tidak diketahui). Bentuk data: { levelMinimum, levelMaksimum, indikator: [{ kode, aspek, bobot }] }, skor aspek = Σ bobot × level; instrumen harus mencakup tepat 100–400 karena pita KASN dinyatakan pada skala itu. Bawaan: satu indikator per aspek, bobot 6/6/20/10/20/15/4/19, level 1–4, dari satu dasbor tidak resmi.',
    en: 'Setting instrumen (U; preset grade I-weak): the Lampiran’s indicators, answer levels and weights were not read (24 or 33 indicators, unknown). Data shape: { levelMinimum, levelMaksimum, indikator: [{ kode, aspek, bobot }] }, aspect score = Σ bobot × level; an instrument must span exactly 100–400 because the KASN bands are stated on that scale. Preset: one indicator per aspect, weights 6/6/20/10/20/15/4/19, levels 1–4, from one unofficial dashboard.',
  },
  {
    id: 'Setting skorAntaraPita (U): skor setengah poin (163,5; 253,5 dipublikasikan) dapat jatuh di antara pita tercetak (174,5; 249,5; 324,5). BATAS_BAWAH (bawaan): kategori tertinggi yang batas bawahnya tercapai; BULATKAN: dibulatkan setengah ke atas lebih dulu; TOLAK: ditolak. Tidak ada sumber yang menyatakannya.',
    en: 'Setting skorAntaraPita (U): half-point totals (163.5 and 253.5 are published) can fall between printed bands (174.5; 249.5; 324.5). BATAS_BAWAH (preset): the highest category whose lower bound is reached; BULATKAN: rounded half up first; TOLAK: refused. No source states it.',
  },
  {
    id: 'Tidak dinilai berbeda dari skor: aspek atau komponen dengan nilai null tidak dihitung 0; keputusan berstatus TIDAK_DINILAI tanpa skor dan kategori. Skor mandiri dan skor verifikasi dibedakan oleh jenisNilai (verifikasi KASN dapat mengubah skor mandiri, tingkat B).',
    en: 'Not assessed is distinct from a score: an aspect or component given as null is never counted as 0; the decision is TIDAK_DINILAI with no total and no category. Self-assessed and verified scores are told apart by jenisNilai (a KASN verification can change a self-assessed score, grade B).',
  },
  {
    id: 'Versi: PermenPANRB 40/2018 untuk penilaian bertanggal 1 Januari 2018 (tanggal peraturannya tidak dibaca) sampai sebelum 31 Desember 2025; PermenPANRB 19/2025 sejak tanggal ditetapkannya (S; tanggal diundangkan dan aturan peralihan U). Kedua skema tidak pernah dikonversi satu ke lainnya.',
    en: 'Versions: PermenPANRB 40/2018 for assessments dated from 1 January 2018 (the regulation’s own date was not read) to before 31 December 2025; PermenPANRB 19/2025 from its ditetapkan date (S; diundangkan date and transitional rule U). The two schemes are never converted into each other.',
  },
  {
    id: 'Setting skema2025 (U) dan bobotMaturitas (bawaan 75, S-lemah): bobot, rumus dan kategori PermenPANRB 19/2025 hanya diketahui dari artikel opini yang mengutip paparan KemenPANRB 28 Agustus 2025 (indeks = 75 % maturitas + 25 % kepuasan pegawai; NISM DASAR 0–0,40, LANJUTAN 0,41–0,60, MENENGAH 0,61–0,80, TINGGI 0,81–1, MAJU > 1). Bawaan TOLAK menolak sampai instansi memilih PAPARAN_KEMENPANRB_2025. MAJU tidak tercapai selama kedua komponen paling tinggi 1.',
    en: 'Settings skema2025 (U) and bobotMaturitas (preset 75, S-weak): the weights, formula and categories of PermenPANRB 19/2025 are known only from an opinion article citing a KemenPANRB presentation of 28 August 2025 (index = 75 % maturity + 25 % employee satisfaction; NISM DASAR 0–0.40, LANJUTAN 0.41–0.60, MENENGAH 0.61–0.80, TINGGI 0.81–1, MAJU > 1). The preset TOLAK refuses until the agency chooses PAPARAN_KEMENPANRB_2025. MAJU cannot be reached while both components are at most 1.',
  },
  {
    id: 'Kesenjangan: aspek diurutkan menurut poin yang tertinggal dari maksimumnya (yang paling menahan kategori lebih dulu); kenaikanDiperlukan = kekurangan ÷ bobot komponen, dibulatkan ke atas pada 6 desimal agar benar-benar mencapai kategori; cukupSendiri menyatakan apakah kenaikan itu muat di bawah maksimumnya. Ditolak: skor aspek di luar rentang instrumen, jawaban untuk indikator yang tidak ada atau ganda, indikator tanpa jawaban, skor 40/2018 pada tanggal 19/2025 dan sebaliknya.',
    en: 'Gaps: aspects are ordered by the points they are below their maximum (what holds the category down most first); kenaikanDiperlukan = shortfall ÷ the component’s weight, rounded up at 6 places so that it truly reaches the category; cukupSendiri says whether that rise fits under its maximum. Refused: an aspect score outside the instrument’s range, answers to unknown or repeated indicators, an indicator without an answer, 40/2018 scores on a 19/2025 date and the other way round.',
  },
]);
