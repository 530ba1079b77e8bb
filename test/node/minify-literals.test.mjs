// The build's literal minifier (scripts/minify-literals.mjs) on small sources: CSS keeps its `${}`
// placeholders and its meaning, html keeps every meaningful space, and what it cannot handle stays
// exactly as written.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { transform } from 'esbuild';
import { minifyCssStrings, minifyLiterals } from '../../scripts/minify-literals.mjs';

const minifiedCss = async (text) =>
  (await transform(text, { loader: 'css', minify: true, charset: 'utf8' })).code.trim();
/** Joins template strings with values, as Lit's `css` tag does. */
const join = (strings, values) => strings.reduce((text, s, i) => text + values[i - 1] + s);
/** The literal's text in a one-literal source, between the backticks, as it is in the source. */
const literal = (code) => code.slice(code.indexOf('`') + 1, code.lastIndexOf('`'));

describe('css literals', () => {
  test('placeholders in values survive, in order, and the CSS means what it meant', async () => {
    const strings = [
      ':host {\n  /* the accent */\n  color: ',
      ';\n  margin: ',
      'px 0;\n}\n.a {\n  border: 1px solid ',
      ';\n}\n',
    ];
    const parts = await minifyCssStrings(strings);
    assert.equal(parts.length, strings.length);
    assert.doesNotMatch(parts.join(''), /the accent|\n/);
    const values = ['rebeccapurple', '4', 'var(--x, red)'];
    assert.equal(await minifiedCss(join(parts, values)), await minifiedCss(join(strings, values)));
    assert.match(join(parts, values), /color:rebeccapurple;margin:4px 0/);
  });

  test('a placeholder standing for whole rules at the end or before } survives', async () => {
    const strings = ['.a {\n  color: red;\n}\n', '\n', '\n'];
    const parts = await minifyCssStrings(strings);
    assert.deepEqual(parts, ['.a{color:red}', '', '']);
  });

  test('a placeholder it cannot place (selector, inside a string, before more rules) is refused', async () => {
    assert.equal(await minifyCssStrings(['', ' {\n  color: red;\n}\n']), null);
    assert.equal(await minifyCssStrings(['.a {\n  &:hover ', ' {\n    color: red;\n  }\n}']), null);
    assert.equal(await minifyCssStrings([".a::before { content: '", "'; }"]), null);
    assert.equal(await minifyCssStrings(['\n', '\n.a { color: red; }\n']), null);
  });

  test('a refused literal is left as written in the source and counted', async () => {
    const source =
      "import { css } from 'lit';\nexport const s = css`\n  ${sel} {\n    color: red;\n  }\n`;\n";
    const result = await minifyLiterals(source);
    assert.equal(result.code, source);
    assert.deepEqual(
      result.skipped.map(({ line, kind }) => ({ line, kind })),
      [{ line: 2, kind: 'css' }],
    );
  });

  test('a literal with an invalid escape (no cooked text) is left as written', async () => {
    const source =
      "import { css } from 'lit';\nconst s = css`\n  .a::before {\n    content: '\\2022';\n  }\n`;\n";
    const result = await minifyLiterals(source);
    assert.equal(result.code, source);
    assert.equal(result.skipped.length, 1);
  });

  test('escapes round-trip: a backslash in the CSS is written back escaped', async () => {
    const source =
      "import { css } from 'lit';\nconst s = css`\n  .sm\\\\:hidden {\n    display: none;\n  }\n`;\n";
    const { code } = await minifyLiterals(source);
    assert.equal(literal(code), String.raw`.sm\\:hidden{display:none}`);
  });
});

describe('html literals', () => {
  const minifyHtml = async (body, imports = "import { html } from 'lit';") => {
    const result = await minifyLiterals(`${imports}\nconst t = html\`${body}\`;\n`);
    return result ? literal(result.code) : body;
  };

  test('the space between inline elements stays, whether written as a space or a line break', async () => {
    assert.equal(await minifyHtml('<b>a</b> <i>b</i>'), '<b>a</b> <i>b</i>');
    assert.equal(
      await minifyHtml('<p>\n  <strong>a</strong>\n  <span>b</span>\n</p>'),
      '<p> <strong>a</strong> <span>b</span> </p>',
    );
  });

  test('line breaks between attributes collapse; attribute values, pre and textarea are untouched', async () => {
    assert.equal(
      await minifyHtml('<button\n    type="button"\n    title="one\n      two"\n  >go</button>'),
      '<button type="button" title="one\n      two" >go</button>',
    );
    const pre = '<pre>\n  a\n    b\n</pre>\n<textarea>\n  c\n</textarea>';
    assert.equal(await minifyHtml(pre), '<pre>\n  a\n    b\n</pre> <textarea>\n  c\n</textarea>');
  });

  test('bindings and the text between them on one line are kept as written', async () => {
    assert.equal(
      await minifyHtml('<p class=${c} @click=${f}>${a}   ${b}</p>\n  ${d}'),
      '<p class=${c} @click=${f}>${a}   ${b}</p> ${d}',
    );
  });

  test('a msg() template keeps its exact text, which is its translation id', async () => {
    const body = '${msg(html`Adapted from\n  “${x}”`)}';
    const source = `import { html } from 'lit';\nimport { msg } from '@lit/localize';\nconst t = html\`${body}\`;\n`;
    assert.equal(await minifyLiterals(source), null);
  });

  test('templates not from lit, or that end inside a tag, are left as written', async () => {
    const body = '<div>\n  <p></p>\n</div>';
    assert.equal(await minifyHtml(body, "import { html } from 'lit/static-html.js';"), body);
    const open = "import { html } from 'lit';\nconst t = html`<p title=\"${x}\n  `;\n";
    const result = await minifyLiterals(open);
    assert.equal(result.code, open);
    assert.equal(result.skipped.length, 1);
  });
});

test('the source map points code after a collapsed literal back to its own line and column', async () => {
  const source = "import { html } from 'lit';\nconst t = html`<p>\n  <b>x</b>\n</p>`;\nconst after = 1;\n";
  const { code, map } = await minifyLiterals(source);
  const generatedLine = code.split('\n').findIndex((line) => line.includes('const after'));
  const column = code.split('\n')[generatedLine].indexOf('after');
  const segment = decodeMappings(map.mappings)[generatedLine].find(([c]) => c === column);
  assert.deepEqual(segment?.slice(2), [4, 'const '.length]);
});

/** Absolute [generatedColumn, source, line, column] segments per generated line (source map v3). */
function decodeMappings(mappings) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((text) => {
        const values = [];
        for (let i = 0, value = 0, shift = 0; i < text.length; i++) {
          const digit = digits.indexOf(text[i]);
          value += (digit & 31) << shift;
          shift += 5;
          if (!(digit & 32)) {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = shift = 0;
          }
        }
        return values.map((delta, i) => (state[i] += delta));
      });
  });
}
