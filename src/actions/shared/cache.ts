import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { sha256 } from '../../core/schema/schema-cache.js';

/**
 * Keeps an action's cache directories in the Actions cache between workflow runs: restored before
 * the work, saved after it. Everything cached is content-addressed (schemas by digest, charts by
 * source and version, rendered units by the digest of their inputs), so an entry written for other
 * inputs is still correct, only less complete: any entry of the same action and platform is
 * restored as a fallback. An entry is saved only when the directories changed, under a key that
 * ends in a fingerprint of what they hold, since an Actions cache entry can never be overwritten.
 *
 * The cache only ever saves time: outside GitHub (no cache service) it does nothing, and a cache
 * error is a warning, never a failed step.
 */
export interface DirectoryCacheSettings {
  /** The action, in every key: `validate`, `render`. */
  name: string;
  /** The directories restored and saved. */
  paths: string[];
  /** The inputs the content depends on (versions, locations): entries made for these come first. */
  keyParts: readonly string[];
}

export interface CacheKeys {
  /** Matched as a prefix when restoring: the newest entry made for the same inputs. */
  primary: string;
  /** Fallbacks, in order: any entry of this action on this platform. */
  restore: string[];
}

export interface RestoredCache {
  /** The key of the entry restored, if any. */
  restoredKey: string | undefined;
  /** Saves the directories when their content differs from what was restored. Never throws. */
  save(): Promise<void>;
}

/** `gitops-actions-validate-linux-x64-<hash of the key parts>`, and its action-and-platform prefix. */
export function cacheKeys(
  settings: Pick<DirectoryCacheSettings, 'name' | 'keyParts'>,
  platform = `${process.platform}-${process.arch}`,
): CacheKeys {
  const family = `gitops-actions-${settings.name}-${platform}-`;
  return { primary: `${family}${sha256(settings.keyParts.join('\n')).slice(0, 16)}`, restore: [family] };
}

/** The key an entry holding `fingerprint` is saved under. */
export function savedKey(keys: CacheKeys, fingerprint: string): string {
  return `${keys.primary}-${fingerprint}`;
}

export async function restoreDirectoryCache(settings: DirectoryCacheSettings): Promise<RestoredCache> {
  const keys = cacheKeys(settings);
  if (!cache.isFeatureAvailable()) {
    core.debug(
      `Actions cache not available (no cache service, as outside GitHub): ${settings.name} cache not restored`,
    );
    return { restoredKey: undefined, save: async () => {} };
  }
  let restoredKey: string | undefined;
  try {
    restoredKey = await cache.restoreCache([...settings.paths], keys.primary, keys.restore);
    core.info(
      restoredKey ? `Restored the ${settings.name} cache ${restoredKey}` : `No ${settings.name} cache yet`,
    );
  } catch (error) {
    core.warning(`Could not restore the ${settings.name} cache: ${describe(error)}`);
  }
  return {
    restoredKey,
    save: async () => {
      try {
        const fingerprint = await directoriesFingerprint(settings.paths);
        if (fingerprint === undefined) {
          core.debug(`${settings.name} cache: nothing to save`);
          return;
        }
        const key = savedKey(keys, fingerprint);
        if (key === restoredKey) {
          core.debug(`${settings.name} cache unchanged since ${key}: not saved again`);
          return;
        }
        // -1: the library could not save and has said why in a warning of its own.
        if ((await cache.saveCache([...settings.paths], key)) !== -1)
          core.info(`Saved the ${settings.name} cache ${key}`);
      } catch (error) {
        core.warning(`Could not save the ${settings.name} cache: ${describe(error)}`);
      }
    },
  };
}

/**
 * A digest of the files under `directories` (relative path and size, sorted), or undefined when
 * there are none. Names and sizes suffice: every cached file is named by its content's digest.
 */
export async function directoriesFingerprint(directories: readonly string[]): Promise<string | undefined> {
  const entries: string[] = [];
  for (const directory of directories) {
    let found: Dirent[];
    try {
      found = await readdir(directory, { recursive: true, withFileTypes: true });
    } catch {
      continue; // Not created by this run: nothing there to save.
    }
    for (const entry of found) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      entries.push(`${path.relative(path.dirname(directory), file)}\0${(await stat(file)).size}`);
    }
  }
  if (entries.length === 0) return undefined;
  return sha256(entries.sort().join('\n')).slice(0, 16);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
