// Iterate on the type matrix: build, pack into a scratch app, compile the consumers, print.
//   node scripts/packed/types-run.mjs [--no-build] [--keep]
import { execSync } from 'node:child_process';
import { packedApp, root } from './app.mjs';
import { checkTypes } from './types.mjs';

if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const app = packedApp();
try {
  const start = performance.now();
  const { rows, problems } = await checkTypes(app.dir);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.table(rows);
  for (const p of problems) console.log(p);
  console.log(
    `checkTypes: ${seconds} s, ${problems.length} problem(s)${process.argv.includes('--keep') ? `, app kept in ${app.dir}` : ''}`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
} finally {
  if (!process.argv.includes('--keep')) app.cleanup();
}
