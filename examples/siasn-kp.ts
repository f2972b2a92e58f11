/**
 * A unit's SIASN export → the kenaikan pangkat reguler list with reasons. Each line of
 * examples/data/siasn-unit.jsonl is one employee as SIASN serves them (data utama and riwayat, dates
 * dd-mm-yyyy); each gets a decision with its reasons, or the list of what SIASN does not say.
 * Run it with `npx tsx examples/siasn-kp.ts`; test/siasn/example.test.ts runs it too.
 */
import { readFileSync } from 'node:fs';
import { describeDecision } from '../src/index.js';
import { fromSiasn, readSiasnPegawai } from '../src/siasn/index.js';

export interface BarisKp {
  nip: string;
  nama: string;
  /** `MEMENUHI_SYARAT`, `BELUM` (decided, not eligible) or `DATA_KURANG` (SIASN leaves a blocking gap). */
  status: 'MEMENUHI_SYARAT' | 'BELUM' | 'DATA_KURANG';
  golonganBaru: string | null;
  tmt: string | null;
  /** The decision's reasons (failed conditions first), or the blocking gaps. */
  alasan: string[];
}

/** Reads a JSON-lines export (one employee per line). */
export function bacaEkspor(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** The KP reguler list of a unit on `asOf`, in Bahasa Indonesia. */
export function daftarKpUnit(records: readonly unknown[], asOf: string): BarisKp[] {
  return records.map((record) => {
    const pegawai = readSiasnPegawai(record);
    const nip = pegawai.dataUtama.nipBaru ?? '?';
    const nama = pegawai.dataUtama.nama ?? '?';
    const r = fromSiasn.kenaikanPangkatReguler.decide(pegawai, { asOf });
    if (r.status === 'indeterminate') {
      const alasan = r.missing.filter((g) => g.blocking).map((g) => `? ${g.field}: ${g.text.id}`);
      return { nip, nama, status: 'DATA_KURANG', golonganBaru: null, tmt: null, alasan };
    }
    const v = r.decision.value;
    // Each reason as a line with its outcome and its basis, the conditions not met first.
    const { lines, citations } = describeDecision(r.decision, 'id');
    const dasar = (refs: readonly number[]) => refs.map((ref) => citations[ref - 1]!.text).join('; ');
    const baris = (l: (typeof lines)[number]) =>
      `${l.outcomeText.charAt(0).toUpperCase()}${l.outcomeText.slice(1)}: ${l.text}${l.citations.length ? ` (${dasar(l.citations)})` : ''}`;
    const alasan = [...lines.filter((l) => l.outcome === 'FAIL'), ...lines.filter((l) => l.outcome !== 'FAIL')].map(baris);
    return v.memenuhiSyarat
      ? { nip, nama, status: 'MEMENUHI_SYARAT', golonganBaru: v.golonganBaru, tmt: v.tmt, alasan }
      : { nip, nama, status: 'BELUM', golonganBaru: null, tmt: null, alasan };
  });
}

export const EKSPOR_CONTOH = new URL('./data/siasn-unit.jsonl', import.meta.url);

// Printed when run directly.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const b of daftarKpUnit(bacaEkspor(EKSPOR_CONTOH.pathname), '2026-03-01')) {
    console.log(`${b.nip} ${b.nama.padEnd(16)} ${b.status.padEnd(16)} ${b.golonganBaru ? `→ ${b.golonganBaru} TMT ${b.tmt}` : ''}`);
    for (const line of b.alasan.slice(0, 4)) console.log(`    ${line}`);
  }
}
