/*
 * The block's editing UI, in plain JavaScript over WordPress's globals (no build step): choose the
 * element, paste or edit its JSON or give a link, and see the server's render as the preview. The JSON
 * is kept as base64 in the `data` attribute (see includes/block.php for why).
 *
 * The server renders the block (render.php) and ignores what `save` writes; the saved HTML is there for
 * a site whose plugin is deactivated, where WordPress shows it as it is: the name or title, dosage,
 * steps and safety as plain text, never the data.
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, TextareaControl } = wp.components;
  const { __ } = wp.i18n;
  const ServerSideRender = wp.serverSideRender;
  // As in block.json: a deprecated version needs its own copy.
  const BLOCK_ATTRIBUTES = {
    element: { type: 'string', default: 'exercise-card' },
    src: { type: 'string', default: '' },
    dosage: { type: 'string', default: '' },
    data: { type: 'string', default: '' },
    headingLevel: { type: 'integer', default: 2 },
  };

  const toBase64 = (text) => {
    let binary = '';
    for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
    return btoa(binary);
  };
  const fromBase64 = (data) => {
    try {
      return new TextDecoder().decode(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
    } catch {
      return '';
    }
  };

  const text = (value) => {
    if (typeof value === 'string') return value;
    if (!value || typeof value !== 'object') return '';
    const first = Object.values(value).find((item) => typeof item === 'string');
    return first ?? '';
  };
  const dosageText = (dosage) => (typeof dosage === 'string' ? dosage : text(dosage && dosage.text));
  const list = (tag, items) => {
    const texts = (Array.isArray(items) ? items : []).map(text).filter(Boolean);
    return texts.length ? h(tag, null, ...texts.map((item, i) => h('li', { key: i }, item))) : null;
  };
  const exercise = (data, level) => [
    text(data.name) && h(`h${level}`, null, text(data.name)),
    dosageText(data.dosage) && h('p', null, dosageText(data.dosage)),
    list('ol', data.steps),
  ];
  const safety = (items) => {
    const notes = list('ul', items);
    return notes && h('div', null, h('p', null, h('strong', null, __('Safety', 'exercise-elements'))), notes);
  };
  /** What a reader sees when the plugin is off: the same parts as the server's fallback, as plain HTML. */
  const fallback = ({ element, dosage, data }) => {
    let parts;
    if (element === 'rep-counter') parts = [dosage && h('p', null, dosage)];
    else {
      let value;
      try {
        value = JSON.parse(fromBase64(data));
      } catch {
        value = null;
      }
      if (!value || typeof value !== 'object') return null;
      parts =
        element === 'routine-player'
          ? [
              text(value.title) && h('h2', null, text(value.title)),
              text(value.summary) && h('p', null, text(value.summary)),
              ...(Array.isArray(value.sections) ? value.sections : []).flatMap((section) =>
                (Array.isArray(section && section.items) ? section.items : []).flatMap((item) => {
                  const found = item && (item.exercise || (value.exercises || {})[item.ref]);
                  return found ? exercise({ ...found, dosage: item.dosage ?? found.dosage }, 3) : [];
                }),
              ),
              safety(value.safety),
            ]
          : [...exercise(value, 2), safety(value.safety)];
    }
    parts = parts.filter(Boolean);
    return parts.length ? h('div', { className: 'exercise-elements-fallback' }, ...parts) : null;
  };

  registerBlockType('exercise-elements/element', {
    edit({ attributes, setAttributes }) {
      const { element, src, dosage, data } = attributes;
      const controls =
        element === 'rep-counter'
          ? [
              h(TextControl, {
                key: 'dosage',
                label: __('Dosage, e.g. 2 sets of 10 reps per side', 'exercise-elements'),
                value: dosage,
                onChange: (value) => setAttributes({ dosage: value }),
              }),
            ]
          : [
              h(TextareaControl, {
                key: 'data',
                label: __('Exercise or routine data (JSON)', 'exercise-elements'),
                help: __(
                  'Paste the JSON here, or leave it empty and give a link below.',
                  'exercise-elements',
                ),
                rows: 12,
                value: fromBase64(data),
                onChange: (value) => setAttributes({ data: value.trim() ? toBase64(value) : '' }),
              }),
              h(TextControl, {
                key: 'src',
                label: __('Link to a JSON file (used when the box above is empty)', 'exercise-elements'),
                type: 'url',
                value: src,
                onChange: (value) => setAttributes({ src: value }),
              }),
            ];
      return h(
        Fragment,
        null,
        h(
          InspectorControls,
          null,
          h(
            PanelBody,
            { title: __('Exercise element', 'exercise-elements') },
            h(SelectControl, {
              label: __('Element', 'exercise-elements'),
              value: element,
              options: [
                { label: __('Exercise card', 'exercise-elements'), value: 'exercise-card' },
                { label: __('Routine player', 'exercise-elements'), value: 'routine-player' },
                { label: __('Rep counter', 'exercise-elements'), value: 'rep-counter' },
              ],
              onChange: (value) => setAttributes({ element: value }),
            }),
            ...controls,
          ),
        ),
        h('div', useBlockProps(), h(ServerSideRender, { block: 'exercise-elements/element', attributes })),
      );
    },
    save: ({ attributes }) => fallback(attributes),
    // Blocks saved before the fallback was written hold only their attributes.
    deprecated: [{ attributes: BLOCK_ATTRIBUTES, save: () => null }],
  });
})(window.wp);
