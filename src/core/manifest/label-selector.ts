/**
 * Kubernetes label selectors (`metav1.LabelSelector`): `matchLabels` and `matchExpressions` with
 * `In`, `NotIn`, `Exists` and `DoesNotExist`, all of which must hold. An empty selector matches
 * everything, as `metav1.LabelSelectorAsSelector` makes it.
 */
import { GitopsError } from '../errors.js';

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** Reads a selector from a decoded object; throws on an operator Kubernetes rejects. */
export function readLabelSelector(value: unknown): LabelSelector {
  const raw = isRecord(value) ? value : {};
  const matchLabels: Record<string, string> = {};
  if (isRecord(raw.matchLabels)) {
    for (const [key, label] of Object.entries(raw.matchLabels)) matchLabels[key] = String(label);
  }
  const expressions = Array.isArray(raw.matchExpressions) ? raw.matchExpressions.filter(isRecord) : [];
  const matchExpressions = expressions.map((expression) => {
    const operator = String(expression.operator ?? '');
    if (!['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(operator)) {
      throw new GitopsError(`"${operator}" is not a valid label selector operator`, {
        hint: 'Use In, NotIn, Exists or DoesNotExist.',
      });
    }
    const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
    return { key: String(expression.key ?? ''), operator, values };
  });
  return { matchLabels, matchExpressions };
}

export function matchesLabels(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  return (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    const has = Object.hasOwn(labels, key);
    switch (operator) {
      case 'In':
        return has && values.includes(labels[key] as string);
      case 'NotIn':
        return !has || !values.includes(labels[key] as string);
      case 'Exists':
        return has;
      default:
        return !has;
    }
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
