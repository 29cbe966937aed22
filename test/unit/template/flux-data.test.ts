import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GitopsError } from '../../../src/core/errors.js';
import {
  buildMessageData,
  DEFAULT_COMMIT_MESSAGE,
  parseTemplate,
  type RecordedChange,
  renderCommitMessage,
  TemplateError,
} from '../../../src/core/template/index.js';

const podinfo = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo', namespace: 'podinfo' };
const redis = {
  apiVersion: 'helm.toolkit.fluxcd.io/v2',
  kind: 'HelmRelease',
  name: 'redis',
  namespace: 'infra',
};
const noObject = { apiVersion: '', kind: '', name: '', namespace: '' };
const image = 'ghcr.io/stefanprodan/podinfo';

/** Three files; the kustomization repeats the deployment's image change, which Changes() de-duplicates. */
const changes: RecordedChange[] = [
  {
    file: 'apps/podinfo/deployment.yaml',
    objectId: podinfo,
    oldValue: `${image}:5.0.0`,
    newValue: `${image}:5.0.3`,
    setter: 'flux-system:podinfo',
  },
  {
    file: 'apps/podinfo/deployment.yaml',
    objectId: podinfo,
    oldValue: 'busybox:1.36.0',
    newValue: 'busybox:1.36.1',
    setter: 'flux-system:busybox',
  },
  {
    file: 'infra/redis/helmrelease.yaml',
    objectId: redis,
    oldValue: '7.2.4',
    newValue: '7.2.5',
    setter: 'flux-system:redis:tag',
  },
  {
    file: 'kustomization.yaml',
    objectId: noObject,
    oldValue: `${image}:5.0.0`,
    newValue: `${image}:5.0.3`,
    setter: 'flux-system:podinfo',
  },
];
const data = buildMessageData({
  automation: { name: 'podinfo-auto', namespace: 'flux-system' },
  changes,
  values: { cluster: 'prod' },
});

describe('the Flux data model', () => {
  it('prints the automation as namespace/name and exposes its fields', () => {
    expect(
      renderCommitMessage(
        '{{.AutomationObject}} {{.AutomationObject.Name}} {{.AutomationObject.Namespace}}',
        data,
      ),
    ).toBe('flux-system/podinfo-auto podinfo-auto flux-system');
  });

  it('de-duplicates Changes and merges Objects across files', () => {
    expect(
      renderCommitMessage(
        '{{len .Changed.Changes}} {{len .Changed.Objects}} {{len .Changed.FileChanges}}',
        data,
      ),
    ).toBe('3 3 3');
  });

  it('prints FileChanges, Objects and Changes exactly as Go %v does', () => {
    const deploymentChanges = `[{${image}:5.0.0 ${image}:5.0.3 flux-system:podinfo} {busybox:1.36.0 busybox:1.36.1 flux-system:busybox}]`;
    expect(renderCommitMessage('{{.Changed.Objects}}', data)).toBe(
      `map[{{{ } { }}}:[{${image}:5.0.0 ${image}:5.0.3 flux-system:podinfo}] ` +
        `{{{apps/v1 Deployment} {podinfo podinfo}}}:${deploymentChanges} ` +
        '{{{helm.toolkit.fluxcd.io/v2 HelmRelease} {redis infra}}}:[{7.2.4 7.2.5 flux-system:redis:tag}]]',
    );
    expect(
      renderCommitMessage(
        '{{.Values}} {{.Values.cluster}} [{{index .Values "none"}}] {{.Values.none}}',
        data,
      ),
    ).toBe('map[cluster:prod] prod [] <no value>');
  });

  it('encodes an object id with its JSON tags, omitting empty fields', () => {
    expect(renderCommitMessage('{{range $id, $_ := .Changed.Objects}}{{toJson $id}};{{end}}', data)).toBe(
      '{};{"apiVersion":"apps/v1","kind":"Deployment","name":"podinfo","namespace":"podinfo"};' +
        '{"apiVersion":"helm.toolkit.fluxcd.io/v2","kind":"HelmRelease","name":"redis","namespace":"infra"};',
    );
  });

  it('uses Flux default message when there is no template', () => {
    expect(renderCommitMessage(undefined, data)).toBe(DEFAULT_COMMIT_MESSAGE);
    expect(renderCommitMessage('', data)).toBe('Update from image update automation');
  });
});

describe('the templates in the Flux documentation', () => {
  it('renders the files-and-objects example', () => {
    const template = [
      'Automated image update',
      '',
      'Automation name: {{ .AutomationObject }}',
      '',
      'Files:',
      '{{ range $filename, $_ := .Changed.FileChanges -}}',
      '- {{ $filename }}',
      '{{ end -}}',
      '',
      'Objects:',
      '{{ range $resource, $changes := .Changed.Objects -}}',
      '- {{ $resource.Kind }} {{ $resource.Name }}',
      '  Changes:',
      '{{- range $_, $change := $changes }}',
      '    - {{ $change.OldValue }} -> {{ $change.NewValue }}',
      '{{ end -}}',
      '{{ end -}}',
      '',
    ].join('\n');
    expect(renderCommitMessage(template, data)).toBe(
      [
        'Automated image update',
        '',
        'Automation name: flux-system/podinfo-auto',
        '',
        'Files:',
        '- apps/podinfo/deployment.yaml',
        '- infra/redis/helmrelease.yaml',
        '- kustomization.yaml',
        'Objects:',
        '-  ',
        '  Changes:',
        `    - ${image}:5.0.0 -> ${image}:5.0.3`,
        '- Deployment podinfo',
        '  Changes:',
        `    - ${image}:5.0.0 -> ${image}:5.0.3`,
        '',
        '    - busybox:1.36.0 -> busybox:1.36.1',
        '- HelmRelease redis',
        '  Changes:',
        '    - 7.2.4 -> 7.2.5',
        '',
      ].join('\n'),
    );
  });

  it('renders the example with lower and contains', () => {
    const template = [
      'Objects:',
      '{{ range $resource, $changes := .Changed.Objects -}}',
      '- {{ $resource.Kind | lower }} {{ $resource.Name | lower }}',
      '  Changes:',
      '{{- range $_, $change := $changes }}',
      '  {{ if contains "5.0.3" $change.NewValue -}}',
      '    - {{ $change.OldValue }} -> {{ $change.NewValue }}',
      '  {{ else -}}',
      '    [skip ci] wrong image',
      '  {{ end -}}',
      '{{ end -}}',
      '{{ end -}}',
      '',
    ].join('\n');
    expect(renderCommitMessage(template, data)).toBe(
      'Objects:\n' +
        `-  \n  Changes:\n  - ${image}:5.0.0 -> ${image}:5.0.3\n  ` +
        `- deployment podinfo\n  Changes:\n  - ${image}:5.0.0 -> ${image}:5.0.3\n  \n  [skip ci] wrong image\n  ` +
        '- helmrelease redis\n  Changes:\n  [skip ci] wrong image\n  ',
    );
  });

  it('renders the Gerrit Change-Id example from the printed data structures', () => {
    const template = [
      'Perform automatic image update',
      '',
      'Automation name: {{ .AutomationObject }}',
      '',
      '{{- $ChangeId := .AutomationObject -}}',
      '{{- $ChangeId = printf "%s%s" $ChangeId ( .Changed.FileChanges | toString ) -}}',
      '{{- $ChangeId = printf "%s%s" $ChangeId ( .Changed.Objects | toString ) -}}',
      '{{- $ChangeId = printf "%s%s" $ChangeId ( .Changed.Changes | toString ) }}',
      'Change-Id: {{ printf "I%s" ( sha256sum $ChangeId | trunc 40 ) }}',
      '',
    ].join('\n');
    const podinfoChange = `{${image}:5.0.0 ${image}:5.0.3 flux-system:podinfo}`;
    const busyboxChange = '{busybox:1.36.0 busybox:1.36.1 flux-system:busybox}';
    const redisChange = '{7.2.4 7.2.5 flux-system:redis:tag}';
    const deploymentId = '{{{apps/v1 Deployment} {podinfo podinfo}}}';
    const redisId = '{{{helm.toolkit.fluxcd.io/v2 HelmRelease} {redis infra}}}';
    const source =
      'flux-system/podinfo-auto' +
      `map[apps/podinfo/deployment.yaml:map[${deploymentId}:[${podinfoChange} ${busyboxChange}]] ` +
      `infra/redis/helmrelease.yaml:map[${redisId}:[${redisChange}]] ` +
      `kustomization.yaml:map[{{{ } { }}}:[${podinfoChange}]]]` +
      `map[{{{ } { }}}:[${podinfoChange}] ${deploymentId}:[${podinfoChange} ${busyboxChange}] ${redisId}:[${redisChange}]]` +
      `[${podinfoChange} ${busyboxChange} ${redisChange}]`;
    const changeId = createHash('sha256').update(source).digest('hex').slice(0, 40);
    expect(renderCommitMessage(template, data)).toBe(
      `Perform automatic image update\n\nAutomation name: flux-system/podinfo-auto\nChange-Id: I${changeId}\n`,
    );
  });

  it('renders the print/println example', () => {
    expect(
      renderCommitMessage(
        '{{range .Changed.Changes}}{{print .OldValue}} -> {{println .NewValue}}{{end}}',
        data,
      ),
    ).toBe(`${image}:5.0.0 -> ${image}:5.0.3\nbusybox:1.36.0 -> busybox:1.36.1\n7.2.4 -> 7.2.5\n`);
  });

  it('renders messageTemplateValues', () => {
    expect(
      renderCommitMessage('Automated image update by Flux for cluster {{ .Values.cluster }}.', data),
    ).toBe('Automated image update by Flux for cluster prod.');
  });
});

describe("the image-automation-controller's own template tests", () => {
  const flux = buildMessageData({
    automation: { name: 'test-update', namespace: 'test-ns' },
    changes: [
      {
        file: 'deploy.yaml',
        objectId: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'test', namespace: '' },
        oldValue: 'helloworld:1.0.0',
        newValue: 'helloworld:1.0.1',
        setter: 'test-ns:policy',
      },
    ],
    values: { cluster: 'prod', testing: 'value' },
  });

  it('renders the ResultV2 template to the commit message the controller expects', () => {
    const template = `Commit summary with ResultV2

Automation: {{ .AutomationObject }}

{{ range $filename, $objchange := .Changed.FileChanges -}}
- File: {{ $filename }}
{{- range $obj, $changes := $objchange }}
  - Object: {{ $obj.Kind }}/{{ $obj.Namespace }}/{{ $obj.Name }}
    Changes:
{{- range $_ , $change := $changes }}
    - {{ $change.OldValue }} -> {{ $change.NewValue }}
{{ end -}}
{{ end -}}
{{ end -}}
`;
    expect(renderCommitMessage(template, flux)).toBe(`Commit summary with ResultV2

Automation: test-ns/test-update

- File: deploy.yaml
  - Object: Deployment//test
    Changes:
    - helloworld:1.0.0 -> helloworld:1.0.1
`);
  });

  it('renders the template with values', () => {
    const template =
      'Commit summary\n\nAutomation: {{ .AutomationObject }}\n\nCluster: {{ index .Values "cluster" }}\nTesting: {{ .Values.testing }}\n';
    expect(renderCommitMessage(template, flux)).toBe(
      'Commit summary\n\nAutomation: test-ns/test-update\n\nCluster: prod\nTesting: value\n',
    );
  });
});

describe('failures', () => {
  it('fails on the removed .Updated field with the message Flux gives', () => {
    const use = () =>
      renderCommitMessage(
        'Files:\n{{ range $filename, $_ := .Updated.Files -}}\n- {{ $filename }}\n{{ end -}}',
        data,
      );
    expect(use).toThrow(GitopsError);
    expect(use).toThrow(
      "template uses removed '.Updated' field. Please use '.Changed' instead. See: https://fluxcd.io/flux/components/image/imageupdateautomations/#message-template",
    );
  });

  it('reports the Go error underneath, positioned at the second field of the chain as Go does', () => {
    expect(() => parseTemplate('commit message', '{{ .Updated.Files }}').execute(data)).toThrow(
      'template: commit message:1:11: executing "commit message" at <.Updated.Files>: can\'t evaluate field Updated in type source.TemplateData',
    );
  });

  it('fails on the removed .Changed.ImageResult field with its own message', () => {
    expect(() => renderCommitMessage('{{ .Changed.ImageResult.Files }}', data)).toThrow(
      "template uses removed '.Changed.ImageResult' field. Please use '.Changed.FileChanges' or '.Changed.Objects' instead.",
    );
  });

  it('wraps other failures the way Flux does', () => {
    expect(() => renderCommitMessage('{{ nope }}', data)).toThrow(
      'unable to create commit message template from spec: template: commit message:1: function "nope" not defined',
    );
    expect(() => renderCommitMessage('{{ .AutomationObject | lower }}', data)).toThrow(
      'failed to run template from spec: template: commit message:1:23: executing "commit message" at <lower>: wrong type for value; expected string; got types.NamespacedName',
    );
    expect(() => renderCommitMessage('{{ .Changed.Changes 1 }}', data)).toThrow(TemplateError);
  });

  it('fails on a field of a change that does not exist, naming the Go type', () => {
    expect(() => renderCommitMessage('{{ range .Changed.Changes }}{{ .Image }}{{ end }}', data)).toThrow(
      "can't evaluate field Image in type update.Change",
    );
  });
});
