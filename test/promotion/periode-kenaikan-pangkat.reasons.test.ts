import { describe, expect, it } from 'vitest';
import { RuleNotInForceError } from '../../src/core/errors.js';
import type { Citation } from '../../src/core/decision.js';
import { explain } from '../../src/explain.js';
import {
  daftarPeriodeKenaikanPangkat,
  isPeriodeKenaikanPangkat,
  masaUsulKenaikanPangkat,
  PERIODE_KENAIKAN_PANGKAT_RULE_ID,
  periodeKenaikanPangkat,
  periodeKenaikanPangkatRule,
  rezimPeriodeKenaikanPangkat,
  tanggalPeriodeKenaikanPangkat,
  VERSI_PERIODE_KENAIKAN_PANGKAT,
} from '../../src/promotion/index.js';
import { reasonsOf } from '../expected-reason.js';
import { P_AO, P_BULAN, P_ENAM, teks } from './dasar-kp.js';
import { thrownIssueLines, thrownIssues } from '../input-issues.js';
import { rerun } from '../../src/core/index.js';

const RID = 'promotion.periodeKenaikanPangkat';

// Citations of each period regime (digest §0).
const APRIL_OKTOBER = P_AO;
const ENAM_PERIODE = P_ENAM;
const SETIAP_BULAN = P_BULAN;
const CT_AO = teks(P_AO);
const CT_ENAM = teks(P_ENAM);
const CT_BULAN = teks(P_BULAN);
/** The proposal windows are SIASN's schedule: Peraturan BKN 4/2023 Pasal 2 sets the periods only, so the window cites no article. */
const MASA_USUL = [
  { regulation: 'PERBKN_4_2023', unlocated: expect.stringMatching(/SIASN's operational schedule/) },
] as unknown as Citation[];
const CT_USUL = { id: '(Peraturan BKN 4/2023 (pasal belum ditemukan))', en: '(Peraturan BKN 4/2023 (article not located))' };

/** Independent restatement of digest §0: the months whose 1st day is a KP period, per regime. */
const BULAN_PERIODE = {
  APRIL_OKTOBER: [4, 10],
  ENAM_PERIODE: [2, 4, 6, 8, 10, 12],
  SETIAP_BULAN: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
} as const;
const first = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-01`;

describe('periodeKenaikanPangkat: regime table (PP 99/2000; Peraturan BKN 4/2023 Pasal 2; Peraturan BKN 4/2025)', () => {
  it('three half-open regimes: April/October to 2024-01-01, six periods to 2025-10-01, monthly after', () => {
    expect(VERSI_PERIODE_KENAIKAN_PANGKAT).toStrictEqual([
      { id: 'APRIL_OKTOBER', from: '2000-01-01', to: '2024-01-01', citations: APRIL_OKTOBER, value: { bulan: [4, 10] } },
      { id: 'ENAM_PERIODE', from: '2024-01-01', to: '2025-10-01', citations: ENAM_PERIODE, value: { bulan: [2, 4, 6, 8, 10, 12] } },
      { id: 'SETIAP_BULAN', from: '2025-10-01', citations: SETIAP_BULAN, value: { bulan: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] } },
    ]);
    expect(PERIODE_KENAIKAN_PANGKAT_RULE_ID).toBe(RID);
    expect(periodeKenaikanPangkatRule.id).toBe(RID);
    expect(periodeKenaikanPangkatRule.citations).toEqual([...APRIL_OKTOBER, ...ENAM_PERIODE, ...SETIAP_BULAN]);
    // The open-ended monthly regime has no `to` at all.
    expect(periodeKenaikanPangkatRule.versions).toStrictEqual([
      { id: 'APRIL_OKTOBER', from: '2000-01-01', to: '2024-01-01', citations: APRIL_OKTOBER },
      { id: 'ENAM_PERIODE', from: '2024-01-01', to: '2025-10-01', citations: ENAM_PERIODE },
      { id: 'SETIAP_BULAN', from: '2025-10-01', citations: SETIAP_BULAN },
    ]);
  });

  it('the regime in force on each side of every switch', () => {
    const cases: [string, string][] = [
      ['2000-01-01', 'APRIL_OKTOBER'],
      ['2023-12-31', 'APRIL_OKTOBER'],
      ['2024-01-01', 'ENAM_PERIODE'],
      ['2025-09-30', 'ENAM_PERIODE'],
      ['2025-10-01', 'SETIAP_BULAN'],
      ['2999-12-31', 'SETIAP_BULAN'],
    ];
    for (const [date, id] of cases) expect(rezimPeriodeKenaikanPangkat(date).id, date).toBe(id);
    expect(() => rezimPeriodeKenaikanPangkat('1999-12-31')).toThrow(RuleNotInForceError);
  });

  it('the 1st of exactly the regime months is a period, no other day is', () => {
    const years: [number, keyof typeof BULAN_PERIODE][] = [
      [2000, 'APRIL_OKTOBER'],
      [2023, 'APRIL_OKTOBER'],
      [2024, 'ENAM_PERIODE'],
      [2026, 'SETIAP_BULAN'],
    ];
    for (const [y, rezim] of years) {
      const months: readonly number[] = BULAN_PERIODE[rezim];
      for (let m = 1; m <= 12; m++) {
        expect(isPeriodeKenaikanPangkat(first(y, m)), first(y, m)).toBe(months.includes(m));
        expect(isPeriodeKenaikanPangkat(`${first(y, m).slice(0, 8)}02`)).toBe(false);
        expect(isPeriodeKenaikanPangkat(`${first(y, m).slice(0, 8)}10`)).toBe(false);
        expect(isPeriodeKenaikanPangkat(`${first(y, m).slice(0, 8)}11`)).toBe(false);
      }
      expect(daftarPeriodeKenaikanPangkat(y)).toEqual(months.map((m) => first(y, m)));
    }
    // 2025: six periods until September, then monthly from 1 October (Peraturan BKN 4/2025).
    expect(daftarPeriodeKenaikanPangkat(2025)).toEqual([
      '2025-02-01',
      '2025-04-01',
      '2025-06-01',
      '2025-08-01',
      '2025-10-01',
      '2025-11-01',
      '2025-12-01',
    ]);
    // Same month, different regime: December is a period from 2024, November only from October 2025.
    expect(isPeriodeKenaikanPangkat('2023-12-01')).toBe(false);
    expect(isPeriodeKenaikanPangkat('2024-12-01')).toBe(true);
    expect(isPeriodeKenaikanPangkat('2024-11-01')).toBe(false);
    expect(isPeriodeKenaikanPangkat('2025-09-01')).toBe(false);
    expect(isPeriodeKenaikanPangkat('2025-10-01')).toBe(true);
    expect(isPeriodeKenaikanPangkat('2025-11-01')).toBe(true);
  });

  it('the first period on or after a date, on each side of every period and switch (digest §9 vector 10)', () => {
    const cases: [string, string][] = [
      ['1999-12-31', '2000-04-01'],
      ['2000-01-01', '2000-04-01'],
      ['2023-03-31', '2023-04-01'],
      ['2023-04-01', '2023-04-01'],
      ['2023-04-02', '2023-10-01'],
      ['2023-05-10', '2023-10-01'],
      ['2023-10-01', '2023-10-01'],
      ['2023-10-02', '2024-02-01'],
      ['2023-12-31', '2024-02-01'],
      ['2024-01-01', '2024-02-01'],
      ['2024-01-31', '2024-02-01'],
      ['2024-02-01', '2024-02-01'],
      ['2024-02-15', '2024-04-01'],
      ['2024-03-01', '2024-04-01'],
      ['2024-04-10', '2024-06-01'],
      ['2024-12-02', '2025-02-01'],
      ['2025-08-02', '2025-10-01'],
      ['2025-09-01', '2025-10-01'],
      ['2025-09-30', '2025-10-01'],
      ['2025-10-01', '2025-10-01'],
      ['2025-10-02', '2025-11-01'],
      ['2025-12-31', '2026-01-01'],
      ['2999-11-15', '2999-12-01'],
    ];
    for (const [date, periode] of cases) {
      expect(tanggalPeriodeKenaikanPangkat(date), date).toBe(periode);
      expect(periodeKenaikanPangkat(date).value, date).toBe(periode);
    }
    // The helper computes past the calendar's end; the rule refuses a period no other rule could accept.
    expect(tanggalPeriodeKenaikanPangkat('2999-12-15')).toBe('3000-01-01');
    expect(thrownIssues(() => periodeKenaikanPangkat('2999-12-15')).map((i) => [i.path, i.text])).toEqual([
      [
        [],
        {
          en: 'leads to the promotion period 3000-01-01, after 2999-12-31, the last date this library accepts',
          id: 'menghasilkan periode kenaikan pangkat 3000-01-01, setelah 2999-12-31, tanggal terakhir yang diterima pustaka ini',
        },
      ],
    ]);
  });
});

describe('periodeKenaikanPangkat: proposal windows (digest §0, §9 vector 11)', () => {
  it('six-period regime: 15 Dec–15 Jan, 1–28 Feb, 1–30 Apr, 1–29 Jun, 1–31 Aug, 1–31 Oct', () => {
    expect(masaUsulKenaikanPangkat('2024-02-01')).toEqual({ mulai: '2023-12-15', selesai: '2024-01-15' });
    expect(masaUsulKenaikanPangkat('2024-04-01')).toEqual({ mulai: '2024-02-01', selesai: '2024-02-28' });
    expect(masaUsulKenaikanPangkat('2024-06-01')).toEqual({ mulai: '2024-04-01', selesai: '2024-04-30' });
    expect(masaUsulKenaikanPangkat('2024-08-01')).toEqual({ mulai: '2024-06-01', selesai: '2024-06-29' });
    expect(masaUsulKenaikanPangkat('2024-10-01')).toEqual({ mulai: '2024-08-01', selesai: '2024-08-31' });
    expect(masaUsulKenaikanPangkat('2024-12-01')).toEqual({ mulai: '2024-10-01', selesai: '2024-10-31' });
    expect(masaUsulKenaikanPangkat('2025-02-01')).toEqual({ mulai: '2024-12-15', selesai: '2025-01-15' });
    expect(masaUsulKenaikanPangkat('2025-04-01')).toEqual({ mulai: '2025-02-01', selesai: '2025-02-28' });
    expect(masaUsulKenaikanPangkat('2025-08-01')).toEqual({ mulai: '2025-06-01', selesai: '2025-06-29' });
  });

  it('April/October regime: only a deadline, the end of February or August (29 February in a leap year)', () => {
    expect(masaUsulKenaikanPangkat('2023-04-01')).toEqual({ mulai: null, selesai: '2023-02-28' });
    expect(masaUsulKenaikanPangkat('2020-04-01')).toEqual({ mulai: null, selesai: '2020-02-29' });
    expect(masaUsulKenaikanPangkat('2023-10-01')).toEqual({ mulai: null, selesai: '2023-08-31' });
  });

  it('none for a date that is not a period, nor for the monthly regime', () => {
    for (const d of ['2023-06-01', '2023-04-02', '2024-03-01', '2024-04-02', '2025-09-01', '2025-10-01', '2026-03-01']) {
      expect(masaUsulKenaikanPangkat(d), d).toBeNull();
    }
  });
});

describe('periodeKenaikanPangkat reasons and texts', () => {
  const r = (code: string, citations: Citation[], facts: Record<string, unknown>) => reasonsOf(RID)(code, 'INFO', citations, facts);

  it('April/October regime: the period and a deadline-only window', () => {
    const d = periodeKenaikanPangkat('2023-05-10');
    expect(d.value).toBe('2023-10-01');
    expect(d.reasons).toEqual([
      r('periode', APRIL_OKTOBER, { tanggal: '2023-05-10', periode: '2023-10-01', rezim: 'APRIL_OKTOBER' }),
      r('masaUsul', MASA_USUL, { periode: '2023-10-01', mulai: '—', selesai: '2023-08-31' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat pertama pada atau setelah 10 Mei 2023: 1 Oktober 2023 (rezim 1 April dan 1 Oktober) [1]",
        "Catatan: Usul kenaikan pangkat periode 1 Oktober 2023 diterima — s.d. 31 Agustus 2023 [2]",
        "Dasar hukum:",
        "[1] PP 12/2002 (pasal belum ditemukan)",
        "[2] Peraturan BKN 4/2023 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: First promotion period on or after 10 May 2023: 1 October 2023 (1 April and 1 October regime) [1]",
        "Note: Proposals for the 1 October 2023 period are received from — to 31 August 2023 [2]",
        "Legal basis:",
        "[1] PP 12/2002 (article not located)",
        "[2] Peraturan BKN 4/2023 (article not located)",
      ]
    `);
  });

  it('six-period regime: the first period of Peraturan BKN 4/2023 and its window across the year end', () => {
    const d = periodeKenaikanPangkat('2023-11-15');
    expect(d.value).toBe('2024-02-01');
    expect(d.reasons).toEqual([
      r('periode', ENAM_PERIODE, { tanggal: '2023-11-15', periode: '2024-02-01', rezim: 'ENAM_PERIODE' }),
      r('masaUsul', MASA_USUL, { periode: '2024-02-01', mulai: '2023-12-15', selesai: '2024-01-15' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat pertama pada atau setelah 15 November 2023: 1 Februari 2024 (rezim enam periode (Peraturan BKN 4/2023)) [1]",
        "Catatan: Usul kenaikan pangkat periode 1 Februari 2024 diterima 15 Desember 2023 s.d. 15 Januari 2024 [2]",
        "Dasar hukum:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] Peraturan BKN 4/2023 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: First promotion period on or after 15 November 2023: 1 February 2024 (six-period regime (BKN Regulation 4/2023)) [1]",
        "Note: Proposals for the 1 February 2024 period are received from 15 December 2023 to 15 January 2024 [2]",
        "Legal basis:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] Peraturan BKN 4/2023 (article not located)",
      ]
    `);
  });

  it('monthly regime: no window known, the reason carries no citation', () => {
    const d = periodeKenaikanPangkat('2025-10-02');
    expect(d.value).toBe('2025-11-01');
    expect(d.reasons).toEqual([
      r('periode', SETIAP_BULAN, { tanggal: '2025-10-02', periode: '2025-11-01', rezim: 'SETIAP_BULAN' }),
      r('masaUsulTidakDiketahui', [], { periode: '2025-11-01' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat pertama pada atau setelah 2 Oktober 2025: 1 November 2025 (rezim setiap bulan (Peraturan BKN 4/2025)) [1]",
        "Catatan: Masa usul untuk periode 1 November 2025 tidak tersedia dalam sumber",
        "Dasar hukum:",
        "[1] Peraturan BKN 4/2025 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: First promotion period on or after 2 October 2025: 1 November 2025 (monthly regime (BKN Regulation 4/2025)) [1]",
        "Note: No proposal window is known for the 1 November 2025 period",
        "Legal basis:",
        "[1] Peraturan BKN 4/2025 (article not located)",
      ]
    `);
  });

  it('the regime reported is the one in force on the period, not on the date asked', () => {
    // 2025-09-15 lies in the six-period regime; its next period 2025-10-01 is the first monthly one.
    const d = periodeKenaikanPangkat('2025-09-15');
    expect(d.value).toBe('2025-10-01');
    expect(d.reasons).toEqual([
      r('periode', SETIAP_BULAN, { tanggal: '2025-09-15', periode: '2025-10-01', rezim: 'SETIAP_BULAN' }),
      r('masaUsulTidakDiketahui', [], { periode: '2025-10-01' }),
    ]);
    // And 2023-12-01 (April/October regime) leads to 2024-02-01 under the six-period regime.
    expect(periodeKenaikanPangkat('2023-12-01').reasons[0]).toEqual(
      r('periode', ENAM_PERIODE, { tanggal: '2023-12-01', periode: '2024-02-01', rezim: 'ENAM_PERIODE' }),
    );
  });
});

describe('periodeKenaikanPangkat input', () => {
  it('refuses what is not a calendar date between 1800 and 2999', () => {
    const range = 'is out of range; must be from 1800-01-01 to 2999-12-31';
    const cases: [string, string][] = [
      ['2023-02-29', '"2023-02-29" is not a day of the calendar (February 2023 has 28 days); write a real date, e.g. 2023-02-28'],
      ['2024-04-31', '"2024-04-31" is not a day of the calendar (April 2024 has 30 days); write a real date, e.g. 2024-04-30'],
      ['1799-12-31', `"1799-12-31" ${range}`],
      ['3000-01-01', `"3000-01-01" ${range}`],
      ['2024-4-01', '"2024-4-01" is not a date in the form YYYY-MM-DD; write it as YYYY-MM-DD, e.g. 2024-04-01'],
      ['', '"" is not a date in the form YYYY-MM-DD; write it as YYYY-MM-DD, e.g. 2024-02-01'],
    ];
    for (const [bad, msg] of cases)
      expect(
        thrownIssueLines(() => periodeKenaikanPangkat(bad)),
        bad,
      ).toEqual([`: ${msg}`]);
    expect(thrownIssueLines(() => periodeKenaikanPangkat(20240101 as never))).toEqual([
      ': must be a date YYYY-MM-DD as text, e.g. "2024-02-01", not the number 20240101',
    ]);
    expect(periodeKenaikanPangkat('2024-02-29').value).toBe('2024-04-01');
  });

  it('a date whose next period falls before the table is not in force', () => {
    expect(() => periodeKenaikanPangkat('1999-03-15')).toThrow(RuleNotInForceError);
    expect(() => periodeKenaikanPangkat('1800-01-01')).toThrow(RuleNotInForceError);
  });
});

describe('periodeKenaikanPangkat: the version that decides (versionOn)', () => {
  it('is the regime in force on the period found, not on the date asked', () => {
    expect(periodeKenaikanPangkat('2023-05-10').trace.version).toBe('APRIL_OKTOBER');
    // 2023-11-15 lies in the April/October regime, but its period (2024-02-01) is of the six-period one.
    expect(periodeKenaikanPangkat('2023-11-15').trace.version).toBe('ENAM_PERIODE');
    expect(periodeKenaikanPangkat('2024-01-01').trace.version).toBe('ENAM_PERIODE');
    expect(periodeKenaikanPangkat('2025-09-15').trace.version).toBe('SETIAP_BULAN');
    expect(periodeKenaikanPangkat('2025-10-02').trace.version).toBe('SETIAP_BULAN');
  });

  it('a stored decision is decided again under its version', () => {
    const trace = periodeKenaikanPangkat('2023-11-15').trace;
    expect(rerun(periodeKenaikanPangkatRule, { input: '2023-11-15', trace }).value).toBe('2024-02-01');
    expect(() => rerun(periodeKenaikanPangkatRule, { input: '2023-11-15', trace: { ...trace, version: 'APRIL_OKTOBER' } })).toThrow(
      /now selects version ENAM_PERIODE/,
    );
  });
});
