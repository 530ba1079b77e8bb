// Editors (VS Code, JetBrains) show a property's `description` as its hover text; an empty hover helps
// no author. Every property of the published JSON Schemas, at any depth, must have one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** Every `properties` entry under `node`, with its JSON path, walking every subschema. */
function* properties(node, path) {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* properties(item, `${path}[${i}]`);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, schema] of Object.entries(value)) {
        yield [`${path}.properties.${name}`, schema];
        yield* properties(schema, `${path}.properties.${name}`);
      }
    } else {
      yield* properties(value, `${path}.${key}`);
    }
  }
}

for (const file of ['exercise.schema.json', 'routine.schema.json']) {
  test(`every property of schema/${file} has a description`, () => {
    const schema = JSON.parse(readFileSync(`schema/${file}`, 'utf8'));
    const all = [...properties(schema, '$')];
    assert.ok(all.length > 30, `${file} has its properties`);
    const missing = all
      .filter(
        ([, property]) => typeof property?.description !== 'string' || property.description.trim() === '',
      )
      .map(([path]) => path);
    assert.deepEqual(missing, []);
  });

  test(`schema/${file} states the limits of a home session`, () => {
    const text = readFileSync(`schema/${file}`, 'utf8');
    assert.match(text, /"maxLength": 200/, 'names are at most 200 characters');
  });
}
