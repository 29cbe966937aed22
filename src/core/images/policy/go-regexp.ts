/**
 * Go regular expressions (`regexp.Compile`, RE2 syntax) run with JavaScript's engine, for
 * ImageRepository `exclusionList` and ImagePolicy `filterTags.pattern`. Go's leftmost-first
 * matching is the backtracking order JavaScript uses, so a faithful translation of the syntax
 * gives the same first match; the translation refuses what it cannot carry over exactly.
 */
import { GitopsError } from '../../errors.js';
import { Re2Parser } from './re2-parse.js';

export interface GoRegexp {
  /** The Go source, as written. */
  readonly pattern: string;
  /** The JavaScript equivalent (always `u` mode, never the `i`, `m` or `s` flags). */
  readonly regexp: RegExp;
  /** Number of capture groups, as Go's `NumSubexp`. */
  readonly groupCount: number;
  /** Group numbers by name, for `(?P<name>…)` and `(?<name>…)`, in pattern order. */
  readonly names: ReadonlyMap<string, readonly number[]>;
  /**
   * Groups whose captured text JavaScript may report differently from Go: those inside a
   * repetition that can run more than once (JavaScript forgets a capture made by an earlier
   * iteration); and every group, the whole match included, when an optional iteration of some
   * repetition can match empty (JavaScript refuses such an iteration, Go accepts it). Whether
   * a tag matches at all is the same in both.
   */
  readonly unreliableGroups: ReadonlySet<number>;
}

/** Where the pattern came from, for error messages: for example `spec.filterTags.pattern`. */
export function compileGoRegexp(pattern: string, field: string): GoRegexp {
  const fail = (detail: string, hint: string): never => {
    throw new GitopsError(`${field} ${JSON.stringify(pattern)}: ${detail}`, { hint });
  };
  const parser = new Re2Parser(
    pattern,
    (detail) =>
      fail(
        `not a valid Go regular expression: ${detail}`,
        'Flux compiles this with Go regexp (RE2 syntax): no lookarounds, no backreferences, no possessive quantifiers.',
      ),
    (detail) =>
      fail(
        detail,
        'gitops-actions refuses Go regexp constructs whose JavaScript translation could match differently; ' +
          'rewrite the pattern with ASCII classes and plain groups.',
      ),
  );
  const body = parser.parseAlternation({ i: false, m: false, s: false, U: false });
  if (parser.peek() === ')') parser.invalid(`unexpected ): \`${pattern}\``);
  const unreliable = new Set(parser.repeatedCaptures);
  if (parser.nullableRepeat) for (let g = 0; g <= parser.groupCount; g++) unreliable.add(g);
  return {
    pattern,
    regexp: new RegExp(body.src, 'u'),
    groupCount: parser.groupCount,
    names: parser.names,
    unreliableGroups: unreliable,
  };
}

/** Go's `FindStringSubmatch`: the first (leftmost-first) match and its groups, unset ones undefined. */
export function findSubmatch(re: GoRegexp, text: string): readonly (string | undefined)[] | undefined {
  const m = re.regexp.exec(text);
  return m ? [...m] : undefined;
}

/** Go's `MatchString`: is there a match anywhere (patterns are unanchored unless they say `^`/`$`). */
export function matches(re: GoRegexp, text: string): boolean {
  return re.regexp.test(text);
}
