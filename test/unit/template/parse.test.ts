import { describe, expect, it } from 'vitest';
import { parseTemplate, TemplateError } from '../../../src/core/template/index.js';

const render = (text: string, data: unknown = {}): string => parseTemplate('msg', text).execute(data);
const parseError = (text: string): string => {
  try {
    parseTemplate('msg', text);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return (error as Error).message;
  }
  throw new Error('expected a parse error');
};

describe('lexing', () => {
  it('passes text without actions through unchanged', () => {
    expect(render('plain text\nwith { braces }')).toBe('plain text\nwith { braces }');
  });

  it('trims whitespace, newlines included, on the marked side of an action', () => {
    expect(render('a  \n {{- "b" -}} \n\t c')).toBe('abc');
    expect(render('a {{- "b" }} c')).toBe('ab c');
    expect(render('a {{ "b" -}} c')).toBe('a bc');
  });

  it('reads {{-3}} as the number -3, not a trim marker', () => {
    expect(render('x {{-3}} y')).toBe('x -3 y');
  });

  it('drops comments, with or without trim markers', () => {
    expect(render('a{{/* note */}}b')).toBe('ab');
    expect(render('a \n{{- /* multi\nline */ -}}\n b')).toBe('ab');
  });

  it('reads string, raw string, character, number, bool and nil literals', () => {
    expect(
      render(
        '{{"a\\tb\\u00e9\\x41"}}|{{`raw\\n`}}|{{\'a\'}}|{{0x1F}}|{{0o17}}|{{017}}|{{1_000}}|{{1.5}}|{{true}}',
      ),
    ).toBe('a\tbéA|raw\\n|97|31|15|15|1000|1.5|true');
  });

  it('prints fractional float literals the way Go formats float64', () => {
    expect(render('{{1e3}} {{0.000012}} {{123456.5}} {{1234567.5}}')).toBe(
      '1000 1.2e-05 123456.5 1.2345675e+06',
    );
  });
});

describe('parse errors carry Go wording and the line', () => {
  it.each([
    ['{{.A', 'template: msg:1: unclosed action'],
    ['{{/* x', 'template: msg:1: unclosed comment'],
    ['{{/* x */ .A}}', 'template: msg:1: comment ends before closing delimiter'],
    ['{{"abc}}', 'template: msg:1: unterminated quoted string'],
    ['{{if .A}}x', 'template: msg:1: unexpected EOF'],
    ['x\n{{end}}', 'template: msg:2: unexpected {{end}}'],
    ['{{else}}', 'template: msg:1: unexpected {{else}}'],
    ['{{nope 1}}', 'template: msg:1: function "nope" not defined'],
    ['{{$x}}', 'template: msg:1: undefined variable "$x"'],
    ['{{break}}', 'template: msg:1: {{break}} outside {{range}}'],
    ['{{continue}}', 'template: msg:1: {{continue}} outside {{range}}'],
    ['{{}}', 'template: msg:1: missing value for command'],
    ['{{if}}{{end}}', 'template: msg:1: missing value for if'],
    ['{{.A | "x"}}', 'template: msg:1: non executable command in pipeline stage 2'],
    ['{{"x".A}}', 'template: msg:1: unexpected . after term "\\"x\\""'],
    ['{{.A )}}', 'template: msg:1: unexpected ")" in command'],
    ['{{(.A}}', 'template: msg:1: unclosed left paren'],
    ['{{.A#}}', "template: msg:1: bad character U+0023 '#'"],
    ['{{3x}}', 'template: msg:1: bad number syntax: "3x"'],
    ['{{1+2i}}', 'template: msg:1: complex numbers are not supported'],
    ['{{range $a, $b, $c := .}}{{end}}', 'template: msg:1: too many declarations in range'],
    ['{{if .A}}{{else}}{{else}}{{end}}', 'template: msg:1: expected end; found {{else}}'],
    [
      '{{define "a"}}x{{end}}{{define "a"}}y{{end}}',
      'template: msg:1: template: multiple definition of template "a"',
    ],
    ['{{template .A}}', 'template: msg:1: unexpected ".A" in template clause'],
    ['{{if .A}}{{define "x"}}{{end}}{{end}}', 'template: msg:1: unexpected <define> in command'],
  ])('%j fails with %j', (text, message) => {
    expect(parseError(text)).toBe(message);
  });

  it('reports an unclosed action on a later line against the line it started on', () => {
    expect(parseError('a\n{{ .A\n\n')).toBe('template: msg:4: unclosed action started at msg:2');
  });

  it('names a non-hermetic Sprig function as undefined, as Flux does, with a hint', () => {
    try {
      parseTemplate('msg', '{{ now }}');
      expect.unreachable();
    } catch (error) {
      expect((error as TemplateError).message).toBe('template: msg:1: function "now" not defined');
      expect((error as TemplateError).hint).toContain('hermetic');
    }
  });

  it('says plainly when a Sprig function Flux has is not implemented here', () => {
    expect(parseError('{{ semver "1.2.3" }}')).toBe(
      'template: msg:1: function "semver" is a Sprig function Flux offers but gitops-actions does not implement',
    );
  });
});
