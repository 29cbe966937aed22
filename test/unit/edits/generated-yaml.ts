import fc from 'fast-check';

/**
 * Random YAML files for the edit properties: CRLF or LF, an optional leading `---`, comments and
 * blank lines between entries, plain / single- / double-quoted scalars with and without trailing
 * comments, flow and block sequences, flow and block mappings.
 */

const words = ['app', 'web', '1.0', 'v1.2.3', 'yes', 'ghcr.io/acme/app:1.4.2', 'true', '42', 'a b', 'x-y'];
const quotedWords = [...words, "it's", 'say "hi"', 'a: b', 'x # y', '', 'ü ñ', '[x]', '1.10'];

export interface Scalar {
  style: 'plain' | 'single' | 'double';
  value: string;
  comment: boolean;
}

type Value =
  | { kind: 'scalar'; scalar: Scalar }
  | { kind: 'flowSeq'; items: Scalar[] }
  | { kind: 'blockSeq'; items: Scalar[] }
  | { kind: 'flowMap'; items: Scalar[] }
  | { kind: 'blockMap'; items: Scalar[] };

export interface GeneratedFile {
  eol: '\n' | '\r\n';
  leadingMarker: boolean;
  entries: { value: Value; blankBefore: boolean; commentBefore: boolean }[];
}

const scalarArb: fc.Arbitrary<Scalar> = fc.oneof(
  fc.record({
    style: fc.constant('plain' as const),
    value: fc.constantFrom(...words),
    comment: fc.boolean(),
  }),
  fc.record({
    style: fc.constantFrom('single' as const, 'double' as const),
    value: fc.constantFrom(...quotedWords),
    comment: fc.boolean(),
  }),
);
const flowScalarArb = scalarArb.map((s) => ({ ...s, comment: false }));

const valueArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 3, arbitrary: scalarArb.map((scalar) => ({ kind: 'scalar' as const, scalar })) },
  fc
    .array(flowScalarArb, { minLength: 1, maxLength: 4 })
    .map((items) => ({ kind: 'flowSeq' as const, items })),
  fc.array(scalarArb, { minLength: 1, maxLength: 4 }).map((items) => ({ kind: 'blockSeq' as const, items })),
  fc
    .array(flowScalarArb, { minLength: 1, maxLength: 3 })
    .map((items) => ({ kind: 'flowMap' as const, items })),
  fc.array(scalarArb, { minLength: 1, maxLength: 3 }).map((items) => ({ kind: 'blockMap' as const, items })),
);

export const generatedFileArb: fc.Arbitrary<GeneratedFile> = fc.record({
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  leadingMarker: fc.boolean(),
  entries: fc.array(fc.record({ value: valueArb, blankBefore: fc.boolean(), commentBefore: fc.boolean() }), {
    minLength: 1,
    maxLength: 6,
  }),
});

function renderScalar(scalar: Scalar): string {
  if (scalar.style === 'plain') return scalar.value;
  if (scalar.style === 'single') return `'${scalar.value.replaceAll("'", "''")}'`;
  return JSON.stringify(scalar.value);
}

function comment(scalar: Scalar, index: number): string {
  return scalar.comment ? ` # note ${index}: keep "me"` : '';
}

export function renderFile(file: GeneratedFile): string {
  const lines: string[] = [];
  if (file.leadingMarker) lines.push('---');
  file.entries.forEach((entry, i) => {
    if (entry.blankBefore) lines.push('');
    if (entry.commentBefore) lines.push(`# about k${i}`);
    const key = `k${i}`;
    const { value } = entry;
    switch (value.kind) {
      case 'scalar':
        lines.push(`${key}: ${renderScalar(value.scalar)}${comment(value.scalar, i)}`);
        break;
      case 'flowSeq':
        lines.push(`${key}: [${value.items.map(renderScalar).join(', ')}] # flow`);
        break;
      case 'flowMap':
        lines.push(`${key}: {${value.items.map((s, j) => `f${j}: ${renderScalar(s)}`).join(', ')}}`);
        break;
      case 'blockSeq':
        lines.push(`${key}:`);
        value.items.forEach((s, j) => {
          lines.push(`  - ${renderScalar(s)}${comment(s, j)}`);
        });
        break;
      case 'blockMap':
        lines.push(`${key}:`);
        value.items.forEach((s, j) => {
          lines.push(`  b${j}: ${renderScalar(s)}${comment(s, j)}`);
        });
        break;
    }
  });
  return lines.join(file.eol) + file.eol;
}

/** New values, chosen to exercise every quoting rule. */
export const newValueArb = fc.oneof(
  fc.constantFrom(
    '1.10',
    'yes',
    'on',
    '',
    'a: b',
    'x #y',
    "it's",
    'say "hi"',
    'ghcr.io/acme/app:1.5.0',
    'sha256:0123abcd',
    'multi\nline',
    '[x]',
    '-',
    'a,b',
    'ümlaut',
    ' pad ',
    '~',
    '0x1F',
    '*star',
    'tab\there',
    'back\\slash',
  ),
  fc.string({ maxLength: 12 }),
);
