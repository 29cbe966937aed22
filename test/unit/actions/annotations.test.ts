import { describe, expect, it } from 'vitest';
import { type Annotation, planAnnotations } from '../../../src/actions/shared/annotations.js';

const at = (level: Annotation['level'], file: string, line: number): Annotation => ({
  level,
  message: 'm',
  file,
  line,
});

describe('planAnnotations', () => {
  it('emits errors before warnings and notices, in file and line order', () => {
    const { emit } = planAnnotations([
      at('notice', 'a', 1),
      at('warning', 'b', 2),
      at('error', 'c', 9),
      at('error', 'c', 3),
    ]);
    expect(emit.map((a) => `${a.level}:${a.file}:${a.line}`)).toEqual([
      'error:c:3',
      'error:c:9',
      'warning:b:2',
      'notice:a:1',
    ]);
  });

  it('caps each level separately and counts what was left out', () => {
    const many = Array.from({ length: 13 }, (_, i) => at('warning', 'f', i + 1));
    const { emit, omitted } = planAnnotations([...many, at('error', 'g', 1)], 10);
    expect(emit.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(emit.filter((a) => a.level === 'error')).toHaveLength(1);
    expect(omitted).toEqual({ error: 0, warning: 3, notice: 0 });
  });
});
