/**
 * The reference mappings as Markdown tables, one row per id: docs/siasn.md holds this output between
 * markers, and a test fails when the page and the data part.
 */
import { REFERENSI_GOLONGAN } from './referensi/golongan.js';
import { REFERENSI_ESELON, REFERENSI_JENIS_JABATAN, REFERENSI_JENJANG_JF } from './referensi/jabatan.js';
import { REFERENSI_JENIS_HUKUMAN, REFERENSI_TINGKAT_HUKUMAN } from './referensi/jenis-hukuman.js';
import {
  REFERENSI_DIKLAT_STRUKTURAL,
  REFERENSI_PENGHARGAAN_SLKS,
  REFERENSI_PREDIKAT_KINERJA,
  REFERENSI_RATING_KINERJA,
} from './referensi/kinerja.js';
import type { TabelReferensi } from './referensi/tabel.js';
import { REFERENSI_TINGKAT_PENDIDIKAN } from './referensi/tingkat-pendidikan.js';

/** Every reference mapping, in the order of the docs page. */
export const REFERENSI_SIASN: readonly TabelReferensi<unknown>[] = Object.freeze([
  REFERENSI_GOLONGAN,
  REFERENSI_TINGKAT_PENDIDIKAN,
  REFERENSI_JENIS_HUKUMAN,
  REFERENSI_TINGKAT_HUKUMAN,
  REFERENSI_JENIS_JABATAN,
  REFERENSI_ESELON,
  REFERENSI_JENJANG_JF,
  REFERENSI_RATING_KINERJA,
  REFERENSI_PREDIKAT_KINERJA,
  REFERENSI_PENGHARGAAN_SLKS,
  REFERENSI_DIKLAT_STRUKTURAL,
]);

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** One mapping as a Markdown section: heading, the SIASN fields it reads, and one row per id. */
export function referensiMarkdown(tabel: TabelReferensi<unknown>): string {
  const rows = tabel.baris.map(
    (b) =>
      `| \`${b.id}\` | ${cell(b.nama)} | ${b.nilai === null ? '— (review)' : `\`${String(b.nilai)}\``} | ${b.grade} | ${cell(b.catatan ?? '')} |`,
  );
  return [
    `### ${tabel.judul.en} (\`${tabel.nama}\`)`,
    '',
    `Read from: ${tabel.kolom}.`,
    '',
    '| SIASN id | SIASN name | ours | grade | note |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** All mappings, as docs/siasn.md carries them. */
export function semuaReferensiMarkdown(): string {
  return REFERENSI_SIASN.map(referensiMarkdown).join('\n\n');
}
