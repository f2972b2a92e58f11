/** What every page's script shares: reading the embedded data, and a language switch that keeps the hash. */

/** The JSON the build embedded in `<script type="application/json" id="…">`. */
export function readJson<T>(id: string): T {
  return JSON.parse(document.getElementById(id)!.textContent ?? 'null') as T;
}

/** Points the language switch at the same page and the same hash (query, example or filled form). */
export function keepHashOnLanguageSwitch(): void {
  const link = document.getElementById('language-switch') as HTMLAnchorElement | null;
  if (!link) return;
  const base = link.getAttribute('href')!.replace(/#.*$/, '');
  link.setAttribute('href', base + location.hash);
}
