import path from 'node:path';
import { UsageError } from '../../errors.js';
import { objectKey } from '../../manifest/identity.js';
import {
  type ConfigurationFile,
  compareFindings,
  type Finding,
  type RuleMetadata,
  type Skipped,
  type ValidationReport,
} from '../finding.js';
import { objectFinding, type Rule } from '../rule.js';
import { type CollectedInputs, collectInputs, type InputFile } from './collect-inputs.js';
import { type InputObject, inputObjects, PositionCache } from './input-objects.js';
import { INPUT_RULES } from './input-rules.js';
import { parseFiles } from './parse-files.js';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_FILE_BYTES } from './read-input.js';
import { ownerKey, ownersOf, readRenderedIndex, renderedFiles } from './rendered-index.js';
import { type SchemaOptions, schemaPass } from './schema-pass.js';

export interface ValidateInputsOptions {
  /** Files, directories and globs of YAML or JSON, relative to `repoRoot`. */
  paths?: string[];
  /** A render output directory holding `index.json` (see rendered-index.ts), relative to `repoRoot`. */
  rendered?: string;
  /** Findings name files relative to this; symlinks may not leave it. */
  repoRoot: string;
  /** `1.31`, `1.35.0`, …: every object is checked against each; at least one. */
  kubernetesVersions: string[];
  /** Where schemas come from, and strictness. */
  schema: SchemaOptions;
  /** CRD files or directories used only as schemas (vendor CRDs, charts' `crds/` outside the paths). */
  crdPaths?: string[];
  /** Checks beyond the schema (deprecations, GitOps references, policies). */
  rules?: Rule[];
  /** Worker threads for parsing; default: the available parallelism. 1 parses in this thread. */
  concurrency?: number;
  /** Larger files are `input/too-large`. Default 5 MiB. */
  maxFileBytes?: number;
  /** Deeper documents are `input/too-deep`. Default 100. */
  maxDepth?: number;
}

/**
 * The validation pipeline over files a person wrote or a render produced: collect and read safely,
 * parse on the fast path, take CRDs from the input first, check every object against the schema
 * of each Kubernetes version, run the rules, and return one report. Positions beyond an object's
 * first line are computed only for files with findings. Empty input is a usage error, never a pass.
 */
export async function validateInputs(options: ValidateInputsOptions): Promise<ValidationReport> {
  if (options.kubernetesVersions.length === 0)
    throw new UsageError('no Kubernetes version to validate against');
  const repoRoot = path.resolve(options.repoRoot);
  const collected = await collect(options, repoRoot);
  const owners =
    options.rendered === undefined
      ? undefined
      : ownersOf(await readRenderedIndex(path.resolve(repoRoot, options.rendered)));
  const renderedRoot = options.rendered === undefined ? undefined : path.resolve(repoRoot, options.rendered);
  const limits = {
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
  };
  const positions = new PositionCache();
  const parsed = await parseFiles(collected.files, limits, options.concurrency, positions);
  const findings: Finding[] = [...collected.findings];
  const skipped: Skipped[] = [...collected.skipped];
  const configuration: ConfigurationFile[] = [...collected.configuration];
  const objects: InputObject[] = [];
  parsed.forEach((file, index) => {
    const input = collected.files[index] as InputFile;
    findings.push(...file.findings);
    skipped.push(...file.skipped);
    configuration.push(...file.configuration);
    const ownerOf =
      owners === undefined || renderedRoot === undefined
        ? undefined
        : (object: { identity: InputObject['identity'] }) =>
            owners.get(
              ownerKey(
                path.relative(renderedRoot, input.absolute).split(path.sep).join('/'),
                object.identity,
              ),
            );
    const found = inputObjects(file, positions, {
      schemaOnly: input.schemaOnly === true,
      ...(ownerOf ? { ownerOf } : {}),
    });
    // Render writes `<cluster>/<kind>/<namespace>/<name>.yaml`: a rendered object belongs to that
    // cluster alone, even when its hand-written file is a base that several clusters apply.
    const cluster =
      renderedRoot === undefined ? undefined : renderedCluster(path.relative(renderedRoot, input.absolute));
    objects.push(...(cluster === undefined ? found : found.map((object) => ({ ...object, cluster }))));
  });
  // kustomize's configuration goes to the rules (its generators make objects, its patches are not
  // objects) but is neither checked against a schema nor counted as an object.
  const ruleObjects = objects.filter((object) => !object.schemaOnly);
  const validated = ruleObjects.filter((object) => object.configuration === undefined);
  for (const object of ruleObjects) {
    if (object.configuration !== undefined)
      configuration.push({ location: object.location, what: object.configuration });
  }
  if (validated.length === 0 && findings.length === 0) {
    const where = [...(options.paths ?? []), ...(options.rendered ? [options.rendered] : [])].join(', ');
    throw new UsageError(`no Kubernetes documents found in ${where || 'the input'}`, {
      hint: 'Point the paths at YAML or JSON manifests, or at a render output directory.',
    });
  }

  const versions = options.kubernetesVersions;
  const perVersion: Finding[][] = [];
  const notEvaluated: ValidationReport['notEvaluated'] = [];
  const skippedObjects = new Map<string, Skipped>();
  for (const version of versions) {
    const pass = await schemaPass(objects, version, options.schema);
    const rules = await runRules(options.rules ?? [], ruleObjects, version, (file) => positions.text(file));
    perVersion.push([...pass.findings, ...rules]);
    if (perVersion.length === 1) notEvaluated.push(...pass.notEvaluated);
    for (const entry of pass.skipped) {
      const key = `${entry.location.file}:${entry.location.line}:${entry.object ? objectKey(entry.object) : ''}`;
      if (!skippedObjects.has(key)) skippedObjects.set(key, entry);
    }
  }
  findings.push(...mergeVersions(versions, perVersion));
  skipped.push(...skippedObjects.values());
  findings.sort(compareFindings);
  const rules: RuleMetadata[] = [
    ...Object.values(INPUT_RULES),
    ...(options.rules ?? []).map((rule) => rule.metadata),
  ];
  configuration.sort(
    (a, b) =>
      a.location.file.localeCompare(b.location.file) || (a.location.line ?? 0) - (b.location.line ?? 0),
  );
  return {
    findings,
    skipped,
    configuration,
    rules,
    notEvaluated,
    counts: {
      files: collected.files.length,
      objects: validated.length,
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
      notices: findings.filter((finding) => finding.severity === 'notice').length,
      skipped: skipped.length,
      configuration: configuration.length,
    },
    checked: validated.map((object) => ({ file: object.location.file, identity: object.identity })),
  };
}

async function collect(options: ValidateInputsOptions, repoRoot: string): Promise<CollectedInputs> {
  if (options.paths === undefined && options.rendered === undefined) {
    throw new UsageError('nothing to validate: give paths, a render output directory, or both');
  }
  const result: CollectedInputs = { files: [], findings: [], skipped: [], configuration: [] };
  const add = (more: CollectedInputs, schemaOnly: boolean) => {
    for (const file of more.files) result.files.push(schemaOnly ? { ...file, schemaOnly } : file);
    result.findings.push(...more.findings);
    result.skipped.push(...more.skipped);
    result.configuration.push(...more.configuration);
  };
  if (options.crdPaths?.length) add(await collectInputs(options.crdPaths, repoRoot), true);
  if (options.paths?.length) add(await collectInputs(options.paths, repoRoot), false);
  if (options.rendered !== undefined) {
    const directory = path.resolve(repoRoot, options.rendered);
    const files = renderedFiles(await readRenderedIndex(directory)).map((file) => path.join(directory, file));
    add(
      await collectInputs(
        files.map((file) => path.relative(repoRoot, file)),
        repoRoot,
      ),
      false,
    );
  }
  if (result.files.length === 0 && result.findings.length === 0) {
    const where = [...(options.paths ?? []), ...(options.rendered ? [options.rendered] : [])].join(', ');
    throw new UsageError(`no Kubernetes documents found in ${where}: no YAML or JSON files there`);
  }
  return result;
}

async function runRules(
  rules: readonly Rule[],
  objects: readonly InputObject[],
  kubernetesVersion: string,
  text: (file: string) => string | undefined,
): Promise<Finding[]> {
  const context = { objects, kubernetesVersion, finding: objectFinding, text };
  const findings: Finding[] = [];
  for (const rule of rules) findings.push(...(await rule.check(context)));
  return findings;
}

/**
 * One list from the findings of each version. A finding every version reports is kept once, as
 * it is; one that only some versions report names them, since the difference is the news.
 */
function mergeVersions(versions: readonly string[], perVersion: readonly Finding[][]): Finding[] {
  if (versions.length === 1) return perVersion[0] ?? [];
  const byKey = new Map<string, { finding: Finding; versions: string[] }>();
  perVersion.forEach((findings, index) => {
    for (const finding of findings) {
      const { file, line, column } = finding.location;
      const key = [
        finding.ruleId,
        file,
        line,
        column,
        finding.message,
        finding.object ? objectKey(finding.object) : '',
      ].join('\n');
      const entry = byKey.get(key);
      if (entry === undefined) byKey.set(key, { finding, versions: [versions[index] as string] });
      else if (!entry.versions.includes(versions[index] as string))
        entry.versions.push(versions[index] as string);
    }
  });
  return [...byKey.values()].map(({ finding, versions: found }) =>
    found.length === versions.length
      ? finding
      : { ...finding, message: `[Kubernetes ${found.join(', ')}] ${finding.message}` },
  );
}

/** The cluster folder of a file inside a render output directory, if it is in one. */
function renderedCluster(relative: string): string | undefined {
  const parts = relative.split(path.sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
}
