// Issue 17: every ```json example in the README, docs/*.md and stories/*.mdx (and the inline JSON of their
// HTML examples) is valid JSON as written, so
// an author who copies one gets a document that loads (no `//` comments, no `…`, no trailing commas).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const files = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync('stories')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `stories/${f}`),
];

const lineOf = (text, index) => text.slice(0, index).split('\n').length;

/**
 * Every fenced ```json block of a Markdown or MDX text, and the inline JSON of every ```html block
 * (`<script type="application/json">`), with the line each starts on.
 */
function jsonBlocks(text) {
  const blocks = [];
  for (const match of text.matchAll(/^([ \t]*)```(json|html)[^\n]*\n([\s\S]*?)^\1```/gm)) {
    const [, , kind, body] = match;
    if (kind === 'json') {
      blocks.push({ line: lineOf(text, match.index), body });
      continue;
    }
    for (const script of body.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)) {
      blocks.push({ line: lineOf(text, match.index) + lineOf(body, script.index) - 1, body: script[1] });
    }
  }
  return blocks;
}

test('there are JSON examples to check', () => {
  assert.ok(files.flatMap((file) => jsonBlocks(readFileSync(file, 'utf8'))).length > 3);
});

for (const file of files) {
  const blocks = jsonBlocks(readFileSync(file, 'utf8'));
  if (!blocks.length) continue;
  test(`${file}: every json example parses as JSON`, () => {
    const broken = [];
    for (const { line, body } of blocks) {
      try {
        JSON.parse(body);
      } catch (error) {
        broken.push(`line ${line}: ${error.message}`);
      }
    }
    assert.deepEqual(broken, []);
  });
}
