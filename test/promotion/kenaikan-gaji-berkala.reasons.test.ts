import { describe, expect, it } from 'vitest';
import type { Reason } from '../../src/core/decision.js';
import { explain } from '../../src/explain.js';
import {
  INTERVAL_KGB_TAHUN,
  KGB_PERTAMA_II_A_TAHUN,
  PEMBERITAHUAN_KGB_BULAN,
  PENUNDAAN_KGB_TAHUN,
  kenaikanGajiBerkala,
} from '../../src/promotion/index.js';
import { reasonsOf } from '../expected-reason.js';
import { thrownIssueLines } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

// ---------------------------------------------------------------------------------------------
// Kenaikan gaji berkala — PP 7/1977 Pasal 11–13 (digest §6.2; text quoted by asnri.com)

const KGB = 'promotion.kenaikanGajiBerkala';
/** Each condition cites its own text: Pasal 11 huruf a (masa kerja; the steps not located), huruf b (appraisal), Pasal 13 (postponement). */
const KGB_CITE: Record<string, unknown[]> = {
  jadwal: [
    { regulation: 'PP_7_1977', article: 'Pasal 11 huruf a' },
    { regulation: 'PP_7_1977', unlocated: expect.stringMatching(/^The 2-year step between KGB, and 1 year to the first KGB/) },
  ],
  penilaian: [{ regulation: 'PP_7_1977', article: 'Pasal 11 huruf b' }],
  ditunda: [{ regulation: 'PP_7_1977', article: 'Pasal 13 ayat (1)–(2)' }],
};
const CK_JADWAL = '(PP 7/1977 Pasal 11 huruf a; PP 7/1977 (pasal belum ditemukan))';
const CK_JADWAL_EN = '(PP 7/1977 Pasal 11 huruf a; PP 7/1977 (article not located))';
const CK_PENILAIAN = '(PP 7/1977 Pasal 11 huruf b)';
const CK_DITUNDA = '(PP 7/1977 Pasal 13 ayat (1)–(2))';
const kgbReason = (code: 'jadwal' | 'penilaian' | 'ditunda', outcome: Reason['outcome'], facts: Record<string, unknown>) =>
  reasonsOf(KGB)(code, outcome, KGB_CITE[code] as never, facts);

describe('kenaikanGajiBerkala reasons (PP 7/1977 Pasal 11 huruf a–b, Pasal 13)', () => {
  it('the constants are those of the digest: every 2 years, first after 1 year in II/a, postponed 1 year, notice 2 months before', () => {
    expect([INTERVAL_KGB_TAHUN, KGB_PERTAMA_II_A_TAHUN, PENUNDAAN_KGB_TAHUN, PEMBERITAHUAN_KGB_BULAN]).toEqual([2, 1, 1, 2]);
  });

  it('first KGB of a CPNS appointed in II/a: 1 year after TMT CPNS (digest §9 vector 19)', () => {
    const d = kenaikanGajiBerkala({ tmtCpns: '2023-03-01', golonganPengangkatan: 'II/a', predikat: 'BAIK' });
    expect(d.value).toEqual({ jadwal: '2024-03-01', tmtKgb: '2024-03-01', ditunda: false, tanggalPemberitahuan: '2024-01-01' });
    expect(d.reasons).toEqual([
      kgbReason('jadwal', 'INFO', { dasar: 'TMT_CPNS', dari: '2023-03-01', tahun: 1, jadwal: '2024-03-01' }),
      kgbReason('penilaian', 'PASS', { predikat: 'BAIK', minimum: 'BUTUH_PERBAIKAN' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: KGB jatuh 1 tahun sejak TMT CPNS 1 Maret 2023: 1 Maret 2024 [1, 2]",
        "Terpenuhi: Penilaian terakhir Baik (minimal Butuh Perbaikan) [3]",
        "Dasar hukum:",
        "[1] PP 7/1977 Pasal 11 huruf a",
        "[2] PP 7/1977 (pasal belum ditemukan)",
        "[3] PP 7/1977 Pasal 11 huruf b",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: KGB falls due 1 year after TMT CPNS 1 March 2023: 1 March 2024 [1, 2]",
        "Met: Latest appraisal Good (Baik) (minimum Needs Improvement (Butuh Perbaikan)) [3]",
        "Legal basis:",
        "[1] PP 7/1977 Pasal 11 huruf a",
        "[2] PP 7/1977 (article not located)",
        "[3] PP 7/1977 Pasal 11 huruf b",
      ]
    `);
  });

  it('first KGB in any other golongan: 2 years after TMT CPNS', () => {
    for (const g of ['I/a', 'I/c', 'II/b', 'II/d', 'III/a', 'III/b'] as const) {
      const d = kenaikanGajiBerkala({ tmtCpns: '2023-03-01', golonganPengangkatan: g, predikat: 'SANGAT_BAIK' });
      expect(d.value, g).toEqual({ jadwal: '2025-03-01', tmtKgb: '2025-03-01', ditunda: false, tanggalPemberitahuan: '2025-01-01' });
      expect(d.reasons[0], g).toEqual(
        kgbReason('jadwal', 'INFO', { dasar: 'TMT_CPNS', dari: '2023-03-01', tahun: 2, jadwal: '2025-03-01' }),
      );
    }
  });

  it('after a KGB, every 2 years from the last one, also for II/a', () => {
    const d = kenaikanGajiBerkala({ tmtCpns: '2023-03-01', golonganPengangkatan: 'II/a', tmtKgbTerakhir: '2024-03-01', predikat: 'BAIK' });
    expect(d.value).toEqual({ jadwal: '2026-03-01', tmtKgb: '2026-03-01', ditunda: false, tanggalPemberitahuan: '2026-01-01' });
    expect(d.reasons[0]).toEqual(
      kgbReason('jadwal', 'INFO', { dasar: 'KGB_TERAKHIR', dari: '2024-03-01', tahun: 2, jadwal: '2026-03-01' }),
    );
    expect(reasonLines(d, 'id')[0]).toMatchInlineSnapshot(
      `"Catatan: KGB jatuh 2 tahun sejak KGB terakhir 1 Maret 2024: 1 Maret 2026 [1, 2]"`,
    );
    expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(
      `"Note: KGB falls due 2 years after the last KGB 1 March 2024: 1 March 2026 [1, 2]"`,
    );
  });

  it('appraisal below "cukup": postponed 1 year, the notice follows the new TMT (digest §9 vector 19)', () => {
    const d = kenaikanGajiBerkala({
      tmtCpns: '2015-01-01',
      golonganPengangkatan: 'III/a',
      tmtKgbTerakhir: '2023-01-01',
      predikat: 'KURANG',
    });
    expect(d.value).toEqual({ jadwal: '2025-01-01', tmtKgb: '2026-01-01', ditunda: true, tanggalPemberitahuan: '2025-11-01' });
    expect(d.reasons).toEqual([
      kgbReason('jadwal', 'INFO', { dasar: 'KGB_TERAKHIR', dari: '2023-01-01', tahun: 2, jadwal: '2025-01-01' }),
      kgbReason('penilaian', 'FAIL', { predikat: 'KURANG', minimum: 'BUTUH_PERBAIKAN' }),
      kgbReason('ditunda', 'INFO', { jadwal: '2025-01-01', tmtKgb: '2026-01-01' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: KGB jatuh 2 tahun sejak KGB terakhir 1 Januari 2023: 1 Januari 2025 [1, 2]",
        "Tidak terpenuhi: Penilaian terakhir Kurang (minimal Butuh Perbaikan) [3]",
        "Catatan: KGB yang jatuh 1 Januari 2025 ditunda 1 tahun menjadi 1 Januari 2026 [4]",
        "Dasar hukum:",
        "[1] PP 7/1977 Pasal 11 huruf a",
        "[2] PP 7/1977 (pasal belum ditemukan)",
        "[3] PP 7/1977 Pasal 11 huruf b",
        "[4] PP 7/1977 Pasal 13 ayat (1)–(2)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: KGB falls due 2 years after the last KGB 1 January 2023: 1 January 2025 [1, 2]",
        "Not met: Latest appraisal Poor (Kurang) (minimum Needs Improvement (Butuh Perbaikan)) [3]",
        "Note: The KGB due on 1 January 2025 is postponed by 1 year to 1 January 2026 [4]",
        "Legal basis:",
        "[1] PP 7/1977 Pasal 11 huruf a",
        "[2] PP 7/1977 (article not located)",
        "[3] PP 7/1977 Pasal 11 huruf b",
        "[4] PP 7/1977 Pasal 13 ayat (1)–(2)",
      ]
    `);
  });

  it('predikat against minPredikat: the preset Butuh Perbaikan (= old "cukup") and every other setting', () => {
    const p = { tmtCpns: '2015-01-01', golonganPengangkatan: 'III/a' as const, tmtKgbTerakhir: '2023-01-01' };
    const ditunda = (
      predikat: Parameters<typeof kenaikanGajiBerkala>[0]['predikat'],
      minPredikat?: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG',
    ) => kenaikanGajiBerkala({ ...p, predikat }, minPredikat ? { minPredikat } : {}).value.ditunda;
    const all = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'CUKUP', 'KURANG', 'SANGAT_KURANG', 'BURUK'] as const;
    expect(all.map((x) => ditunda(x))).toEqual([false, false, false, false, true, true, true]);
    expect(all.map((x) => ditunda(x, 'BUTUH_PERBAIKAN'))).toEqual([false, false, false, false, true, true, true]);
    expect(all.map((x) => ditunda(x, 'SANGAT_BAIK'))).toEqual([false, true, true, true, true, true, true]);
    expect(all.map((x) => ditunda(x, 'BAIK'))).toEqual([false, false, true, true, true, true, true]);
    expect(all.map((x) => ditunda(x, 'KURANG'))).toEqual([false, false, false, false, false, true, true]);
    expect(all.map((x) => ditunda(x, 'SANGAT_KURANG'))).toEqual([false, false, false, false, false, false, false]);
    const d = kenaikanGajiBerkala({ ...p, predikat: 'BUTUH_PERBAIKAN' }, { minPredikat: 'BAIK' });
    expect(d.reasons.slice(1)).toEqual([
      kgbReason('penilaian', 'FAIL', { predikat: 'BUTUH_PERBAIKAN', minimum: 'BAIK' }),
      kgbReason('ditunda', 'INFO', { jadwal: '2025-01-01', tmtKgb: '2026-01-01' }),
    ]);
    expect(kenaikanGajiBerkala({ ...p, predikat: 'CUKUP' }).reasons[1]).toEqual(
      kgbReason('penilaian', 'PASS', { predikat: 'CUKUP', minimum: 'BUTUH_PERBAIKAN' }),
    );
  });

  it('the notice is 2 calendar months before the TMT, at a month end too', () => {
    const d = kenaikanGajiBerkala({ tmtCpns: '2015-01-01', golonganPengangkatan: 'III/a', tmtKgbTerakhir: '2023-04-30', predikat: 'BAIK' });
    expect(d.value).toEqual({ jadwal: '2025-04-30', tmtKgb: '2025-04-30', ditunda: false, tanggalPemberitahuan: '2025-02-28' });
    const e = kenaikanGajiBerkala({
      tmtCpns: '2015-01-01',
      golonganPengangkatan: 'III/a',
      tmtKgbTerakhir: '2023-08-15',
      predikat: 'SANGAT_KURANG',
    });
    expect(e.value).toEqual({ jadwal: '2025-08-15', tmtKgb: '2026-08-15', ditunda: true, tanggalPemberitahuan: '2026-06-15' });
  });

  it('refuses bad input with exact issues', () => {
    const p = { tmtCpns: '2023-03-01', golonganPengangkatan: 'II/a' as const, predikat: 'BAIK' as const };
    expect(thrownIssueLines(() => kenaikanGajiBerkala({ ...p, tmtCpns: '2023-02-29' }))).toEqual([
      'tmtCpns: "2023-02-29" is not a day of the calendar (February 2023 has 28 days); write a real date, e.g. 2023-02-28',
    ]);
    expect(thrownIssueLines(() => kenaikanGajiBerkala({ ...p, tmtKgbTerakhir: '2024-1-01' }))).toEqual([
      'tmtKgbTerakhir: "2024-1-01" is not a date in the form YYYY-MM-DD; write it as YYYY-MM-DD, e.g. 2024-01-01',
    ]);
    // No KGB can precede TMT CPNS, from which masa kerja counts; the same day is accepted.
    expect(thrownIssueLines(() => kenaikanGajiBerkala({ ...p, tmtKgbTerakhir: '2023-02-28' }))).toEqual([
      'tmtKgbTerakhir: must not be before tmtCpns',
    ]);
    expect(kenaikanGajiBerkala({ ...p, tmtKgbTerakhir: '2023-03-01' }).value.jadwal).toBe('2025-03-01');
    expect(thrownIssueLines(() => kenaikanGajiBerkala(p, { minPredikat: 'CUKUP' as never }))).toEqual([
      'options.minPredikat: "CUKUP" is not one of the options; write one of "SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG" or "SANGAT_KURANG"',
    ]);
    expect(thrownIssueLines(() => kenaikanGajiBerkala({ ...p, predikat: 'BAGUS' as never }))).toEqual([
      'predikat: "BAGUS" is not one of the options; write one of "SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "CUKUP", "KURANG", "SANGAT_KURANG" or "BURUK"',
    ]);
  });
});
