import { describe, expect, it } from 'vitest';
import { checkReport, checkText, commentBodies, commentMarker } from '../../../src/check/report.js';
import type { CheckResult } from '../../../src/check/run-check.js';
import { diffRuns } from '../../../src/core/diff/index.js';
import type { RenderRun } from '../../../src/core/render/model.js';
import { deployment, run, unit } from '../diff/builders.js';

function result(base: RenderRun, head: RenderRun): CheckResult {
  return {
    base: { sha: 'a'.repeat(40), description: 'merge-base of main and HEAD' },
    baseRun: base,
    headRun: head,
    diff: diffRuns(base, head),
    stats: { units: head.units.length, affected: 1, full: false },
  };
}

const twoClusters = () =>
  result(
    run(
      unit([deployment({ replicas: 1 })], { cluster: 'prod' }),
      unit([deployment()], { cluster: 'staging' }),
    ),
    run(
      unit([deployment({ replicas: 3 })], { cluster: 'prod' }),
      unit([deployment()], { cluster: 'staging' }),
    ),
  );

describe('check comments', () => {
  it('writes one comment headed by the marker, linking the job summary and the artifact', () => {
    const [comment, ...rest] = commentBodies(twoClusters(), 'pull-request', {
      summaryUrl: 'https://github.com/acme/fleet/actions/runs/1',
      artifactUrl: 'https://github.com/acme/fleet/actions/runs/1/artifacts/2',
    });
    expect(rest).toEqual([]);
    expect(comment?.marker).toBe(commentMarker());
    expect(comment?.empty).toBe(false);
    expect(comment?.body.startsWith(`${commentMarker()}\n`)).toBe(true);
    expect(comment?.body).toContain('[the job summary](https://github.com/acme/fleet/actions/runs/1)');
    expect(comment?.body).toContain('artifacts/2');
  });

  it('writes one comment per cluster, each with its own marker, and marks the unchanged one empty', () => {
    const comments = commentBodies(twoClusters(), 'per-cluster', {});
    expect(comments.map((c) => [c.marker, c.empty])).toEqual([
      [commentMarker('prod'), false],
      [commentMarker('staging'), true],
    ]);
    expect(comments[0]?.body).toContain('replicas: 3');
    expect(comments[1]?.body).not.toContain('replicas: 3');
    expect(commentMarker('a--b')).not.toContain('a--b');
  });
});

describe('check text and report', () => {
  it('prints each changed object with its unified diff, in colour only when asked', () => {
    const plain = checkText(twoClusters(), { color: false });
    expect(plain).toContain('prod: 0 added, 1 changed, 0 removed');
    expect(plain).toMatch(/^\s+\+\s+replicas: 3$/m);
    expect(plain).not.toContain('\u001b[');
    expect(checkText(twoClusters(), { color: true })).toContain('\u001b[32m');
  });

  it('says so when nothing changed', () => {
    const same = run(unit([deployment()]));
    expect(checkText(result(same, structuredClone(same)), { color: false })).toContain(
      'no changes to rendered objects',
    );
  });

  it('keeps the diff, the base and no validation in the JSON report', () => {
    const report = checkReport(twoClusters());
    expect(report.base.sha).toBe('a'.repeat(40));
    expect(report.diff.totals.changed).toBe(1);
    expect(report.validation).toBeNull();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
