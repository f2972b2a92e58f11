import { deepFreeze } from '../../core/freeze.js';
import type { RuleTable } from '../../core/rule.js';
import { formulaTable, scaleTable } from '../../core/tables.js';
import { KINERJA_UNIT_MENURUT_MUTU } from '../types.js';
import { DESIMAL_IKM, KONVERSI_IKM, tabelMutuOf } from './hitung-ikm.js';
import { type IntervalMutu, LAMPIRAN, TABEL_MUTU, type TabelMutu, VERSI_SKM } from './pedoman.js';
import { TABEL_KREJCIE_MORGAN } from './sampel.js';
import { ikmOptions, ikmOutput } from './skema-ikm.js';

const SEMUA_LAMPIRAN = Object.values(LAMPIRAN).flat();
const LAMPIRAN_2017 = LAMPIRAN.PERMENPANRB_14_2017;

/** The computation of both index rules, step by step, with the Lampiran that sets each step. */
const RUMUS_IKM = formulaTable({ id: 'Rumus IKM', en: 'IKM formula' }, [
  ['NRR per unsur', 'jumlah nilai ÷ jumlah jawaban (eksak; dibulatkan ke desimalNrr lebih dulu bila diatur)', SEMUA_LAMPIRAN],
  ['bobot', '1/n (EKSAK, preset) · bobot tercetak 0,111 / 0,071 (TERCETAK) · desimal yang diberikan', SEMUA_LAMPIRAN],
  ['nilai indeks', 'Σ NRR × bobot (skala 1–4; 4 desimal)', SEMUA_LAMPIRAN],
  ['IKM', `nilai indeks × ${KONVERSI_IKM} (skala 25–100; ${DESIMAL_IKM} desimal, setengah ke atas)`, SEMUA_LAMPIRAN],
  ['mutu', 'mutu tertinggi yang batas bawah NIK-nya dicapai IKM (tafsirCelah: dibulatkan dulu, atau eksak)', SEMUA_LAMPIRAN],
  ['prioritas perbaikan', 'jumlahPrioritas unsur dengan NRR terendah; yang sama nilainya dengan yang terakhir ikut', []],
  [
    'sampel minimum',
    'tabel Krejcie & Morgan (baris populasi berikutnya ke atas) atau rumusnya dibulatkan ke atas; tidak melebihi populasi',
    LAMPIRAN_2017,
  ],
]);

const NAMA_TABEL: Record<TabelMutu, string> = { PERMENPANRB_14_2017: 'PermenPANRB 14/2017', KEPMENPAN_25_2004: 'KepmenPAN 25/2004' };

/** A conversion table as printed: nilai persepsi, NI, NIK, mutu, kinerja unit. */
const tabelTercetak = (tabel: TabelMutu): RuleTable => {
  const interval: readonly IntervalMutu[] = TABEL_MUTU[tabel].interval;
  return {
    title: {
      id: `Nilai persepsi, interval dan mutu — ${NAMA_TABEL[tabel]}, Lampiran`,
      en: `Perception value, interval and mutu — ${NAMA_TABEL[tabel]}, Lampiran`,
    },
    columns: ['nilai persepsi', 'nilai interval (NI)', 'nilai interval konversi (NIK)', 'mutu', 'kinerja unit'],
    rows: interval.map((i) => [
      String(i.nilaiPersepsi),
      `${i.ni[0]} – ${i.ni[1]}`,
      `${i.nik[0]} – ${i.nik[1]}`,
      i.mutu,
      KINERJA_UNIT_MENURUT_MUTU[i.mutu],
    ]),
    dasar: interval.map(() => LAMPIRAN[tabel]),
  };
};

/** The scale the code classifies with (the lower bounds of the printed table), best first. */
const tabelBatas = (tabel: TabelMutu): RuleTable =>
  scaleTable(
    {
      id: `Batas yang dipakai — ${NAMA_TABEL[tabel]} (batas bawah tabel; nilai di celah mengikuti tafsirCelah)`,
      en: `Bands applied — ${NAMA_TABEL[tabel]} (the lower bounds of the table; values in a gap follow tafsirCelah)`,
    },
    [...TABEL_MUTU[tabel].bands].reverse(),
    { range: 'IKM', values: ['mutu', 'kinerja unit'] },
    (mutu) => [mutu, KINERJA_UNIT_MENURUT_MUTU[mutu]],
  );

/** The decision tables of both index rules, generated from the data the code uses. */
export function tabelIkm(): RuleTable[] {
  return [
    RUMUS_IKM,
    {
      title: { id: 'Pedoman menurut periode survei', en: 'Pedoman by survey period' },
      columns: ['pedoman', 'periode survei', 'unsur', 'bobot tercetak', 'tabel mutu'],
      rows: VERSI_SKM.map((v) => [
        v.id,
        `${v.from} – ${v.to ?? '…'}`,
        v.value.unsur.join(', '),
        v.value.bobotTercetak,
        v.id === 'PERMENPANRB_16_2014' ? 'KEPMENPAN_25_2004 (preset) / PERMENPANRB_14_2017' : tabelMutuOf(v.value, 'KEPMENPAN_25_2004'),
      ]),
      dasar: VERSI_SKM.map((v) => v.citations),
    },
    tabelTercetak('PERMENPANRB_14_2017'),
    tabelTercetak('KEPMENPAN_25_2004'),
    tabelBatas('PERMENPANRB_14_2017'),
    tabelBatas('KEPMENPAN_25_2004'),
    {
      title: {
        id: 'Sampel minimum: tabel Krejcie & Morgan (1970), Educational and Psychological Measurement 30(3), 607–610',
        en: 'Minimum sample: Krejcie & Morgan (1970) table, Educational and Psychological Measurement 30(3), 607–610',
      },
      columns: ['populasi (N)', 'sampel (S)'],
      rows: TABEL_KREJCIE_MORGAN.map(([p, s]) => [String(p), String(s)]),
    },
  ];
}

/** Notes both index rules carry: every open point, with the setting that holds it and its grade. */
export const CATATAN_IKM = deepFreeze([
  {
    id: 'Tingkat keyakinan: P = teks peraturan dibaca; B = salinan instansi resmi; S = sumber sekunder tepercaya; I = beberapa implementasi independen; U = belum terkonfirmasi. Lampiran PermenPANRB 14/2017 sendiri belum dibaca: unsur, rumus dan tabel konversi dinilai B dari salinan instansi yang menerapkannya.',
    en: 'Grades: P = regulation text read; B = official agency copy; S = reputable secondary source; I = several independent implementations; U = unconfirmed. The Lampiran of PermenPANRB 14/2017 itself was not read: its unsur, formula and conversion table are graded B on the agency copies that apply it.',
  },
  {
    id: 'Pedoman menurut periode survei (asOf): KepmenPAN 25/2004 (14 unsur), PermenPANRB 16/2014, PermenPANRB 14/2017 (9 unsur). Tanggal mulai berlaku tidak dibaca (U): masing-masing diambil 1 Januari tahunnya; pada tahun pertama itu survei menurut pedoman sebelumnya diterima dengan options.pedoman. Sebelum 2004: RuleNotInForceError.',
    en: 'Pedoman by survey period (asOf): KepmenPAN 25/2004 (14 unsur), PermenPANRB 16/2014, PermenPANRB 14/2017 (9 unsur). The days they took effect were not read (U): each is taken from 1 January of its year; in that first year a survey under the previous pedoman is accepted with options.pedoman. Before 2004: RuleNotInForceError.',
  },
  {
    id: 'Unsur dikunci menurut nama, bukan urutan: salinan instansi berbeda urutan U8/U9 (Penanganan Pengaduan / Sarana dan Prasarana) (B; urutan Lampiran U). PermenPANRB 16/2014 memuat Maklumat Pelayanan, bukan Sarana dan Prasarana (B).',
    en: 'Unsur are keyed by name, not position: agency copies differ on the order of U8/U9 (Penanganan Pengaduan / Sarana dan Prasarana) (B; Lampiran order U). PermenPANRB 16/2014 has Maklumat Pelayanan instead of Sarana dan Prasarana (B).',
  },
  {
    id: 'NRR = jumlah nilai ÷ jumlah jawaban (B/I); nilai indeks = Σ NRR × bobot; IKM = nilai indeks × 25 (B). Semua hitungan eksak (pecahan bilangan bulat); pembulatan hanya pada langkah yang disebut.',
    en: 'NRR = sum of scores ÷ number of answers (B/I); nilai indeks = Σ NRR × bobot; IKM = nilai indeks × 25 (B). All arithmetic is exact (integer fractions); rounding happens only at the named steps.',
  },
  {
    id: 'options.bobotUnsur (U): preset EKSAK = 1/n ("jumlah bobot ÷ jumlah unsur"; survei sempurna = 100,00). TERCETAK = 0,111 (B, Tulang Bawang Barat, Penajam Paser Utara) atau 0,071 untuk 14 unsur (S); survei sempurna 99,90 / 99,40. Sebagian aplikasi memakai 0,11 (I): berikan "0.11".',
    en: 'options.bobotUnsur (U): preset EKSAK = 1/n ("jumlah bobot ÷ jumlah unsur"; a perfect survey is 100.00). TERCETAK = 0.111 (B, Tulang Bawang Barat, Penajam Paser Utara) or 0.071 for 14 unsur (S); a perfect survey is 99.90 / 99.40. Some applications use 0.11 (I): pass "0.11".',
  },
  {
    id: 'options.desimalNrr (U): preset tanpa pembulatan NRR sebelum pembobotan; instansi membulatkan 2–3 desimal (I). IKM dilaporkan 2 desimal (pembulatan setengah ke atas), nilai indeks 4 desimal (I).',
    en: 'options.desimalNrr (U): preset no rounding of the NRR before weighting; agencies round to 2–3 decimals (I). The IKM is reported with 2 decimals (half up), the nilai indeks with 4 (I).',
  },
  {
    id: 'options.tafsirCelah (U): interval tercetak bercelah 0,01 (88,30 < x < 88,31). Preset BULATKAN_DULU: IKM dibulatkan 2 desimal lalu dibandingkan dengan batas bawah (88,305 → A); AMBANG_BAWAH: batas bawah pada IKM tanpa pembulatan (88,305 → B). Pembacaan "tidak berkategori" tidak pernah dipakai. Mutu ditetapkan pada skala IKM (25–100); untuk KepmenPAN 25/2004 kolom NI tercetak bukan NIK ÷ 25.',
    en: 'options.tafsirCelah (U): the printed intervals leave gaps of 0.01 (88.30 < x < 88.31). Preset BULATKAN_DULU: round the IKM to 2 decimals, then compare with the lower bounds (88.305 → A); AMBANG_BAWAH: the lower bounds on the unrounded IKM (88.305 → B). The "no category" reading is never used. Mutu is set on the IKM scale (25–100); for KepmenPAN 25/2004 the printed NI column is not NIK ÷ 25.',
  },
  {
    id: 'options.intervalMutu2014 (U): tabel mutu PermenPANRB 16/2014 tidak dibaca; preset tabel KepmenPAN 25/2004 (dilaporkan tidak berubah), alternatif tabel PermenPANRB 14/2017. Bobot tercetak 16/2014 diasumsikan 0,111 (U).',
    en: 'options.intervalMutu2014 (U): the PermenPANRB 16/2014 bands were not read; preset the KepmenPAN 25/2004 table (reportedly unchanged), alternative the PermenPANRB 14/2017 table. The printed 16/2014 weight is assumed to be 0.111 (U).',
  },
  {
    id: 'options.sampelMinimum: tabel Krejcie & Morgan (1970) (S; instansi dan skripsi RSUD Soreang 2018 menyebutnya dasar sampel PermenPANRB 14/2017); populasi di antara baris memakai baris berikutnya ke atas, di atas 1.000.000 → 384, tidak pernah melebihi populasi. Apakah Lampiran memuat tabel atau membulatkan ke atas: U (RUMUS_BULAT_ATAS). "Minimal 25 responden" dan Slovin adalah praktik lokal, bukan aturan.',
    en: 'options.sampelMinimum: the Krejcie & Morgan (1970) table (S; agencies and a 2018 RSUD Soreang thesis name it the sample basis of PermenPANRB 14/2017); a population between rows takes the next row up, above 1,000,000 → 384, never more than the population. Whether the Lampiran reproduces the table or rounds up: U (RUMUS_BULAT_ATAS). "At least 25 respondents" and Slovin are local practice, not the rule.',
  },
  {
    id: 'options.jumlahPrioritas: jumlah unsur NRR terendah yang dilaporkan sebagai prioritas perbaikan (preset 3) adalah kebiasaan pustaka, bukan ketentuan; unsur yang sama nilainya dengan yang terakhir ikut dicantumkan.',
    en: 'options.jumlahPrioritas: how many lowest-NRR unsur are listed as improvement priorities (preset 3) is a library convention, not a rule; unsur tied with the last one are listed too.',
  },
  {
    id: 'options.jawabanKosong: preset TOLAK (setiap responden menjawab setiap unsur; ringkasan harus berjumlah jawaban sama per unsur). ABAIKAN: NRR tiap unsur atas responden yang menjawabnya ("÷ total unsur yang terisi", B/I); unsur tanpa jawaban dan responden tanpa jawaban tetap ditolak. Tidak ada teks yang dibaca tentang jawaban kosong.',
    en: 'options.jawabanKosong: preset TOLAK (every respondent answers every unsur; a summary must count the same answers for each unsur). ABAIKAN: each NRR over the respondents who answered it ("÷ total unsur yang terisi", B/I); an unsur nobody answered and a respondent who answered nothing are still refused. No text on missing answers was read.',
  },
  {
    id: 'Ditolak: jawaban di luar 1–4 atau bukan bilangan bulat, unsur yang bukan unsur pedoman periode itu, unsur pedoman yang tidak ada, jumlah yang tidak cocok (sebaran ≠ jumlah jawaban; jumlah nilai di luar jumlah jawaban × 1…4; jumlah jawaban unsur melebihi jumlah responden), responden lebih banyak dari populasi, dan options.pedoman yang bukan pedoman periode itu.',
    en: "Refused: an answer outside 1–4 or not whole, an unsur not of the period's pedoman, a pedoman unsur missing, counts that do not add up (distribution ≠ number of answers; sum of scores outside answers × 1…4; an unsur with more answers than respondents), more respondents than the population, and an options.pedoman that is not the period's.",
  },
]);

/**
 * What the two IKM rules share on their pages and in their validation (from summaries, from responses): the
 * legal basis per survey period, the tables, the options, the output and the notes.
 */
export function bagianBersamaIkm() {
  return {
    citations: VERSI_SKM.flatMap((v) => v.citations),
    versions: VERSI_SKM.map(({ id, from, to, citations }) => (to ? { id, from, to, citations } : { id, from, citations })),
    tables: tabelIkm(),
    options: ikmOptions,
    output: ikmOutput,
    notes: [...CATATAN_IKM],
  };
}
