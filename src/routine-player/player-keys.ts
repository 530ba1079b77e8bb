/**
 * The player's keys, as intents: Space pauses or resumes (a focused button, disclosure or link takes
 * Space itself, as everywhere), ← and → go back and on (mirrored in right-to-left languages, where the
 * next step lies to the left), Esc leaves focus mode. Typing in a field is never taken.
 */
export type KeyIntent = 'toggle' | 'next' | 'previous' | 'escape';

export function keyIntent(event: KeyboardEvent, dir: 'ltr' | 'rtl'): KeyIntent | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.composedPath()[0];
  if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]')) return null;
  switch (event.key) {
    case ' ':
    case 'Spacebar':
      return target instanceof Element && target.closest('button, summary, a[href]') ? null : 'toggle';
    case 'ArrowLeft':
    case 'ArrowRight':
      return (event.key === 'ArrowRight') === (dir === 'ltr') ? 'next' : 'previous';
    case 'Escape':
      return 'escape';
    default:
      return null;
  }
}
