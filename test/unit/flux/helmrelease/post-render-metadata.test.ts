import { describe, expect, it } from 'vitest';
import {
  applyCommonMetadata,
  applyOriginLabels,
  applyPostRenderMetadata,
  type RenderedObject,
} from '../../../../src/core/flux/helmrelease/post-render-metadata.js';

// helm-controller internal/postrender/common_renderer_test.go's mixedResourceMock.
const pod: RenderedObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'pod-without-labels' } };
const service: RenderedObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'service-with-labels', labels: { existing: 'label' } },
};

describe('applyCommonMetadata', () => {
  it('adds labels and annotations to every object, keeping existing labels (Test_CommonRenderer_Run)', () => {
    const [renderedPod, renderedService] = applyCommonMetadata([pod, service], {
      labels: { foo: 'bar', baz: 'qux' },
      annotations: { annotation1: 'value1' },
    });
    expect(renderedPod?.metadata).toEqual({
      name: 'pod-without-labels',
      labels: { foo: 'bar', baz: 'qux' },
      annotations: { annotation1: 'value1' },
    });
    expect(renderedService?.metadata).toEqual({
      name: 'service-with-labels',
      labels: { existing: 'label', foo: 'bar', baz: 'qux' },
      annotations: { annotation1: 'value1' },
    });
  });

  it('adds annotations only when only annotations are given, and nothing for empty metadata', () => {
    expect(applyCommonMetadata([pod], { annotations: { bar: 'baz' } })[0]?.metadata).toEqual({
      name: 'pod-without-labels',
      annotations: { bar: 'baz' },
    });
    expect(applyCommonMetadata([pod, service], {})).toEqual([pod, service]);
    expect(applyCommonMetadata([pod], { labels: {} })[0]).toBe(pod);
    expect(applyCommonMetadata([pod], undefined)).toEqual([pod]);
  });

  it('overwrites an existing label with the common one', () => {
    expect(applyCommonMetadata([service], { labels: { existing: 'common' } })[0]?.metadata).toEqual({
      name: 'service-with-labels',
      labels: { existing: 'common' },
    });
  });

  it('touches metadata only, not pod templates or selectors', () => {
    const deployment: RenderedObject = {
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } } } },
    };
    const [rendered] = applyCommonMetadata([deployment], { labels: { team: 'a' } });
    expect(rendered?.spec).toEqual(deployment.spec);
    expect(rendered?.metadata).toEqual({ name: 'web', labels: { team: 'a' } });
  });

  it('leaves its inputs untouched', () => {
    applyCommonMetadata([service], { labels: { foo: 'bar' } });
    expect(service.metadata).toEqual({ name: 'service-with-labels', labels: { existing: 'label' } });
  });
});

describe('applyOriginLabels', () => {
  it('labels every object with the HelmRelease name and namespace (Test_OriginLabels_Run)', () => {
    const rendered = applyOriginLabels([pod, service], { name: 'name', namespace: 'namespace' });
    expect(rendered.map((object) => object.metadata)).toEqual([
      {
        name: 'pod-without-labels',
        labels: { 'helm.toolkit.fluxcd.io/name': 'name', 'helm.toolkit.fluxcd.io/namespace': 'namespace' },
      },
      {
        name: 'service-with-labels',
        labels: {
          existing: 'label',
          'helm.toolkit.fluxcd.io/name': 'name',
          'helm.toolkit.fluxcd.io/namespace': 'namespace',
        },
      },
    ]);
  });
});

describe('applyPostRenderMetadata', () => {
  it('applies commonMetadata, then origin labels, which win on a key collision', () => {
    const [rendered] = applyPostRenderMetadata([pod], {
      name: 'podinfo',
      namespace: 'flux-system',
      commonMetadata: { labels: { 'helm.toolkit.fluxcd.io/name': 'spoofed', team: 'a' } },
    });
    expect(rendered?.metadata).toEqual({
      name: 'pod-without-labels',
      labels: {
        team: 'a',
        'helm.toolkit.fluxcd.io/name': 'podinfo',
        'helm.toolkit.fluxcd.io/namespace': 'flux-system',
      },
    });
  });

  it('adds origin labels even without commonMetadata', () => {
    const [rendered] = applyPostRenderMetadata([pod], { name: 'podinfo', namespace: 'flux-system' });
    expect(rendered?.metadata).toEqual({
      name: 'pod-without-labels',
      labels: { 'helm.toolkit.fluxcd.io/name': 'podinfo', 'helm.toolkit.fluxcd.io/namespace': 'flux-system' },
    });
  });
});
