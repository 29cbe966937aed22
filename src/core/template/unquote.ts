/**
 * strconv.Unquote for the three literal forms a template may hold: "interpreted", `raw` and
 * 'c'haracter. Escapes build bytes, so `\xe2\x82\xac` is one euro sign as in Go.
 */

const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/** Returns undefined where Go's strconv reports "invalid syntax". */
export function unquote(literal: string): string | undefined {
  const quote = literal[0];
  if (literal.length < 2 || literal[literal.length - 1] !== quote) return undefined;
  const body = literal.slice(1, -1);
  if (quote === '`') return body.includes('`') ? undefined : body.replaceAll('\r', '');
  if (quote !== '"' && quote !== "'") return undefined;
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  let runes = 0;
  for (let i = 0; i < body.length; ) {
    const c = body[i] as string;
    if (c === quote || (quote === '"' && c === '\n')) return undefined;
    runes++;
    if (c !== '\\') {
      const ch = String.fromCodePoint(body.codePointAt(i) ?? 0);
      bytes.push(...encoder.encode(ch));
      i += ch.length;
      continue;
    }
    const e = body[i + 1];
    i += 2;
    if (e === undefined) return undefined;
    const code = simple[e];
    if (code !== undefined) bytes.push(code);
    else if (e === quote) bytes.push(quote.charCodeAt(0));
    else if (e === 'x' || e === 'u' || e === 'U') {
      const size = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i, i + size);
      if (!new RegExp(`^[0-9a-fA-F]{${size}}$`).test(hex)) return undefined;
      const value = Number.parseInt(hex, 16);
      i += size;
      if (e === 'x') bytes.push(value);
      else if (value > 0x10ffff || (value >= 0xd800 && value < 0xe000)) return undefined;
      else bytes.push(...encoder.encode(String.fromCodePoint(value)));
    } else if (/[0-7]/.test(e)) {
      const octal = body.slice(i - 1, i + 2);
      if (!/^[0-7]{3}$/.test(octal) || Number.parseInt(octal, 8) > 255) return undefined;
      bytes.push(Number.parseInt(octal, 8));
      i += 2;
    } else return undefined;
  }
  const text = new TextDecoder().decode(new Uint8Array(bytes));
  if (quote === "'" && runes !== 1) return undefined;
  return text;
}
