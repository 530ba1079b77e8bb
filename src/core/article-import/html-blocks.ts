/**
 * HTML as blocks. Headings are `h1`–`h6`, Word's `MsoTitle`/`MsoSubtitle` paragraphs, and
 * paragraphs whose text is all bold (how Google Docs and many blog editors mark a subheading);
 * list items are `li` and Word's list paragraphs (whose "1." arrives as text). Scripts, styles,
 * forms and navigation are skipped; only text is read, never markup.
 */
import { blockFromText, MAX_BLOCKS, type Block } from './blocks.js';
import type { HtmlNode } from './html-tree.js';
import { tableRowBlocks, type PushBlock } from './table-rows.js';

type Element = Extract<HtmlNode, { type: 'element' }>;

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'select',
  'textarea',
  'canvas',
  'video',
  'audio',
  'figcaption',
  'picture',
  'img',
]);
const HEADINGS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Elements that hold one block of text each. */
const TEXT_BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'blockquote', 'pre', 'td', 'th', 'caption', 'summary']);
const BREAK = '\n';

export function htmlBlocks(root: HtmlNode): Block[] {
  const blocks: Block[] = [];
  /** The index of the first block after a table read as exercises (see readTable): it starts apart. */
  let apartFrom = -1;
  const push = (text: string, kind: Block['kind'] | undefined, level: number, ordered?: boolean) => {
    // A <br> inside a paragraph splits it, as a line break does in plain text.
    const parts = kind === 'item' || level > 0 ? [text.replace(/\n/g, ' ')] : text.split(BREAK);
    for (const part of parts) {
      if (blocks.length >= MAX_BLOCKS) return;
      const block = blockFromText(part, blocks.length + 1, 1, kind);
      if (!block) continue;
      if (level > 0) block.level = level;
      if (ordered !== undefined && block.kind === 'item') block.ordered = ordered;
      block.line = blocks.length + 1;
      if (blocks.length === apartFrom) block.apart = true;
      blocks.push(block);
    }
  };

  const walk = (node: HtmlNode, listOrdered: boolean | undefined, depth: number): void => {
    if (node.type !== 'element' || depth > 200 || blocks.length >= MAX_BLOCKS) return;
    const tag = node.tag;
    if (
      SKIPPED.has(tag) ||
      node.attrs.hidden !== undefined ||
      /display\s*:\s*none/i.test(node.attrs.style ?? '')
    )
      return;
    const heading = HEADINGS[tag] ?? wordHeadingLevel(node);
    if (heading) {
      push(textOf(node), 'heading', heading);
      return;
    }
    const table = tag === 'table' ? readTable(node, (text, kind, level) => push(text, kind, level)) : false;
    if (table === 'exercises') apartFrom = blocks.length;
    if (table) return;
    if (tag === 'ul' || tag === 'ol') {
      for (const child of node.children) walk(child, tag === 'ol', depth + 1);
      return;
    }
    if (tag === 'li') {
      push(textOf(node), 'item', 0, listOrdered ?? false);
      return;
    }
    if (TEXT_BLOCKS.has(tag) || (isBlockish(tag) && !hasBlockChild(node))) {
      const text = textOf(node);
      push(
        text,
        allBold(node) && text.length <= 120 ? 'heading' : undefined,
        allBold(node) && text.length <= 120 ? 3 : 0,
      );
      return;
    }
    // A container: its loose text runs are blocks of their own, between its block children.
    let run = '';
    const flushRun = () => {
      if (run.trim()) push(run, undefined, 0);
      run = '';
    };
    for (const child of node.children) {
      if (child.type === 'text') run += child.value;
      // Google Docs wraps a whole document in one <b>: an inline element around blocks is a container.
      else if (isInline(child.tag) && !hasBlockChild(child))
        run += child.tag === 'br' ? BREAK : textOf(child);
      else {
        flushRun();
        walk(child, listOrdered, depth + 1);
      }
    }
    flushRun();
  };
  walk(root, undefined, 0);
  return blocks;
}

/** The rows of a table, through its thead, tbody and tfoot, with each row's cells. */
function tableRows(table: Element): { cells: Element[]; head: boolean }[] {
  const rows: { cells: Element[]; head: boolean }[] = [];
  const visit = (node: HtmlNode, head: boolean) => {
    if (node.type !== 'element') return;
    if (node.tag === 'tr') {
      const cells = node.children.filter(
        (c): c is Element => c.type === 'element' && (c.tag === 'td' || c.tag === 'th'),
      );
      rows.push({ cells, head: head || (cells.length > 0 && cells.every((c) => c.tag === 'th')) });
    } else if (node.tag === 'thead' || node.tag === 'tbody' || node.tag === 'tfoot')
      for (const child of node.children) visit(child, node.tag === 'thead');
  };
  for (const child of table.children) visit(child, false);
  return rows;
}

/** What a data table's cell never holds: a page laid out in a table holds these in its cells. */
const LAYOUT = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'article', 'section']);

function holdsLayout(node: HtmlNode, depth = 0): boolean {
  if (node.type !== 'element' || depth > 50) return false;
  return node.children.some((c) => c.type === 'element' && (LAYOUT.has(c.tag) || holdsLayout(c, depth + 1)));
}

const cellText = (cell: Element) => textOf(cell).replace(/\s+/g, ' ').trim();

/**
 * A data table as the blocks an article would write (table-rows.ts), its header the first row when
 * that row is header cells or all bold. Answers false for a page laid out in a table, which is read
 * as its blocks.
 */
function readTable(table: Element, push: PushBlock): 'exercises' | 'lines' | false {
  const rows = tableRows(table);
  if (rows.length === 0 || rows.some((row) => row.cells.some((cell) => holdsLayout(cell)))) return false;
  const header = rows[0];
  const headed =
    header !== undefined &&
    header.cells.length >= 2 &&
    (header.head || header.cells.every((cell) => allBold(cell)));
  const text = (row: { cells: Element[] }) => row.cells.map(cellText);
  return tableRowBlocks(headed ? text(header) : undefined, (headed ? rows.slice(1) : rows).map(text), push);
}

function wordHeadingLevel(node: Element): number | undefined {
  const className = node.attrs.class ?? '';
  if (/\bMsoTitle\b/.test(className)) return 1;
  if (/\bMsoSubtitle\b/.test(className)) return 2;
  const heading = /\bMsoHeading(\d)\b/.exec(className);
  return heading ? Number(heading[1]) : undefined;
}

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'o:p',
  'label',
]);

function isInline(tag: string): boolean {
  return INLINE.has(tag) || tag.includes(':');
}

function isBlockish(tag: string): boolean {
  return tag === 'div' || tag === 'section' || tag === 'article' || tag === 'main' || tag === 'header';
}

function hasBlockChild(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && !isInline(child.tag));
}

/** The text of an element, with <br> as a line break and skipped elements left out. */
export function textOf(node: HtmlNode, depth = 0): string {
  if (node.type === 'text') return node.value;
  if (depth > 200 || SKIPPED.has(node.tag)) return '';
  if (node.tag === 'br') return BREAK;
  let out = '';
  for (const child of node.children) {
    const part = textOf(child, depth + 1);
    // Block children inside an item (Google Docs puts <p> inside <li>) are separated by a space.
    out += child.type === 'element' && !isInline(child.tag) ? ` ${part} ` : part;
  }
  return out;
}

/** Whether every bit of visible text sits inside bold markup (and there is some). */
function allBold(node: HtmlNode, inherited = false, depth = 0): boolean {
  if (node.type === 'text') return node.value.trim() === '' || inherited;
  if (depth > 200) return false;
  const bold = boldness(node, inherited);
  let sawText = false;
  for (const child of node.children) {
    if (child.type === 'text' && child.value.trim() === '') continue;
    sawText = true;
    if (!allBold(child, bold, depth + 1)) return false;
  }
  return depth > 0 || sawText;
}

function boldness(node: Element, inherited: boolean): boolean {
  const weight = /font-weight\s*:\s*([a-z0-9]+)/i.exec(node.attrs.style ?? '')?.[1]?.toLowerCase();
  if (weight !== undefined) return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  if (node.tag === 'b' || node.tag === 'strong') return true;
  return inherited;
}
