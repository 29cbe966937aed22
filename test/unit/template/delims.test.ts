import { describe, expect, it } from 'vitest';
import { parseTemplate, spec, TemplateError } from '../../../src/core/template/index.js';

const angle = { left: '<<', right: '>>' } as const;
const render = (text: string, data: unknown = {}): string =>
  parseTemplate('t', text, { delims: angle }).execute(data);

describe('custom delimiters, as Go Template.Delims sets them', () => {
  it('runs actions between << >> and leaves {{ }} as text', () => {
    expect(render('name: << .name >> {{ .name }}', { name: 'web' })).toBe('name: web {{ .name }}');
  });

  it('trims around <<- and ->> like {{- and -}}', () => {
    expect(render('a:\n  <<- if .on >>\n  b: 1\n  <<- end >>\nc', { on: true })).toBe('a:\n  b: 1\nc');
    expect(render('x  <<- .v ->>  y', { v: 1 })).toBe('x1y');
  });

  it('drops comments written with the custom delimiters', () => {
    expect(render('a<</* note */>>b<<- /* trimmed */ ->> c')).toBe('abc');
  });

  it('ends a field at the first character of the right delimiter', () => {
    expect(render('<<.a>>-<<.b.c>>', { a: 1, b: { c: 2 } })).toBe('1-2');
  });

  it('keeps {{ }} the default', () => {
    expect(parseTemplate('t', '{{ .a }} << .a >>').execute({ a: 1 })).toBe('1 << .a >>');
  });

  it('reports an action left open with Go wording', () => {
    expect(() => render('<< .a ')).toThrow('template: t:1: unclosed action');
  });

  it('chains fields on a function result: << inputs.a.b >>', () => {
    const functions = new Map([['inputs', spec([], () => ({ a: { b: 'deep' } }))]]);
    expect(parseTemplate('t', '<< inputs.a.b >>', { delims: angle, functions }).execute(null)).toBe('deep');
  });
});

describe('missingkey=error', () => {
  it('fails on a map key that is not there, naming it as Go does', () => {
    const template = parseTemplate('t', '{{ .a.missing }}', { missingKeyError: true });
    expect(() => template.execute({ a: {} })).toThrow(
      'template: t:1:5: executing "t" at <.a.missing>: map has no entry for key "missing"',
    );
  });

  it('accepts a present key holding nil, and leaves index and hasKey alone', () => {
    const template = parseTemplate('t', '{{ .a }}|{{ index . "b" }}|{{ hasKey . "b" }}', {
      missingKeyError: true,
    });
    // Go digs a nil interface out to an invalid value: both print <no value>, neither fails.
    expect(template.execute({ a: null })).toBe('<no value>|<no value>|false');
  });

  it('prints <no value> for a missing key without the option', () => {
    expect(parseTemplate('t', '{{ .missing }}').execute({})).toBe('<no value>');
  });

  it('throws a TemplateError', () => {
    expect(() => parseTemplate('t', '{{ .x }}', { missingKeyError: true }).execute({})).toThrow(
      TemplateError,
    );
  });
});

describe('Sprig numbers (spf13/cast conversions)', () => {
  const run = (text: string, data: unknown = {}) => parseTemplate('t', text).execute(data);

  it('converts strings, floats and bools with int, reading base prefixes like strconv', () => {
    expect(
      run('{{ int "42" }} {{ int "2.0" }} {{ int 3.9 }} {{ int true }} {{ int "x" }} {{ int "0x10" }}'),
    ).toBe('42 2 3 1 0 16');
    expect(run('{{ .r | int }}', { r: '3' })).toBe('3');
  });

  it('does integer arithmetic on converted operands', () => {
    expect(
      run('{{ add 1 "2" 3 }} {{ add1 4 }} {{ sub 5 7 }} {{ mul 2 3 4 }} {{ div 7 2 }} {{ mod 7 2 }}'),
    ).toBe('6 5 -2 24 3 1');
    expect(run('{{ max 1 5 3 }} {{ min 4 "2" 9 }} {{ float64 "1.5" }}')).toBe('5 2 1.5');
  });

  it('fails a division by zero as Go panics do inside a call', () => {
    expect(() => run('{{ div 1 0 }}')).toThrow('error calling div: runtime error: integer divide by zero');
  });

  it('fails with the message of fail, and decodes base64 with b64dec', () => {
    expect(() => run('{{ fail "no tenant" }}')).toThrow('error calling fail: no tenant');
    expect(run('{{ b64dec "aGVsbG8=" }}')).toBe('hello');
  });

  it('replaces with Go $1 and ${name} expansion in regexReplaceAll', () => {
    expect(run('{{ regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W" }}')).toBe('-W-xxW-');
    expect(run('{{ regexReplaceAll "(?<v>[0-9]+)" "v12" "[$v]" }}')).toBe('v[12]');
  });
});
