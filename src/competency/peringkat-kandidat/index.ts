import { findBand } from '../../core/bands.js';
import { addYears, wholeYearsBetween } from '../../core/calendar.js';
import type { Decimal } from '../../core/decimal.js';
import { formatFixed } from '../../core/decimal.js';
import { type Citation, decision, type Reason } from '../../core/decision.js';
import { type InputIssue, MeritInputError, ownIssue } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { reasonsOf } from '../../core/messages.js';
import { defineRule, type RuleOutputOf } from '../../core/rule.js';
import { formulaTable, recordTable } from '../../core/tables.js';
import { hukumanBerjalanPada, pembatalanHukuman } from '../../discipline/_bersama/riwayat-hukuman.js';
import { isPredikatAtLeast } from '../../performance/types.js';
import { GOLONGAN_PNS } from '../../promotion/types.js';
import { BATAS_ISU, tmtJabatanMustahil, usiaMustahil } from '../_bersama/invariants.js';
import { persenJpm } from '../_bersama/jpm.js';
import { CITE_PREDIKAT_KINERJA, CITE_RUMUS_JPM } from '../_bersama/kutipan.js';
import { bandsJpm } from '../job-person-match/index.js';
import { PREDIKAT_MINIMUM_RENCANA_SUKSESI } from '../kelompok-rencana-suksesi.js';
import { MASA_MUTASI } from '../masa-mutasi.js';
import type { KategoriJpm } from '../types.js';
import type { PERINGKAT_KANDIDAT_MESSAGES } from './messages.js';
import { JENJANG_IJAZAH, JENJANG_PENDIDIKAN, tingkatPendidikan } from './pendidikan.js';
import {
  type KandidatBerperingkat,
  type PeringkatKandidat,
  peringkatKandidatInput,
  peringkatKandidatOptions,
  peringkatKandidatOutput,
  type SyaratKandidat,
} from './skema.js';

export const PERINGKAT_KANDIDAT_RULE_ID = 'competency.peringkatKandidat';
const alasan = reasonsOf<typeof PERINGKAT_KANDIDAT_MESSAGES>(PERINGKAT_KANDIDAT_RULE_ID);

// Requirements of the jabatan (persyaratan jabatan) as set for the vacancy. Shared by every decision: frozen.
const CITE_PANGKAT: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 190 ayat (4)' }]);
const CITE_KINERJA: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 199 ayat (2) huruf c' }, CITE_PREDIKAT_KINERJA]);
// PP 94/2021 Pasal 8 ayat (3)–(4) list the hukuman disiplin sedang and berat the requirement reads.
const CITE_HUKUMAN: Citation[] = deepFreeze([
  {
    regulation: 'PP_11_2017',
    unlocated:
      'Barring a candidate who is serving a sedang or berat hukuman is selection practice; no article of PP 11/2017 read sets it (Pasal 190 ayat (4) is about matching competency to the post).',
  },
  { regulation: 'PP_94_2021', article: 'Pasal 8 ayat (3)–(4)' },
]);
const CITE_MUTASI: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 190 ayat (3)' }]);
const CITE_KECOCOKAN: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 190 ayat (4)' }, ...CITE_RUMUS_JPM]);

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const tingkatGolongan = (g: (typeof GOLONGAN_PNS)[number]) => GOLONGAN_PNS.indexOf(g);

/** Refuses dates no serving PNS can have on asOf: an age outside 18–75, a TMT jabatan after asOf or beyond a working life. */
function tanggalMustahil(kandidat: readonly { tanggalLahir?: string | undefined; tmtJabatan?: string | undefined }[], asOf: string): void {
  const issues: InputIssue[] = [];
  for (const [i, k] of kandidat.entries()) {
    if (issues.length >= BATAS_ISU) break;
    const usia = k.tanggalLahir ? usiaMustahil(k.tanggalLahir, asOf) : undefined;
    if (usia) issues.push(ownIssue(['kandidat', i, 'tanggalLahir'], usia));
    const tmt = k.tmtJabatan ? tmtJabatanMustahil(k.tmtJabatan, asOf) : undefined;
    if (tmt) issues.push(ownIssue(['kandidat', i, 'tmtJabatan'], tmt));
  }
  if (issues.length > 0) throw new MeritInputError(issues, PERINGKAT_KANDIDAT_RULE_ID);
}

export const peringkatKandidatRule = defineRule({
  id: PERINGKAT_KANDIDAT_RULE_ID,
  domain: 'competency',
  title: { id: 'Peringkat kandidat untuk satu formasi', en: 'Ranking candidates for one vacancy' },
  description: {
    id: 'Menyaring kandidat dengan syarat mutlak (golongan, pendidikan, predikat kinerja Baik 2 tahun terakhir, tidak sedang menjalani hukuman disiplin sedang/berat, usia, masa mutasi), lalu mengurutkan yang memenuhi menurut kecocokan (JPM eksak atau nilai seleksi); seri diputus menurut golongan lebih tinggi, lalu id.',
    en: 'Screens candidates on hard requirements (golongan, education, predikat at least Baik in the last 2 years, no running moderate/severe disciplinary penalty, age, mutasi window), then ranks the eligible by fit (exact JPM or selection score); ties are broken by higher golongan, then id.',
  },
  citations: [...CITE_PANGKAT, ...CITE_KECOCOKAN],
  tables: [
    formulaTable({ id: 'Syarat dan urutan', en: 'Requirements and order' }, [
      ['GOLONGAN', 'golongan ≥ formasi.golonganMinimum', CITE_PANGKAT],
      ['PENDIDIKAN', 'jenjang ijazah ≥ jenjang formasi.pendidikanMinimum (tabel jenjang ijazah)', CITE_PANGKAT],
      ['PREDIKAT_KINERJA', 'predikat kedua tahun terakhir ≥ Baik (periksaPredikat, bawaan ya)', CITE_KINERJA],
      ['HUKUMAN_DISIPLIN', 'tidak ada hukuman disiplin sedang/berat yang berjalan pada asOf', CITE_HUKUMAN],
      ['USIA', 'usia pada asOf ≤ formasi.usiaMaksimum', CITE_PANGKAT],
      ['MASA_MUTASI', `TMT jabatan + ${MASA_MUTASI.minimumTahun} tahun ≤ asOf (periksaMasaMutasi, bawaan tidak)`, CITE_MUTASI],
      ['peringkat', 'kecocokan eksak (JPM atau nilaiSeleksi) menurun, lalu golongan lebih tinggi, lalu id', CITE_KECOCOKAN],
    ]),
    recordTable(
      { id: 'Jenjang pendidikan per ijazah (JENJANG_IJAZAH)', en: 'Education level per ijazah (JENJANG_IJAZAH)' },
      JENJANG_IJAZAH,
      ['ijazah', 'jenjang', 'urutan jenjang (0 = SD)'],
      (jenjang) => [jenjang, JENJANG_PENDIDIKAN.indexOf(jenjang)],
    ),
  ],
  input: peringkatKandidatInput,
  options: peringkatKandidatOptions,
  output: peringkatKandidatOutput,
  notes: [
    {
      id: 'Tidak ada aturan nasional pemutus seri; dipakai golongan lebih tinggi lalu id agar hasil deterministik. Kecocokan dibandingkan pada nilai JPM eksak.',
      en: 'No national tie-break rule was found; higher golongan then id are used so the result is deterministic. Fits are compared on the exact JPM.',
    },
    {
      id: 'Kategori JPM tiap kandidat memakai setting ambangPemetaan / ambangPengisian seperti competency.jobPersonMatch: bawaan 90/78 (Peraturan BRIN 3/2023 Pasal 33, peraturan instansi) dan 80/68 (satu peraturan JF); rumus JPM dan pasal nasional ambang itu belum ditemukan. Syarat hukuman membaca jenis hukuman sedang dan berat PP 94/2021 Pasal 8 ayat (3)–(4).',
      en: 'Each candidate’s JPM category reads the settings ambangPemetaan / ambangPengisian as competency.jobPersonMatch does: presets 90/78 (Peraturan BRIN 3/2023 Pasal 33, an agency regulation) and 80/68 (one JF regulation); the JPM formula and a national article for those thresholds are not located. The penalty requirement reads the moderate and severe penalty types of PP 94/2021 Pasal 8 ayat (3)–(4).',
    },
    {
      id: 'Jenjang pendidikan per ijazah adalah tabel implementasi (tidak ada teks peraturan yang dibaca menetapkannya): SLTA Kejuruan setara SLTA, Diploma IV setara S1, Sarjana Muda/Akademi/Bakaloreat setara Diploma III, SGPLB setara Diploma II (golongan awal yang sama), dokter, dokter gigi dan apoteker adalah profesi setelah S1.',
      en: 'The education level of each ijazah is an implementation table (no regulation text read sets it): SLTA Kejuruan counts as SLTA, Diploma IV as S1, Sarjana Muda/Akademi/Bakaloreat as Diploma III, SGPLB as Diploma II (the same golongan awal), and dokter, dokter gigi and apoteker are a profesi after S1.',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: id kandidat ganda; profil kosong atau tanpa level untuk kompetensi yang disyaratkan formasi.standar, bila kecocokan dihitung sebagai JPM (kandidat itu tidak dinilai; level yang tidak ditunjukkan diisi 0); hukuman disiplin yang selesai sebelum TMT-nya (skema riwayat hukuman); tmtJabatan atau TMT hukuman disiplin sebelum ulang tahun ke-18 (PP 11/2017 Pasal 23 ayat (1) huruf a); usia pada asOf di bawah 18 atau di atas 75 tahun (batas usia pensiun tertinggi, PP 11/2017 Pasal 239–240); tmtJabatan setelah asOf atau lebih dari 57 tahun sebelumnya. Standar formasi tanpa kompetensi juga ditolak, begitu pula ambang kategori yang tidak berurutan (seperti pada competency.jobPersonMatch).',
      en: 'Refused as impossible input: a duplicate candidate id; an empty profil, or one without a level for a competency of formasi.standar, when the fit is the JPM (the candidate was not assessed; a level not shown is given as 0); a hukuman whose selesai is before its TMT (the riwayat hukuman schema); a tmtJabatan or a hukuman TMT before the 18th birthday (PP 11/2017 Pasal 23 ayat (1) huruf a); an age on asOf under 18 or over 75 (the highest batas usia pensiun, PP 11/2017 Pasal 239–240); a tmtJabatan after asOf or more than 57 years before it. A formasi standard without any competency is refused too, and so are category thresholds out of order (as in competency.jobPersonMatch).',
    },
  ],
  examples: [
    {
      title: { id: 'Dua kandidat, satu sedang menjalani hukuman berat', en: 'Two candidates, one serving a severe penalty' },
      source: 'derived',
      input: {
        formasi: { standar: { INTEGRITAS: 3, KERJASAMA: 3, KOMUNIKASI: 3 } },
        kandidat: [
          { id: 'A', profil: { INTEGRITAS: 3, KERJASAMA: 2, KOMUNIKASI: 3 }, predikatDuaTahunTerakhir: ['BAIK', 'BAIK'] },
          {
            id: 'B',
            profil: { INTEGRITAS: 3, KERJASAMA: 3, KOMUNIKASI: 3 },
            predikatDuaTahunTerakhir: ['BAIK', 'SANGAT_BAIK'],
            riwayatHukuman: [{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2024-06-01' }],
          },
        ],
      },
      options: { asOf: '2025-01-02' },
      expected: {
        peringkat: [{ id: 'A', peringkat: 1, kecocokan: '88.89', kategori: 'MEMENUHI_SYARAT' }],
        syaratTidakTerpenuhi: [{ id: 'B', syarat: ['HUKUMAN_DISIPLIN'] }],
      },
    },
  ],
  evaluate(input, options) {
    const { formasi } = input;
    const asOf = options.asOf;
    tanggalMustahil(input.kandidat, asOf);
    const reasons: Reason[] = [];
    const eligible: { id: string; fit: Decimal; kategori: KategoriJpm | null; gol: number }[] = [];
    const syaratTidakTerpenuhi: PeringkatKandidat['syaratTidakTerpenuhi'] = [];
    const kandidat = [...input.kandidat].sort((a, b) => cmpStr(a.id, b.id));
    // The category bands at the thresholds set (settings ambangPemetaan / ambangPengisian): built once.
    const bands = bandsJpm(options.skema, options);

    for (const k of kandidat) {
      const gagal: SyaratKandidat[] = [];
      // Each requirement checked records its reason (typed against its text) and, when failed, the requirement.
      const periksa = (syarat: SyaratKandidat, ok: boolean, alasanDari: (hasil: 'PASS' | 'FAIL') => Reason) => {
        if (!ok) gagal.push(syarat);
        reasons.push(alasanDari(ok ? 'PASS' : 'FAIL'));
      };
      const kid = k.id;
      if (formasi.golonganMinimum && k.golongan) {
        const facts = { kandidat: kid, golongan: k.golongan, minimum: formasi.golonganMinimum };
        const ok = tingkatGolongan(k.golongan) >= tingkatGolongan(formasi.golonganMinimum);
        periksa('GOLONGAN', ok, (hasil) => alasan('golongan', hasil, CITE_PANGKAT, facts));
      }
      if (formasi.pendidikanMinimum && k.pendidikan) {
        const facts = { kandidat: kid, pendidikan: k.pendidikan, minimum: formasi.pendidikanMinimum };
        const ok = tingkatPendidikan(k.pendidikan) >= tingkatPendidikan(formasi.pendidikanMinimum);
        periksa('PENDIDIKAN', ok, (hasil) => alasan('pendidikan', hasil, CITE_PANGKAT, facts));
      }
      if (options.periksaPredikat) {
        const p = k.predikatDuaTahunTerakhir;
        const facts = { kandidat: kid, predikat1: p?.[0] ?? null, predikat2: p?.[1] ?? null };
        const ok = p !== undefined && p.every((predikat) => isPredikatAtLeast(predikat, PREDIKAT_MINIMUM_RENCANA_SUKSESI));
        periksa('PREDIKAT_KINERJA', ok, (hasil) => alasan('predikat', hasil, CITE_KINERJA, facts));
      }
      for (const p of pembatalanHukuman(k.riwayatHukuman))
        reasons.push(alasan('hukumanDibatalkan', 'INFO', p.citations, { kandidat: kid, ...p.facts }));
      const berjalan = hukumanBerjalanPada(k.riwayatHukuman, asOf);
      const hukuman = { kandidat: kid, asOf, hukuman: berjalan[0]?.jenis ?? null };
      periksa('HUKUMAN_DISIPLIN', berjalan.length === 0, (hasil) => alasan('hukuman', hasil, CITE_HUKUMAN, hukuman));
      if (formasi.usiaMaksimum !== undefined && k.tanggalLahir) {
        const facts = { kandidat: kid, usia: wholeYearsBetween(k.tanggalLahir, asOf), maksimum: formasi.usiaMaksimum };
        periksa('USIA', facts.usia <= facts.maksimum, (hasil) => alasan('usia', hasil, CITE_PANGKAT, facts));
      }
      if (options.periksaMasaMutasi) {
        const sejak = k.tmtJabatan ? addYears(k.tmtJabatan, MASA_MUTASI.minimumTahun) : null;
        const facts = { kandidat: kid, tmtJabatan: k.tmtJabatan ?? null, tanggalPalingCepat: sejak };
        periksa('MASA_MUTASI', sejak !== null && sejak <= asOf, (hasil) => alasan('masaMutasi', hasil, CITE_MUTASI, facts));
      }
      if (gagal.length > 0) {
        syaratTidakTerpenuhi.push({ id: k.id, syarat: gagal });
        continue;
      }
      // The schema requires nilaiSeleksi, or profil with formasi.standar.
      const fit = k.nilaiSeleksi ?? persenJpm(formasi.standar!, k.profil!, options);
      // The bands cover [0, +∞) and a JPM is never negative, so a band is always found.
      const kategori = k.nilaiSeleksi === undefined ? findBand(bands, fit)!.value : null;
      eligible.push({ id: k.id, fit, kategori, gol: k.golongan ? tingkatGolongan(k.golongan) : -1 });
    }

    // Fit (exact) descending, then higher golongan, then id: a total order, so input order never matters.
    eligible.sort((a, b) => b.fit.comparedTo(a.fit) || b.gol - a.gol || cmpStr(a.id, b.id));
    const peringkat: KandidatBerperingkat[] = eligible.map((e, i) => ({
      id: e.id,
      peringkat: i + 1,
      kecocokan: formatFixed(e.fit, 2),
      kategori: e.kategori,
    }));
    eligible.forEach((e, i) => {
      const prev = eligible[i - 1];
      const seri = prev !== undefined && prev.fit.equals(e.fit);
      const facts = { kandidat: e.id, peringkat: i + 1, kecocokan: formatFixed(e.fit, 2), sebelumnya: seri ? prev.id : null };
      reasons.push(seri ? alasan('seri', 'INFO', CITE_KECOCOKAN, facts) : alasan('urutan', 'INFO', CITE_KECOCOKAN, facts));
    });
    return decision<PeringkatKandidat>({ peringkat, syaratTidakTerpenuhi }, reasons);
  },
});

/** Ranks candidates for one vacancy: hard requirements first, then fit, with deterministic tie-breaking. */
export const peringkatKandidat = peringkatKandidatRule.run;

/** The value of {@link peringkatKandidat}'s decision. */
export type PeringkatKandidatOutput = RuleOutputOf<typeof peringkatKandidatRule>;

export { JENJANG_IJAZAH, JENJANG_PENDIDIKAN, type JenjangPendidikan } from './pendidikan.js';
export {
  type KandidatBerperingkat,
  PERINGKAT_KANDIDAT_MAKS,
  type PeringkatKandidat,
  peringkatKandidatInput,
  type PeringkatKandidatInput,
  peringkatKandidatOptions,
  type PeringkatKandidatOptions,
  peringkatKandidatOutput,
  SYARAT_KANDIDAT,
  type SyaratKandidat,
} from './skema.js';
