/** The language of a response: `?lang=`, else the first of `id`/`en` in `Accept-Language` by weight, else English. */
import type { IncomingMessage } from 'node:http';
import type { Locale } from '../core/explain.js';

const isLocale = (v: string | null | undefined): v is Locale => v === 'id' || v === 'en';

/** `id-ID,id;q=0.9,en;q=0.8` → `id`; `en-US` → `en`; anything else → `undefined`. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      const lang = tag.trim().toLowerCase().split('-')[0];
      // `in` is the code Indonesian had before ISO 639 renamed it `id` (older Java and Android still send it).
      return { lang: lang === 'in' ? 'id' : lang, q: q ? Number(q[1]) : 1, order };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.map((r) => r.lang).find(isLocale);
}

export function requestLocale(req: IncomingMessage, url: URL): Locale {
  const asked = url.searchParams.get('lang');
  if (isLocale(asked)) return asked;
  const header = req.headers['accept-language'];
  return localeFromAcceptLanguage(Array.isArray(header) ? header.join(',') : header) ?? 'en';
}

/** `?explain=id|en` → that language; `?explain=true|1` → the request's language; absent or `false` → none. */
export function explainLocale(url: URL, locale: Locale): Locale | undefined {
  const asked = url.searchParams.get('explain');
  if (asked === null || asked === 'false' || asked === '0') return undefined;
  return isLocale(asked) ? asked : locale;
}
