import { describe, expect, it } from 'vitest';
import { imageAutomationFromFiles } from '../../../src/core/images/automation/index.js';

const automation = (path: string) => ({
  file: `clusters/${path.split('/').pop()}/automation.yaml`,
  text: `apiVersion: image.toolkit.fluxcd.io/v1
kind: ImageUpdateAutomation
metadata:
  name: apps
  namespace: flux-system
spec:
  sourceRef: { kind: GitRepository, name: flux-system }
  git:
    commit:
      author: { name: bot, email: bot@example.invalid }
  update:
    path: ${path}
`,
});
const marked = (file: string) => ({ file, text: 'image: app:1.0.0 # {"$imagepolicy": "flux-system:app"}\n' });

describe("scan paths 'update-paths'", () => {
  it('scans only the automations update paths', () => {
    const result = imageAutomationFromFiles(
      [automation('./apps/staging'), marked('apps/staging/a.yaml'), marked('apps/production/a.yaml')],
      { paths: 'update-paths' },
    );
    expect(result.paths).toEqual(['apps/staging']);
    expect(result.scan.files.map((f) => f.file)).toEqual(['apps/staging/a.yaml']);
  });

  it('scans the whole repository when there is no automation', () => {
    const result = imageAutomationFromFiles(
      [marked('apps/staging/a.yaml'), marked('apps/production/a.yaml')],
      {
        paths: 'update-paths',
      },
    );
    expect(result.paths).toEqual(['.']);
    expect(result.scan.files).toHaveLength(2);
  });
});
