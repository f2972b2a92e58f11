import { describe, expect, it } from 'vitest';
import {
  BAND_PEMETAAN,
  BAND_PENGISIAN,
  jobPersonMatch,
  kategoriJpm,
  KOMPETENSI_MANSOSKUL,
  standarKompetensiPreset,
} from '../../src/competency/index.js';
import { checkBandTable, Decimal, MeritInputError } from '../../src/core/index.js';
import { explain } from '../../src/explain.js';

const ADMIN = standarKompetensiPreset('ADMINISTRATOR'); // Σ 27
const profil = (levels: number[]) => Object.fromEntries(KOMPETENSI_MANSOSKUL.map((k, i) => [k, levels[i]!]));
const both = (levels: number[], pengaturan = {}) => {
  const a = jobPersonMatch({ standar: ADMIN, aktual: profil(levels) }, { skema: 'PEMETAAN', ...pengaturan }).value;
  const b = jobPersonMatch({ standar: ADMIN, aktual: profil(levels) }, { skema: 'PENGISIAN_JABATAN', ...pengaturan }).value;
  return [a.persenTanpaBatasDisplay, a.kategori, b.kategori];
};

describe('standarKompetensiPreset (PermenPANRB 38/2017, preset levels)', () => {
  it('gives 9 competencies at the jenjang level', () => {
    expect(Object.values(standarKompetensiPreset('JPT_MADYA'))).toEqual(Array(9).fill(5));
    expect(Object.values(standarKompetensiPreset('JPT_PRATAMA'))).toEqual(Array(9).fill(4));
    expect(Object.values(ADMIN).reduce((s, v) => s + v, 0)).toBe(27);
    expect(Object.values(standarKompetensiPreset('PENGAWAS'))).toEqual(Array(9).fill(2));
    expect(Object.values(standarKompetensiPreset('PELAKSANA'))).toEqual(Array(9).fill(1));
  });
});

describe('jobPersonMatch — digest vectors (docs/sources/competency.md §2)', () => {
  it('TV-JPM-1: Σ25/27 → 92.59 %, Optimal, MS', () => {
    expect(both([3, 3, 2, 3, 3, 2, 3, 3, 3])).toEqual(['92.59', 'OPTIMAL', 'MEMENUHI_SYARAT']);
  });
  it('TV-JPM-2: Σ24/27 → 88.89 %, Cukup Optimal, MS', () => {
    expect(both([3, 3, 2, 3, 3, 2, 3, 3, 2])).toEqual(['88.89', 'CUKUP_OPTIMAL', 'MEMENUHI_SYARAT']);
  });
  it('TV-JPM-3: Σ21/27 → 77.78 %, Kurang Optimal but MMS', () => {
    expect(both([2, 2, 2, 2, 2, 2, 3, 3, 3])).toEqual(['77.78', 'KURANG_OPTIMAL', 'MASIH_MEMENUHI_SYARAT']);
  });
  it('TV-JPM-4: Σ18/27 → 66.67 %, Kurang Optimal, KMS', () => {
    expect(both([2, 2, 2, 2, 2, 2, 2, 2, 2])).toEqual(['66.67', 'KURANG_OPTIMAL', 'KURANG_MEMENUHI_SYARAT']);
  });
  it('TV-JPM-6: surplus offsets deficits unless batasiCapaianPadaStandar', () => {
    expect(both([5, 5, 5, 2, 2, 2, 2, 2, 2])).toEqual(['100.00', 'OPTIMAL', 'MEMENUHI_SYARAT']);
    expect(both([5, 5, 5, 2, 2, 2, 2, 2, 2], { batasiCapaianPadaStandar: true })).toEqual([
      '77.78',
      'KURANG_OPTIMAL',
      'MASIH_MEMENUHI_SYARAT',
    ]);
  });
  it('TV-JPM-7: final cap at 100 % only when set; category unchanged', () => {
    expect(both([4, 4, 4, 3, 3, 3, 3, 3, 3])).toEqual(['111.11', 'OPTIMAL', 'MEMENUHI_SYARAT']);
    expect(both([4, 4, 4, 3, 3, 3, 3, 3, 3], { batasiJpmPada100: true })).toEqual(['111.11', 'OPTIMAL', 'MEMENUHI_SYARAT']);
    const d = jobPersonMatch({ standar: ADMIN, aktual: profil([4, 4, 4, 3, 3, 3, 3, 3, 3]) }, { batasiJpmPada100: true });
    expect(d.reasons.map((r) => r.code)).toContain('competency.jobPersonMatch.batasAkhir');
  });
  it('TV-JPM-8: gap list, deficits largest first, surpluses', () => {
    const v = jobPersonMatch({
      standar: { KERJASAMA: 3, INTEGRITAS: 3, KOMUNIKASI: 4 },
      aktual: { INTEGRITAS: 4, KERJASAMA: 2, KOMUNIKASI: 2 },
    }).value;
    expect(v.gap.map((g) => [g.kompetensi, g.selisih])).toEqual([
      ['INTEGRITAS', 1],
      ['KERJASAMA', -1],
      ['KOMUNIKASI', -2],
    ]);
    expect(v.kekurangan).toEqual(['KOMUNIKASI', 'KERJASAMA']);
    expect(v.kelebihan).toEqual(['INTEGRITAS']);
    expect(v.rekomendasiPengembangan.map((r) => [r.kompetensi, r.dariLevel, r.keLevel])).toEqual([
      ['KERJASAMA', 2, 3],
      ['KOMUNIKASI', 2, 4],
    ]);
  });
  it('teknis competencies count in the sum and have no kamus text', () => {
    const v = jobPersonMatch({ standar: { 'TEKNIS.AUDIT': 4, INTEGRITAS: 3 }, aktual: { 'TEKNIS.AUDIT': 2, INTEGRITAS: 3 } }).value;
    expect(v.persenDisplay).toBe('71.43');
    expect(v.gap[1]).toMatchObject({ kompetensi: 'TEKNIS.AUDIT', kelompok: 'TEKNIS' });
    expect(v.rekomendasiPengembangan[0]!.targetPerilaku).toBeNull();
  });
  it('ignores and reports achieved competencies outside the standard', () => {
    const d = jobPersonMatch({ standar: { INTEGRITAS: 3 }, aktual: { INTEGRITAS: 3, KOMUNIKASI: 5 } });
    expect(d.value.persenDisplay).toBe('100.00');
    expect(explain(d, 'en').some((l) => l.includes('not counted: KOMUNIKASI'))).toBe(true);
  });
});

describe('JPM category boundaries (lower bounds inclusive)', () => {
  const cases: [string, string, string][] = [
    ['90', 'OPTIMAL', 'MEMENUHI_SYARAT'],
    ['89.99', 'CUKUP_OPTIMAL', 'MEMENUHI_SYARAT'],
    ['80', 'CUKUP_OPTIMAL', 'MEMENUHI_SYARAT'],
    ['79.99', 'CUKUP_OPTIMAL', 'MASIH_MEMENUHI_SYARAT'],
    ['78', 'CUKUP_OPTIMAL', 'MASIH_MEMENUHI_SYARAT'],
    ['77.99', 'KURANG_OPTIMAL', 'MASIH_MEMENUHI_SYARAT'],
    ['68', 'KURANG_OPTIMAL', 'MASIH_MEMENUHI_SYARAT'],
    ['67.99', 'KURANG_OPTIMAL', 'KURANG_MEMENUHI_SYARAT'],
    ['0', 'KURANG_OPTIMAL', 'KURANG_MEMENUHI_SYARAT'],
  ];
  it.each(cases)('%s %% → %s / %s', (p, pemetaan, pengisian) => {
    expect(kategoriJpm(new Decimal(p), 'PEMETAAN')).toBe(pemetaan);
    expect(kategoriJpm(new Decimal(p), 'PENGISIAN_JABATAN')).toBe(pengisian);
  });
  it('exactly 90 % and 80 % from levels (Σ9/10, Σ8/10)', () => {
    const standar = { INTEGRITAS: 5, KERJASAMA: 5 };
    expect(jobPersonMatch({ standar, aktual: { INTEGRITAS: 5, KERJASAMA: 4 } }).value.kategori).toBe('OPTIMAL');
    expect(jobPersonMatch({ standar, aktual: { INTEGRITAS: 4, KERJASAMA: 4 } }, { skema: 'PENGISIAN_JABATAN' }).value.kategori).toBe(
      'MEMENUHI_SYARAT',
    );
  });
  it('categorises on the exact value: 77.995… shows 78.00 but is Kurang Optimal', () => {
    // Σ standard 409 (81 × 5 + 4), Σ achieved 319: 319/409 = 77.9951… %.
    const standar: Record<string, number> = Object.fromEntries(Array.from({ length: 82 }, (_, i) => [`T.${i}`, i < 81 ? 5 : 4]));
    const aktual: Record<string, number> = Object.fromEntries(
      Array.from({ length: 82 }, (_, i) => [`T.${i}`, i < 73 ? 4 : i < 81 ? 3 : 3]),
    );
    const v = jobPersonMatch({ standar, aktual }).value;
    expect([v.jumlahStandar, v.jumlahAktual]).toEqual([409, 319]);
    expect(v).toMatchObject({ persenDisplay: '78.00', kategori: 'KURANG_OPTIMAL' });
    expect(kategoriJpm(new Decimal('77.995'), 'PEMETAAN')).toBe('KURANG_OPTIMAL');
  });
  it('band tables have no gaps or overlaps', () => {
    expect(checkBandTable(BAND_PEMETAAN, { min: 0 })).toEqual([]);
    expect(checkBandTable(BAND_PENGISIAN, { min: 0 })).toEqual([]);
  });
});

describe('jobPersonMatch — invalid input', () => {
  const bad: [string, unknown, string][] = [
    ['missing achieved level', { standar: { INTEGRITAS: 3 }, aktual: {} }, 'aktual.INTEGRITAS'],
    ['standard level 0', { standar: { INTEGRITAS: 0 }, aktual: { INTEGRITAS: 0 } }, 'standar.INTEGRITAS'],
    ['achieved level 6', { standar: { INTEGRITAS: 3 }, aktual: { INTEGRITAS: 6 } }, 'aktual.INTEGRITAS'],
    ['half level', { standar: { INTEGRITAS: 3 }, aktual: { INTEGRITAS: 2.5 } }, 'aktual.INTEGRITAS'],
    ['empty standard', { standar: {}, aktual: {} }, 'standar'],
    ['NaN', { standar: { INTEGRITAS: 3 }, aktual: { INTEGRITAS: Number.NaN } }, 'aktual.INTEGRITAS'],
    ['bad code', { standar: { 'A B': 3 }, aktual: { 'A B': 3 } }, 'standar'],
  ];
  it.each(bad)('%s → MeritInputError naming %s', (_, input, field) => {
    try {
      jobPersonMatch(input as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MeritInputError);
      expect((e as MeritInputError).message).toContain(field);
    }
  });
  it('rejects an unknown scheme', () => {
    expect(() => jobPersonMatch({ standar: ADMIN, aktual: ADMIN }, { skema: 'X' as never })).toThrow(MeritInputError);
  });
  it('does not mutate its input', () => {
    const input = { standar: { ...ADMIN }, aktual: profil([1, 2, 3, 4, 5, 0, 1, 2, 3]) };
    const copy = structuredClone(input);
    jobPersonMatch(input, { batasiCapaianPadaStandar: true, batasiJpmPada100: true });
    expect(input).toEqual(copy);
  });
});

describe('JPM shown as at most 100 %, the surplus its own value (categories unchanged)', () => {
  const run = (levels: number[], options = {}) => jobPersonMatch({ standar: ADMIN, aktual: profil(levels) }, options);
  const SURPLUS = 'competency.jobPersonMatch.surplus';

  it('exactly 100 % (Σ27/27): persen 100, no surplus, no surplus reason', () => {
    const d = run([3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(d.value).toMatchObject({
      persen: '100',
      persenDisplay: '100.00',
      surplusPersen: '0',
      surplusPersenDisplay: '0.00',
      persenTanpaBatas: '100',
      persenTanpaBatasDisplay: '100.00',
      kategori: 'OPTIMAL',
    });
    expect(d.reasons.map((r) => r.code)).not.toContain(SURPLUS);
  });

  it('one level under (Σ26/27 = 96.30 %): shown as it is, surplus 0', () => {
    const v = run([3, 3, 3, 3, 3, 3, 3, 3, 2]).value;
    expect([v.persenDisplay, v.surplusPersen, v.persenTanpaBatasDisplay]).toEqual(['96.30', '0', '96.30']);
    expect(v.persen).toBe(v.persenTanpaBatas);
  });

  it('one level over (Σ28/27 = 103.70 %): shown 100 %, surplus 3.70 %, the reason says how in both languages', () => {
    const d = run([4, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(d.value).toMatchObject({
      persen: '100',
      persenDisplay: '100.00',
      surplusPersenDisplay: '3.70',
      persenTanpaBatasDisplay: '103.70',
      kategori: 'OPTIMAL',
    });
    expect(new Decimal(d.value.persen).plus(d.value.surplusPersen).eq(d.value.persenTanpaBatas)).toBe(true);
    expect(d.reasons.find((r) => r.code === SURPLUS)?.facts).toEqual({
      persenTanpaBatas: '103.70',
      surplusPersen: '3.70',
      kompetensi: 'Integritas',
    });
    expect(explain(d, 'id').join('\n')).toContain(
      'JPM ditampilkan paling tinggi 100 %: 103,70 % = 100 % ditambah surplus 3,70 % dari level di atas standar (Integritas)',
    );
    expect(explain(d, 'en').join('\n')).toContain(
      'JPM is shown as at most 100 %: 103.70 % = 100 % plus a surplus of 3.70 % from levels above the standard (Integritas)',
    );
  });

  it('the category is decided on the uncapped ratio: with Optimal from 110 %, 103.70 % is Cukup Optimal and 111.11 % Optimal, both shown as 100 %', () => {
    const ambang = { ambangPemetaan: { optimal: 110, cukupOptimal: 78 } };
    expect(run([4, 3, 3, 3, 3, 3, 3, 3, 3], ambang).value).toMatchObject({ persenDisplay: '100.00', kategori: 'CUKUP_OPTIMAL' });
    expect(run([4, 4, 4, 3, 3, 3, 3, 3, 3], ambang).value).toMatchObject({ persenDisplay: '100.00', kategori: 'OPTIMAL' });
  });

  it('under batasiJpmPada100 the batasAkhir reason explains the cap instead (no second reason)', () => {
    const codes = run([4, 4, 4, 3, 3, 3, 3, 3, 3], { batasiJpmPada100: true }).reasons.map((r) => r.code);
    expect(codes).toContain('competency.jobPersonMatch.batasAkhir');
    expect(codes).not.toContain(SURPLUS);
  });
});
