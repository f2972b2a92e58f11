/** The worked examples and the notes of kurvaDistribusi. */
import type { Bilingual } from '../../core/explain.js';
import type { RuleExample } from '../../core/rule.js';

export const KURVA_DISTRIBUSI_NOTES: Bilingual[] = [
  {
    id: 'Angka persentase berasal dari SE MenPANRB 3/2023; PermenPANRB 6/2022 hanya memuat grafik kurva. Pola dapat diganti melalui pengaturan pola.',
    en: 'The percentages come from SE MenPANRB 3/2023; PermenPANRB 6/2022 itself shows only a curve. Replace the pattern with the pola setting.',
  },
  {
    id: 'Pola distribusi adalah pertimbangan bagi pimpinan, bukan syarat: SE MenPANRB 3/2023 menyebut pola "digunakan sebagai pertimbangan bagi pimpinan dalam menentukan predikat kinerja pegawai" (salinan postingnews.id, tingkat S). Unit di luar pola dilaporkan sebagai INFO "di luar pola distribusi", tidak pernah FAIL, dan dalamPola: false bukan kegagalan.',
    en: 'The distribution pattern is guidance for the unit head, not a condition: SE MenPANRB 3/2023 says it is "digunakan sebagai pertimbangan bagi pimpinan dalam menentukan predikat kinerja pegawai" (postingnews.id copy, grade S). A unit outside the pattern is reported as INFO "outside the distribution pattern", never FAIL, and dalamPola: false is not a failure.',
  },
  {
    id: 'Pengaturan minimumSebagianBesar (preset TANPA_MINIMUM): "sebagian besar (maksimal 70%)" untuk unit ISTIMEWA dan BAIK dibaca hanya sebagai batas atas 70%. LEBIH_DARI_SEPARUH menambah batas lebih dari 50% untuk predikat yang sama, arti harfiah "sebagian besar". Kata-kata SE: tingkat S (dua salinan berita); maksud pembuatnya: U.',
    en: 'Setting minimumSebagianBesar (preset TANPA_MINIMUM): "sebagian besar (maksimal 70%)" for ISTIMEWA and BAIK units is read only as the 70% ceiling. LEBIH_DARI_SEPARUH adds a more-than-50% limit for the same predikat, the literal sense of "sebagian besar" (a majority). The SE wording: grade S (two news copies); its intent: U.',
  },
  {
    id: 'Pengaturan pembulatanBatasOrang (preset EKSAK): pangsa dibandingkan secara eksak, sehingga maksimal 70% dari 7 pegawai berarti paling banyak 4 orang dan minimal 60% dari 7 paling sedikit 5 orang; unit 1 pegawai ISTIMEWA yang pegawainya Sangat Baik (100%) berada di luar pola. SETENGAH_KE_ATAS membulatkan batas orang setengah ke atas (70% dari 1 → 1), LONGGAR membulatkan untuk kepentingan unit. Cara kalkulator SE membulatkan tidak ditemukan (U).',
    en: "Setting pembulatanBatasOrang (preset EKSAK): shares are compared exactly, so at most 70% of 7 employees is at most 4 people and at least 60% of 7 is at least 5; a 1-person ISTIMEWA unit whose employee is Sangat Baik (100%) is outside the pattern. SETENGAH_KE_ATAS rounds the head-count limit half up (70% of 1 → 1), LONGGAR rounds in the unit's favour. How the SE's calculator rounds was not found (U).",
  },
  {
    id: 'Pegawai unit diisikan dengan tepat satu cara: jumlah per predikat (jumlah), predikat setiap pegawai (predikat), atau keputusan predikatKinerja setiap pegawai (keputusan, hanya keputusan aturan itu); daftar dijumlahkan per predikat. Ditolak sebagai masukan yang mustahil: unit tanpa pegawai (semua jumlah 0 atau daftar kosong), dua cara sekaligus atau tanpa cara, jumlah negatif atau bukan bilangan bulat, dan batas pola yang menyebut satu predikat dua kali.',
    en: "The unit's employees are given exactly one way: counts per predikat (jumlah), each employee's predikat (predikat), or each employee's predikatKinerja decision (keputusan, decisions of that rule only); a list is counted per predikat. Refused as impossible input: a unit with no employees (every count 0 or an empty list), two ways at once or none, a negative or fractional count, and a pattern limit that names one predikat twice.",
  },
];

export const KURVA_DISTRIBUSI_EXAMPLES: RuleExample[] = [
  {
    title: { id: 'Organisasi Baik, 10 pegawai dalam pola', en: 'Organisation Baik, 10 employees within the pattern' },
    input: { predikatOrganisasi: 'BAIK', jumlah: { SANGAT_BAIK: 2, BAIK: 7, BUTUH_PERBAIKAN: 1 } },
    expected: { dalamPola: true, total: 10, batasTidakTerpenuhi: [] },
  },
  {
    title: {
      id: 'Organisasi Sangat Kurang dengan satu Sangat Baik: di luar pola (pertimbangan bagi pimpinan)',
      en: 'Organisation Sangat Kurang with one Sangat Baik: outside the pattern (guidance for the unit head)',
    },
    input: { predikatOrganisasi: 'SANGAT_KURANG', jumlah: { SANGAT_KURANG: 6, KURANG: 1, BAIK: 2, SANGAT_BAIK: 1 } },
    expected: {
      dalamPola: false,
      total: 10,
      batasTidakTerpenuhi: [
        { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persenBatas: '0', persenAktual: '10.00', jumlah: 1, batasOrang: 0 },
      ],
    },
    source: 'SE MenPANRB 3/2023 (test vector T10 of docs/sources/performance.md)',
  },
  {
    title: {
      id: 'Unit 1 pegawai ISTIMEWA yang Sangat Baik, batas orang dibulatkan setengah ke atas: dalam pola',
      en: 'A 1-person ISTIMEWA unit, Sangat Baik, head-count limit rounded half up: within the pattern',
    },
    input: { predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 1 } },
    options: { pembulatanBatasOrang: 'SETENGAH_KE_ATAS' },
    expected: { dalamPola: true, total: 1, batasTidakTerpenuhi: [] },
    source: 'derived (setting pembulatanBatasOrang; with the preset EKSAK the unit is outside the pattern)',
  },
  {
    title: {
      id: 'Daftar predikat setiap pegawai (bukan jumlah): organisasi Baik, 5 pegawai dalam pola',
      en: "Each employee's predikat listed (instead of counts): organisation Baik, 5 employees within the pattern",
    },
    input: { predikatOrganisasi: 'BAIK', predikat: ['BAIK', 'SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'BAIK'] },
    expected: { dalamPola: true, total: 5, batasTidakTerpenuhi: [] },
    source: 'derived (the same pattern as the first example, from a list)',
  },
];
