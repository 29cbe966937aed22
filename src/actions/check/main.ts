import { NotImplementedError } from '../../core/errors.js';
import { runAction } from '../shared/run.js';

/** the pull-request check (root action.yml): fails loudly until its issue is built, rather than pretending to succeed. */
export async function run(): Promise<void> {
  await runAction(async () => {
    throw new NotImplementedError('the pull-request check (root action.yml)');
  });
}
