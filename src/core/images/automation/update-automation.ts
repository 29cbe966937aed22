/**
 * The settings of an ImageUpdateAutomation that the image-bump action acts on: where to scan,
 * how to commit, where to push. Everything else (interval, suspend, sourceRef, policySelector) is
 * the controller's schedule and scope in a cluster, not something a CI run can use.
 */
import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import type { ImageDiagnostic, PolicyRef } from '../diagnostics.js';
import type { ObjectSource } from './automation-objects.js';

export interface UpdateAutomation extends ObjectSource {
  ref: PolicyRef;
  /**
   * `spec.update.path` relative to the repository root, POSIX, `''` for the root (the default).
   * Flux joins it with securejoin, so `..` never climbs above the root: it is clamped the same way.
   */
  updatePath: string;
  commit: {
    /** `spec.git.commit.author`; Flux requires the email. */
    author: { name: string; email: string } | undefined;
    /** `spec.git.commit.messageTemplate`; undefined means Flux's default message. */
    messageTemplate: string | undefined;
    messageTemplateValues: Record<string, string>;
  };
  /** `spec.git.checkout.ref.branch`, if set. */
  checkoutBranch: string | undefined;
  /**
   * `spec.git.push.branch`, else the checkout branch: "If missing, commits are pushed (back) to
   * `.spec.checkout.branch` or its default." Undefined when neither is set (the GitRepository's).
   */
  pushBranch: string | undefined;
}

/** Reads the decoded object; problems are reported and the safe reading is kept. */
export function readUpdateAutomation(
  object: { [key: string]: KubeValue },
  ref: PolicyRef,
  source: ObjectSource,
): { automation: UpdateAutomation; diagnostics: ImageDiagnostic[] } {
  const diagnostics: ImageDiagnostic[] = [];
  const report = (severity: ImageDiagnostic['severity'], reason: string) =>
    diagnostics.push({ severity, code: 'automation-invalid', location: source, reason });
  const spec = object.spec;
  const git = at(spec, 'git');
  const commit = at(git, 'commit');
  const author = at(commit, 'author');
  const email = text(at(author, 'email'));
  if (commit !== undefined && email === undefined) {
    report('warning', 'spec.git.commit.author.email is required; the commit author is left to the action');
  }
  const rawPath = text(at(at(spec, 'update'), 'path')) ?? '';
  const { path, clamped } = secureJoinPath(rawPath);
  if (clamped) {
    report(
      'warning',
      `spec.update.path ${JSON.stringify(rawPath)} climbs above the repository; as Flux does, it is read as ${JSON.stringify(path || '.')}`,
    );
  }
  if (at(commit, 'signingKey') !== undefined) {
    report(
      'notice',
      'spec.git.commit.signingKey is ignored: commits are made by the workflow, with its own signing setup',
    );
  }
  const values: Record<string, string> = {};
  const rawValues = at(commit, 'messageTemplateValues');
  if (rawValues !== null && typeof rawValues === 'object' && !Array.isArray(rawValues)) {
    for (const [key, value] of Object.entries(rawValues)) if (typeof value === 'string') values[key] = value;
  }
  const checkoutBranch = text(at(at(at(git, 'checkout'), 'ref'), 'branch'));
  return {
    automation: {
      ...source,
      ref,
      updatePath: path,
      commit: {
        author: email === undefined ? undefined : { name: text(at(author, 'name')) ?? '', email },
        messageTemplate: text(at(commit, 'messageTemplate')) || undefined,
        messageTemplateValues: values,
      },
      checkoutBranch,
      pushBranch: text(at(at(git, 'push'), 'branch')) || checkoutBranch,
    },
    diagnostics,
  };
}

/**
 * cyphar/filepath-securejoin's lexical part: `..` at the root stays at the root. (Symlinks are
 * not followed here; the marker scan refuses them.)
 */
export function secureJoinPath(value: string): { path: string; clamped: boolean } {
  const parts: string[] = [];
  let clamped = false;
  for (const part of value.replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) clamped = true;
      else parts.pop();
    } else parts.push(part);
  }
  return { path: parts.join('/'), clamped };
}

function at(value: KubeValue | undefined, key: string): KubeValue | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;
}

function text(value: KubeValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
