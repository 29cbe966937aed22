import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRuns } from '../../../src/core/diff/index.js';
import type { ObjectChange, RenderDiff } from '../../../src/core/diff/model.js';
import { COMMENT_LIMIT, diffMarkdown, fullDiffMarkdown } from '../../../src/report/diff-markdown.js';
import { deployment, object, run, unit } from './builders.js';

const MARKER = '<!-- gitops-actions:check -->';
const NOTE =
  'Full diff: [job summary](https://github.com/acme/fleet/actions/runs/1) · artifact `gitops-diff`';

const configMap = (name: string, data: Record<string, string>, cluster = 'prod') =>
  unit([object('v1', 'ConfigMap', name, 'shop', { data })], { cluster, name });

/** A diff with `count` changed ConfigMaps whose diffs are `lines` lines long. */
function bigDiff(count: number, lines: number): RenderDiff {
  const data = (version: string) =>
    Object.fromEntries(Array.from({ length: lines }, (_, i) => [`key${i}`, `${version}-${i}`]));
  const base = run(...Array.from({ length: count }, (_, i) => configMap(`cm-${i}`, data('a'))));
  const head = run(...Array.from({ length: count }, (_, i) => configMap(`cm-${i}`, data('b'))));
  return diffRuns(base, head);
}

describe('diffMarkdown', () => {
  it('says there are no changes, between the marker and the note', () => {
    const side = run(configMap('a', { x: '1' }));
    const text = diffMarkdown(diffRuns(side, side), { marker: MARKER, fullDiffNote: NOTE });
    expect(text.split('\n')[0]).toBe(MARKER);
    expect(text).toContain('No changes to rendered objects');
    expect(text).toContain('render the same objects in 1 cluster');
    expect(text.trimEnd().endsWith(NOTE)).toBe(true);
    expect(text).not.toContain('<details>');
  });

  it('writes the headline, a kind table per cluster, images, risks and the objects', () => {
    const base = run(
      unit([deployment({ image: 'ghcr.io/acme/web:1.0.0' }), object('v1', 'Service', 'old', 'shop')]),
      configMap('same', { a: '1' }, 'staging'),
    );
    const head = run(
      unit([deployment({ image: 'ghcr.io/acme/web:1.1.0' })]),
      configMap('same', { a: '1' }, 'staging'),
    );
    const text = diffMarkdown(diffRuns(base, head), { marker: MARKER, fullDiffNote: NOTE });
    expect(text).toContain('### 🔍 Rendered changes in 1 cluster');
    expect(text).toContain('**0 added · 1 changed · 1 removed** (2 clusters rendered)');
    expect(text).toContain('#### `prod`: 0 added · 1 changed · 1 removed');
    expect(text).toContain('| Deployment | 0 | 1 | 0 |\n| Service | 0 | 0 | 1 |');
    expect(text).toContain('Unchanged: `staging`');
    expect(text).toContain(
      '| `ghcr.io/acme/web:1.0.0` | `ghcr.io/acme/web:1.1.0` | prod: Deployment shop/web \\(app\\) |',
    );
    expect(text).toContain(
      '- ⚠️ `prod` Service shop/old is deleted \\(pruned\\) (`clusters/prod/apps.yaml:3`)',
    );
    expect(text).toContain('<details><summary>± prod · Deployment shop/web (1 field)</summary>');
    expect(text).toMatch(
      /```diff\n@@ [^`]*\n-\s+image: ghcr.io\/acme\/web:1.0.0\n\+\s+image: ghcr.io\/acme\/web:1.1.0\n/,
    );
    expect(text).toContain('<details><summary>− prod · Service shop/old</summary>');
  });

  it('does not claim "no changes" when a unit did not render', () => {
    const base = run(configMap('a', { x: '1' }));
    const head = run(unit([], { name: 'a', status: 'failed', error: 'boom' }));
    const text = diffMarkdown(diffRuns(base, head));
    expect(text).toContain('### ⚠️ No changes found, but 1 unit did not render');
    expect(text).not.toContain('✅');
  });

  it('lists render failures and the validation summary', () => {
    const base = run(configMap('a', { x: '1' }));
    const head = run(
      unit([], { name: 'a', status: 'failed', error: 'helm template: chart "web" not found' }),
    );
    const text = diffMarkdown(diffRuns(base, head), {
      validation: {
        errors: 1,
        warnings: 0,
        items: [
          { file: 'apps/web.yaml', line: 7, rule: 'schema', message: 'spec.replicas: expected integer' },
        ],
      },
    });
    expect(text).toContain('#### Render failures');
    expect(text).toContain(
      '- ❌ `prod/HelmRelease/flux-system/a` (`clusters/prod/a.yaml:3`) on the head: helm template: chart "web" not found Fix the chart.',
    );
    expect(text).toContain('#### ❌ Validation: 1 error, 0 warnings');
    expect(text).toContain('- `apps/web.yaml:7` `schema` spec.replicas: expected integer');
  });

  it('notes masked fields and filtered objects', () => {
    const diff = bigDiff(1, 2);
    const [change] = diff.clusters[0]?.objects ?? [];
    (change as ObjectChange).masked = ['data.token'];
    diff.totals.masked = 1;
    diff.totals.filtered = 3;
    const text = diffMarkdown(diff);
    expect(text).toContain(
      '_3 objects differ only by noise (filtered); 1 field masked: changes on every render._',
    );
    expect(text).toContain('🎲 Changes on every render, masked: `data.token`');
  });

  it('never shows a Secret value', () => {
    const secret = (value: string) =>
      object('v1', 'Secret', 'db', 'shop', { stringData: { password: value } });
    const diff = diffRuns(run(unit([secret('s3cr3t-old')])), run(unit([secret('s3cr3t-new')])));
    for (const text of [diffMarkdown(diff), fullDiffMarkdown(diff)]) {
      expect(text).not.toContain('s3cr3t');
      expect(text).toContain('🔒 Values are shown as hashes only.');
    }
  });

  it('cuts each object diff before collapsing any object', () => {
    const diff = bigDiff(20, 400);
    const full = fullDiffMarkdown(diff);
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const text = diffMarkdown(diff, { marker: MARKER, fullDiffNote: NOTE });
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text.match(/<details>/g)).toHaveLength(20);
    expect(text).toMatch(/… \d+ more lines/);
    expect(text).not.toContain('Not expanded');
  });

  it('collapses objects to one line each when cut diffs do not fit, then drops the rest with a count', () => {
    const collapsed = diffMarkdown(bigDiff(300, 30), { fullDiffNote: NOTE });
    expect(collapsed).toContain('Not expanded, to fit the comment:');
    expect(collapsed).toMatch(/^- ± prod · ConfigMap shop\/cm-\d+ \(30 fields\)$/m);
    expect(collapsed.length).toBeLessThanOrEqual(COMMENT_LIMIT);

    const dropped = diffMarkdown(bigDiff(3000, 1), { fullDiffNote: NOTE, maxLength: 20_000 });
    expect(dropped).toMatch(/_… and \d+ more objects: see the full diff._/);
    expect(dropped.length).toBeLessThanOrEqual(20_000);
    expect(dropped.trimEnd().endsWith(NOTE)).toBe(true);
  });

  it('keeps the full diff whole', () => {
    const diff = bigDiff(20, 400);
    const full = fullDiffMarkdown(diff, { fullDiffNote: NOTE });
    expect(full.match(/<details>/g)).toHaveLength(20);
    expect(full).not.toMatch(/more lines/);
    expect(full.match(/^\+\s+key\d+: b-\d+$/gm)).toHaveLength(20 * 400);
    expect(fullDiffMarkdown(diff, { maxLength: 100_000 }).length).toBeLessThanOrEqual(100_000);
  });

  it('uses a longer fence when the diff holds backticks', () => {
    const diff = diffRuns(
      run(configMap('docs', { 'README.md': 'x' })),
      run(configMap('docs', { 'README.md': '```\ncode\n```\n' })),
    );
    expect(diffMarkdown(diff)).toMatch(/^````diff$/m);
  });

  it('refuses a maxLength smaller than the marker and note', () => {
    expect(() => diffMarkdown(bigDiff(1, 1), { marker: MARKER, fullDiffNote: NOTE, maxLength: 50 })).toThrow(
      /over the limit of 50/,
    );
  });

  it('never exceeds maxLength, and always keeps the marker and the note (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', ' ', '`', '|', '<', 'é', '😀', '\n'),
      maxLength: 400,
    });
    const change = (maxLines: number) =>
      fc.record({
        kind: fc.constantFrom('added' as const, 'removed' as const, 'changed' as const),
        name: fc.string({ minLength: 1, maxLength: 60 }),
        lines: fc.integer({ min: 1, max: maxLines }),
        line: text,
      });
    const diffArb = fc.record({
      // Few objects, or enough that even one line each cannot all fit.
      changes: fc.oneof(
        fc.array(change(3000), { maxLength: 20 }),
        fc.array(change(40), { minLength: 300, maxLength: 1500 }),
      ),
      images: fc.integer({ min: 0, max: 300 }),
      risks: fc.integer({ min: 0, max: 300 }),
      failures: fc.array(text, { maxLength: 80 }),
      validation: fc.array(text, { maxLength: 100 }),
    });
    fc.assert(
      fc.property(diffArb, fc.integer({ min: 1_000, max: COMMENT_LIMIT }), (input, maxLength) => {
        const diff = syntheticDiff(input);
        const out = diffMarkdown(diff, {
          marker: MARKER,
          fullDiffNote: NOTE,
          maxLength,
          validation: {
            errors: input.validation.length,
            warnings: 0,
            items: input.validation.map((message, i) => ({
              file: `f${i}.yaml`,
              line: i,
              rule: 'schema',
              message,
            })),
          },
        });
        expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(maxLength);
        expect(out.length).toBeLessThanOrEqual(maxLength);
        expect(out.startsWith(`${MARKER}\n`)).toBe(true);
        expect(out.trimEnd().endsWith(NOTE)).toBe(true);
        expect(out.match(/<details>/g)?.length ?? 0).toBe(out.match(/<\/details>/g)?.length ?? 0);
        // Every object is accounted for: expanded, listed on a line, or counted as left out.
        const expanded = out.match(/<details>/g)?.length ?? 0;
        const listed = out.match(/^- \\?[±+−] /gm)?.length ?? 0;
        const dropped = Number(/(\d+) (?:more objects?:|changed objects? not shown)/.exec(out)?.[1] ?? 0);
        expect(expanded + listed + dropped).toBe(input.changes.length);
      }),
      { numRuns: 60 },
    );
  });
});

interface SyntheticInput {
  changes: { kind: 'added' | 'removed' | 'changed'; name: string; lines: number; line: string }[];
  images: number;
  risks: number;
  failures: string[];
}

/** A RenderDiff built directly, to reach sizes and characters a real render rarely has. */
function syntheticDiff(input: SyntheticInput): RenderDiff {
  const identity = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'shop', name });
  const objects: ObjectChange[] = input.changes.map((c, i) => ({
    change: c.kind,
    cluster: 'prod',
    identity: identity(`${c.name}-${i}`),
    key: `/ConfigMap/shop/${c.name}-${i}`,
    unit: 'prod/HelmRelease/flux-system/apps',
    owner: { file: 'clusters/prod/apps.yaml', line: 3 },
    hunks: [{ path: 'data.x', change: 'changed', old: '1', new: '2' }],
    masked: [],
    filteredFields: 0,
    text: `@@ -1,${c.lines} +1,${c.lines} @@\n${Array.from({ length: c.lines }, () => `+${c.line}`).join('\n')}\n`,
  }));
  const count = (kind: string) => objects.filter((o) => o.change === kind).length;
  return {
    changed: objects.length > 0,
    totals: {
      added: count('added'),
      changed: count('changed'),
      removed: count('removed'),
      filtered: 0,
      masked: 0,
    },
    clusters: [
      {
        cluster: 'prod',
        added: count('added'),
        changed: count('changed'),
        removed: count('removed'),
        filtered: 0,
        kinds: [
          { kind: 'ConfigMap', added: count('added'), changed: count('changed'), removed: count('removed') },
        ],
        objects,
      },
    ],
    images: Array.from({ length: input.images }, (_, i) => ({
      cluster: 'prod',
      identity: identity(`w${i}`),
      unit: 'u',
      container: 'app',
      init: false,
      old: `registry.example.com/team/app-${i}:1.0.0`,
      new: `registry.example.com/team/app-${i}:1.0.1`,
    })),
    risks: Array.from({ length: input.risks }, (_, i) => ({
      level: 'warning' as const,
      code: 'object-deleted' as const,
      cluster: 'prod',
      identity: identity(`r${i}`),
      unit: 'u',
      message: `ConfigMap shop/r${i} is deleted (pruned)`,
    })),
    failures: input.failures.map((message, i) => ({
      side: 'head' as const,
      cluster: 'prod',
      unit: `prod/HelmRelease/flux-system/f${i}`,
      status: 'failed' as const,
      message: message.repeat(20),
    })),
    masked: [],
  };
}
