// Stand-ins for the `wp.*` globals the block's editor.js uses (the real block editor cannot run offline:
// Playground's WordPress build lacks its scripts). createElement builds plain nodes, which the tests
// search and serialize the way wp.element does, so both the Chromium test of the editing UI and the
// WordPress test (which posts what `save` writes) run the plugin's own editor.js.

/** A component stand-in: only its name and the props it was given matter to the tests. */
function component(name) {
  const stand = () => null;
  stand.displayName = name;
  return stand;
}

/** Fresh `wp` globals; `registered` collects what registerBlockType received. */
export function wpStandIns() {
  const registered = {};
  const createElement = (type, props, ...children) => ({
    type,
    props: props ?? {},
    children: children.flat(),
  });
  const wp = {
    blocks: { registerBlockType: (name, settings) => (registered[name] = settings) },
    element: { createElement, Fragment: component('Fragment') },
    blockEditor: {
      InspectorControls: component('InspectorControls'),
      useBlockProps: () => ({ className: 'wp-block-exercise-elements-element' }),
    },
    components: Object.fromEntries(
      ['PanelBody', 'SelectControl', 'TextControl', 'TextareaControl'].map((name) => [name, component(name)]),
    ),
    i18n: { __: (text) => text },
    serverSideRender: component('ServerSideRender'),
  };
  return { wp, registered };
}

/** Runs editor.js's source with `wp` as `window.wp`; answers the block's settings. */
export function runEditorScript(source, standIns = wpStandIns()) {
  new Function('window', source)({ wp: standIns.wp });
  return standIns.registered['exercise-elements/element'];
}

const nameOf = (type) => (typeof type === 'string' ? type : type.displayName);

/** Every node of a tree made by createElement whose type (or component name) is `name`. */
export function findAll(node, name) {
  if (!node || typeof node !== 'object') return [];
  const here = nameOf(node.type) === name ? [node] : [];
  return [...here, ...node.children.flatMap((child) => findAll(child, name))];
}

const escapeText = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A tree of HTML elements as HTML, escaped as wp.element's serializer escapes it. */
export function serialize(node) {
  if (node === null || node === undefined || node === false || node === '') return '';
  if (typeof node !== 'object') return escapeText(node);
  const attributes = Object.entries(node.props)
    .filter(([name]) => name !== 'key')
    .map(([name, value]) => ` ${name === 'className' ? 'class' : name}="${escapeAttribute(value)}"`)
    .join('');
  return `<${node.type}${attributes}>${node.children.map(serialize).join('')}</${node.type}>`;
}
