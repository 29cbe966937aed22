import { parseArgs } from 'node:util';
import { GitopsError, UsageError } from '../../core/errors.js';
import {
  compilePolicy,
  describeVerdict,
  type ImagePolicySpec,
  selectTag,
} from '../../core/images/policy/index.js';
import { loadManifests, type Manifest } from '../../core/manifest/load-manifests.js';
import { type CliContext, EXIT } from '../context.js';
import { readInput, requireFlag } from '../io.js';

export const imagePolicyUsage = `Usage: gitops-actions image-policy --policy FILE --tags FILE [--name NAME] [--repository FILE]

Prints the tag a Flux ImagePolicy picks from a list of tags, alone on the first line, then why
each other tag lost. --tags takes one tag per line, in any order (- reads standard input).
The exclusionList comes from the ImageRepository in --repository, or in the policy file.
Exits 1 when no tag qualifies, 2 when the policy or the flags are invalid.
`;

/**
 * `gitops-actions image-policy`: what Flux would pick for a set of tags, and why. The same
 * selection code as image-bump, so this is a faithful way to debug a range or a filter.
 */
export async function imagePolicyCommand(args: string[], context: CliContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      policy: { type: 'string' },
      tags: { type: 'string' },
      name: { type: 'string' },
      repository: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    context.stdout.write(imagePolicyUsage);
    return EXIT.clean;
  }
  const policyFile = requireFlag(values, 'policy');
  const tagsFile = requireFlag(values, 'tags');
  const policyDocs = await loadObjects(context, '--policy', policyFile);
  const policy = pick(policyDocs, 'ImagePolicy', values.name, policyFile);
  const repositoryDocs = values.repository
    ? await loadObjects(context, '--repository', values.repository)
    : policyDocs;
  const repository = findRepository(policy, repositoryDocs);

  const spec = policySpec(policy, repository);
  try {
    // Checks the whole spec, the range and the filter pattern included, before any tag is read.
    compilePolicy(spec);
  } catch (error) {
    throw new UsageError(`${where(policy)}: ${(error as Error).message}`);
  }
  const tags = (await readInput(context, '--tags', tagsFile))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const selection = selectTag(spec, tags);
  const losers = selection.verdicts
    .filter((verdict) => verdict.outcome.kind !== 'selected')
    .map(describeVerdict);
  if (selection.tag === undefined) {
    context.stderr.write(
      `gitops-actions: no tag qualifies for ImagePolicy ${policy.identity.namespace ?? 'default'}/${policy.identity.name} (${tags.length} tags)\n`,
    );
    for (const line of losers) context.stderr.write(`  ${line}\n`);
    return EXIT.findings;
  }
  context.stdout.write(`${selection.tag}\n`);
  for (const line of losers) context.stdout.write(`${line}\n`);
  return EXIT.clean;
}

async function loadObjects(context: CliContext, flag: string, file: string): Promise<Manifest[]> {
  const text = await readInput(context, flag, file);
  const loaded = loadManifests(file, text);
  const error = loaded.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  if (error) throw new UsageError(`${error.location.file}:${error.location.line ?? '?'}: ${error.message}`);
  return loaded.manifests;
}

function pick(manifests: Manifest[], kind: string, name: string | undefined, file: string): Manifest {
  const candidates = manifests.filter(
    (m) => m.identity.kind === kind && m.identity.apiVersion.startsWith('image.toolkit.fluxcd.io/'),
  );
  const named = name === undefined ? candidates : candidates.filter((m) => m.identity.name === name);
  if (named.length === 1) return named[0] as Manifest;
  if (named.length === 0) {
    throw new UsageError(`${file} has no ${kind}${name === undefined ? '' : ` named ${name}`}`);
  }
  throw new UsageError(
    `${file} has ${named.length} ${kind} objects: choose one with --name (${named.map((m) => m.identity.name).join(', ')})`,
  );
}

/** The policy's ImageRepository, when the given documents hold it; it supplies the exclusionList. */
function findRepository(policy: Manifest, manifests: Manifest[]): Manifest | undefined {
  const ref = (
    policy.object.spec as { imageRepositoryRef?: { name?: string; namespace?: string } } | undefined
  )?.imageRepositoryRef;
  if (!ref?.name) return undefined;
  const namespace = ref.namespace ?? policy.identity.namespace;
  return manifests.find(
    (m) =>
      m.identity.kind === 'ImageRepository' &&
      m.identity.name === ref.name &&
      (namespace === undefined || m.identity.namespace === undefined || m.identity.namespace === namespace),
  );
}

function policySpec(policy: Manifest, repository: Manifest | undefined): ImagePolicySpec {
  const spec = policy.object.spec as { policy?: unknown; filterTags?: unknown } | undefined;
  if (spec === undefined || spec === null || typeof spec !== 'object') {
    throw new GitopsError(`${where(policy)}: ImagePolicy has no spec`);
  }
  const exclusionList = (repository?.object.spec as { exclusionList?: unknown } | undefined)?.exclusionList;
  return {
    policy: spec.policy as ImagePolicySpec['policy'],
    ...(spec.filterTags === undefined
      ? {}
      : { filterTags: spec.filterTags as ImagePolicySpec['filterTags'] }),
    ...(Array.isArray(exclusionList) ? { exclusionList: exclusionList.map(String) } : {}),
  };
}

function where(manifest: Manifest): string {
  return `${manifest.provenance.file}:${manifest.provenance.line}`;
}
