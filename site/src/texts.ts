/** The explorer's own words (headings, buttons, hints), in the two languages of the library. */
export type SiteLocale = 'id' | 'en';

export const LOCALES: readonly SiteLocale[] = ['id', 'en'];

const TEXTS = {
  siteTitle: { id: 'Penjelajah aturan Sistem Merit ASN', en: 'Sistem Merit ASN rule explorer' },
  otherLanguage: { id: 'English', en: 'Bahasa Indonesia' },
  skipToContent: { id: 'Langsung ke isi', en: 'Skip to content' },
  find: { id: 'Cari', en: 'Find' },
  searchLabel: {
    id: 'Cari aturan, Pasal, peraturan atau kata kunci',
    en: 'Search by rule, Pasal, regulation or keyword',
  },
  searchHint: {
    id: 'Contoh: "Pasal 6 ayat (2)", "PP 94/2021", "kenaikan pangkat", "absence"',
    en: 'E.g. "Pasal 6 ayat (2)", "PP 94/2021", "kenaikan pangkat", "absence"',
  },
  results: { id: 'hasil', en: 'results' },
  noResults: { id: 'Tidak ada aturan yang cocok.', en: 'No rule matches.' },
  allRules: { id: 'Semua aturan', en: 'All rules' },
  regulationIndex: { id: 'Indeks peraturan, pasal demi pasal', en: 'Regulation index, article by article' },
  notLocated: { id: '(pasal belum ditemukan)', en: '(article not located)' },
  legalBasis: { id: 'Dasar hukum', en: 'Legal basis' },
  description: { id: 'Uraian', en: 'Description' },
  versions: { id: 'Versi berlaku', en: 'Versions in force' },
  versionColumns: { id: 'versi|mulai|sampai (tidak termasuk)|dasar', en: 'version|from|until (exclusive)|basis' },
  tables: { id: 'Tabel keputusan dan rumus', en: 'Decision tables and formulas' },
  basisPerCondition: { id: 'Dasar per ketentuan', en: 'Legal basis per condition' },
  basisColumns: { id: 'kode alasan|teks|dasar', en: 'reason code|text|basis' },
  settings: { id: 'Pengaturan dan presetnya', en: 'Settings and their presets' },
  settingColumns: { id: 'pengaturan|preset|keterangan', en: 'setting|preset|description' },
  notes: { id: 'Catatan (fakta belum terkonfirmasi, tafsiran)', en: 'Notes (unconfirmed facts, interpretations)' },
  examples: { id: 'Contoh', en: 'Worked examples' },
  source: { id: 'sumber', en: 'source' },
  result: { id: 'Hasil', en: 'Result' },
  reasonsId: { id: 'Alasan (Bahasa Indonesia)', en: 'Reasons (Bahasa Indonesia)' },
  reasonsEn: { id: 'Alasan (English)', en: 'Reasons (English)' },
  loadExample: { id: 'Muat ke formulir', en: 'Load into the form' },
  linkToExample: { id: 'Tautan contoh', en: 'Link to this example' },
  try: { id: 'Coba keputusan', en: 'Try a decision' },
  tryIntro: {
    id: 'Isi masukan lalu putuskan: pustaka berjalan di peramban ini, tanpa server.',
    en: 'Fill in the input and decide: the library runs in this browser, no server.',
  },
  input: { id: 'Masukan', en: 'Input' },
  options: { id: 'Opsi dan pengaturan', en: 'Options and settings' },
  formMode: { id: 'Formulir', en: 'Form' },
  jsonMode: { id: 'JSON', en: 'JSON' },
  jsonLabel: { id: 'Masukan dan opsi sebagai JSON', en: 'Input and options as JSON' },
  decide: { id: 'Putuskan', en: 'Decide' },
  clear: { id: 'Kosongkan', en: 'Clear' },
  addRow: { id: 'Tambah baris', en: 'Add a row' },
  removeRow: { id: 'Hapus baris', en: 'Remove row' },
  row: { id: 'Baris', en: 'Row' },
  recordKey: { id: 'kode', en: 'key' },
  recordValue: { id: 'nilai', en: 'value' },
  variant: { id: 'bentuk', en: 'form' },
  ownJson: { id: 'milik instansi (JSON)', en: 'agency’s own (JSON)' },
  notGiven: { id: '— (tidak diisi)', en: '— (not given)' },
  yes: { id: 'ya', en: 'yes' },
  no: { id: 'tidak', en: 'no' },
  required: { id: 'wajib', en: 'required' },
  preset: { id: 'preset', en: 'preset' },
  decision: { id: 'Keputusan', en: 'Decision' },
  value: { id: 'Nilai keputusan (JSON)', en: 'Decision value (JSON)' },
  reasons: { id: 'Alasan', en: 'Reasons' },
  decidedBy: { id: 'Diputuskan oleh', en: 'Decided by' },
  ruleVersion: { id: 'versi aturan', en: 'rule version' },
  shareLink: { id: 'Tautan ke keputusan ini', en: 'Link to this decision' },
  inputErrors: { id: 'Masukan tidak valid', en: 'Invalid input' },
  goToField: { id: 'ke kolomnya', en: 'go to the field' },
  badJson: { id: 'JSON tidak dapat dibaca', en: 'The JSON cannot be read' },
  otherError: { id: 'Aturan menolak keputusan', en: 'The rule refused to decide' },
  linkVersion: { id: 'Tautan ini diputuskan oleh sistem-merit', en: 'This link was decided by sistem-merit' },
  thisVersion: { id: 'situs ini memakai', en: 'this site runs' },
  rulesOfDomain: { id: 'Aturan', en: 'Rules' },
  back: { id: 'Kembali ke pencarian', en: 'Back to search' },
  hostedNote: {
    id: 'Dibangun dari katalog aturan pustaka; tidak memerlukan server.',
    en: 'Built from the library’s rule catalogue; needs no server.',
  },
} as const;

export type TextKey = keyof typeof TEXTS;

/** The text of `key` in `locale`. */
export const t = (key: TextKey, locale: SiteLocale): string => TEXTS[key][locale];

/** The other language (the language switch). */
export const otherLocale = (locale: SiteLocale): SiteLocale => (locale === 'id' ? 'en' : 'id');
