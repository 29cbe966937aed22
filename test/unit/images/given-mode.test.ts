import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/edits/edit.js';
import { GitopsError } from '../../../src/core/errors.js';
import {
  type ImageBumpPlan,
  imageAutomationFromFiles,
  planGiven,
  recordedChanges,
} from '../../../src/core/images/automation/index.js';
import { DIGEST_A, DIGEST_B, kustomizationFile, policyFile, releaseFile } from './image-repo-fixture.js';

type Files = Record<string, string>;

function plan(files: Files, image: string, extra: { tag?: string; digest?: string } = {}): ImageBumpPlan {
  const list = Object.entries(files).map(([file, text]) => ({ file, text }));
  return planGiven(imageAutomationFromFiles(list), { image, ...extra });
}

function apply(files: Files, result: ImageBumpPlan): Files {
  const out = { ...files };
  for (const file of new Set(result.edits.map((e) => e.file))) {
    out[file] = applyEdits(
      out[file] ?? '',
      result.edits.filter((e) => e.file === file),
    );
  }
  return out;
}

const changes = (p: ImageBumpPlan) => p.changes.map((c) => [c.setter, c.old, c.new]);
const diagnostics = (p: ImageBumpPlan) =>
  p.diagnostics.map((d) => [d.severity, d.code, d.location.file, d.location.line]);

const marked = releaseFile([
  'image: ghcr.io/acme/app:1.5.0 # {"$imagepolicy": "flux-system:app"}',
  'repository: ghcr.io/acme/app # {"$imagepolicy": "flux-system:app:name"}',
  'tag: 1.5.0 # {"$imagepolicy": "flux-system:app:tag"}',
  'digest: "" # {"$imagepolicy": "flux-system:app:digest"}',
]);

describe('planGiven: which markers take the image', () => {
  it('updates every marker form of the policy tracking the image, leaving values that already match', () => {
    const result = plan({ 'policy.yaml': policyFile(), 'release.yaml': marked }, 'ghcr.io/acme/app:1.6.0');
    expect(result.diagnostics).toEqual([]);
    expect(changes(result)).toEqual([
      ['flux-system:app', 'ghcr.io/acme/app:1.5.0', 'ghcr.io/acme/app:1.6.0'],
      ['flux-system:app:tag', '1.5.0', '1.6.0'],
    ]);
  });

  it('writes nothing for an image no policy tracks', () => {
    const result = plan({ 'policy.yaml': policyFile(), 'release.yaml': marked }, 'ghcr.io/acme/other:9.9.9');
    expect(result.edits).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it('matches the ImageRepository image the way Docker normalises names', () => {
    const files = {
      'policy.yaml': policyFile({ image: 'acme/app' }),
      'release.yaml': releaseFile(['tag: 1.0.0 # {"$imagepolicy": "flux-system:app:tag"}']),
    };
    expect(changes(plan(files, 'docker.io/acme/app:1.1.0'))).toEqual([
      ['flux-system:app:tag', '1.0.0', '1.1.0'],
    ]);
  });

  it('never downgrades: an older build is reported as not ranking above the current tag', () => {
    const result = plan({ 'policy.yaml': policyFile(), 'release.yaml': marked }, 'ghcr.io/acme/app:1.4.0');
    expect(result.edits).toEqual([]);
    expect(result.diagnostics.map((d) => d.reason)).toEqual(
      Array(4).fill(
        'tag 1.4.0 rejected by policy flux-system/app: it does not rank above the current tag 1.5.0',
      ),
    );
  });

  it('reports a tag outside the range at every marker of the policy, with the reason', () => {
    const files = { 'policy.yaml': policyFile({ range: '>=1.0.0 <2.0.0' }), 'release.yaml': marked };
    const result = plan(files, 'ghcr.io/acme/app', { tag: '2.0.0' });
    expect(result.edits).toEqual([]);
    expect(diagnostics(result)).toEqual([
      ['notice', 'tag-rejected', 'release.yaml', 8],
      ['notice', 'tag-rejected', 'release.yaml', 9],
      ['notice', 'tag-rejected', 'release.yaml', 10],
      ['notice', 'tag-rejected', 'release.yaml', 11],
    ]);
    expect(result.diagnostics[0]?.reason).toBe(
      'tag 2.0.0 rejected by policy flux-system/app: outside the range ">=1.0.0 <2.0.0"',
    );
  });

  it('judges a :name marker by the :tag marker beside it in the same object', () => {
    const files = {
      'policy.yaml': policyFile({ image: 'ghcr.io/acme/app-v2' }),
      'release.yaml': releaseFile([
        'repository: ghcr.io/acme/app # {"$imagepolicy": "flux-system:app:name"}',
        'tag: 1.5.0 # {"$imagepolicy": "flux-system:app:tag"}',
      ]),
    };
    expect(changes(plan(files, 'ghcr.io/acme/app-v2:1.4.0'))).toEqual([]);
    expect(changes(plan(files, 'ghcr.io/acme/app-v2:1.6.0'))).toEqual([
      ['flux-system:app:name', 'ghcr.io/acme/app', 'ghcr.io/acme/app-v2'],
      ['flux-system:app:tag', '1.5.0', '1.6.0'],
    ]);
  });

  it('lets the policy alone decide for a :name marker without a tag beside it', () => {
    const files = {
      'policy.yaml': policyFile({ image: 'ghcr.io/acme/app-v2', range: '<2.0.0' }),
      'release.yaml': releaseFile([
        'repository: ghcr.io/acme/app # {"$imagepolicy": "flux-system:app:name"}',
      ]),
    };
    expect(changes(plan(files, 'ghcr.io/acme/app-v2:1.0.0'))).toEqual([
      ['flux-system:app:name', 'ghcr.io/acme/app', 'ghcr.io/acme/app-v2'],
    ]);
    expect(diagnostics(plan(files, 'ghcr.io/acme/app-v2:2.0.0'))).toEqual([
      ['notice', 'tag-rejected', 'release.yaml', 8],
    ]);
  });

  it('lets the policy alone decide for a whole-image marker whose value has no tag', () => {
    const files = {
      'policy.yaml': policyFile(),
      'release.yaml': releaseFile(['image: ghcr.io/acme/app # {"$imagepolicy": "flux-system:app"}']),
    };
    expect(changes(plan(files, 'ghcr.io/acme/app:1.0.0'))).toEqual([
      ['flux-system:app', 'ghcr.io/acme/app', 'ghcr.io/acme/app:1.0.0'],
    ]);
  });

  it('reports an invalid policy once, at the policy', () => {
    const files = { 'policy.yaml': policyFile({ range: 'not a range' }), 'release.yaml': marked };
    const result = plan(files, 'ghcr.io/acme/app:1.6.0');
    expect(result.edits).toEqual([]);
    expect(diagnostics(result)).toEqual([['error', 'policy-invalid', 'policy.yaml', 10]]);
  });
});

describe('planGiven: digests', () => {
  it('writes "" for :digest and no @digest when the policy does not reflect digests, even if one is given', () => {
    const files = {
      'policy.yaml': policyFile(),
      'release.yaml': releaseFile([
        `image: ghcr.io/acme/app:1.5.0@${DIGEST_A} # {"$imagepolicy": "flux-system:app"}`,
        `digest: ${DIGEST_A} # {"$imagepolicy": "flux-system:app:digest"}`,
      ]),
    };
    expect(changes(plan(files, `ghcr.io/acme/app:1.6.0@${DIGEST_B}`))).toEqual([
      ['flux-system:app', `ghcr.io/acme/app:1.5.0@${DIGEST_A}`, 'ghcr.io/acme/app:1.6.0'],
      ['flux-system:app:digest', DIGEST_A, ''],
    ]);
  });

  it('writes the given digest where the policy reflects digests', () => {
    const files = {
      'policy.yaml': policyFile({ digestReflectionPolicy: 'IfNotPresent' }),
      'release.yaml': marked,
    };
    const result = plan(files, 'ghcr.io/acme/app:1.6.0', { digest: DIGEST_B });
    expect(changes(result)).toEqual([
      ['flux-system:app', 'ghcr.io/acme/app:1.5.0', `ghcr.io/acme/app:1.6.0@${DIGEST_B}`],
      ['flux-system:app:tag', '1.5.0', '1.6.0'],
      ['flux-system:app:digest', '', DIGEST_B],
    ]);
  });

  it('leaves a digest-reflecting policy’s markers alone when no digest is given, with an error at each', () => {
    const files = { 'policy.yaml': policyFile({ digestReflectionPolicy: 'Always' }), 'release.yaml': marked };
    const result = plan(files, 'ghcr.io/acme/app:1.6.0');
    expect(result.edits).toEqual([]);
    expect(diagnostics(result).map(([severity, code]) => `${severity} ${code}`)).toEqual(
      Array(4).fill('error digest-missing'),
    );
  });

  it('updates only the digest when the same tag is announced again under Always, and keeps it under IfNotPresent', () => {
    const release = releaseFile([
      'tag: 1.5.0 # {"$imagepolicy": "flux-system:app:tag"}',
      `digest: ${DIGEST_A} # {"$imagepolicy": "flux-system:app:digest"}`,
    ]);
    const always = {
      'policy.yaml': policyFile({ digestReflectionPolicy: 'Always' }),
      'release.yaml': release,
    };
    expect(changes(plan(always, 'ghcr.io/acme/app:1.5.0', { digest: DIGEST_B }))).toEqual([
      ['flux-system:app:digest', DIGEST_A, DIGEST_B],
    ]);
    const ifNotPresent = { ...always, 'policy.yaml': policyFile({ digestReflectionPolicy: 'IfNotPresent' }) };
    expect(plan(ifNotPresent, 'ghcr.io/acme/app:1.5.0', { digest: DIGEST_B }).edits).toEqual([]);
  });

  it('refuses a digest without a tag, and a tag given twice differently', () => {
    expect(() => plan({}, `ghcr.io/acme/app@${DIGEST_A}`)).toThrow(GitopsError);
    expect(() => plan({}, `ghcr.io/acme/app@${DIGEST_A}`)).toThrow('no tag given');
    expect(() => plan({}, 'ghcr.io/acme/app:1.0.0', { tag: '1.0.1' })).toThrow('1.0.1 was given as well');
    expect(() => plan({}, 'ghcr.io/acme/app:1.0.0', { digest: 'sha256:zz' })).toThrow('is not a digest');
  });
});

describe('planGiven: edits', () => {
  const numerical = policyFile().replace(
    '    semver:\n      range: ">=1.0.0"',
    '    numerical:\n      order: asc',
  );

  it('double-quotes a plain value that would read as a number, and keeps other quoting styles', () => {
    const files = {
      'policy.yaml': numerical,
      'release.yaml': releaseFile([
        'tag: 20231009 # {"$imagepolicy": "flux-system:app:tag"}',
        'other: \'20231009\' # {"$imagepolicy": "flux-system:app:tag"}',
      ]),
    };
    const result = plan(files, 'ghcr.io/acme/app:20231010');
    expect(result.edits.map((e) => [e.old, e.new])).toEqual([
      ['20231009', '"20231010"'],
      ["'20231009'", "'20231010'"],
    ]);
  });

  it('records no change for a plain value that already has the text, though it reads as a number', () => {
    const files = {
      'policy.yaml': numerical,
      'release.yaml': releaseFile(['tag: 20231010 # {"$imagepolicy": "flux-system:app:tag"}']),
    };
    const result = plan(files, 'ghcr.io/acme/app:20231010');
    expect(result.edits).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it('keeps CRLF line endings and comments, changing only the value', () => {
    const release = releaseFile(['tag: 1.5.0 # {"$imagepolicy": "flux-system:app:tag"}']).replaceAll(
      '\n',
      '\r\n',
    );
    const files = { 'policy.yaml': policyFile(), 'release.yaml': release };
    const after = apply(files, plan(files, 'ghcr.io/acme/app:1.6.0'));
    expect(after['release.yaml']).toBe(release.replace('tag: 1.5.0', 'tag: 1.6.0'));
  });

  it('reports a block scalar it cannot rewrite', () => {
    const files = {
      'policy.yaml': policyFile(),
      'release.yaml': releaseFile([
        'tags:',
        '  # {"$imagepolicy": "flux-system:app:tag"}',
        '  - |-',
        '    1.5.0',
      ]),
    };
    const result = plan(files, 'ghcr.io/acme/app:1.6.0');
    expect(result.edits).toEqual([]);
    expect(diagnostics(result)).toEqual([['error', 'not-editable', 'release.yaml', 10]]);
  });

  it('records changes in Flux’s result model: file → object → changes, in document order', () => {
    const files = {
      'policy.yaml': policyFile(),
      'release.yaml': marked,
      'values.yaml': 'image:\n  tag: 1.0.0 # {"$imagepolicy": "flux-system:app:tag"}\n',
    };
    const result = plan(files, 'ghcr.io/acme/app:1.6.0');
    const helmRelease = {
      apiVersion: 'helm.toolkit.fluxcd.io/v2',
      kind: 'HelmRelease',
      name: 'app',
      namespace: 'apps',
    };
    expect(result.result).toEqual({
      files: [
        {
          file: 'release.yaml',
          objects: [
            {
              id: helmRelease,
              changes: [
                {
                  OldValue: 'ghcr.io/acme/app:1.5.0',
                  NewValue: 'ghcr.io/acme/app:1.6.0',
                  Setter: 'flux-system:app',
                },
                { OldValue: '1.5.0', NewValue: '1.6.0', Setter: 'flux-system:app:tag' },
              ],
            },
          ],
        },
        {
          file: 'values.yaml',
          objects: [
            {
              id: { apiVersion: '', kind: '', name: '', namespace: '' },
              changes: [{ OldValue: '1.0.0', NewValue: '1.6.0', Setter: 'flux-system:app:tag' }],
            },
          ],
        },
      ],
    });
    expect(recordedChanges(result.result).map((c) => [c.file, c.objectId.kind, c.newValue])).toEqual([
      ['release.yaml', 'HelmRelease', 'ghcr.io/acme/app:1.6.0'],
      ['release.yaml', 'HelmRelease', '1.6.0'],
      ['values.yaml', '', '1.6.0'],
    ]);
  });

  it('converges: after applying any sequence of builds the tag is the highest accepted one, and replanning is empty', () => {
    const files = {
      'policy.yaml': policyFile({ range: '>=1.0.0 <2.0.0' }),
      'release.yaml': releaseFile(['tag: 1.0.0 # {"$imagepolicy": "flux-system:app:tag"}']),
    };
    const version = fc.tuple(fc.nat(2), fc.nat(3), fc.nat(3)).map(([a, b, c]) => `${a}.${b}.${c}`);
    fc.assert(
      fc.property(fc.array(version, { maxLength: 8 }), (builds) => {
        let state: Files = files;
        for (const tag of builds) state = apply(state, plan(state, `ghcr.io/acme/app:${tag}`));
        const accepted = ['1.0.0', ...builds.filter((t) => t.startsWith('1.'))];
        const highest = accepted.sort((a, b) => compare(a, b)).at(-1);
        expect(state['release.yaml']).toContain(`tag: ${highest} #`);
        for (const tag of builds) expect(plan(state, `ghcr.io/acme/app:${tag}`).edits).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

function compare(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

describe('planGiven: resolving markers to policies', () => {
  it('reports a marker naming no policy, hinting at the namespace where that name exists', () => {
    const files = {
      'policy.yaml': policyFile({ namespace: 'apps' }),
      'release.yaml': releaseFile(['tag: 1.0.0 # {"$imagepolicy": "flux-system:app:tag"}']),
    };
    const automation = imageAutomationFromFiles(
      Object.entries(files).map(([file, text]) => ({ file, text })),
    );
    expect(automation.diagnostics.map((d) => [d.code, d.location.line, d.reason])).toEqual([
      [
        'policy-not-found',
        8,
        'no ImagePolicy flux-system/app is defined in this repository; a policy named app exists in namespace apps',
      ],
    ]);
  });

  it('reports a policy whose ImageRepository is missing', () => {
    const files = {
      'policy.yaml': policyFile({ withoutRepository: true }),
      'release.yaml': releaseFile(['tag: 1.0.0 # {"$imagepolicy": "flux-system:app:tag"}']),
    };
    const automation = imageAutomationFromFiles(
      Object.entries(files).map(([file, text]) => ({ file, text })),
    );
    expect(automation.diagnostics.map((d) => [d.code, d.location.line])).toEqual([
      ['policy-without-repository', 8],
    ]);
    expect(automation.bindings).toEqual([]);
  });

  it('picks the policy of the cluster whose Kustomization paths cover the file, and reports a file in none', () => {
    const marker = releaseFile(['tag: 1.0.0 # {"$imagepolicy": "flux-system:app:tag"}']);
    const files = {
      'clusters/prod/apps.yaml': kustomizationFile('apps', './apps/prod'),
      'clusters/prod/images.yaml': policyFile({ range: '<2.0.0' }),
      'clusters/dev/apps.yaml': kustomizationFile('apps', './apps/dev'),
      'clusters/dev/images.yaml': policyFile(),
      'apps/prod/release.yaml': marker,
      'apps/dev/release.yaml': marker,
      'apps/base/release.yaml': marker,
    };
    const automation = imageAutomationFromFiles(
      Object.entries(files).map(([file, text]) => ({ file, text })),
    );
    expect(automation.bindings.map((b) => [b.setter.file, b.policy.file])).toEqual([
      ['apps/prod/release.yaml', 'clusters/prod/images.yaml'],
      ['apps/dev/release.yaml', 'clusters/dev/images.yaml'],
    ]);
    expect(automation.diagnostics.map((d) => [d.code, d.location.file])).toEqual([
      ['policy-ambiguous', 'apps/base/release.yaml'],
    ]);
    expect(automation.diagnostics[0]?.reason).toContain('not inside any cluster');
    const result = planGiven(automation, { image: 'ghcr.io/acme/app:2.0.0' });
    expect(result.changes.map((c) => c.file)).toEqual(['apps/dev/release.yaml']);
  });
});
