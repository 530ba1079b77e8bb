/*
 * The block's editing UI, in plain JavaScript over WordPress's globals (no build step): choose the
 * element, paste or edit its JSON or give a link, and see the server's render as the preview. The JSON
 * is kept as base64 in the `data` attribute (see includes/block.php for why).
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, TextareaControl } = wp.components;
  const { __ } = wp.i18n;
  const ServerSideRender = wp.serverSideRender;

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
    save: () => null,
  });
})(window.wp);
