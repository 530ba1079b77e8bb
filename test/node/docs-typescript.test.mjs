// docs/embedding.md tells React and Vue users which tags the shipped types cover: every element in
// the manifest must be named in each of its TypeScript paragraphs, so none is left for the user to
// declare by hand (as `<routine-player>` once was).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement)
  .map((d) => d.tagName);
const guide = readFileSync('docs/embedding.md', 'utf8');

/** The `**TypeScript.**` paragraph (up to the next heading) of the section `## <heading>`. */
function typescriptPart(heading) {
  const section = guide.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  assert.ok(section, `docs/embedding.md has a "## ${heading}" section`);
  const start = section.indexOf('**TypeScript.**');
  assert.notEqual(start, -1, `"## ${heading}" has a **TypeScript.** paragraph`);
  return section.slice(start);
}

test('the manifest has the five elements', () => assert.equal(tags.length, 5, tags.join(', ')));

for (const heading of ['React 19', 'Vue 3']) {
  test(`docs/embedding.md, ${heading}: the TypeScript paragraph names every element the types cover`, () => {
    const part = typescriptPart(heading);
    assert.deepEqual(
      tags.filter((tag) => !part.includes(`<${tag}>`)),
      [],
    );
  });
}
