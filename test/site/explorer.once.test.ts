/// <reference lib="dom" />
// The callbacks given to page.evaluate run in the browser, on the DOM and its types.
/**
 * The rule explorer, built and driven in a real headless Chromium: Find (a Pasal finds its rule), Read (a
 * rule page shows its table), Try (every worked example loaded into the generated form decides what the
 * library decides in Node; a misspelt or invalid field shows its error), Link (a shared link reproduces a
 * decision, in either language), and what a reader pays (page weight, time to interactive, throttled).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRule, LIBRARY_VERSION, MeritInputError, RULES } from '../../src/index.js';
import { buildSite, SITE_DIST } from '../../scripts/site/build.js';
import { findChromium, measureLoad, serveStatic, THROTTLED } from './browser.js';

const CHROMIUM = findChromium();
/** Time allowed per test: about 30 s in all on a quiet 2-core machine, but `npm test` runs it beside the whole suite. */
const STEP = 45_000;
/** Screenshots and figures for review (git-ignored). */
export const OUTPUT = resolve('site/test-output');

if (!CHROMIUM) {
  console.warn(
    'test/site skipped: no Chromium found (set CHROMIUM_PATH, or `apt-get install chromium`; .ci/run installs it where apt-get works)',
  );
}

describe.skipIf(!CHROMIUM)('rule explorer in headless Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base = '';
  let page: Page;

  beforeAll(async () => {
    await buildSite();
    ({ url: base, server } = await serveStatic(SITE_DIST));
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'id-ID' });
    page.on('pageerror', (e) => {
      throw e;
    });
    mkdirSync(OUTPUT, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  const open = async (path: string) => {
    await page.goto(`${base}${path}`);
    await page.waitForSelector('body[data-ready]');
  };
  const decisionValue = async () => (await page.locator('#decision-value').textContent()) ?? '';

  it(
    'finds kenaikanPangkatReguler from the text of a Pasal, and rules by keyword in either language',
    async () => {
      await open('id/index.html');
      await page.fill('#search', 'PP 99/2000 Pasal 6 ayat (2)');
      const hits = await page.locator('#results li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['rule']));
      expect(hits[0]).toBe('promotion.kenaikanPangkatReguler');
      expect(await page.locator('#results li .cites').first().textContent()).toContain('Pasal 6 ayat (2)');
      // "Pasal 6" holds "Pasal 6 ayat (2)", but "Pasal 60" does not.
      await page.fill('#search', 'PP 99/2000 Pasal 60');
      expect(await page.locator('#results li').count()).toBe(0);
      expect(await page.locator('#no-results').isVisible()).toBe(true);
      await open('en/index.html');
      await page.fill('#search', 'absence');
      expect(await page.locator('#results li[data-rule="discipline.hukumanKetidakhadiran"]').count()).toBe(1);
      // The regulation index lists the rule under its article.
      expect(await page.locator('#index-h ~ section li', { hasText: 'Pasal 6 ayat (2)' }).first().textContent()).toContain(
        'promotion.kenaikanPangkatReguler',
      );
    },
    STEP,
  );

  it(
    "shows a rule's decision table, its basis and its settings, in the page's language",
    async () => {
      const rule = findRule('promotion.kenaikanPangkatReguler')!;
      await open(`id/rules/${rule.id}.html`);
      const table = rule.tables![1]!;
      const shown = page.locator('section[aria-labelledby="tables-h"] table').nth(1);
      expect(await shown.locator('tbody tr').count()).toBe(table.rows.length);
      expect(await shown.locator('tbody tr').first().locator('td').first().textContent()).toBe(table.rows[0]![0]);
      expect(await page.locator('#legal-h').textContent()).toBe('Dasar hukum');
      expect(await page.locator('section[aria-labelledby="settings-h"]').textContent()).toContain('minPredikat');
      await page.screenshot({ path: join(OUTPUT, 'rule-page.png'), fullPage: true });
    },
    STEP,
  );

  it('decides every worked example, loaded into the generated form, as the library does in Node', async () => {
    // Three tabs share the 45 pages: a page load is mostly waiting on the browser.
    const tabs = await Promise.all([0, 1, 2].map(() => browser.newPage()));
    await Promise.all(
      tabs.map(async (tab, n) => {
        for (const rule of RULES.filter((_, i) => i % tabs.length === n)) {
          await tab.goto(`${base}en/rules/${rule.id}.html`);
          await tab.waitForSelector('body[data-ready]');
          // In the page, as a click would: load each example (its link), then decide (the form's submit button).
          const shown = await tab.evaluate(() =>
            [...document.querySelectorAll<HTMLAnchorElement>('a.load-example')].map((link) => {
              link.click();
              const inForm = document.getElementById('json-panel')!.hidden;
              document.getElementById('decide')!.click();
              return { inForm, value: document.getElementById('decision-value')?.textContent };
            }),
          );
          expect(shown.length).toBe(rule.examples.length);
          rule.examples.forEach((ex, i) => {
            expect(shown[i]!.inForm, `${rule.id} example ${i + 1} fits the form`).toBe(true);
            expect(shown[i]!.value, `${rule.id} example ${i + 1}`).toBe(JSON.stringify(rule.run(ex.input, ex.options).value, null, 2));
          });
        }
      }),
    );
    await Promise.all(tabs.map((tab) => tab.close()));
  }, 120_000);

  it(
    'shows a misspelt field and an invalid field as the library describes them',
    async () => {
      const rule = findRule('discipline.hukumanKetidakhadiran')!;
      await open(`id/rules/${rule.id}.html`);
      await page.click('#mode-json');
      const given = { input: { hariKumulatf: 3 } };
      await page.fill('#json-input', JSON.stringify(given));
      await page.click('#decide');
      let described: string[] = [];
      try {
        rule.run(given.input as never);
      } catch (e) {
        if (MeritInputError.is(e)) described = e.describe('id');
      }
      expect(described.length).toBeGreaterThan(0);
      expect(await page.locator('#errors li .issue').allTextContents()).toEqual(described);
      expect(described.join(' ')).toContain('hariKumulatf');
      // In the form: a value over the maximum is marked on its field, and the keyboard reaches the decision.
      await page.click('#clear');
      const field = page.locator(`#form-fields [data-path='["hariKumulatif"]']`);
      await field.fill('400');
      await page.focus('#decide');
      await page.keyboard.press('Enter');
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('.field:has([data-path=\'["hariKumulatif"]\']) .field-error').textContent()).toContain('hariKumulatif');
      // The summary takes the keyboard to the field.
      await page.click('#errors .go-to');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('["hariKumulatif"]');
      // Every control of the form has a label.
      const unlabelled = await page.$$eval('#try-form input, #try-form select, #try-form textarea', (els) =>
        els.filter((e) => (e as HTMLInputElement).labels?.length === 0 && !e.getAttribute('aria-label')).map((e) => e.outerHTML),
      );
      expect(unlabelled).toEqual([]);
    },
    STEP,
  );

  it(
    'reproduces a decision from a shared link, with the library version that decided, in either language',
    async () => {
      const rule = findRule('promotion.kenaikanPangkatReguler')!;
      await open(`id/rules/${rule.id}.html#example=2`);
      await page.click('#decide');
      const value = await decisionValue();
      const link = new URL((await page.locator('#share-link').getAttribute('href'))!, page.url()).href;
      await page.locator('#outcome').screenshot({ path: join(OUTPUT, 'decision.png') });
      const other = await browser.newPage();
      await other.goto(link);
      await other.waitForSelector('#decision-value');
      expect(await other.locator('#decision-value').textContent()).toBe(value);
      expect(await other.locator('#decided-by strong').textContent()).toBe(LIBRARY_VERSION);
      expect(link).toContain(`&v=${LIBRARY_VERSION}`);
      expect(await other.locator('#version-note').count()).toBe(0);
      // The language switch keeps the page and the decision.
      await other.click('#language-switch');
      await other.waitForSelector('#decision-value');
      expect(other.url()).toContain(`/en/rules/${rule.id}.html#try=`);
      expect(await other.locator('#decision-value').textContent()).toBe(value);
      expect(await other.locator('#decision-reasons li').first().textContent()).toMatch(/[A-Za-z]/);
      // A link decided by another version of the library says so.
      await other.goto(link.replace(/&v=.*$/, '&v=0.0.0-old'));
      await other.waitForSelector('#version-note');
      expect(await other.locator('#version-note').textContent()).toContain('0.0.0-old');
      expect(await other.locator('#decision-value').textContent()).toBe(value);
      await other.close();
    },
    STEP,
  );

  it(
    'builds a decision from the form itself: selects, date inputs, repeatable rows',
    async () => {
      const predikat = findRule('performance.predikatKinerja')!;
      await open(`en/rules/${predikat.id}.html`);
      await page.selectOption(`[data-path='["hasilKerja"]']`, { label: 'DI_ATAS_EKSPEKTASI' });
      await page.selectOption(`[data-path='["perilakuKerja"]']`, { label: 'SESUAI_EKSPEKTASI' });
      await page.click('#decide');
      const given = { hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' } as const;
      expect(await decisionValue()).toBe(JSON.stringify(predikat.run(given).value, null, 2));

      const rekap = findRule('discipline.rekapKetidakhadiran')!;
      await open(`id/rules/${rekap.id}.html`);
      await page.fill(`[data-path='["tahun"]']`, '2024');
      const days = ['2024-03-04', '2024-03-05', '2024-03-06'];
      for (const [i, day] of days.entries()) {
        await page.click(`fieldset[data-path='["tidakMasuk"]'] > .add-row`);
        const date = page.locator(`[data-path='["tidakMasuk",${i}]']`);
        expect(await date.getAttribute('type')).toBe('date');
        await date.fill(day);
      }
      // A row removed is gone from the input.
      await page.click(`fieldset[data-path='["tidakMasuk"]'] .remove-row >> nth=2`);
      await page.click('#decide');
      expect(await decisionValue()).toBe(JSON.stringify(rekap.run({ tahun: 2024, tidakMasuk: days.slice(0, 2) }).value, null, 2));
    },
    STEP,
  );

  it(
    'is readable and operable: a skip link first, text contrast of at least 4.5:1 on every text shown',
    async () => {
      await open('id/rules/discipline.hukumanKetidakhadiran.html');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
      await page.click('a.load-example[data-example="1"]');
      await page.click('#decide');
      const lowContrast = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]) => {
          const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
        };
        const background = (el: Element | null): number[] => {
          for (let e = el; e; e = e.parentElement) {
            const c = rgb(getComputedStyle(e).backgroundColor);
            if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
          }
          return [255, 255, 255];
        };
        const bad: string[] = [];
        for (const el of document.querySelectorAll('body *')) {
          const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
          if (!own || (el as HTMLElement).offsetParent === null) continue;
          const fg = luminance(rgb(getComputedStyle(el).color));
          const bg = luminance(background(el));
          const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          if (ratio < 4.5) bad.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)}`);
        }
        return bad;
      });
      expect(lowContrast).toEqual([]);
    },
    STEP,
  );

  it('is light: page weight and time to interactive on a throttled profile', async () => {
    const fresh = await browser.newPage();
    const rulePage = await measureLoad(fresh, `${base}id/rules/promotion.kenaikanPangkatReguler.html`);
    const findPage = await measureLoad(fresh, `${base}id/index.html`);
    await fresh.close();
    const figures = { profile: THROTTLED, rulePage, findPage };
    writeFileSync(join(OUTPUT, 'page-weight.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`site: ${JSON.stringify(figures)}`);
    // Ceilings with room: a rule page is its HTML, the stylesheet and one script (the rule, explain, zod).
    expect(rulePage.transferred).toBeLessThan(100_000);
    expect(findPage.transferred).toBeLessThan(50_000);
    expect(rulePage.interactive).toBeLessThan(10_000);
  }, 60_000);
});
