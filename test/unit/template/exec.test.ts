import { describe, expect, it } from 'vitest';
import { GoMap, GoStruct, parseTemplate, TemplateError } from '../../../src/core/template/index.js';

const render = (text: string, data: unknown = {}): string => parseTemplate('msg', text).execute(data);
const execError = (text: string, data: unknown = {}): string => {
  const template = parseTemplate('msg', text);
  try {
    template.execute(data);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return (error as Error).message;
  }
  throw new Error('expected an execution error');
};

const person = new GoStruct('main.Person', [
  { name: 'Name', value: 'Ada' },
  { name: 'Age', value: 36 },
]);

describe('actions and fields', () => {
  it('walks field chains through maps and structs', () => {
    expect(render('{{.a.b}} {{.p.Name}}', { a: { b: 'x' }, p: person })).toBe('x Ada');
  });

  it('prints <no value> for a missing map key, also deep in a chain', () => {
    expect(render('{{.missing}}|{{.missing.deeper}}', {})).toBe('<no value>|<no value>');
  });

  it('fails on a missing struct field with the type name, pointing at the field', () => {
    expect(execError('Hi {{ .p.Nope }}', { p: person })).toBe(
      'template: msg:1:8: executing "msg" at <.p.Nope>: can\'t evaluate field Nope in type main.Person',
    );
  });

  it('counts the error column in bytes on later lines', () => {
    expect(execError('é\nxé {{.s.Bad}}', { s: 'str' })).toBe(
      'template: msg:2:8: executing "msg" at <.s.Bad>: can\'t evaluate field Bad in type string',
    );
  });

  it('fails on a field of a nil interface value', () => {
    expect(execError('{{.a.b}}', { a: null })).toBe(
      'template: msg:1:4: executing "msg" at <.a.b>: nil pointer evaluating interface {}.b',
    );
  });

  it('refuses arguments to a non-function', () => {
    expect(execError('{{.a 1}}', { a: 'x' })).toBe(
      'template: msg:1:2: executing "msg" at <.a>: a is not a method but has arguments',
    );
    expect(execError('{{"x" 1}}')).toBe(
      'template: msg:1:2: executing "msg" at <"x">: can\'t give argument to non-function "x"',
    );
  });

  it('calls struct methods, with or without arguments', () => {
    const greeter = new GoStruct('main.G', [], {
      Hello: { params: ['string'], call: (who: string) => `hello ${who}` },
      Now: { params: [], call: () => 'constant' },
    });
    expect(render('{{.Hello "you"}} {{.Now}} {{"pipe" | .Hello}}', greeter)).toBe(
      'hello you constant hello pipe',
    );
    expect(execError('{{.Now 1}}', greeter)).toBe(
      'template: msg:1:2: executing "msg" at <.Now>: wrong number of args for Now: want 0 got 1',
    );
  });

  it('rejects nil as a command', () => {
    expect(execError('{{nil}}')).toBe('template: msg:1:2: executing "msg" at <nil>: nil is not a command');
  });

  it('evaluates parenthesised pipelines and fields of their results', () => {
    expect(render('{{(index .l 1).Name}} {{(printf "%s-%s" "a" "b")}}', { l: [null, person] })).toBe(
      'Ada a-b',
    );
  });

  it('passes the previous command as the last argument down a pipeline', () => {
    expect(render('{{"abc" | printf "%s-%s" "x" | upper}}')).toBe('X-ABC');
  });
});

describe('variables', () => {
  it('declares, assigns and reads $ as the data', () => {
    expect(render('{{$x := "a"}}{{$x}}{{$x = "b"}}{{$x}}{{$.k}}', { k: 'K' })).toBe('abK');
  });

  it('scopes a variable to the control structure it is declared in', () => {
    expect(() => parseTemplate('msg', '{{if true}}{{$x := 1}}{{end}}{{$x}}')).toThrow(
      'undefined variable "$x"',
    );
    expect(render('{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}')).toBe('2');
  });

  it('fails at execution when assigning a variable never declared in scope', () => {
    expect(execError('{{$x = 1}}')).toBe('template: msg:1:7: executing "msg" at <1>: undefined variable: $x');
  });
});

describe('if, else if, with', () => {
  const truth = '{{if .}}T{{else}}F{{end}}';
  it.each([
    ['', 'F'],
    ['x', 'T'],
    [0, 'F'],
    [2, 'T'],
    [false, 'F'],
    [[], 'F'],
    [[0], 'T'],
    [{}, 'F'],
    [{ a: 1 }, 'T'],
    [null, 'F'],
    [new GoStruct('main.Empty', []), 'T'],
    [new GoMap('map[string]string', 'string', ''), 'F'],
  ])('treats %j as Go does', (value, expected) => {
    expect(render(truth, value)).toBe(expected);
  });

  it('chains else if', () => {
    const t = '{{if eq . 1}}one{{else if eq . 2}}two{{else}}many{{end}}';
    expect([1, 2, 3].map((n) => render(t, n))).toEqual(['one', 'two', 'many']);
  });

  it('sets dot in with, and chains else with', () => {
    const t = '{{with .a}}a={{.}}{{else with .b}}b={{.}}{{else}}none{{end}}';
    expect(render(t, { a: 'x' })).toBe('a=x');
    expect(render(t, { b: 'y' })).toBe('b=y');
    expect(render(t, {})).toBe('none');
  });
});

describe('range', () => {
  it('visits a map in sorted key order, whatever the insertion order', () => {
    expect(render('{{range $k, $v := .}}{{$k}}={{$v}};{{end}}', { b: 2, c: 3, a: 1 })).toBe('a=1;b=2;c=3;');
  });

  it('gives index and element over a slice, the element alone with one variable', () => {
    expect(
      render('{{range $i, $e := .}}{{$i}}:{{$e}} {{end}}|{{range $e := .}}{{$e}}{{end}}', ['x', 'y']),
    ).toBe('0:x 1:y |xy');
  });

  it('runs else for an empty or missing collection', () => {
    expect(render('{{range .}}x{{else}}empty{{end}}', [])).toBe('empty');
    expect(render('{{range .missing}}x{{else}}none{{end}}', {})).toBe('none');
  });

  it('ranges over an int as Go 1.24 does', () => {
    expect(render('{{range 3}}{{.}}{{end}}|{{range $i := 2}}{{$i}}{{end}}')).toBe('012|01');
    expect(execError('{{range $i, $j := 3}}{{end}}')).toContain(
      "can't use 3 to iterate over more than one variable",
    );
  });

  it('stops at break and skips the rest of an iteration at continue', () => {
    const t = '{{range .}}{{if eq . 2}}{{continue}}{{end}}{{if eq . 4}}{{break}}{{end}}{{.}}{{end}}';
    expect(render(t, [1, 2, 3, 4, 5])).toBe('13');
  });

  it('assigns to outer variables from inside the loop', () => {
    expect(render('{{$n := 0}}{{range $i, $e := .}}{{$n = $i}}{{end}}{{$n}}', ['a', 'b', 'c'])).toBe('2');
  });

  it('refuses to range over a string', () => {
    expect(execError('{{range .}}{{end}}', 'abc')).toBe(
      'template: msg:1:8: executing "msg" at <.>: range can\'t iterate over abc',
    );
  });

  it('orders struct-keyed maps field by field', () => {
    const key = (a: string, b: string): GoStruct =>
      new GoStruct('main.K', [
        { name: 'A', value: a },
        { name: 'B', value: b },
      ]);
    const map = new GoMap('map[main.K]int', 'struct')
      .set(key('b', 'a'), 1)
      .set(key('a', 'z'), 2)
      .set(key('a', 'b'), 3);
    expect(render('{{range $k, $v := .}}{{$k.A}}{{$k.B}}={{$v}} {{end}}', map)).toBe('ab=3 az=2 ba=1 ');
  });
});

describe('define, template, block', () => {
  it('calls a defined template with a new dot and no outer variables', () => {
    const t = '{{define "item"}}[{{.}}]{{end}}{{$x := 1}}{{range .}}{{template "item" .}}{{end}}';
    expect(render(t, ['a', 'b'])).toBe('[a][b]');
  });

  it('defines and runs a block in place', () => {
    expect(render('<{{block "b" .}}{{.}}{{end}}>', 'x')).toBe('<x>');
  });

  it('lets a later define replace an empty block body', () => {
    expect(render('{{define "x"}}{{end}}{{define "x"}}full{{end}}{{template "x"}}')).toBe('full');
  });

  it('fails when calling an undefined template, naming the template being executed', () => {
    expect(execError('{{define "a"}}{{template "zz"}}{{end}}{{template "a"}}')).toBe(
      'template: msg:1:25: executing "a" at <{{template "zz"}}>: template "zz" not defined',
    );
  });

  it('stops runaway recursion', () => {
    expect(execError('{{define "r"}}{{template "r"}}{{end}}{{template "r"}}')).toContain(
      'exceeded maximum template depth (1000)',
    );
  });
});
