import { execFile, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRule } from '../../src/catalogue.js';
import { issueText, MeritInputError } from '../../src/core/errors.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';

// PHP 8 with curl comes from the system packages (.ci/install-system-packages installs it on a clean machine).
const php = spawnSync('php', ['-r', 'exit(PHP_MAJOR_VERSION >= 8 && extension_loaded("curl") ? 0 : 1);']);
const hasPhp = php.status === 0;
if (!hasPhp) {
  console.warn(
    'SKIPPED test/http/php-client.once.test.ts: PHP 8 with the curl extension is not installed and could not be (see .ci/install-system-packages)',
  );
}

const example = resolve(import.meta.dirname, '../../examples/php/client.php');
let service: RunningServer;

describe.skipIf(!hasPhp)('the PHP example against sistem-merit serve', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    service = await startServer({ port: 0 });
  });
  afterAll(() => service.close());

  it('checks KP eligibility, decides a batch of absence penalties and prints a misspelt field with its suggestion', async () => {
    const { stdout } = await promisify(execFile)('php', [example, service.url], { encoding: 'utf8' });
    const kp = findRule('promotion.kenaikanPangkatReguler')!.examples[0]!;
    const value = kp.expected as { golonganBaru: string; tmt: string };
    expect(stdout).toContain(`KP reguler: memenuhi syarat, golongan baru ${value.golonganBaru}, TMT ${value.tmt}\n`);
    expect(stdout).toContain('Diputuskan oleh promotion.kenaikanPangkatReguler');
    const penalty = findRule('discipline.hukumanKetidakhadiran')!;
    const expected = (input: object) => (penalty.run(input, { asOf: '2022-12-31' }).value as string | null) ?? 'tidak ada hukuman';
    expect(stdout).toContain(`NIP 198702022011012002: ${expected({ hariKumulatif: 5 })}\n`);
    expect(stdout).toContain(`NIP 199003032015031003: ${expected({ hariKumulatif: 12, hariBerturutTurut: 10 })}\n`);
    expect(stdout).toContain('4 baris, 4 diputuskan, 0 ditolak');
    // The field error as the library words it in Bahasa Indonesia, with its code.
    const kpRule = findRule('promotion.kenaikanPangkatReguler')!;
    let thrown: unknown;
    try {
      kpRule.run({ golongan: 'III/b', tmtPangkt: '2019-04-01', ijazah: 'S1' }, { asOf: '2023-01-15' });
    } catch (e) {
      thrown = e;
    }
    if (!MeritInputError.is(thrown)) throw new Error('the rule should refuse the misspelt field');
    const issue = thrown.issues.find((i) => i.path[0] === 'tmtPangkt')!;
    expect(issueText(issue, 'id')).toContain('"tmtPangkat"');
    expect(stdout).toContain(`Salah ketik: HTTP 422\n  tmtPangkt [${issue.code}]: ${issueText(issue, 'id')}\n`);
  });
});
