import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../../src/actions/shared/annotations.js';
import { findingsToAnnotations } from '../../../src/actions/shared/findings.js';
import type { Finding } from '../../../src/core/validate/finding.js';
import { manyFindings, removedFinding, replicasFinding } from './fixtures.js';

describe('findings as annotations', () => {
  it('titles an annotation with the rule and places it at file, line and column', () => {
    expect(findingsToAnnotations([replicasFinding])).toEqual([
      {
        level: 'error',
        title: 'schema',
        message: 'spec.replicas: expected integer, got string\nWrite the number without quotes.',
        file: 'apps/prod/api.yaml',
        line: 12,
        column: 13,
      },
    ]);
  });

  it('names the release that rendered the object', () => {
    const [annotation] = findingsToAnnotations([removedFinding]);
    expect(annotation?.message).toBe(
      `${removedFinding.message}\nObject rendered by HelmRelease prod/web (clusters/prod/web.yaml:3:1) from web/templates/ingress.yaml.`,
    );
  });

  it('leaves line and column out when the finding has none', () => {
    const finding: Finding = {
      ...replicasFinding,
      severity: 'notice',
      location: { file: 'a.yaml' },
      hint: undefined,
    };
    expect(findingsToAnnotations([finding])).toEqual([
      { level: 'notice', title: 'schema', message: finding.message, file: 'a.yaml' },
    ]);
  });

  it('gives the summary per-severity counts of what GitHub would not show', () => {
    const { emit, omitted } = planAnnotations(findingsToAnnotations(manyFindings(30)));
    expect(emit).toHaveLength(30);
    const more = planAnnotations(findingsToAnnotations(manyFindings(45)));
    expect(more.omitted).toEqual({ error: 5, warning: 5, notice: 5 });
    expect(omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });
});
