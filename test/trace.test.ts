/** Every decision says which library version and which rule version decided it, and can be decided again under them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, LIBRARY_VERSION, penilaianKinerja, predikatKinerja, rerun, RULES, RuleVersionError } from '../src/index.js';
import { penilaianKinerjaRule, predikatKinerjaRule } from '../src/performance/index.js';

describe('decision trace', () => {
  it('the library version is the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(LIBRARY_VERSION).toBe(pkg.version);
  });

  it('every rule with versions says which date picks one', () => {
    expect(RULES.filter((r) => (r.versions?.length ?? 0) > 0 && !r.versionOn).map((r) => r.id)).toEqual([]);
  });

  it.each(RULES.flatMap((rule) => rule.examples.map((e, i) => ({ id: `${rule.id} #${i + 1}`, rule, e }))))(
    '$id carries its rule, a version of it and the library version',
    ({ rule, e }) => {
      let d;
      try {
        d = rule.run(e.input as never, e.options as never);
      } catch {
        return; // an example of a refusal
      }
      expect(d.trace.rule).toBe(rule.id);
      expect(d.trace.library).toBe(LIBRARY_VERSION);
      if (rule.versions?.length) expect(rule.versions.map((v) => v.id)).toContain(d.trace.version);
      else expect(d.trace.version).toBeNull();
      expect(Object.isFrozen(d.trace)).toBe(true);
    },
  );

  it('one shared trace per rule version: two decisions under the same version share it', () => {
    const a = predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' });
    const b = predikatKinerja({ hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' });
    expect(a.trace).toBe(b.trace);
  });

  const pp30 = { metode: 'PP_30_2019', nilaiSkp: 100, nilaiPerilaku: 100, bobot: '70_30' } as const;
  const permen = { metode: 'PERMENPANRB_6_2022', hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' } as const;

  it('a dated rule names the version in force on its date, each side of a change', () => {
    expect(penilaianKinerja(pp30, { asOf: '2021-12-31' }).trace.version).toBe('PP_30_2019');
    expect(penilaianKinerja(permen, { asOf: '2022-01-01' }).trace.version).toBe('PERMENPANRB_6_2022');
  });

  it('explain can end with the rule and library version, in both languages', () => {
    const d = predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' });
    expect(explain(d, 'id', { trace: true }).at(-1)).toBe(`Diputuskan oleh performance.predikatKinerja, sistem-merit ${LIBRARY_VERSION}`);
    expect(explain(d, 'en', { trace: true }).at(-1)).toBe(`Decided by performance.predikatKinerja, sistem-merit ${LIBRARY_VERSION}`);
    expect(explain(d, 'en').some((l) => l.startsWith('Decided by'))).toBe(false);
  });

  it('a stored decision is decided again under its version; another library version or rule is refused', () => {
    const input = { hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_BAWAH_EKSPEKTASI' } as const;
    const stored = JSON.parse(JSON.stringify({ input, trace: predikatKinerja(input).trace }));
    expect(rerun(predikatKinerjaRule, stored).value).toBe('KURANG');
    expect(() => rerun(predikatKinerjaRule, { ...stored, trace: { ...stored.trace, library: '0.0.9' } })).toThrow(RuleVersionError);
    expect(() => rerun(predikatKinerjaRule, { ...stored, trace: { ...stored.trace, rule: 'performance.kurvaDistribusi' } })).toThrow(
      /cannot re-run/,
    );
  });

  it('a dated decision is re-run under its version; a trace naming another version is refused', () => {
    const trace = penilaianKinerja(pp30, { asOf: '2021-12-31' }).trace;
    expect(rerun(penilaianKinerjaRule, { input: pp30, options: { asOf: '2021-12-31' }, trace }).trace).toBe(trace);
    expect(() =>
      rerun(penilaianKinerjaRule, { input: pp30, options: { asOf: '2021-12-31' }, trace: { ...trace, version: 'PP_46_2011' } }),
    ).toThrow(/now selects version PP_30_2019/);
  });
});
