// Build plugin: minifies the text inside Lit's tagged template literals, which esbuild and terser leave
// untouched. `css` literals go through esbuild's CSS minifier; `html` and `svg` literals only have their
// whitespace runs that contain a newline collapsed to one space, outside tags' attribute values and
// outside <pre>, <textarea>, <script>, <style>, <title> and comments. One space renders like any run of
// whitespace (white-space: normal and nowrap, the only values our styles use), and the DOM keeps the same
// nodes, so neither inline spacing (`</strong>\n<span>`) nor Lit's parts can change.
//
// Only literals whose tag is `css`, `html` or `svg` imported from 'lit' are touched, and never an
// argument of `msg()`: @lit/localize finds a translation by a hash of the template's exact strings.
// A literal the plugin cannot handle safely is left as written and counted (see `skipped`).
import ts from 'typescript';
import { transform } from 'esbuild';

const LIT_MODULES = new Set(['lit', 'lit-html', 'lit-element']);

// ---------------------------------------------------------------- css

/** A placeholder that esbuild keeps verbatim: an identifier in a value, an unknown at-rule as a statement. */
const valueToken = (i) => `__litph${i}__`;
const statementToken = (i) => `@__litph${i}__;`;
const TOKEN = /(@?)__litph(\d+)__/g;

/**
 * Where a `${}` sits in CSS, from the text around it: 'value' inside a declaration's value,
 * 'statement' as a whole rule or declaration list (followed by `}` or the end), otherwise null
 * (a selector, a prelude, a string, a comment): positions we do not rewrite.
 */
function placeholderContext(before, after) {
  const scan = scanCss(before);
  if (scan.inString || scan.inComment) return null;
  const next = after.replace(/^(\s|\/\*[\s\S]*?\*\/)+/, '');
  const nextDelimiter = scanCss(next).firstDelimiter;
  if (nextDelimiter === '{') return null;
  if (scan.depth > 0 && scan.sinceDelimiter.includes(':')) return 'value';
  const startsStatement = scan.lastDelimiter === null || /^\s*$/.test(scan.sinceDelimiter);
  const endsStatement = next === '' || next.startsWith('}') || next.startsWith('__litnext__');
  return startsStatement && endsStatement ? 'statement' : null;
}

/** Brace depth, open string or comment, and the text since the last `{`, `}` or `;` of some CSS. */
function scanCss(text) {
  let depth = 0;
  let quote = null;
  let inComment = false;
  let lastDelimiter = null;
  let firstDelimiter = null;
  let sinceDelimiter = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inComment) {
      if (c === '*' && text[i + 1] === '/') {
        inComment = false;
        i++;
      }
      continue;
    }
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      sinceDelimiter += c;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      inComment = true;
      i++;
    } else if (c === '{' || c === '}' || c === ';') {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      lastDelimiter = c;
      firstDelimiter ??= c;
      sinceDelimiter = '';
    } else {
      if (c === '"' || c === "'") quote = c;
      sinceDelimiter += c;
    }
  }
  return { depth, inString: quote !== null, inComment, lastDelimiter, firstDelimiter, sinceDelimiter };
}

/**
 * Minifies the static strings of a `css` literal (cooked text, one more than there are `${}`).
 * Returns the new strings, or null when the literal should stay as written.
 */
export async function minifyCssStrings(strings) {
  if (strings.some((s) => s.includes('__lit'))) return null;
  let joined = strings[0];
  // Decided right to left, so a run of `${a}\n${b}` at the end is a run of statements.
  const contexts = [];
  for (let i = strings.length - 2; i >= 0; i--) {
    const after =
      strings[i + 1].trim() === '' && contexts[0] === 'statement' ? '__litnext__' : strings[i + 1];
    contexts.unshift(placeholderContext(strings.slice(0, i + 1).join(' '), after));
  }
  if (contexts.includes(null)) return null;
  contexts.forEach((context, i) => {
    joined += (context === 'value' ? valueToken(i) : statementToken(i)) + strings[i + 1];
  });
  let code;
  try {
    const result = await transform(joined, { loader: 'css', minify: true, charset: 'utf8' });
    if (result.warnings.length > 0) return null;
    code = result.code.trim();
  } catch {
    return null;
  }
  // Every placeholder must come back once, in order, in the kind of position it went in.
  const parts = [];
  let last = 0;
  let expected = 0;
  for (const match of code.matchAll(TOKEN)) {
    const index = Number(match[2]);
    if (index !== expected || (match[1] === '@') !== (contexts[index] === 'statement')) return null;
    let end = match.index + match[0].length;
    if (match[1] === '@') {
      if (code[end] !== ';') return null;
      end++;
    }
    parts.push(code.slice(last, match.index));
    last = end;
    expected++;
  }
  if (expected !== strings.length - 1) return null;
  parts.push(code.slice(last));
  return parts;
}

// ---------------------------------------------------------------- html

// Elements whose text is kept byte for byte: whitespace shows (pre, textarea) or is not markup.
const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style', 'title', 'listing', 'xmp', 'plaintext']);

/**
 * Collapses, in the raw strings of an `html`/`svg` literal, each whitespace run that contains a newline
 * to one space, in text and between attributes. Returns a list of edits per string
 * (`[{ start, end }]`, each to become ' '), or null when the markup is not understood (the literal ends
 * inside a tag, an attribute value, a comment or a raw-text element) and must stay as written.
 */
export function htmlWhitespaceEdits(strings) {
  let state = 'text'; // text | tag | value | comment | raw
  let quote = '';
  let rawTag = '';
  let openTag = ''; // name of the tag being read, to enter raw text after its `>`
  const edits = strings.map(() => []);
  strings.forEach((s, part) => {
    let i = 0;
    while (i < s.length && state !== 'unknown') {
      const rest = s.slice(i);
      const space = /^\s+/.exec(rest);
      if (space && (state === 'text' || state === 'tag')) {
        if (space[0].includes('\n')) edits[part].push({ start: i, end: i + space[0].length });
        i += space[0].length;
        continue;
      }
      let step = 1;
      if (state === 'text') {
        const tag = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(rest);
        if (rest.startsWith('<!--')) {
          state = 'comment';
          step = 4;
        } else if (tag) {
          state = 'tag';
          openTag = tag[1] ? '' : tag[2].toLowerCase();
          step = tag[0].length;
        } else if (/^<[!?]/.test(rest)) {
          state = 'unknown'; // a doctype or processing instruction: not expected in a template
        }
      } else if (state === 'tag') {
        if (rest[0] === '"' || rest[0] === "'") {
          state = 'value';
          quote = rest[0];
        } else if (rest[0] === '>') {
          state = RAW_TEXT.has(openTag) ? 'raw' : 'text';
          rawTag = openTag;
        }
      } else if (state === 'value') {
        if (rest[0] === quote) state = 'tag';
      } else if (state === 'comment') {
        if (rest.startsWith('-->')) {
          state = 'text';
          step = 3;
        }
      } else if (state === 'raw' && rest.toLowerCase().startsWith(`</${rawTag}`)) {
        state = 'tag';
        openTag = '';
        step = rawTag.length + 2;
      }
      i += step;
    }
  });
  return state === 'text' ? edits : null;
}

// ---------------------------------------------------------------- source files

/** Names under which this file imported `css`, `html` and `svg` from Lit: local name → kind. */
function litTags(sourceFile) {
  const tags = new Map();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !LIT_MODULES.has(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (imported === 'css' || imported === 'html' || imported === 'svg')
        tags.set(element.name.text, imported);
    }
  }
  return tags;
}

/** The pieces of a template literal: raw text with its offsets in the source, and cooked text. */
function templatePieces(template, sourceFile, source) {
  const nodes = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((span) => span.literal)];
  return nodes.map((node) => {
    const start = node.getStart(sourceFile) + 1; // after ` or }
    const end = node.end - (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1); // before ${ or `
    // An invalid escape (`\2022`) has no cooked value; TypeScript then gives the raw text as `text`.
    const cooked = node.templateFlags & ts.TokenFlags.ContainsInvalidEscape ? undefined : node.text;
    return { start, end, raw: source.slice(start, end), rawText: node.rawText, cooked };
  });
}

const isMsgArgument = (node) =>
  ts.isCallExpression(node.parent) &&
  ts.isIdentifier(node.parent.expression) &&
  node.parent.expression.text === 'msg';

/** Template literal text for a cooked string. */
const escapeTemplate = (text) => text.replace(/\\|`|\$\{/g, (m) => `\\${m}`);

/**
 * Minifies the literals of one TypeScript/JavaScript source. Returns null when nothing changed, else the
 * new code, a source map, and what was done: `{ code, map, css, html, skipped: [{ line, kind, reason }] }`.
 */
export async function minifyLiterals(source, fileName = 'input.ts') {
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const tags = litTags(sourceFile);
  if (tags.size === 0) return null;
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text)) {
      found.push({ node, kind: tags.get(node.tag.text) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);

  const edits = [];
  const report = { css: 0, html: 0, skipped: [] };
  const skip = (node, kind, reason) => {
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    report.skipped.push({ line, kind, reason });
  };
  for (const { node, kind } of found) {
    const pieces = templatePieces(node.template, sourceFile, source);
    if (pieces.some((p) => p.raw !== p.rawText || p.cooked === undefined)) {
      skip(node, kind, 'unexpected template text');
      continue;
    }
    if (kind === 'css') {
      const minified = await minifyCssStrings(pieces.map((p) => p.cooked));
      if (!minified) {
        skip(node, kind, 'placeholder position or CSS not understood');
        continue;
      }
      pieces.forEach((p, i) => edits.push({ start: p.start, end: p.end, text: escapeTemplate(minified[i]) }));
      report.css++;
    } else {
      if (isMsgArgument(node)) continue; // its strings are a translation's id
      if (pieces.some((p) => p.raw.includes('\\'))) {
        skip(node, kind, 'escape sequences');
        continue;
      }
      const pieceEdits = htmlWhitespaceEdits(pieces.map((p) => p.raw));
      if (!pieceEdits) {
        skip(node, kind, 'markup not understood');
        continue;
      }
      pieceEdits.forEach((list, i) =>
        list.forEach(({ start, end }) =>
          edits.push({ start: pieces[i].start + start, end: pieces[i].start + end, text: ' ' }),
        ),
      );
      if (pieceEdits.some((list) => list.length > 0)) report.html++;
    }
  }
  if (edits.length === 0 && report.skipped.length === 0) return null;
  edits.sort((a, b) => a.start - b.start);
  return { ...applyEdits(source, edits, fileName), ...report };
}

// ---------------------------------------------------------------- source map

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value) {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

/** Moves a { line, column } position (UTF-16 columns) over `text`; opens a segment list per new line. */
function advance(position, text, lines) {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') {
      position.line++;
      position.column = 0;
      lines?.push([]);
    } else position.column++;
  }
}

/**
 * Applies sorted, non-overlapping edits and writes a source map: a segment at each token start of the
 * unchanged text and at the start of each replacement, so later maps (esbuild's) compose onto it.
 */
function applyEdits(source, edits, fileName) {
  let code = '';
  const lines = [[]];
  const generated = { line: 0, column: 0 };
  const original = { line: 0, column: 0 };
  const segment = () => lines[generated.line].push([generated.column, original.line, original.column]);
  const copy = (from, to) => {
    for (let i = from; i < to; i++) {
      const c = source[i];
      const prev = i > from ? source[i - 1] : ' ';
      if (!/\s/.test(c) && (/\s/.test(prev) || !/[\w$]/.test(c) || !/[\w$]/.test(prev))) segment();
      code += c;
      advance(generated, c, lines);
      advance(original, c);
    }
  };
  let pos = 0;
  for (const { start, end, text } of edits) {
    copy(pos, start);
    segment();
    code += text;
    advance(generated, text, lines);
    advance(original, source.slice(start, end));
    pos = end;
  }
  copy(pos, source.length);

  // Source line and column are relative to the previous segment; the generated column restarts per line.
  let previousLine = 0;
  let previousCol = 0;
  const mappings = lines
    .map((segments) => {
      let col = 0;
      return segments
        .map(([gc, sl, sc]) => {
          const encoded = vlq(gc - col) + vlq(0) + vlq(sl - previousLine) + vlq(sc - previousCol);
          [col, previousLine, previousCol] = [gc, sl, sc];
          return encoded;
        })
        .join(',');
    })
    .join(';');
  return { code, map: { version: 3, sources: [fileName], sourcesContent: [source], names: [], mappings } };
}

// ---------------------------------------------------------------- plugins

const OUR_SOURCES = /[\\/]src[\\/].+\.ts$/;

/** Rollup plugin; put it before the TypeScript transform so it sees our sources as written. */
export function minifyLiteralsPlugin({
  include = (id) => OUR_SOURCES.test(id) && !id.includes('node_modules'),
} = {}) {
  const totals = { css: 0, html: 0, skipped: 0 };
  return {
    name: 'minify-literals',
    buildStart() {
      Object.assign(totals, { css: 0, html: 0, skipped: 0 });
    },
    async transform(code, id) {
      if (!include(id)) return null;
      const result = await minifyLiterals(code, id);
      if (!result) return null;
      totals.css += result.css;
      totals.html += result.html;
      totals.skipped += result.skipped.length;
      for (const { line, kind, reason } of result.skipped) {
        this.warn(`${kind} literal at ${id}:${line} left as written (${reason})`);
      }
      return { code: result.code, map: result.map };
    },
    buildEnd() {
      this.info(
        `minified ${totals.css} css and ${totals.html} html/svg literals; ${totals.skipped} left as written`,
      );
    },
  };
}
