// Rebuilds dist/ and fails when it differs from what git has committed:
// the actions run the committed bundles, so a stale one ships stale behaviour.
import { execFileSync } from 'node:child_process';
import { buildAll } from './build.mjs';

await buildAll();
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], {
  encoding: 'utf8',
});
if (status.trim() !== '') {
  process.stderr.write(
    `dist/ is stale: a fresh build differs from the committed bundles.\n${status}\n` +
      'Run `npm run build` and commit dist/.\n',
  );
  process.exit(1);
}
process.stdout.write('dist/ is fresh.\n');
