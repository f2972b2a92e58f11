/**
 * One employee as SIASN serves them: the data utama and the riwayat lists, each either the bare `data`
 * or the whole response envelope `{ code, data, message }`. Empty riwayat arrive as `null`, `[]` or the
 * text "Data tidak ditemukan"; all three read as an empty list.
 */
import * as z from 'zod/mini';
import { MeritInputError, ownIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { safeParseWithMessages } from '../core/parse.js';
import { siasnDataUtamaSchema } from './data-utama.js';
import { siasnRiwayatSchema } from './riwayat.js';

export const siasnPegawaiSchema = z.looseObject({
  dataUtama: siasnDataUtamaSchema,
  riwayat: z._default(siasnRiwayatSchema, {
    golongan: [],
    jabatan: [],
    pendidikan: [],
    skp: [],
    skp22: [],
    hukdis: [],
    angkakredit: [],
    diklat: [],
    penghargaan: [],
    cltn: [],
  }),
});
/** A SIASN employee after reading: dates `YYYY-MM-DD`, ids as strings, empty values `null`. */
export type SiasnPegawai = z.output<typeof siasnPegawaiSchema>;

const TIDAK_DITEMUKAN = /^data tidak ditemukan$/i;

const isEnvelope = (v: unknown): v is { data: unknown } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'data' in v && ('code' in v || 'message' in v || 'success' in v);

/** The `data` of a response envelope, or the value itself. */
function unwrap(value: unknown): unknown {
  return isEnvelope(value) ? value.data : value;
}

function unwrapRiwayat(value: unknown): unknown {
  const v = unwrap(value);
  if (v === null || v === undefined) return [];
  if (typeof v === 'string' && TIDAK_DITEMUKAN.test(v.trim())) return [];
  return v;
}

const read = new WeakSet<object>();

/**
 * Reads and validates a SIASN employee record; a bad field is refused with a {@link MeritInputError}
 * naming its path (`riwayat.hukdis[2].hukumanTanggal`) and why. Returns a frozen record; passing it again
 * returns it unchanged.
 */
export function readSiasnPegawai(record: unknown): SiasnPegawai {
  if (typeof record === 'object' && record !== null && read.has(record)) return record as SiasnPegawai;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new MeritInputError(
      [ownIssue([], { en: 'must be an object { dataUtama, riwayat }', id: 'harus berupa objek { dataUtama, riwayat }' })],
      'siasn',
    );
  }
  const raw = record as Record<string, unknown>;
  const riwayatRaw = unwrap(raw['riwayat']);
  const riwayat =
    typeof riwayatRaw === 'object' && riwayatRaw !== null && !Array.isArray(riwayatRaw)
      ? Object.fromEntries(Object.entries(riwayatRaw).map(([k, v]) => [k, unwrapRiwayat(v)]))
      : riwayatRaw;
  const result = safeParseWithMessages(siasnPegawaiSchema, {
    ...raw,
    dataUtama: unwrap(raw['dataUtama']),
    ...(riwayat === undefined ? {} : { riwayat }),
  });
  if (!result.success) throw MeritInputError.fromZod(result.error, 'siasn');
  const parsed = deepFreeze(result.data) as SiasnPegawai;
  read.add(parsed);
  return parsed;
}
