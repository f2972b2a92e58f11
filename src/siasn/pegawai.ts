/**
 * One employee as SIASN serves them: the data utama and the riwayat lists, each either the bare `data`
 * or the whole response envelope `{ code, data, message }`. Empty riwayat arrive as `null`, `[]` or the
 * text "Data tidak ditemukan"; all three read as an empty list.
 */
import * as z from 'zod/mini';
import { type InputIssue, MeritInputError, ownIssue } from '../core/errors.js';
import { closestName, withSuggestion } from '../core/suggest.js';
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

/** SIASN's envelope says the call failed: `code` other than 1 (success) or `success: false`. */
function gagal(value: unknown): string | undefined {
  if (!isEnvelope(value)) return undefined;
  const v = value as { code?: unknown; success?: unknown; message?: unknown };
  const failed = v.success === false || ('code' in v && Number(v.code) !== 1);
  if (!failed) return undefined;
  return `${'code' in v ? `code ${String(v.code)}` : 'success false'}${typeof v.message === 'string' ? `: ${v.message.slice(0, 100)}` : ''}`;
}

/** The riwayat lists the adapters know: the container is ours, so any other key is a misspelling. */
export const RIWAYAT_SIASN = Object.freeze([
  'golongan',
  'jabatan',
  'pendidikan',
  'skp',
  'skp22',
  'hukdis',
  'angkakredit',
  'diklat',
  'penghargaan',
  'cltn',
] as const);
export type RiwayatSiasn = (typeof RIWAYAT_SIASN)[number];

/** Refusals of the record's own frame: a failed SIASN answer is never read as an empty history. */
function masalahBingkai(raw: Record<string, unknown>, riwayatRaw: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const sebab = (path: string[], why: string) =>
    issues.push(
      ownIssue(
        path,
        { en: `SIASN answered an error (${why}): fetch it again`, id: `SIASN menjawab galat (${why}): ambil ulang` },
        'unreadable',
      ),
    );
  const du = gagal(raw['dataUtama']);
  if (du) sebab(['dataUtama'], du);
  const rw = gagal(raw['riwayat']);
  if (rw) sebab(['riwayat'], rw);
  if (typeof riwayatRaw === 'object' && riwayatRaw !== null && !Array.isArray(riwayatRaw)) {
    for (const [k, v] of Object.entries(riwayatRaw)) {
      if (!(RIWAYAT_SIASN as readonly string[]).includes(k)) {
        const t = withSuggestion(
          { en: 'is not a riwayat list the adapters read', id: 'bukan daftar riwayat yang dibaca adaptor' },
          closestName(k, RIWAYAT_SIASN),
        );
        const daftar = RIWAYAT_SIASN.join(', ');
        issues.push(ownIssue(['riwayat', k], { en: `${t.en} (${daftar})`, id: `${t.id} (${daftar})` }, 'unknown_key'));
        continue;
      }
      const why = gagal(v);
      if (why) sebab(['riwayat', k], why);
    }
  }
  return issues;
}

const read = new WeakSet<object>();
const diberikan = new WeakMap<object, ReadonlySet<string>>();

/**
 * The riwayat lists the record gave (as a list, `null`, `[]` or "Data tidak ditemukan"); a list it left out
 * was not fetched, which is not the same as empty.
 */
export function riwayatDiberikan(pegawai: SiasnPegawai): ReadonlySet<string> {
  return diberikan.get(pegawai) ?? new Set();
}

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
  const bingkai = masalahBingkai(raw, riwayatRaw);
  if (bingkai.length > 0) throw new MeritInputError(bingkai, 'siasn');
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
  diberikan.set(parsed, new Set(typeof riwayatRaw === 'object' && riwayatRaw !== null ? Object.keys(riwayatRaw) : []));
  return parsed;
}
