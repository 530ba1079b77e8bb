/**
 * The little of an HTML document the importer reads: elements with their tag, attributes and
 * children, and text. Both the browser's DOM (from DOMParser, which never runs scripts) and parse5's
 * tree in Node are copied into this shape, so one reader serves both, and nothing in the markup is
 * ever executed or attached to a live document.
 */

export type HtmlNode =
  | { type: 'element'; tag: string; attrs: Readonly<Record<string, string>>; children: HtmlNode[] }
  | { type: 'text'; value: string };

/** Parses HTML into an HtmlNode tree (the root is an element). */
export type HtmlParser = (html: string) => HtmlNode | Promise<HtmlNode>;

/** Deeper nesting than this is cut: no article needs it, and it keeps the walk bounded. */
const MAX_DEPTH = 200;
/** Nodes beyond this many are dropped. */
const MAX_NODES = 200_000;

interface DomLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomLike>;
  attributes?: ArrayLike<{ name: string; value: string }>;
  content?: DomLike;
}

/** Copies a browser DOM node into an HtmlNode. */
export function fromDom(root: unknown): HtmlNode {
  let count = 0;
  const copy = (node: DomLike, depth: number): HtmlNode | undefined => {
    if (++count > MAX_NODES) return undefined;
    if (node.nodeType === 3) return { type: 'text', value: node.nodeValue ?? '' };
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return undefined;
    const attrs: Record<string, string> = {};
    for (const attr of Array.from(node.attributes ?? [])) attrs[attr.name.toLowerCase()] = attr.value;
    const children: HtmlNode[] = [];
    if (depth < MAX_DEPTH) {
      for (const child of Array.from(node.childNodes)) {
        const made = copy(child, depth + 1);
        if (made) children.push(made);
      }
    }
    return { type: 'element', tag: node.nodeName.toLowerCase(), attrs, children };
  };
  return copy(root as DomLike, 0) ?? { type: 'element', tag: '#document', attrs: {}, children: [] };
}

interface Parse5Like {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Like[];
  content?: Parse5Like;
}

/** Copies a parse5 (default tree adapter) node into an HtmlNode. */
export function fromParse5(root: unknown): HtmlNode {
  let count = 0;
  const copy = (node: Parse5Like, depth: number): HtmlNode | undefined => {
    if (++count > MAX_NODES) return undefined;
    if (node.nodeName === '#text') return { type: 'text', value: node.value ?? '' };
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') return undefined;
    const attrs: Record<string, string> = {};
    for (const attr of node.attrs ?? []) attrs[attr.name.toLowerCase()] = attr.value;
    const children: HtmlNode[] = [];
    if (depth < MAX_DEPTH) {
      for (const child of node.childNodes ?? []) {
        const made = copy(child, depth + 1);
        if (made) children.push(made);
      }
    }
    return { type: 'element', tag: (node.tagName ?? node.nodeName).toLowerCase(), attrs, children };
  };
  return copy(root as Parse5Like, 0) ?? { type: 'element', tag: '#document', attrs: {}, children: [] };
}

interface DomParserLike {
  parseFromString(text: string, type: string): unknown;
}

/**
 * The default parser: the browser's DOMParser when there is one (it builds an inert document and
 * never runs scripts); otherwise parse5, imported only when HTML is first imported in Node.
 */
export async function defaultHtmlParser(html: string): Promise<HtmlNode> {
  const Parser = (globalThis as { DOMParser?: new () => DomParserLike }).DOMParser;
  if (typeof Parser === 'function') return fromDom(new Parser().parseFromString(html, 'text/html'));
  // A variable specifier, so bundlers for the browser (which never reach this line) don't try to
  // bundle the optional dependency.
  const name = 'parse5';
  const parse5 = (await import(/* @vite-ignore */ name)) as { parse(html: string): unknown };
  return fromParse5(parse5.parse(html));
}
