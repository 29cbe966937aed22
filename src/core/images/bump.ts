import { GitopsError } from '../errors.js';
import { buildMessageData, renderCommitMessage } from '../template/index.js';
import {
  type ImageAutomation,
  type ImageBumpPlan,
  loadImageAutomation,
  planFromTags,
  planGiven,
  recordedChanges,
  repositoriesToList,
  type UpdateAutomation,
} from './automation/index.js';

/** What registry mode needs from a registry: the client in ./registry, or a test's. */
export interface TagSource {
  listTags(image: string): Promise<string[]>;
  digest(image: string, tag: string): Promise<string>;
}

export interface ImageBumpRequest {
  /** The repository root. */
  root: string;
  /**
   * Where to look for markers, relative to the root. Empty: the update paths of the repository's
   * ImageUpdateAutomations, as Flux would scan, or the whole repository when there are none.
   */
  paths?: readonly string[];
  /** Given mode: the image that was built. Without it, registry mode lists every policy's tags. */
  given?: { image: string; tag?: string; digest?: string };
  registry?: TagSource;
  /** How many registries are asked at once in registry mode. */
  concurrency?: number;
}

export interface ImageBumpOutcome {
  automation: ImageAutomation;
  plan: ImageBumpPlan;
  /** The paths that were scanned. */
  paths: string[];
  /** The ImageUpdateAutomation whose settings are the defaults, when one applies unambiguously. */
  updateAutomation: UpdateAutomation | undefined;
}

/** Scans, resolves and plans: everything up to the edits, which the caller applies or not. */
export async function planImageBump(request: ImageBumpRequest): Promise<ImageBumpOutcome> {
  const explicit = request.paths !== undefined && request.paths.length > 0;
  const automation = await loadImageAutomation(request.root, {
    paths: explicit ? (request.paths as readonly string[]) : 'update-paths',
  });
  const automations = automation.objects.automations;
  const paths = automation.paths;
  const plan = request.given
    ? planGiven(automation, request.given)
    : await planFromRegistry(automation, request.registry, request.concurrency ?? 4);
  return { automation, plan, paths, updateAutomation: defaultAutomation(automations) };
}

async function planFromRegistry(
  automation: ImageAutomation,
  registry: TagSource | undefined,
  concurrency: number,
): Promise<ImageBumpPlan> {
  if (registry === undefined) {
    throw new GitopsError('registry mode needs a registry client', {
      hint: 'Give an image and a tag for given mode, or let the action list tags from the registry.',
    });
  }
  const images = [...new Set(repositoriesToList(automation).map((repository) => repository.image))];
  const tags = new Map<string, string[]>();
  let next = 0;
  const worker = async () => {
    while (next < images.length) {
      const image = images[next++] as string;
      tags.set(image, await registry.listTags(image));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, images.length) }, worker));
  return planFromTags(automation, tags, (image, tag) => registry.digest(image, tag));
}

/**
 * The automation whose commit and push settings apply: the only one, or the only one whose
 * update path covers every scanned path. Several automations with different settings have no
 * single answer, and then the defaults stay ours.
 */
function defaultAutomation(automations: readonly UpdateAutomation[]): UpdateAutomation | undefined {
  return automations.length === 1 ? automations[0] : undefined;
}

/**
 * The commit message Flux would write: the automation's messageTemplate (or `template`, which
 * overrides it) rendered over Flux's data model, or Flux's default message.
 */
export function imageBumpCommitMessage(outcome: ImageBumpOutcome, template?: string): string {
  const automation = outcome.updateAutomation;
  const data = buildMessageData({
    automation: {
      name: automation?.ref.name ?? 'gitops-actions',
      namespace: automation?.ref.namespace ?? '',
    },
    changes: recordedChanges(outcome.plan.result),
    values: automation?.commit.messageTemplateValues ?? {},
  });
  return renderCommitMessage(template ?? automation?.commit.messageTemplate, data);
}
