// The Custom Elements Manifest documents every element from its JSDoc: attributes, properties, events
// with their detail types, parts and CSS custom properties, each with a description (and a default for
// CSS properties). Storybook's docs and controls are built from it, so a gap here is a gap there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
const byTag = Object.fromEntries(elements.map((d) => [d.tagName, d]));

const REQUIRED = {
  'exercise-card': {
    parts: ['base', 'media', 'title', 'dosage', 'steps', 'safety', 'controls'],
    events: ['ex-start', 'ex-error', 'ex-load'],
  },
  'rep-counter': {
    parts: ['base', 'button', 'ring', 'count', 'status', 'controls'],
    events: ['ex-rep', 'ex-set-complete', 'ex-side-change', 'ex-complete'],
  },
  'routine-player': {
    parts: ['base', 'overview', 'start', 'timer', 'ring', 'controls', 'hurt', 'summary'],
    events: [
      'ex-routine-start',
      'ex-step-change',
      'ex-pause',
      'ex-resume',
      'ex-stop',
      'ex-routine-complete',
      'ex-checkin',
      'ex-error',
    ],
  },
  'exercise-figure': { parts: ['base', 'drawing', 'stills'], events: ['ex-warning'] },
  'routine-editor': {
    parts: ['base', 'tabs', 'text-input', 'diagnostics', 'form', 'preview', 'embed-code'],
    events: ['ex-change', 'ex-error', 'ex-warning'],
  },
};

test('package.json names the manifest', () => assert.equal(pkg.customElements, 'custom-elements.json'));

for (const [tag, required] of Object.entries(REQUIRED)) {
  test(`<${tag}> is documented in full`, () => {
    const el = byTag[tag];
    assert.ok(el, `${tag} missing from the manifest`);
    assert.ok(el.summary || el.description, 'class summary');
    for (const attr of el.attributes) assert.ok(attr.description, `attribute ${attr.name} has a description`);
    assert.ok(!el.attributes.some((a) => a.name.startsWith('_')), 'no internal state as attributes');
    for (const member of el.members.filter((m) => m.kind === 'field')) {
      assert.ok(member.description, `property ${member.name} has a description`);
    }
    const events = Object.fromEntries(el.events.map((e) => [e.name, e]));
    for (const name of required.events) {
      assert.ok(events[name], `event ${name}`);
      assert.ok(events[name].description, `event ${name} has a description`);
      // A named, exported type (`ExLoadDetail`), not an inline `{ id: string }` a user can't import.
      assert.match(
        events[name].type?.text ?? '',
        /^CustomEvent<[A-Z]\w*>$/,
        `event ${name} names its detail type`,
      );
    }
    const parts = el.cssParts.map((p) => p.name);
    for (const part of required.parts) assert.ok(parts.includes(part), `part ${part}`);
    assert.ok(
      el.cssProperties.some((p) => p.name === '--ex-accent'),
      '--ex-accent token',
    );
    for (const prop of el.cssProperties) {
      assert.ok(prop.description, `${prop.name} has a description`);
      assert.ok(prop.default, `${prop.name} has a default`);
    }
  });
}

/** Every `path` and `module` in the manifest (modules, declarations, exports, inheritance, type references). */
function manifestPaths(node, found = []) {
  if (Array.isArray(node)) for (const item of node) manifestPaths(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') found.push(value);
      else manifestPaths(value, found);
    }
  }
  return found;
}

test('the manifest describes the published files: every module path is a file in the tarball', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
  const packed = new Set(report.files.map((f) => f.path));
  assert.ok(packed.has('custom-elements.json'), 'the manifest ships');
  const paths = manifestPaths(manifest);
  // Modules, their exports' declarations, mixins and superclasses, and the types events and fields use.
  assert.ok(paths.length >= 50, `${paths.length} paths found`);
  assert.deepEqual(
    [...new Set(paths)].filter((path) => !packed.has(path.replace(/^\.\//, ''))),
    [],
    'paths not in the tarball',
  );
  for (const el of elements) {
    const mod = manifest.modules.find((m) => m.declarations?.includes(el));
    assert.equal(mod.path, `dist/${el.tagName}/${el.tagName}.js`, `${el.tagName} documented in its entry`);
    assert.ok(mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === el.tagName));
  }
});

test('attribute types are values an author can write, and every attribute names its field', () => {
  for (const el of elements) {
    for (const attr of el.attributes) {
      assert.ok(attr.fieldName, `<${el.tagName} ${attr.name}> has a fieldName`);
      // Only literals and primitives: `VoiceMode`, `Pace` or `Dosage` would be offered as a value.
      for (const part of (attr.type?.text ?? '').split(' | ')) {
        assert.match(
          part,
          /^('[^']*'|\d+|string|number|boolean|undefined)$/,
          `<${el.tagName} ${attr.name}>: ${part}`,
        );
      }
    }
  }
  const pace = byTag['routine-player'].attributes.find((a) => a.name === 'pace');
  assert.equal(pace.type.text, "'min' | 'mid' | 'max'");
});

test('every element documents ex-warning, which the base class fires', () => {
  for (const el of elements) {
    const warning = el.events.find((e) => e.name === 'ex-warning');
    assert.equal(warning?.type?.text, 'CustomEvent<ExWarningDetail>', el.tagName);
  }
});
