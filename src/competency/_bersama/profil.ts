import * as z from 'zod/mini';
import { maxKeys } from '../../core/input-bounds.js';
import { refineParsed } from '../../core/refine.js';
import { entriKamus, type ProfilKompetensi } from './kamus-kompetensi.js';
import { KOMPETENSI_MANSOSKUL, kodeKompetensiSchema, levelAktualSchema, levelStandarSchema } from '../types.js';

/**
 * The most competencies one standard or profile may list: the 9 national ones (M.1–M.8, SK.1) and the
 * jabatan's teknis competencies, which are a handful; 100 leaves room for any real standard.
 */
export const KOMPETENSI_PER_PROFIL_MAKS = 100;

/** Standar Kompetensi Jabatan: competency code → required level 1–5 (at least one competency). */
export const standarKompetensiSchema = maxKeys(
  z.record(kodeKompetensiSchema, levelStandarSchema).check(
    refineParsed((r) => Object.keys(r).length > 0, {
      text: { en: 'must list at least one competency', id: 'harus memuat paling sedikit satu kompetensi' },
    }),
    z.describe('Standar Kompetensi Jabatan: competency code → required level 1–5 (at most 100 competencies)'),
  ),
  KOMPETENSI_PER_PROFIL_MAKS,
);

/** Achieved levels from a penilaian kompetensi: competency code → level 0–5. */
export const profilAktualSchema = maxKeys(
  z
    .record(kodeKompetensiSchema, levelAktualSchema)
    .check(z.describe('Achieved levels: competency code → level 0–5 (at most 100 competencies)')),
  KOMPETENSI_PER_PROFIL_MAKS,
);

const NATIONAL_ORDER = new Map<string, number>(KOMPETENSI_MANSOSKUL.map((k, i) => [k, i]));

/**
 * Canonical order of competency codes: the kamus order (M.1…M.8, SK.1) first, then teknis codes by
 * code point. Results never depend on the key order of the input objects.
 */
export function compareKode(a: string, b: string): number {
  const ia = NATIONAL_ORDER.get(a);
  const ib = NATIONAL_ORDER.get(b);
  if (ia !== undefined && ib !== undefined) return ia - ib;
  if (ia !== undefined) return -1;
  if (ib !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedKode(profil: ProfilKompetensi): string[] {
  return Object.keys(profil).sort(compareKode);
}

/** Display name of a competency: the kamus name for national codes, the code itself for teknis. */
export function namaKompetensi(kode: string): string {
  return entriKamus(kode)?.nama ?? kode;
}
