import { describe, expect, it } from 'vitest';
import {
  checkVersionTable,
  COMPETENCY_REGULATIONS,
  CORE_REGULATIONS,
  DISCIPLINE_REGULATIONS,
  explain,
  explainPelayanan,
  indeksKepuasanMasyarakat,
  indeksKepuasanMasyarakatRule,
  PELAYANAN_REGULATIONS,
  PERFORMANCE_REGULATIONS,
  PROMOTION_REGULATIONS,
  REWARDS_REGULATIONS,
  RuleNotInForceError,
  sampelMinimum,
  TABEL_KREJCIE_MORGAN,
  UNSUR_IKM_2004,
  UNSUR_SKM_2014,
  UNSUR_SKM_2017,
  VERSI_SKM,
} from '../../src/index.js';
import { refused } from './_bersama/refused.js';
import { rerun } from '../../src/core/index.js';

/**
 * pelayanan.indeksKepuasanMasyarakat: the IKM from per-unsur summaries. The published figures of the digest,
 * every band edge on both tables, the pedoman of the survey period, the sample check, the settings, and the
 * contradictions it refuses.
 */

const semua = (unsur: readonly string[], ringkasan: unknown) => ({ unsur: Object.fromEntries(unsur.map((u) => [u, ringkasan])) });
const nrr = (unsur: readonly string[], x: string) => semua(unsur, { nrr: x });

describe('indeksKepuasanMasyarakat: published figures of the digest', () => {
  it('a perfect survey is 100.00 with 1/9 and 99.90 with the printed 0,111 (0,11 gives 99.00)', () => {
    const input = semua(UNSUR_SKM_2017, { sebaran: { '4': 10 } });
    expect(indeksKepuasanMasyarakat(input, { asOf: '2024-12-31' }).value).toMatchObject({
      bobot: '1/9',
      ikm: '100.00',
      nilaiIndeks: '4.0000',
      mutu: 'A',
    });
    expect(indeksKepuasanMasyarakat(input, { asOf: '2024-12-31', bobotUnsur: 'TERCETAK' }).value).toMatchObject({
      bobot: '0.111',
      ikm: '99.90',
      nilaiIndeks: '3.9960',
    });
    expect(indeksKepuasanMasyarakat(input, { asOf: '2024-12-31', bobotUnsur: '0.11' }).value.ikm).toBe('99.00');
    expect(indeksKepuasanMasyarakat(input, { asOf: '2024-12-31', bobotUnsur: 0.11 }).value.bobot).toBe('0.11');
  });

  it('a perfect 2004 survey is 100.00 with 1/14 and 99.40 with the printed 0,071', () => {
    const input = semua(UNSUR_IKM_2004, { sebaran: { '4': 3 } });
    expect(indeksKepuasanMasyarakat(input, { asOf: '2010-06-30' }).value).toMatchObject({
      pedoman: 'KEPMENPAN_25_2004',
      bobot: '1/14',
      ikm: '100.00',
    });
    expect(indeksKepuasanMasyarakat(input, { asOf: '2010-06-30', bobotUnsur: 'TERCETAK' }).value.ikm).toBe('99.40');
  });

  it('IKM 76,47 is B under KepmenPAN 25/2004 and C under PermenPANRB 14/2017: the table follows the survey period', () => {
    expect(indeksKepuasanMasyarakat(nrr(UNSUR_IKM_2004, '3.0588'), { asOf: '2012-12-31' }).value).toMatchObject({
      ikm: '76.47',
      mutu: 'B',
      kinerjaUnit: 'BAIK',
    });
    expect(indeksKepuasanMasyarakat(nrr(UNSUR_SKM_2017, '3.0588'), { asOf: '2024-12-31' }).value).toMatchObject({
      ikm: '76.47',
      mutu: 'C',
      kinerjaUnit: 'KURANG_BAIK',
    });
  });
});

describe('band edges on both scales', () => {
  // All unsur at NRR x: nilai indeks = x (exact weight), IKM = 25x.
  const cases2017: [string, string, string][] = [
    ['4', '100.00', 'A'],
    ['3.5324', '88.31', 'A'],
    ['3.532', '88.30', 'B'],
    ['3.0644', '76.61', 'B'],
    ['3.064', '76.60', 'C'],
    ['2.60', '65.00', 'C'],
    ['2.5996', '64.99', 'D'],
    ['1', '25.00', 'D'],
  ];
  it.each(cases2017)('PermenPANRB 14/2017: nilai interval %s = IKM %s → %s', (x, ikm, mutu) => {
    const v = indeksKepuasanMasyarakat(nrr(UNSUR_SKM_2017, x), { asOf: '2024-12-31' }).value;
    expect([v.nilaiIndeks, v.ikm, v.mutu]).toEqual([
      new Intl.NumberFormat('en', { minimumFractionDigits: 4, useGrouping: false }).format(Number(x)),
      ikm,
      mutu,
    ]);
    expect(indeksKepuasanMasyarakat(nrr(UNSUR_SKM_2017, x), { asOf: '2024-12-31', tafsirCelah: 'AMBANG_BAWAH' }).value.mutu).toBe(mutu);
  });

  const cases2004: [string, string, string][] = [
    ['4', '100.00', 'A'],
    ['3.26', '81.50', 'A'],
    ['3.2504', '81.26', 'A'],
    ['3.25', '81.25', 'B'],
    ['2.51', '62.75', 'B'],
    ['2.5004', '62.51', 'B'],
    ['2.50', '62.50', 'C'],
    ['1.76', '44.00', 'C'],
    ['1.7504', '43.76', 'C'],
    ['1.75', '43.75', 'D'],
    ['1', '25.00', 'D'],
  ];
  it.each(cases2004)('KepmenPAN 25/2004: nilai interval %s = IKM %s → %s', (x, ikm, mutu) => {
    const v = indeksKepuasanMasyarakat(nrr(UNSUR_IKM_2004, x), { asOf: '2008-12-31' }).value;
    expect([v.ikm, v.mutu]).toEqual([ikm, mutu]);
  });

  const gaps: [string, string, string, string, readonly string[]][] = [
    ['3.5322', '88.31', 'A', 'B', UNSUR_SKM_2017],
    ['3.0642', '76.61', 'B', 'C', UNSUR_SKM_2017],
    ['2.5998', '65.00', 'C', 'D', UNSUR_SKM_2017],
    ['3.2502', '81.26', 'A', 'B', UNSUR_IKM_2004],
    ['2.5002', '62.51', 'B', 'C', UNSUR_IKM_2004],
    ['1.7502', '43.76', 'C', 'D', UNSUR_IKM_2004],
  ];
  it.each(gaps)(
    'a value in a gap (nilai interval %s): BULATKAN_DULU rounds to %s → %s; AMBANG_BAWAH → %s',
    (x, ikm, bulat, bawah, unsur) => {
      const asOf = unsur.length === 14 ? '2008-12-31' : '2024-12-31';
      const rounded = indeksKepuasanMasyarakat(nrr(unsur, x), { asOf });
      expect([rounded.value.ikm, rounded.value.mutu]).toEqual([ikm, bulat]);
      const raw = indeksKepuasanMasyarakat(nrr(unsur, x), { asOf, tafsirCelah: 'AMBANG_BAWAH' });
      expect(raw.value.mutu).toBe(bawah);
      expect(raw.value.ikm).toBe(ikm); // the published figure is still rounded half up; the mutu is read on the exact value
      expect(explain(raw, 'en').join('\n')).toMatch(/IKM \d+\.\d{6} \(unrounded\)/);
    },
  );
});

describe('the pedoman follows the survey period', () => {
  it('has a sound version table and nothing before 2004', () => {
    expect(checkVersionTable(VERSI_SKM)).toEqual([]);
    expect(() => indeksKepuasanMasyarakat(nrr(UNSUR_IKM_2004, '3'), { asOf: '2003-12-31' })).toThrow(RuleNotInForceError);
  });

  it('PermenPANRB 16/2014 has Maklumat Pelayanan, not Sarana dan Prasarana; its bands are a setting', () => {
    const input = nrr(UNSUR_SKM_2014, '2.8'); // IKM 70
    expect(indeksKepuasanMasyarakat(input, { asOf: '2015-06-30' }).value).toMatchObject({
      pedoman: 'PERMENPANRB_16_2014',
      ikm: '70.00',
      mutu: 'B',
    });
    expect(indeksKepuasanMasyarakat(input, { asOf: '2015-06-30', intervalMutu2014: 'PERMENPANRB_14_2017' }).value.mutu).toBe('C');
    const e = refused(() => indeksKepuasanMasyarakat(nrr(UNSUR_SKM_2017, '3'), { asOf: '2015-06-30' }));
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['unsur.SARANA_PRASARANA', 'unsur.MAKLUMAT_PELAYANAN']);
  });

  it('in the first year of a pedoman the previous one is accepted when stated, and only then', () => {
    const d = indeksKepuasanMasyarakat(nrr(UNSUR_SKM_2014, '3'), { asOf: '2017-03-31', pedoman: 'PERMENPANRB_16_2014' });
    expect(d.value.pedoman).toBe('PERMENPANRB_16_2014');
    expect(d.reasons[0]!.code).toBe('pelayanan.indeksKepuasanMasyarakat.pedomanPeralihan');
    const e = refused(() => indeksKepuasanMasyarakat(nrr(UNSUR_SKM_2014, '3'), { asOf: '2018-03-31', pedoman: 'PERMENPANRB_16_2014' }));
    expect(e.issues[0]).toMatchObject({ path: ['options', 'pedoman'] });
    expect(e.describe('id')[0]).toMatch(/bukan PERMENPANRB_16_2014/);
    refused(() => indeksKepuasanMasyarakat(nrr(UNSUR_IKM_2004, '3'), { asOf: '2017-03-31', pedoman: 'KEPMENPAN_25_2004' }));
  });

  it('the trace names the pedoman applied: the one in force on asOf, each side of a change, or the previous one stated in a first year', () => {
    const version = (input: unknown, options: Parameters<typeof indeksKepuasanMasyarakat>[1]) =>
      indeksKepuasanMasyarakat(input as never, options).trace!.version;
    expect(version(nrr(UNSUR_IKM_2004, '3'), { asOf: '2004-01-01' })).toBe('KEPMENPAN_25_2004');
    expect(version(nrr(UNSUR_IKM_2004, '3'), { asOf: '2013-12-31' })).toBe('KEPMENPAN_25_2004');
    expect(version(nrr(UNSUR_SKM_2014, '3'), { asOf: '2014-01-01' })).toBe('PERMENPANRB_16_2014');
    expect(version(nrr(UNSUR_SKM_2014, '3'), { asOf: '2016-12-31' })).toBe('PERMENPANRB_16_2014');
    expect(version(nrr(UNSUR_SKM_2017, '3'), { asOf: '2017-01-01' })).toBe('PERMENPANRB_14_2017');
    expect(version(nrr(UNSUR_SKM_2014, '3'), { asOf: '2017-03-31', pedoman: 'PERMENPANRB_16_2014' })).toBe('PERMENPANRB_16_2014');
    expect(version(nrr(UNSUR_SKM_2017, '3'), { asOf: '2017-03-31', pedoman: 'PERMENPANRB_14_2017' })).toBe('PERMENPANRB_14_2017');
  });

  it('a stored decision of a first-year survey under the previous pedoman is decided again under it', () => {
    const input = nrr(UNSUR_SKM_2014, '3');
    const options = { asOf: '2017-03-31', pedoman: 'PERMENPANRB_16_2014' } as const;
    const trace = indeksKepuasanMasyarakatRule.run(input, options).trace;
    expect(rerun(indeksKepuasanMasyarakatRule, { input, options, trace }).value.pedoman).toBe('PERMENPANRB_16_2014');
    expect(() => rerun(indeksKepuasanMasyarakatRule, { input, options, trace: { ...trace, version: 'PERMENPANRB_14_2017' } })).toThrow(
      /now selects version PERMENPANRB_16_2014/,
    );
  });
});

describe('sample size: Krejcie & Morgan (1970)', () => {
  it('every row of the table is the formula rounded to the nearest whole number', () => {
    for (const [n, s] of TABEL_KREJCIE_MORGAN) expect(Math.round((3841 * n) / (10 * n + 3831)), String(n)).toBe(s);
  });

  it('reads the next row up, caps at the population, ends at 384; the formula rounds up', () => {
    expect(sampelMinimum(100, 'TABEL_KREJCIE_MORGAN')).toBe(80);
    expect(sampelMinimum(101, 'TABEL_KREJCIE_MORGAN')).toBe(86);
    expect(sampelMinimum(1000, 'TABEL_KREJCIE_MORGAN')).toBe(278);
    expect(sampelMinimum(10_000, 'TABEL_KREJCIE_MORGAN')).toBe(370);
    expect(sampelMinimum(5, 'TABEL_KREJCIE_MORGAN')).toBe(5);
    expect(sampelMinimum(2_000_000, 'TABEL_KREJCIE_MORGAN')).toBe(384);
    expect(sampelMinimum(100, 'RUMUS_BULAT_ATAS')).toBe(80);
    expect(sampelMinimum(15, 'RUMUS_BULAT_ATAS')).toBe(15);
    expect(sampelMinimum(1_000_000_000, 'RUMUS_BULAT_ATAS')).toBe(385);
  });

  it('checks the respondents against the population, or says it cannot', () => {
    const input = { ...semua(UNSUR_SKM_2017, { sebaran: { '3': 70, '4': 9 } }), populasi: 100 };
    const d = indeksKepuasanMasyarakat(input, { asOf: '2024-12-31' });
    expect(d.value.sampel).toEqual({ populasi: 100, metode: 'TABEL_KREJCIE_MORGAN', sampelMinimum: 80, jumlahResponden: 79, cukup: false });
    expect(d.reasons.at(-1)).toMatchObject({ code: 'pelayanan.indeksKepuasanMasyarakat.sampelKurang', outcome: 'FAIL' });
    const unknown = indeksKepuasanMasyarakat({ ...nrr(UNSUR_SKM_2017, '3'), populasi: 100 }, { asOf: '2024-12-31' });
    expect(unknown.value.sampel?.cukup).toBeNull();
    expect(unknown.reasons.at(-1)!.code).toBe('pelayanan.indeksKepuasanMasyarakat.sampelTidakDiketahui');
  });
});

describe('rounding, priorities and explanations', () => {
  it('desimalNrr rounds each NRR before weighting', () => {
    const input = semua(UNSUR_SKM_2017, { jumlahNilai: 31, jumlahJawaban: 9 }); // 3.4444…
    expect(indeksKepuasanMasyarakat(input, { asOf: '2024-12-31' }).value).toMatchObject({ ikm: '86.11', nilaiIndeks: '3.4444' });
    const rounded = indeksKepuasanMasyarakat(input, { asOf: '2024-12-31', desimalNrr: 2 }).value;
    expect(rounded).toMatchObject({ ikm: '86.00', nilaiIndeks: '3.4400' });
    expect(rounded.unsur[0]!.nrr).toBe('3.44');
  });

  it('lists the lowest NRR first, keeping ties with the last one', () => {
    const input = semua(UNSUR_SKM_2017, { nrr: '3.5' });
    input.unsur['BIAYA_TARIF'] = { nrr: '2.9' };
    input.unsur['SARANA_PRASARANA'] = { nrr: '3.1' };
    input.unsur['PERSYARATAN'] = { nrr: '3.2' };
    input.unsur['PERILAKU_PELAKSANA'] = { nrr: '3.2' };
    const v = indeksKepuasanMasyarakat(input, { asOf: '2024-12-31' }).value;
    expect(v.prioritasPerbaikan).toEqual(['BIAYA_TARIF', 'SARANA_PRASARANA', 'PERSYARATAN', 'PERILAKU_PELAKSANA']);
    expect(indeksKepuasanMasyarakat(input, { asOf: '2024-12-31', jumlahPrioritas: 1 }).value.prioritasPerbaikan).toEqual(['BIAYA_TARIF']);
  });

  it('explains in both languages, with the domain explainer as the root one', () => {
    const d = indeksKepuasanMasyarakat(nrr(UNSUR_SKM_2017, '3.5322'), { asOf: '2024-12-31' });
    for (const locale of ['id', 'en'] as const) expect(explainPelayanan(d, locale)).toEqual(explain(d, locale));
    expect(explain(d, 'id').at(-2)).toMatchInlineSnapshot(`"[1] PermenPANRB 14/2017 Pasal 1 ayat (1)"`);
  });
});

describe('contradictions are refused, in both languages', () => {
  const asOf = { asOf: '2024-12-31' };
  const one = (r: unknown) => ({ unsur: { ...nrr(UNSUR_SKM_2017, '3').unsur, PERSYARATAN: r } }) as never;
  it.each([
    [
      'a distribution that does not add up to its count',
      { sebaran: { '3': 5, '4': 5 }, jumlahJawaban: 11 },
      'unsur.PERSYARATAN.jumlahJawaban',
    ],
    ['a sum of scores above 4 × the answers', { jumlahNilai: 41, jumlahJawaban: 10 }, 'unsur.PERSYARATAN.jumlahNilai'],
    ['a sum of scores below the answers', { jumlahNilai: 9, jumlahJawaban: 10 }, 'unsur.PERSYARATAN.jumlahNilai'],
    ['a sum without its count', { jumlahNilai: 30 }, 'unsur.PERSYARATAN.jumlahJawaban'],
    ['two forms at once', { nrr: '3', sebaran: { '3': 1 } }, 'unsur.PERSYARATAN'],
    ['no form', { jumlahJawaban: 3 }, 'unsur.PERSYARATAN'],
    ['an empty distribution', { sebaran: {} }, 'unsur.PERSYARATAN.sebaran'],
  ])('%s', (_name, r, path) => {
    const e = refused(() => indeksKepuasanMasyarakat(one(r), asOf));
    expect(e.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('an NRR outside 1–4, a misspelt unsur, an unsur of another pedoman, a missing unsur', () => {
    refused(() => indeksKepuasanMasyarakat(one({ nrr: '4.01' }), asOf));
    const typo = refused(() =>
      indeksKepuasanMasyarakat({ unsur: { ...nrr(UNSUR_SKM_2017, '3').unsur, PERSYARATN: { nrr: '3' } } } as never, asOf),
    );
    expect(typo.issues[0]).toMatchObject({ code: 'unknown_key', message: 'is not a field of this input; did you mean "PERSYARATAN"?' });
    const foreign = refused(() =>
      indeksKepuasanMasyarakat({ unsur: { ...nrr(UNSUR_SKM_2017, '3').unsur, KEPASTIAN_JADWAL: { nrr: '3' } } }, asOf),
    );
    expect(foreign.issues[0]!.path).toEqual(['unsur', 'KEPASTIAN_JADWAL']);
    expect(foreign.describe('id')[0]).toMatch(/bukan unsur survei menurut PERMENPANRB_14_2017/);
    const { PENANGANAN_PENGADUAN: _, ...missing } = nrr(UNSUR_SKM_2017, '3').unsur;
    expect(refused(() => indeksKepuasanMasyarakat({ unsur: missing }, asOf)).issues[0]!.path).toEqual(['unsur', 'PENANGANAN_PENGADUAN']);
  });

  it('counts that differ between unsur (TOLAK), exceed the respondents, or respondents above the population', () => {
    const uneven = semua(UNSUR_SKM_2017, { sebaran: { '3': 10 } });
    uneven.unsur['BIAYA_TARIF'] = { sebaran: { '3': 9 } };
    expect(refused(() => indeksKepuasanMasyarakat(uneven, asOf)).issues[0]!.path).toEqual(['unsur', 'BIAYA_TARIF']);
    expect(indeksKepuasanMasyarakat(uneven, { ...asOf, jawabanKosong: 'ABAIKAN' }).value.jumlahResponden).toBe(10);
    refused(() => indeksKepuasanMasyarakat({ ...uneven, jumlahResponden: 9 }, { ...asOf, jawabanKosong: 'ABAIKAN' }));
    const e = refused(() => indeksKepuasanMasyarakat({ ...semua(UNSUR_SKM_2017, { sebaran: { '3': 10 } }), populasi: 9 }, asOf));
    expect(e.describe('en')[0]).toBe('populasi: 10 respondents cannot come from a population of 9 service users');
  });
});

it('defines the pelayanan regulations in no other domain', () => {
  const others = [
    CORE_REGULATIONS,
    PERFORMANCE_REGULATIONS,
    PROMOTION_REGULATIONS,
    DISCIPLINE_REGULATIONS,
    REWARDS_REGULATIONS,
    COMPETENCY_REGULATIONS,
  ].flatMap((t) => Object.keys(t));
  for (const id of Object.keys(PELAYANAN_REGULATIONS)) expect(others).not.toContain(id);
});
