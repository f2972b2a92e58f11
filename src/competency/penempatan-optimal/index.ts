import { decision, type Reason } from '../../core/decision.js';
import { defineRule, type RuleOutputOf } from '../../core/rule.js';
import { formulaTable } from '../../core/tables.js';
import { formatSeratusan } from '../_bersama/fit.js';
import { kunciPasangan, matriksKecocokan, pemegangFormasi, SERATUS, urutanMenurutId } from './hitung.js';
import {
  alasan,
  alasanDitempatkan,
  alasanFormasiKosong,
  alasanTidakDitempatkan,
  CITE_KESESUAIAN,
  CITE_STANDAR,
  type Nama,
} from './penjelasan.js';
import {
  type Penempatan,
  type PenempatanOptimal,
  penempatanOptimalInput,
  penempatanOptimalOptions,
  penempatanOptimalOutput,
} from './skema.js';

export const PENEMPATAN_OPTIMAL_RULE_ID = 'competency.penempatanOptimal';

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const penempatanOptimalRule = defineRule({
  id: PENEMPATAN_OPTIMAL_RULE_ID,
  domain: 'competency',
  title: { id: 'Penempatan optimal kandidat pada formasi', en: 'Optimal placement of candidates in posts' },
  description: {
    id: 'Menempatkan banyak kandidat pada banyak formasi sehingga jumlah kecocokan (JPM atau nilai lain) maksimum, dengan pasangan terlarang dan kecocokan minimum; hasil eksak, deterministik, dengan alasan untuk setiap penempatan, kandidat yang tidak ditempatkan dan formasi yang kosong.',
    en: 'Assigns many candidates to many posts so that the total fit (JPM or another score) is maximal, with forbidden pairs and a minimum fit; exact, deterministic, with a reason for each placement, each candidate left unplaced and each post left empty.',
  },
  citations: CITE_KESESUAIAN,
  tables: [
    formulaTable({ id: 'Langkah penempatan', en: 'Placement steps' }, [
      [
        'kecocokan',
        'kecocokan[i][j] yang diberikan, atau JPM profil kandidat terhadap standar formasi; dibandingkan dalam 0,01',
        CITE_STANDAR,
      ],
      ['boleh ditempatkan', 'kecocokan tidak null, ≥ minimumKecocokan, dan pasangan tidak terlarang', CITE_KESESUAIAN],
      [
        'TOTAL_KECOCOKAN',
        'maksimumkan Σ kecocokan, lalu jumlah penempatan: bobot = h × (p + 1) + 1 (h dalam 0,01; p = min(kandidat, formasi))',
        CITE_KESESUAIAN,
      ],
      ['JUMLAH_TERISI', 'maksimumkan jumlah penempatan, lalu Σ kecocokan: bobot = h + (h maksimum × p + 1)', CITE_KESESUAIAN],
      ['penugasan', 'penugasan linear eksak dengan bobot total maksimum; kandidat dan formasi diproses menurut urutan id', CITE_KESESUAIAN],
    ]),
  ],
  input: penempatanOptimalInput,
  options: penempatanOptimalOptions,
  output: penempatanOptimalOutput,
  notes: [
    {
      id: 'Tidak ada rumus nasional untuk penempatan massal; aturan ini menerapkan asas kesesuaian kompetensi dengan persyaratan jabatan (PP 11/2017 Pasal 190 ayat (4)) sebagai masalah penugasan linear yang diselesaikan secara eksak. Kecocokan dibandingkan dengan ketelitian 0,01 (JPM 2 desimal).',
      en: 'There is no national formula for mass placement; this rule applies the principle of matching competency to job requirements (PP 11/2017 Pasal 190 ayat (4)) as a linear assignment problem solved exactly. Fits are compared at 0.01 resolution (JPM with 2 decimals).',
    },
    {
      id: 'Jika beberapa penempatan sama-sama optimal, dipilih yang ditemukan dengan memproses kandidat dan formasi menurut urutan id, sehingga hasil tidak bergantung pada urutan masukan.',
      en: 'When several placements are equally optimal, the one found by processing candidates and posts in id order is chosen, so the result does not depend on the input order.',
    },
    {
      id: 'Ditolak: lebih dari 4.000.000 pasangan kandidat–formasi dalam satu proses (penempatan eksak memerlukan sekitar pasangan^1,5 langkah). Ditolak sebagai masukan yang mustahil: id kandidat atau formasi ganda; matriks kecocokan yang tidak berukuran kandidat × formasi; kecocokan di bawah 0, di atas 1000 atau dengan lebih dari 2 desimal; pasangan terlarang dengan id yang tidak dikenal; tanpa kecocokan: kandidat tanpa profil atau dengan profil kosong (tidak dinilai; kecocokannya akan 0 di semua formasi) dan formasi tanpa standar atau dengan standar kosong. Bila kecocokan diberikan, profil dan standar tidak dipakai. Kompetensi standar yang tidak ada dalam profil dihitung level 0 (tidak ditunjukkan), karena kompetensi teknis berbeda antarformasi.',
      en: 'Refused: more than 4,000,000 candidate–post pairs in one run (an exact placement takes about pairs^1.5 steps). Refused as impossible input: a duplicate candidate or post id; a kecocokan matrix that is not candidates × posts; a fit below 0, above 1000 or with more than 2 decimals; a forbidden pair with an unknown id; without kecocokan: a candidate without a profil or with an empty one (not assessed; its fit would be 0 for every post) and a post without a standard or with an empty one. When kecocokan is given, profil and standar are not used. A competency of a standard missing from a profil counts as level 0 (not shown), since teknis competencies differ between posts.',
    },
  ],
  examples: [
    {
      title: { id: 'Dua kandidat, dua formasi: total maksimum, bukan serakah', en: 'Two candidates, two posts: maximum total, not greedy' },
      source: 'derived',
      input: {
        kandidat: [{ id: 'A' }, { id: 'B' }],
        formasi: [{ id: 'F1' }, { id: 'F2' }],
        kecocokan: [
          [90, 80],
          [85, 50],
        ],
      },
      expected: {
        penempatan: [
          { kandidat: 'B', formasi: 'F1', kecocokan: '85.00' },
          { kandidat: 'A', formasi: 'F2', kecocokan: '80.00' },
        ],
        tidakDitempatkan: [],
        formasiKosong: [],
        totalKecocokan: '165.00',
      },
    },
    {
      title: { id: 'Kandidat tanpa formasi yang memenuhi', en: 'A candidate with no eligible post' },
      source: 'derived',
      input: {
        kandidat: [
          { id: 'A', profil: { INTEGRITAS: 3, KERJASAMA: 3 } },
          { id: 'B', profil: { INTEGRITAS: 2, KERJASAMA: 1 } },
        ],
        formasi: [{ id: 'F1', standar: { INTEGRITAS: 3, KERJASAMA: 3 } }],
      },
      options: { minimumKecocokan: 68 },
      expected: {
        penempatan: [{ kandidat: 'A', formasi: 'F1', kecocokan: '100.00' }],
        tidakDitempatkan: [{ kandidat: 'B', alasan: 'TIDAK_ADA_FORMASI_MEMENUHI' }],
        formasiKosong: [],
        totalKecocokan: '100.00',
      },
    },
  ],
  evaluate(input, options) {
    // Canonical order: by id, so that the result never depends on the order of the input lists.
    const kIdx = urutanMenurutId(input.kandidat);
    const fIdx = urutanMenurutId(input.formasi);
    const minH = options.minimumKecocokan.times(SERATUS).ceil().toNumber();
    // Each forbidden pair once (the last alasan given wins), reported in canonical order.
    const terlarang = new Map<string, { kandidat: string; formasi: string; alasan: string | null }>();
    for (const t of input.terlarang) terlarang.set(kunciPasangan(t.kandidat, t.formasi), { ...t, alasan: t.alasan ?? null });

    const mk = matriksKecocokan(input, kIdx, fIdx, minH, terlarang, options);
    const pemegang = pemegangFormasi(mk, options.prioritas);
    const { n, m, fit } = mk;
    const nama: Nama = {
      kandidat: (i) => input.kandidat[kIdx[i]!]!.id,
      formasi: (j) => input.formasi[fIdx[j]!]!.id,
      minimumKecocokan: formatSeratusan(minH),
    };

    const reasons: Reason[] = [
      alasan('tujuan', 'INFO', CITE_KESESUAIAN, {
        jumlahKandidat: n,
        jumlahFormasi: m,
        prioritas: options.prioritas,
        minimumKecocokan: nama.minimumKecocokan,
      }),
    ];
    const urutTerlarang = [...terlarang.values()].sort((a, b) => byCodePoint(a.kandidat, b.kandidat) || byCodePoint(a.formasi, b.formasi));
    for (const t of urutTerlarang) reasons.push(alasan('terlarang', 'INFO', CITE_KESESUAIAN, t));

    const penempatan: Penempatan[] = [];
    const ditempatkan = new Uint8Array(n);
    let total = 0;
    for (let j = 0; j < m; j++) {
      const i = pemegang[j]!;
      if (i < 0) continue;
      ditempatkan[i] = 1;
      total += fit[i * m + j]!;
      penempatan.push({ kandidat: nama.kandidat(i), formasi: nama.formasi(j), kecocokan: formatSeratusan(fit[i * m + j]!) });
      reasons.push(alasanDitempatkan(mk, i, j, nama, input.kecocokan ? CITE_KESESUAIAN : CITE_STANDAR));
    }
    const tidakDitempatkan: PenempatanOptimal['tidakDitempatkan'] = [];
    for (let i = 0; i < n; i++) {
      if (ditempatkan[i]) continue;
      const r = alasanTidakDitempatkan(mk, i, pemegang, nama);
      tidakDitempatkan.push({ kandidat: nama.kandidat(i), alasan: r.alasan });
      reasons.push(r.reason);
    }
    const formasiKosong: PenempatanOptimal['formasiKosong'] = [];
    for (let j = 0; j < m; j++) {
      if (pemegang[j]! >= 0) continue;
      const r = alasanFormasiKosong(mk, j, nama);
      formasiKosong.push({ formasi: nama.formasi(j), alasan: r.alasan });
      reasons.push(r.reason);
    }
    penempatan.sort((a, b) => byCodePoint(a.formasi, b.formasi));
    const totalKecocokan = formatSeratusan(total);
    reasons.push(alasan('total', 'INFO', CITE_KESESUAIAN, { totalKecocokan, jumlahDitempatkan: penempatan.length }));
    return decision<PenempatanOptimal>({ penempatan, tidakDitempatkan, formasiKosong, totalKecocokan }, reasons);
  },
});

/**
 * Optimal placement of many candidates in many posts (maximum total fit; exact; deterministic).
 *
 * @example
 * penempatanOptimal({ kandidat: [{ id: 'A' }, { id: 'B' }], formasi: [{ id: 'F1' }], kecocokan: [[90], [85]] }).value.penempatan
 * // [{ kandidat: 'A', formasi: 'F1', kecocokan: '90.00' }]
 */
export const penempatanOptimal = penempatanOptimalRule.run;

/** The value of {@link penempatanOptimal}'s decision. */
export type PenempatanOptimalOutput = RuleOutputOf<typeof penempatanOptimalRule>;

export {
  ALASAN_FORMASI_KOSONG,
  ALASAN_TIDAK_DITEMPATKAN,
  type AlasanFormasiKosong,
  type AlasanTidakDitempatkan,
  KECOCOKAN_MAKS,
  type Penempatan,
  PENEMPATAN_MAKS,
  PENEMPATAN_PASANGAN_MAKS,
  type PenempatanOptimal,
  penempatanOptimalInput,
  type PenempatanOptimalInput,
  penempatanOptimalOptions,
  type PenempatanOptimalOptions,
  penempatanOptimalOutput,
  PRIORITAS_PENEMPATAN,
  type PrioritasPenempatan,
  TERLARANG_MAKS,
} from './skema.js';
