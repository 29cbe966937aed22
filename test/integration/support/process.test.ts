import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/paths.js';
import { findProgram, isAlive, startBackgroundProcess } from '../../support/process.js';

/** Polls until `pid` is gone; the kernel delivers the parent death signal as the parent exits. */
async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

describe('background processes', () => {
  it('stop() ends the program and resolves once it has exited', async () => {
    const sleeper = await startBackgroundProcess(findProgram('sleep', 'install coreutils'), ['600']);
    expect(isAlive(sleeper.pid)).toBe(true);
    await sleeper.stop();
    expect(isAlive(sleeper.pid)).toBe(false);
  });

  it('waitForOutput rejects with the output when the program exits without printing the pattern', async () => {
    const shortLived = await startBackgroundProcess(findProgram('ls', 'install coreutils'), [
      '/nonexistent-gitops-actions',
    ]);
    await expect(shortLived.waitForOutput(/never printed/, 30_000)).rejects.toThrow(
      /exited \(exit 2\) before printing \/never printed\/:\n.*nonexistent-gitops-actions/,
    );
  });

  it('dies with the test process even when that process is killed and runs no exit handler', async () => {
    // A separate node process stands in for a vitest worker ended by a signal. Node runs the
    // TypeScript module directly (type stripping): process.ts imports only node built-ins.
    const moduleUrl = pathToFileURL(path.join(repoRoot, 'test', 'support', 'process.ts')).href;
    const script = `
      const { findProgram, startBackgroundProcess } = await import(${JSON.stringify(moduleUrl)});
      const sleeper = await startBackgroundProcess(findProgram('sleep', ''), ['600']);
      process.stdout.write(String(sleeper.pid) + '\\n', () => process.kill(process.pid, 'SIGKILL'));
    `;
    const stdout = await new Promise<string>((resolve) => {
      execFile(process.execPath, ['--input-type=module', '--eval', script], (_error, out) => resolve(out));
    });
    const pid = Number(stdout.trim());
    expect(pid).toBeGreaterThan(0);
    expect(await waitUntilGone(pid, 10_000)).toBe(true);
  });
});
