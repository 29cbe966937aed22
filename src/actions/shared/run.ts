import * as core from '@actions/core';
import { describeError } from '../../core/errors.js';

/**
 * The one error path of every action: whatever `main` throws (an Error, a string, anything) is
 * turned into one message and reported once, at the file and line when the error knows them.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const { message, hint, location } = describeError(error);
    const text = hint ? `${message}\n${hint}` : message;
    if (location) {
      core.error(text, {
        file: location.file,
        ...(location.line === undefined ? {} : { startLine: location.line }),
        ...(location.column === undefined ? {} : { startColumn: location.column }),
      });
      process.exitCode = core.ExitCode.Failure;
    } else {
      core.setFailed(text);
    }
  }
}
