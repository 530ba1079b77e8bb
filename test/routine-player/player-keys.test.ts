import { expect } from '@open-wc/testing';
import { keyIntent } from '../../src/routine-player/player-keys.js';

/** What `keyIntent` answers for `key` pressed on `target`, asked while the event is dispatched (as the player does). */
function intentOf(
  key: string,
  target: Element,
  dir: 'ltr' | 'rtl',
  init: KeyboardEventInit = {},
): string | null {
  let intent: string | null = 'not dispatched';
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  });
  document.body.addEventListener('keydown', (e) => (intent = keyIntent(e, dir)), { once: true });
  document.body.append(target);
  target.dispatchEvent(event);
  target.remove();
  return intent;
}

describe('player keys', () => {
  const div = () => document.createElement('div');
  const rows: Array<[string, (dir: 'ltr' | 'rtl') => string | null, 'ltr' | 'rtl', string | null]> = [
    ['Space on the player pauses or resumes', (dir) => intentOf(' ', div(), dir), 'ltr', 'toggle'],
    [
      'Space on a button is the button’s',
      (dir) => intentOf(' ', document.createElement('button'), dir),
      'ltr',
      null,
    ],
    ['→ goes on in left-to-right text', (dir) => intentOf('ArrowRight', div(), dir), 'ltr', 'next'],
    ['← goes on in right-to-left text', (dir) => intentOf('ArrowLeft', div(), dir), 'rtl', 'next'],
    ['→ goes back in right-to-left text', (dir) => intentOf('ArrowRight', div(), dir), 'rtl', 'previous'],
    ['Esc leaves focus mode', (dir) => intentOf('Escape', div(), dir), 'ltr', 'escape'],
    [
      'typing in the note is never taken',
      (dir) => intentOf(' ', document.createElement('textarea'), dir),
      'ltr',
      null,
    ],
    ['Ctrl+→ is the browser’s', (dir) => intentOf('ArrowRight', div(), dir, { ctrlKey: true }), 'ltr', null],
    ['other keys do nothing', (dir) => intentOf('a', div(), dir), 'ltr', null],
  ];
  for (const [name, intent, dir, expected] of rows) {
    it(name, () => expect(intent(dir)).to.equal(expected));
  }
});
