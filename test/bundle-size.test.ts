import { describe, expect, it } from 'vitest';
import { BUNDLE_CASES, measureBundle, NODE_ONLY } from '../scripts/bundle-size.js';

/** Ceilings and their rationale are in scripts/bundle-size.ts; `npm run bench:size` prints the figures. */
describe.each(BUNDLE_CASES.map((c) => [c.name, c] as const))('bundle: %s', (_name, c) => {
  it(`stays within ${c.ceiling / 1000} kB min+gz, without Node-only modules`, async () => {
    const m = await measureBundle(c);
    expect(m.gzip, `${m.gzip} bytes`).toBeLessThanOrEqual(c.ceiling);
    expect(m.visited.filter((i) => NODE_ONLY.test(i) || i.includes('src/cli/'))).toEqual([]);
  });
});

describe('tree-shaking', () => {
  it('a rule imported from the main entry brings neither the other rules, nor explain, nor decimal.js, nor zod classic', async () => {
    const m = await measureBundle(BUNDLE_CASES[0]!);
    const ours = m.included.filter((i) => i.startsWith('src/'));
    expect(ours.filter((i) => /src\/(promotion|discipline|rewards|competency)\//.test(i))).toEqual([]);
    expect(ours).not.toContain('src/explain.ts');
    expect(m.included.some((i) => i.includes('decimal.js'))).toBe(false);
    expect(m.visited.some((i) => i.includes('zod/v4/classic'))).toBe(false);
  });

  it('the one-rule bundle validates with readable messages on its own (no zod locale loaded by anyone else)', async () => {
    const { build } = await import('esbuild');
    const out = await build({
      stdin: { contents: BUNDLE_CASES[0]!.code, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
    });
    const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0]!.contents).toString('base64')}`;
    const { predikatKinerja } = (await import(/* @vite-ignore */ url)) as typeof import('../src/index.js');
    expect(predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' }).value).toBe('BAIK');
    expect(() => predikatKinerja({ hasilKerja: 'LUAR_BIASA', perilakuKerja: 'DI_ATAS_EKSPEKTASI' } as never)).toThrow(
      /hasilKerja: Invalid option: expected one of "DI_ATAS_EKSPEKTASI"\|"SESUAI_EKSPEKTASI"\|"DI_BAWAH_EKSPEKTASI"/,
    );
  });
});
