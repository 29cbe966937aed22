import type { App } from './apps.js';
import { ENV_TOKEN, fromTemplate, pathTemplate } from './env-names.js';
import type { Environment } from './environments.js';
import type { NewFile, PromoteDiagnostic } from './plan-types.js';
import { documentObject, isArgoApplication, isUnder, type ParsedRepo, posix } from './repo-files.js';

export type NewAppFiles =
  | { ok: true; files: NewFile[]; diagnostics: PromoteDiagnostic[] }
  | { ok: false; reason: string };

/**
 * Where a new app's files go in the target: the same place under the target's matching path
 * (`apps/staging/cart/…` → `apps/production/cart/…`, `charts/cart/values-staging.yaml` →
 * `charts/cart/values-production.yaml`). The files are copied as they are; a reviewer adapts what
 * is environment-specific. All or nothing: half an app is worse than none.
 */
export function newAppFiles(
  app: App,
  source: Environment,
  target: Environment,
  parsed: ParsedRepo,
): NewAppFiles {
  const files: NewFile[] = [];
  const listings = new Set<string>();
  for (const file of app.files) {
    const documents = parsed.documents(file);
    const mine = app.documents.filter((ref) => ref.file === file).length;
    if (mine !== documents.length) {
      return { ok: false, reason: `${file} also holds other apps' objects, so it cannot be copied alone` };
    }
    if (documents.some((doc) => isArgoApplication(documentObject(doc)))) {
      return {
        ok: false,
        reason: `${file} is an Argo CD Application, which names its environment inside (name, destination, value files); write the ${target.name} Application by hand`,
      };
    }
    const mapped = mapPath(file, source, target);
    if (mapped === undefined) {
      return {
        ok: false,
        reason: `${file} has no counterpart path in ${target.name} (${target.paths.join(', ')})`,
      };
    }
    if (parsed.has(mapped.file)) {
      return {
        ok: false,
        reason: `${mapped.file} already exists in ${target.name} but is not part of an app named ${app.name}`,
      };
    }
    if (mapped.entry !== undefined) listings.add(mapped.entry);
    files.push({ app: app.name, file: mapped.file, sourceFile: file, content: parsed.text(file) });
  }
  const diagnostics: PromoteDiagnostic[] = [];
  for (const entry of [...listings].sort()) {
    const kustomization = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
      .map((name) => `${entry}/${name}`)
      .find((candidate) => parsed.has(candidate));
    if (kustomization === undefined) continue;
    // kustomize builds only what kustomization.yaml lists; a copied directory or patch is inert until it is.
    diagnostics.push({
      severity: 'warning',
      code: 'new-app-not-listed',
      app: app.name,
      message: `add ${app.name}'s new files to the resources or patches of ${kustomization}; the plan copies files but does not edit kustomizations`,
      location: { file: kustomization },
    });
  }
  return { ok: true, files, diagnostics };
}

function mapPath(
  file: string,
  source: Environment,
  target: Environment,
): { file: string; entry?: string } | undefined {
  const entry = source.paths.filter((path) => isUnder(file, path)).sort((a, b) => b.length - a.length)[0];
  if (entry === undefined) return undefined;
  if (entry === file) {
    const template = pathTemplate(file, source.name);
    return template.includes(ENV_TOKEN) ? { file: fromTemplate(template, target.name) } : undefined;
  }
  const template = pathTemplate(entry, source.name);
  if (!template.includes(ENV_TOKEN)) return undefined;
  const targetEntry = fromTemplate(template, target.name);
  if (!target.paths.includes(targetEntry)) return undefined;
  const rel = file.slice(entry.length + 1);
  return { file: posix.join(targetEntry, rel), entry: targetEntry };
}
