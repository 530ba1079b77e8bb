// What the WordPress tests post: an exercise and a routine with the characters WordPress's filters
// change (straight quotes, apostrophes, `--`, `...`, `&`, `<`, new lines), written as an author would,
// and the shortcode and block markup that carries them. A block is saved as the plugin's editor.js
// saves it: its attributes and the fallback HTML its `save` writes.
import { readFileSync } from 'node:fs';
import { runEditorScript, serialize } from './wp-stand-ins.mjs';

const EDITOR = new URL('../../wordpress/exercise-elements/blocks/element/editor.js', import.meta.url);
const editorBlock = runEditorScript(readFileSync(EDITOR, 'utf8'));

export const CARD = {
  id: 'knee-wags',
  name: 'Knee wags -- "gentle" & easy',
  steps: [
    "Lie on your back with your knees bent and your feet flat; don't hold your breath.",
    'Let both knees sway to one side, then the other... keep the angle < 45° & breathe.',
  ],
  dosage: '2 sets of 10–15 reps per side',
  safety: ['Stop if the pain spreads further down your leg.'],
};

export const ROUTINE = {
  id: 'morning-knees',
  title: "Morning knees -- Sam's 'easy' routine",
  summary: 'Two gentle exercises & a rest.',
  sections: [
    {
      title: 'Warm-up',
      kind: 'warm-up',
      items: [
        {
          exercise: {
            id: 'heel-slides',
            name: 'Heel slides',
            dosage: '10 reps',
            steps: ['Slide one heel towards you.'],
          },
        },
      ],
    },
  ],
  safety: ['Stop if your knee swells.'],
};

export const COUNTER_DOSAGE = '2 sets of 10 reps per side';

/** Base64 of UTF-8, as the block's editor stores `data`. */
export const base64 = (value) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64');

/**
 * A block's comment as the block editor saves it: attributes as JSON with `--`, `<`, `>`, `&` and `"`
 * in strings escaped (`serializeAttributes` in @wordpress/blocks), so no attribute can end the comment;
 * our block with the HTML its `save` writes between its opening and closing comments.
 */
export function blockComment(name, attributes) {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  const saved = name === 'exercise-elements/element' ? serialize(editorBlock.save({ attributes })) : '';
  return saved
    ? `<!-- wp:${name} ${json} -->\n${saved}\n<!-- /wp:${name} -->`
    : `<!-- wp:${name} ${json} /-->`;
}

/** A classic post: every shortcode, data written inside over several lines. */
export function shortcodePost(routineUrl) {
  return [
    'A few exercises from my physio.',
    `[exercise-card]\n${JSON.stringify(CARD, null, 2)}\n[/exercise-card]`,
    `[routine-player]\n${JSON.stringify(ROUTINE, null, 2)}\n[/routine-player]`,
    `[rep-counter dosage="${COUNTER_DOSAGE}"]`,
    `[exercise-card src="${routineUrl}#lying-psoas-march"]`,
  ].join('\n\n');
}

/** A block post as the block editor saves it. */
export function blockPost(routineUrl) {
  const block = (attributes) => blockComment('exercise-elements/element', attributes);
  return [
    '<!-- wp:paragraph -->\n<p>A few exercises from my physio.</p>\n<!-- /wp:paragraph -->',
    block({ element: 'exercise-card', data: base64(CARD) }),
    block({ element: 'routine-player', data: base64(ROUTINE) }),
    block({ element: 'rep-counter', dosage: COUNTER_DOSAGE }),
    block({ element: 'exercise-card', src: `${routineUrl}#lying-psoas-march` }),
  ].join('\n\n');
}

/** The README's snippet pasted in a Custom HTML block: the way without the plugin. */
export function customHtmlPost(moduleUrl) {
  return `<!-- wp:html -->
<script type="module" src="${moduleUrl}"></script>
<exercise-card heading-level="2">
  <script type="application/json">
    ${JSON.stringify(CARD)}
  </script>
</exercise-card>
<!-- /wp:html -->`;
}

/**
 * A routine in the authoring text format, with `&`, `<`, quotes, `--` and a step that tries to close
 * the script the plugin writes it in.
 */
export const ROUTINE_TEXT = `# Evening hips & knees -- "easy" <3 times a week

## Main

### Bridge
10 reps
1. Lift your hips </script><script>__xss(30)</script> slowly.
Caution: stop if it hurts.
`;

/** A classic post with a routine written in the text format inside [routine-player]. */
export function textRoutinePost() {
  return ['My evening routine.', `[routine-player]\n${ROUTINE_TEXT}[/routine-player]`].join('\n\n');
}
