import { isValuesMap } from '../../flux/helmrelease/merge-maps.js';
import type { RenderedObject } from '../../flux/helmrelease/post-render-metadata.js';
import { HOOK_EVENTS, type HookEvent, type HookInfo } from './engine.js';

const HOOK_ANNOTATION = 'helm.sh/hook';
const HOOK_WEIGHT_ANNOTATION = 'helm.sh/hook-weight';
const HOOK_DELETE_ANNOTATION = 'helm.sh/hook-delete-policy';

/** Helm 2's name for test hooks, still accepted (manifest_sorter.go `events`). */
const LEGACY_EVENTS: Record<string, HookEvent> = { 'test-success': 'test' };

/**
 * What Helm's manifest sorter (release/v1/util/manifest_sorter.go) makes of an object:
 * `undefined` for a regular manifest, its hook information for a hook, or `'unknown'` when
 * `helm.sh/hook` names an event Helm does not know, which makes Helm drop the object altogether
 * ("skipping unknown hooks"). Event and policy names are trimmed and lowercased as Helm does.
 */
export function classifyHook(object: RenderedObject): HookInfo | 'unknown' | undefined {
  const annotations = annotationsOf(object);
  const hookTypes = annotations[HOOK_ANNOTATION];
  if (hookTypes === undefined) return undefined;
  const events: HookEvent[] = [];
  for (const part of hookTypes.split(',')) {
    const name = part.trim().toLowerCase();
    const event = (HOOK_EVENTS as readonly string[]).includes(name)
      ? (name as HookEvent)
      : LEGACY_EVENTS[name];
    if (event === undefined) return 'unknown';
    events.push(event);
  }
  return {
    events,
    weight: goAtoi(annotations[HOOK_WEIGHT_ANNOTATION]),
    deletePolicies: splitPolicies(annotations[HOOK_DELETE_ANNOTATION]),
  };
}

function annotationsOf(object: RenderedObject): Record<string, string> {
  const metadata = object.metadata;
  const annotations = isValuesMap(metadata) ? metadata.annotations : undefined;
  if (!isValuesMap(annotations)) return {};
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(annotations)) {
    if (typeof value === 'string') result[key] = value;
  }
  return result;
}

/** Go's `strconv.Atoi`, with Helm's fallback to 0 on any error (`calculateHookWeight`). */
function goAtoi(text: string | undefined): number {
  if (text === undefined || !/^[+-]?\d+$/.test(text)) return 0;
  const value = Number.parseInt(text, 10);
  return Number.isSafeInteger(value) ? value : 0;
}

function splitPolicies(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text.split(',').map((policy) => policy.trim().toLowerCase());
}
