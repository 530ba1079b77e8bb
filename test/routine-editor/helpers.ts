import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/routine-editor/routine-editor.js';
import type { RoutineEditor } from '../../src/routine-editor/routine-editor.js';

/** A fresh editor with its own draft slot, so tests never see each other's drafts. */
export async function editor(key = `t${Math.random().toString(36).slice(2)}`): Promise<RoutineEditor> {
  const el = await fixture<RoutineEditor>(html`<routine-editor draft-key=${key}></routine-editor>`);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: RoutineEditor, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the editor`);
  return found;
};

export async function openTab(el: RoutineEditor, tab: 'article' | 'text' | 'form'): Promise<void> {
  $(el, `#tab-${tab}`).click();
  await el.updateComplete;
}

/** Types into a field the way a browser does: the value changes, then input (and change) fire. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string, change = false): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (change) field.dispatchEvent(new Event('change', { bubbles: true }));
}

export const HIP_TEXT = `# Hip routine
Two gentle hip exercises.

## Warm-up
### Knee wags
10 reps per side
1. Lie on your back with your knees bent.
2. Let both knees sway to one side, then the other.
Caution: stop if pain travels down your leg.

### Clams
2 sets of 10 reps per side
1. Lie on your side with your knees bent.
2. Lift the top knee, keeping your feet together.
`;

export async function previewShows(el: RoutineEditor, tag: string, count = 1): Promise<Element[]> {
  await waitUntil(
    () => el.shadowRoot!.querySelectorAll(`.preview ${tag}`).length === count,
    `${count} ${tag}`,
  );
  return [...el.shadowRoot!.querySelectorAll(`.preview ${tag}`)];
}

/** The small exercise library the editor's tests open (no network). */
export const LIBRARY = '/test/fixtures/library/mini-library.json';

/** Opens the library in the form tab, as an author does, and waits until it lists exercises. */
export async function openLibrary(el: RoutineEditor): Promise<HTMLElement> {
  await openTab(el, 'form');
  const panel = $(el, 'library-panel') as HTMLElement & { updateComplete: Promise<unknown> };
  await panel.updateComplete;
  panel.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
  await waitUntil(() => panel.shadowRoot!.querySelector('[part~="add"]'), 'library listed');
  return panel;
}
