import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { fromSiasn, SIASN_ADAPTERS } from '../../src/siasn/index.js';
import { golonganRow, pegawaiSiasn, skp22Row } from '../siasn/fixtures.js';

// SIASN records through the two tools that take a rule id: `--from siasn` and `?from=siasn` decide as the
// adapter's `decide` does, and a gap that blocks is an input issue naming the field to supply.
const asOf = '2026-03-01';
const baik = [skp22Row(2024, '2', '2', '2'), skp22Row(2025, '1', '2', '2')];
const ayu = () => pegawaiSiasn({ nama: 'Ayu', nip: '199005152015032001', skp22: baik });
const bima = () =>
  pegawaiSiasn({
    nama: 'Bima',
    nip: '198811202010011002',
    golRuangAwalId: '21',
    golRuangAkhirId: '24',
    tkPendidikanTerakhirId: '15',
    golongan: [golonganRow('21', '01-03-2015', '211'), golonganRow('24', '01-04-2021')],
    skp22: baik,
  });
const RULE = 'promotion.kenaikanPangkatReguler';

let service: RunningServer;
beforeAll(async () => {
  service = await startServer({ port: 0 });
});
afterAll(async () => {
  await service.close();
});

const post = (path: string, body: string, type = 'application/json') =>
  fetch(service.url + path, { method: 'POST', headers: { 'content-type': type, 'accept-language': 'id' }, body });

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } } };
}

describe('SIASN records in the service and the CLI', { timeout: 60_000 }, () => {
  it('POST decide?from=siasn decides as the adapter does and lists the gaps that do not block', async () => {
    const res = await post(`/rules/${RULE}/decide?from=siasn&asOf=${asOf}`, JSON.stringify({ input: ayu() }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { value: unknown; gaps: { field: string; blocking: boolean }[] };
    const direct = fromSiasn.kenaikanPangkatReguler.decide(ayu(), { asOf });
    expect(direct.status).toBe('decided');
    if (direct.status !== 'decided') return;
    expect(body.value).toEqual(JSON.parse(JSON.stringify(direct.decision.value)));
    expect(body.gaps.map((g) => [g.field, g.blocking])).toEqual([['golonganAtasan', false]]);
  });

  it('a blocking gap is a 422 at supplement.<field>, in the language asked; a supplement settles it', async () => {
    const res = await post(`/rules/${RULE}/decide?from=siasn&asOf=${asOf}`, JSON.stringify({ input: bima() }));
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { issues: { path: unknown[]; code: string; message: string }[] } };
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([[['supplement', 'ujianDinas'], 'required']]);
    expect(error.issues[0]!.message).toMatch(/ujian/i);
    const settled = await post(
      `/rules/${RULE}/decide?from=siasn&asOf=${asOf}`,
      JSON.stringify({ input: { siasn: bima(), supplement: { ujianDinas: ['TINGKAT_I'] } } }),
    );
    expect(settled.status).toBe(200);
  });

  it('refuses ?from=siasn without asOf, for a rule with no adapter, and an unknown from', async () => {
    for (const [path, status] of [
      [`/rules/${RULE}/decide?from=siasn`, 400],
      ['/rules/performance.predikatKinerja/decide?from=siasn&asOf=2026-01-01', 400],
      [`/rules/${RULE}/decide?from=simpeg&asOf=${asOf}`, 400],
    ] as const) {
      const res = await post(path, JSON.stringify({ input: ayu() }));
      expect(res.status, path).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_from');
    }
  });

  it('POST batch?from=siasn: one employee per line, decided or refused in place', async () => {
    const res = await post(
      `/rules/${RULE}/batch?from=siasn&asOf=${asOf}`,
      [ayu(), bima()].map((r) => JSON.stringify(r)).join('\n'),
      'application/x-ndjson',
    );
    expect(res.status).toBe(200);
    const rows = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows[0]).toMatchObject({ line: 1, value: { memenuhiSyarat: true } });
    expect(rows[1]).toMatchObject({ line: 2, error: { issues: [{ path: ['supplement', 'ujianDinas'] }] } });
  });

  it('sistem-merit batch --from siasn reads JSON Lines of employees; explain --from siasn prints the gaps', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siasn-cli-'));
    const input = join(dir, 'unit.jsonl');
    writeFileSync(input, [ayu(), bima()].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const output = join(dir, 'hasil.jsonl');
    const t = io();
    const code = await runCli(
      ['batch', RULE, '--from', 'siasn', '--as-of', asOf, '--input', input, '--output', output, '--lang', 'id'],
      t.io,
    );
    expect(code).toBe(2); // one row refused
    const rows = readFileSync(output, 'utf8').trim().split('\n');
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!)).toMatchObject({ value: { memenuhiSyarat: true } });
    expect(t.err.join('')).toMatch(/supplement\.ujianDinas/);

    const one = join(dir, 'ayu.json');
    writeFileSync(one, JSON.stringify(ayu()));
    const e = io();
    expect(await runCli(['explain', RULE, '--from', 'siasn', '--as-of', asOf, '--input', one, '--lang', 'id'], e.io)).toBe(0);
    expect(e.out.join('')).toMatch(/Catatan SIASN: /);

    const csv = io();
    expect(
      await runCli(['batch', RULE, '--from', 'siasn', '--as-of', asOf, '--input', join(dir, 'x.csv'), '--output', output], csv.io),
    ).toBe(1);
    expect(csv.err.join('')).toMatch(/JSON Lines/);
    const noDate = io();
    expect(await runCli(['explain', RULE, '--from', 'siasn', '--input', one], noDate.io)).toBe(1);
    expect(noDate.err.join('')).toMatch(/--as-of/);
  });

  it('every adapted rule takes SIASN records, whether or not its options take asOf (the day the record is read up to)', async () => {
    // Every list given, so what remains is what each rule needs beyond SIASN.
    const lengkap = () => {
      const p = ayu() as { riwayat: Record<string, unknown> };
      return { ...p, riwayat: { jabatan: [], pendidikan: [], angkakredit: [], diklat: [], cltn: [], ...p.riwayat } };
    };
    const dir = mkdtempSync(join(tmpdir(), 'siasn-all-'));
    const file = join(dir, 'p.json');
    writeFileSync(file, JSON.stringify(lengkap()));
    for (const id of Object.keys(SIASN_ADAPTERS)) {
      const res = await post(`/rules/${id}/decide?from=siasn&asOf=${asOf}`, JSON.stringify({ input: lengkap() }));
      const body = (await res.json()) as { value?: unknown; error?: { code: string; issues?: { path: unknown[] }[] } };
      // Decided, or refused for data the record does not hold: never for asOf itself.
      expect([200, 422], id).toContain(res.status);
      expect(body.error?.issues?.some((i) => i.path[0] === 'asOf') ?? false, `${id}: ${JSON.stringify(body.error)}`).toBe(false);
      const t = io();
      const code = await runCli(['explain', id, '--from', 'siasn', '--as-of', asOf, '--input', file], t.io);
      expect(t.err.join(''), id).not.toMatch(/does not take|tidak memakai/);
      expect([0, 1], `${id}: ${t.err.join('')}`).toContain(code); // 1: refused for data SIASN does not hold
    }
    const efek = await post(`/rules/discipline.efekHukuman/decide?from=siasn&asOf=${asOf}`, JSON.stringify({ input: lengkap() }));
    expect(efek.status).toBe(200);
  });
});
