import type { IsoDate } from '../../core/calendar.js';
import { type Citation, type Decision, decision, type Reason, type ReasonOutcome } from '../../core/decision.js';
import { type InputIssue, MeritInputError, ownIssue } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import type { FactsOf } from '../../core/messages.js';
import { type RuleVersion, versionInForce } from '../../core/versions.js';
import { KINERJA_UNIT_MENURUT_MUTU, type PedomanSkm, type UnsurPelayanan } from '../types.js';
import type { TEKS_IKM } from './ikm.messages.js';
import { INTERVAL_MUTU_2017, LAMPIRAN, type Pedoman, TABEL_MUTU, type TabelMutu, VERSI_SKM } from './pedoman.js';
import { banding, bulatkan, dariDesimal, kali, NOL, type Rasional, rasional, tambah, tulis } from './rasional.js';
import { sampelMinimum } from './sampel.js';
import type { IndeksKepuasanMasyarakat, NrrUnsur, OpsiIkm, SampelSurvei } from './skema-ikm.js';

/** IKM = nilai indeks × 25: the index on the 1–4 scale of the answers, carried to the 25–100 scale of the report. */
export const KONVERSI_IKM = 25;
/** Decimals of the published IKM (half up): the figure agencies report and classify. */
export const DESIMAL_IKM = 2;
/** Decimals of the nilai indeks and of each weighted NRR as reported (half up). */
const DESIMAL_NILAI_INDEKS = 4;
/** Decimals an NRR is shown with when `desimalNrr` does not round it. */
const DESIMAL_NRR_TAMPIL = 4;
/** Decimals of the unrounded IKM shown in the mutu reason under `AMBANG_BAWAH`: enough to show a value in a gap (88,305). */
const DESIMAL_IKM_TANPA_PEMBULATAN = 6;

/** A reason builder over the shared texts: each index rule passes its own `reasonsOf` (its messages spread TEKS_IKM). */
export type AlasanIkm = <K extends keyof typeof TEKS_IKM & string>(
  key: K,
  outcome: ReasonOutcome,
  citations: readonly Citation[],
  facts: FactsOf<(typeof TEKS_IKM)[K]>,
) => Reason;

/** One unsur's answers as the computation needs them: an exact NRR, with its counts when known. */
export interface RingkasanTerhitung {
  unsur: UnsurPelayanan;
  jumlahJawaban: number | null;
  jumlahNilai: number | null;
  nrr: Rasional;
}

const SAMPEL_CITATIONS: Citation[] = deepFreeze([{ regulation: 'PERMENPANRB_14_2017', annex: 'Lampiran' }]);
const NO_CITATIONS: Citation[] = deepFreeze([]);

/** The pedoman of the survey period (and the one chosen in a transition year), or a typed refusal. */
export function pedomanSurvei(
  ruleId: string,
  asOf: IsoDate,
  pilihan: PedomanSkm | undefined,
): { version: RuleVersion<Pedoman>; peralihan: boolean } {
  const inForce = versionInForce(ruleId, VERSI_SKM, asOf);
  if (pilihan === undefined || pilihan === inForce.id) return { version: inForce, peralihan: false };
  const i = VERSI_SKM.indexOf(inForce);
  const previous = VERSI_SKM[i - 1];
  const tahunPertama = inForce.from.slice(0, 4);
  if (previous && previous.id === pilihan && asOf.slice(0, 4) === tahunPertama) return { version: previous, peralihan: true };
  throw new MeritInputError(
    [
      ownIssue(['options', 'pedoman'], {
        en: `a survey period containing ${asOf} follows ${inForce.id}${previous ? ` (${previous.id} only for a survey in ${tahunPertama}, the first year of ${inForce.id})` : ''}, not ${pilihan}`,
        id: `periode survei yang memuat ${asOf} mengikuti ${inForce.id}${previous ? ` (${previous.id} hanya untuk survei tahun ${tahunPertama}, tahun pertama ${inForce.id})` : ''}, bukan ${pilihan}`,
      }),
    ],
    ruleId,
  );
}

/**
 * The date whose pedoman decides a survey (each index rule's `versionOn`): the survey date `asOf`; in the first
 * year of a pedoman, for a survey run under the previous one as `options.pedoman` states, the first day of that
 * previous pedoman, so the decision's trace names the pedoman actually applied.
 */
export function tanggalPedoman(ruleId: string, asOf: IsoDate, pilihan: PedomanSkm | undefined): IsoDate {
  const { version, peralihan } = pedomanSurvei(ruleId, asOf, pilihan);
  return peralihan ? version.from : asOf;
}

/** The unsur a summary or a response names that are not unsur of the pedoman, as issues at `prefix + [key]`. */
export function unsurAsing(pedoman: Pedoman, keys: readonly string[], prefix: (string | number)[]): InputIssue[] {
  return keys
    .filter((k) => !(pedoman.unsur as readonly string[]).includes(k))
    .map((k) =>
      ownIssue([...prefix, k], {
        en: `is not an unsur of a survey under ${pedoman.pedoman} (its unsur: ${pedoman.unsur.join(', ')})`,
        id: `bukan unsur survei menurut ${pedoman.pedoman} (unsurnya: ${pedoman.unsur.join(', ')})`,
      }),
    );
}

/** Refuses more respondents than the population they were drawn from. */
export function cekPopulasi(ruleId: string, jumlahResponden: number | null, populasi: number | undefined, path: (string | number)[]): void {
  if (populasi === undefined || jumlahResponden === null || jumlahResponden <= populasi) return;
  throw new MeritInputError(
    [
      ownIssue(path, {
        en: `${jumlahResponden} respondents cannot come from a population of ${populasi} service users`,
        id: `${jumlahResponden} responden tidak mungkin berasal dari populasi ${populasi} pengguna layanan`,
      }),
    ],
    ruleId,
  );
}

/** The conversion table a survey is classified with: its pedoman's, or for PermenPANRB 16/2014 the setting's. */
export function tabelMutuOf(pedoman: Pedoman, intervalMutu2014: OpsiIkm['intervalMutu2014']): TabelMutu {
  if (pedoman.pedoman === 'PERMENPANRB_16_2014') return intervalMutu2014;
  return pedoman.interval === INTERVAL_MUTU_2017 ? 'PERMENPANRB_14_2017' : 'KEPMENPAN_25_2004';
}

/** The weight of each unsur, exact, and as the decision shows it. */
function bobotOf(pedoman: Pedoman, bobotUnsur: OpsiIkm['bobotUnsur']): { bobot: Rasional; teks: string } {
  const n = pedoman.unsur.length;
  if (bobotUnsur === 'EKSAK') return { bobot: rasional(1, n), teks: `1/${n}` };
  if (bobotUnsur === 'TERCETAK') return { bobot: dariDesimal(pedoman.bobotTercetak), teks: pedoman.bobotTercetak };
  return { bobot: dariDesimal(bobotUnsur), teks: bobotUnsur.toFixed() };
}

/**
 * The mutu of an IKM: the highest row of the table whose lower bound (NIK) the IKM reaches, on the IKM rounded
 * to 2 decimals (`BULATKAN_DULU`) or on the exact IKM (`AMBANG_BAWAH`); below the scale (a printed weight can
 * give 24,85), the lowest row.
 */
function mutuOf(ikm: Rasional, tabel: TabelMutu, tafsirCelah: OpsiIkm['tafsirCelah']) {
  const { interval, bands } = TABEL_MUTU[tabel];
  const diklasifikasi = tafsirCelah === 'BULATKAN_DULU' ? bulatkan(ikm, DESIMAL_IKM) : ikm;
  const band = [...bands].reverse().find((b) => banding(diklasifikasi, dariDesimal(String(b.min!.at))) >= 0) ?? bands[0]!;
  return interval.find((row) => row.mutu === band.value)!;
}

/** Lowest NRR first, ties in the pedoman's order; ties with the last one listed are kept. */
function prioritasOf(unsur: readonly UnsurPelayanan[], nrr: ReadonlyMap<UnsurPelayanan, Rasional>, jumlah: number) {
  const order = [...unsur].sort((a, b) => banding(nrr.get(a)!, nrr.get(b)!));
  const k = Math.min(jumlah, order.length);
  const cutoff = nrr.get(order[k - 1]!)!;
  return { terendah: nrr.get(order[0]!)!, prioritas: order.filter((u, i) => i < k || banding(nrr.get(u)!, cutoff) === 0) };
}

export interface SurveiTerhitung {
  alasan: AlasanIkm;
  version: RuleVersion<Pedoman>;
  peralihan: boolean;
  asOf: IsoDate;
  ringkasan: readonly RingkasanTerhitung[];
  jumlahResponden: number | null;
  populasi: number | undefined;
  opsi: OpsiIkm;
  /** Reasons the rule adds after the pedoman's (missing answers left out). */
  awal?: Reason[];
}

/**
 * The index, the mutu, the priorities and the sample check, from one exact NRR per unsur of the pedoman.
 * Shared by the summary and the response rules.
 */
export function hitungIkm(s: SurveiTerhitung): Decision<IndeksKepuasanMasyarakat> {
  const { alasan, version, opsi } = s;
  const pedoman = version.value;
  const lampiran = LAMPIRAN[pedoman.pedoman];
  const n = pedoman.unsur.length;
  const berlaku = { asOf: s.asOf, pedoman: pedoman.pedoman, jumlahUnsur: n, berlakuMulai: version.from };
  const reasons: Reason[] = [
    version.to === undefined
      ? alasan('pedomanBerlaku', 'INFO', version.citations, berlaku)
      : alasan(s.peralihan ? 'pedomanPeralihan' : 'pedoman', 'INFO', version.citations, { ...berlaku, berlakuSampai: version.to }),
    ...(s.awal ?? []),
  ];
  const { bobot, teks: bobotText } = bobotOf(pedoman, opsi.bobotUnsur);

  const byUnsur = new Map(s.ringkasan.map((r) => [r.unsur, r]));
  let nilaiIndeksQ = NOL;
  const unsur: NrrUnsur[] = [];
  const nrrDipakai = new Map<UnsurPelayanan, Rasional>();
  const desimalNrrTampil = opsi.desimalNrr ?? DESIMAL_NRR_TAMPIL;
  for (const u of pedoman.unsur) {
    const r = byUnsur.get(u)!;
    const nrr = opsi.desimalNrr === null ? r.nrr : bulatkan(r.nrr, opsi.desimalNrr);
    nrrDipakai.set(u, nrr);
    const tertimbang = kali(nrr, bobot);
    nilaiIndeksQ = tambah(nilaiIndeksQ, tertimbang);
    const nrrText = tulis(nrr, desimalNrrTampil);
    const { jumlahJawaban, jumlahNilai } = r;
    unsur.push({ unsur: u, jumlahJawaban, jumlahNilai, nrr: nrrText, nrrTertimbang: tulis(tertimbang, DESIMAL_NILAI_INDEKS) });
    reasons.push(
      jumlahNilai === null
        ? alasan('nrrRingkasan', 'INFO', lampiran, { unsur: u, nrr: nrrText, jumlahJawaban })
        : alasan('nrr', 'INFO', lampiran, { unsur: u, jumlahNilai, jumlahJawaban, nrr: nrrText }),
    );
  }
  const ikmQ = kali(nilaiIndeksQ, rasional(KONVERSI_IKM));
  const nilaiIndeks = tulis(nilaiIndeksQ, DESIMAL_NILAI_INDEKS);
  const ikm = tulis(ikmQ, DESIMAL_IKM);
  reasons.push(
    alasan('indeks', 'INFO', lampiran, {
      jumlahUnsur: n,
      bobot: bobotText,
      bobotUnsur: typeof opsi.bobotUnsur === 'string' ? opsi.bobotUnsur : 'DESIMAL',
      desimalNrr: opsi.desimalNrr === null ? 'TANPA_PEMBULATAN' : String(opsi.desimalNrr),
      nilaiIndeks,
      ikm,
    }),
  );

  const tabelMutu = tabelMutuOf(pedoman, opsi.intervalMutu2014);
  const row = mutuOf(ikmQ, tabelMutu, opsi.tafsirCelah);
  const mutu = row.mutu;
  const kinerjaUnit = KINERJA_UNIT_MENURUT_MUTU[mutu];
  reasons.push(
    alasan('mutu', 'APPLIES', lampiran, {
      nilai: opsi.tafsirCelah === 'BULATKAN_DULU' ? ikm : tulis(ikmQ, DESIMAL_IKM_TANPA_PEMBULATAN),
      tafsirCelah: opsi.tafsirCelah,
      nikDari: row.nik[0],
      nikSampai: row.nik[1],
      niDari: row.ni[0],
      niSampai: row.ni[1],
      mutu,
      kinerjaUnit,
      tabelMutu,
    }),
  );

  const { prioritas, terendah } = prioritasOf(pedoman.unsur, nrrDipakai, opsi.jumlahPrioritas);
  reasons.push(
    alasan('prioritas', 'INFO', NO_CITATIONS, { prioritas: prioritas.join(' / '), nrrTerendah: tulis(terendah, desimalNrrTampil) }),
  );

  let sampel: SampelSurvei | null = null;
  if (s.populasi !== undefined) {
    const { populasi, jumlahResponden } = s;
    const minimum = sampelMinimum(populasi, opsi.sampelMinimum);
    const cukup = jumlahResponden === null ? null : jumlahResponden >= minimum;
    sampel = { populasi, metode: opsi.sampelMinimum, sampelMinimum: minimum, jumlahResponden, cukup };
    const cites = pedoman.pedoman === 'PERMENPANRB_14_2017' ? SAMPEL_CITATIONS : NO_CITATIONS;
    const facts = { populasi, metode: opsi.sampelMinimum, sampelMinimum: minimum, jumlahResponden };
    reasons.push(
      cukup === null
        ? alasan('sampelTidakDiketahui', 'INFO', cites, facts)
        : alasan(cukup ? 'sampelCukup' : 'sampelKurang', cukup ? 'PASS' : 'FAIL', cites, facts),
    );
  }
  return decision(
    {
      pedoman: pedoman.pedoman,
      bobot: bobotText,
      unsur,
      nilaiIndeks,
      ikm,
      mutu,
      kinerjaUnit,
      prioritasPerbaikan: prioritas,
      jumlahResponden: s.jumlahResponden,
      sampel,
    },
    reasons,
  );
}
