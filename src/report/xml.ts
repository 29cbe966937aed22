/**
 * Just enough XML for the JUnit writer: escaped text and attributes, and elements built as strings.
 * Values come from manifests and can hold anything, so every one goes through `escapeXml`.
 */

/**
 * Characters XML 1.0 forbids even as references (most C0 controls, lone surrogates, U+FFFE and
 * U+FFFF). A report parser stops at the first one, losing the whole file, so they are replaced.
 */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Kept as references: a parser turns a literal CR into LF, and literal tabs and newlines inside
  // an attribute into spaces.
  '\r': '&#13;',
};
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...ENTITIES, '\t': '&#9;', '\n': '&#10;' };

/**
 * Escapes text for element content, or for an attribute value with `attribute`. Illegal characters
 * become visible `\u001b`-style text (a lone surrogate becomes U+FFFD) so a reader sees that
 * something was there.
 */
export function escapeXml(text: string, attribute = false): string {
  const entities = attribute ? ATTRIBUTE_ENTITIES : ENTITIES;
  return text
    .replace(ILLEGAL, (char) => {
      const code = char.codePointAt(0) ?? 0;
      if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
      return `\\u${code.toString(16).padStart(4, '0')}`;
    })
    .replace(attribute ? /[&<>"'\r\t\n]/g : /[&<>"'\r]/g, (char) => entities[char] ?? char);
}

export type Attributes = Record<string, string | number | undefined>;

/** `<name a="1">children</name>`, or self-closing without children. Undefined attributes are left out. */
export function element(name: string, attributes: Attributes, children?: string): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value), true)}"`)
    .join('');
  return children === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
