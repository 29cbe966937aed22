import { describe, expect, it } from 'vitest';
import {
  describeErrorBody,
  nextLink,
  parseChallenges,
  parseRetryAfter,
} from '../../../src/core/images/registry/index.js';
import { Redactor } from '../../../src/core/images/registry/registry-error.js';

describe('parseChallenges', () => {
  it("reads ghcr.io's bearer challenge, keeping the colons and slashes of quoted values", () => {
    const header = 'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/app:pull"';
    expect(parseChallenges(header)).toEqual([
      {
        scheme: 'bearer',
        params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:org/app:pull' },
      },
    ]);
  });

  it('splits several challenges and keeps commas and escaped quotes inside quoted values', () => {
    const header =
      'Basic realm="a, \\"b\\"", Bearer realm=https://auth.example/token , scope="repository:x:pull,push"';
    expect(parseChallenges(header)).toEqual([
      { scheme: 'basic', params: { realm: 'a, "b"' } },
      { scheme: 'bearer', params: { realm: 'https://auth.example/token', scope: 'repository:x:pull,push' } },
    ]);
  });
});

describe('nextLink', () => {
  it.each([
    ['</v2/app/tags/list?n=1000&last=v1>; rel="next"', '/v2/app/tags/list?n=1000&last=v1'],
    ['<https://r.example/a>; rel=next', 'https://r.example/a'],
    ['</first>; rel="prev", </second>; rel="next"', '/second'],
    ['</a>; title="x"; rel="last next"', '/a'],
    ['</a>; rel="prev"', undefined],
  ])('%s → %s', (header, target) => {
    expect(nextLink(header)).toBe(target);
  });

  it('is undefined without a header', () => {
    expect(nextLink(null)).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-05-01T12:00:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Fri, 01 May 2026 12:00:30 GMT', 30_000],
    ['Fri, 01 May 2026 11:00:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('%s → %s ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});

describe('describeErrorBody', () => {
  it("joins the distribution spec's errors as CODE: message", () => {
    const body = JSON.stringify({
      errors: [
        { code: 'DENIED', message: 'requested access to the resource is denied' },
        { code: 'UNSUPPORTED' },
      ],
    });
    expect(describeErrorBody(body)).toEqual({
      text: 'DENIED: requested access to the resource is denied; UNSUPPORTED',
      codes: ['DENIED', 'UNSUPPORTED'],
    });
  });

  it("quotes Docker Hub's token service {details} and shortens anything else", () => {
    expect(describeErrorBody('{"details":"incorrect username or password"}').text).toBe(
      'incorrect username or password',
    );
    expect(describeErrorBody(`<html>\n${'x'.repeat(600)}</html>`).text).toHaveLength(501);
  });
});

describe('Redactor', () => {
  it('replaces every occurrence of every secret, tokens added later included', () => {
    const redactor = new Redactor();
    redactor.add('hunter2', '');
    redactor.add('tok-123');
    const error = redactor.scrubError(new Error('bad hunter2 for tok-123 and hunter2'));
    expect(error.message).toBe('bad *** for *** and ***');
  });
});
