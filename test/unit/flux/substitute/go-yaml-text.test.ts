import { describe, expect, it } from 'vitest';
import {
  fromGoYamlText,
  goYamlStringStyle,
  toGoYamlText,
} from '../../../../src/core/flux/substitute/go-yaml-text.js';

describe('goYamlStringStyle: the quoting go-yaml v2 picks, which decides what substitution can change', () => {
  it.each([
    ['${v}', 'PLAIN'],
    ['repo:${tag}', 'PLAIN'],
    ['3', 'QUOTE_DOUBLE'], // would read as an int
    ['on', 'QUOTE_DOUBLE'], // a YAML 1.1 bool
    ['1:20', 'QUOTE_DOUBLE'], // base-60 float
    ['', 'QUOTE_DOUBLE'],
    ['a: ${v}', 'QUOTE_SINGLE'],
    ['{{ ${v} }}', 'QUOTE_SINGLE'],
    [' ${v}', 'QUOTE_SINGLE'],
    ['x #${v}', 'QUOTE_SINGLE'],
    ['tab\t${v}', 'QUOTE_DOUBLE'], // a tab is not printable to libyaml
    ['a\n${v}\n', 'BLOCK_LITERAL'],
    ['a \n${v}', 'QUOTE_DOUBLE'], // space before a line break rules out a block
  ] as const)('writes %j as %s', (value, style) => {
    expect(goYamlStringStyle(value, false)).toBe(style);
  });

  it('never writes a multi-line key as a block', () => {
    expect(goYamlStringStyle('a\nb', true)).toBe('QUOTE_DOUBLE');
  });
});

describe('toGoYamlText / fromGoYamlText', () => {
  it('sorts keys and does not indent sequences, as JSONToYAML does', () => {
    expect(toGoYamlText({ b: ['x', '${y}'], a: { d: 1, c: true } })).toBe(
      'a:\n  c: true\n  d: 1\nb:\n- x\n- ${y}\n',
    );
  });

  it('round-trips strings that look like other types or contain expressions', () => {
    const value = {
      a: '3',
      b: 'on',
      c: '${v}',
      d: 'a: ${v}',
      e: 'l1\n${v}\n',
      f: "it's ${v}",
      g: null,
      h: 1.5,
    };
    expect(fromGoYamlText(toGoYamlText(value))).toEqual(value);
  });
});
