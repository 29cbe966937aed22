/**
 * A small, strict XML 1.0 well-formedness checker and parser for the JUnit tests (no XML parser is
 * installed). It accepts what the JUnit writer may produce (a declaration, elements, attributes,
 * text, the five entities and character references) and throws on anything not well-formed.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated, decoded text content of this element only. */
  text: string;
}

const LEGAL = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const REFERENCE = /&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(xml: string): XmlElement {
  if (!LEGAL.test(xml)) throw new Error('character not allowed in XML 1.0');
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${pos}: ${JSON.stringify(xml.slice(pos, pos + 30))}`);
  };
  const skipSpace = () => {
    while (pos < xml.length && ' \t\r\n'.includes(xml.charAt(pos))) pos++;
  };
  const name = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(xml);
    if (!match) return fail('expected a name');
    pos += match[0].length;
    return match[0];
  };
  const reference = (): string => {
    REFERENCE.lastIndex = pos;
    const match = REFERENCE.exec(xml);
    if (!match?.[1]) return fail('bad entity reference');
    pos += match[0].length;
    const body = match[1];
    if (!body.startsWith('#')) return NAMED[body] ?? fail('unknown entity');
    const code = body.startsWith('#x')
      ? Number.parseInt(body.slice(2), 16)
      : Number.parseInt(body.slice(1), 10);
    const char = String.fromCodePoint(code);
    if (!LEGAL.test(char)) fail('reference to an illegal character');
    return char;
  };

  const element = (): XmlElement => {
    if (xml.charAt(pos) !== '<') fail('expected <');
    pos++;
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = pos;
      skipSpace();
      if (xml.startsWith('/>', pos)) {
        pos += 2;
        return { name: tag, attributes, children: [], text: '' };
      }
      if (xml.charAt(pos) === '>') {
        pos++;
        break;
      }
      if (pos === before) fail('expected whitespace before an attribute');
      const key = name();
      if (key in attributes) fail(`duplicate attribute ${key}`);
      skipSpace();
      if (xml.charAt(pos) !== '=') fail('expected =');
      pos++;
      skipSpace();
      const quote = xml.charAt(pos);
      if (quote !== '"' && quote !== "'") fail('expected a quoted value');
      pos++;
      let value = '';
      while (xml.charAt(pos) !== quote) {
        const char = xml.charAt(pos);
        if (pos >= xml.length || char === '<') fail('unterminated or < in attribute');
        if (char === '&') value += reference();
        else {
          // Attribute-value normalization: literal whitespace characters become spaces.
          value += '\t\n\r'.includes(char) ? ' ' : char;
          pos++;
        }
      }
      pos++;
      attributes[key] = value;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (pos >= xml.length) fail(`unclosed <${tag}>`);
      if (xml.startsWith('</', pos)) {
        pos += 2;
        if (name() !== tag) fail(`mismatched end tag for <${tag}>`);
        skipSpace();
        if (xml.charAt(pos) !== '>') fail('expected >');
        pos++;
        return { name: tag, attributes, children, text };
      }
      if (xml.startsWith('<!', pos) || xml.startsWith('<?', pos)) fail('unsupported markup');
      if (xml.charAt(pos) === '<') children.push(element());
      else if (xml.charAt(pos) === '&') text += reference();
      else {
        if (xml.startsWith(']]>', pos)) fail(']]> in content');
        text += xml.charAt(pos) === '\r' ? '\n' : xml.charAt(pos);
        pos += xml.charAt(pos) === '\r' && xml.charAt(pos + 1) === '\n' ? 2 : 1;
      }
    }
  };

  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>/.exec(xml);
  if (declaration) pos = declaration[0].length;
  skipSpace();
  const root = element();
  skipSpace();
  if (pos !== xml.length) fail('content after the root element');
  return root;
}

/** Every descendant element named `name`, depth first. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    if (node.name === name) found.push(node);
    node.children.forEach(visit);
  };
  visit(root);
  return found;
}
