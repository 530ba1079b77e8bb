/**
 * The default embed (dist/cdn/exercise-elements.js, also served as autoload.js): a page includes this
 * one small script, and each element's code is fetched only when its tag first appears, in the HTML or
 * added later by script. A blog post with one card never downloads the routine player; the parts the
 * elements share (Lit, the theme, the loader of documents) are chunks of their own, downloaded once.
 * The build lets each element's import also start its shared chunks at once (no waterfall), so tags
 * already in the page upgrade one round trip after this script runs.
 *
 * It looks at the tags already in the document, then watches added nodes with one MutationObserver.
 * Each tag's chunk is imported once; a second copy of this script (another plugin) finds the marker
 * and does nothing. Open shadow roots are not searched: our elements create their own children
 * (the player registers `<rep-counter>` itself), and a host app that renders our tags inside its own
 * shadow roots should import the element modules instead.
 */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'exercise-card': () => import('./elements/exercise-card.js'),
  'rep-counter': () => import('./elements/rep-counter.js'),
  'routine-player': () => import('./elements/routine-player.js'),
  'exercise-figure': () => import('./elements/exercise-figure.js'),
};
const SELECTOR = Object.keys(LOADERS).join(',');
const MARKER = Symbol.for('exercise-elements.autoload');

type MarkedWindow = typeof globalThis & { [MARKER]?: true };

function load(tag: string): void {
  const loader = LOADERS[tag];
  if (!loader) return;
  delete LOADERS[tag];
  loader().catch((error: unknown) => console.error(`exercise-elements: could not load <${tag}>`, error));
}

/** A counter's dosage line, or the inline data of a card or player, where a dosage may be written as text. */
const MAY_HAVE_LINES = 'rep-counter[dosage],exercise-card>script,routine-player>script';
/** `"dosage": "10 reps"` or `"frequency": "daily"` in inline JSON (not `"dosage": {…}`). */
const LINE_IN_JSON = /"(?:dosage|frequency)"\s*:\s*"/;
let parserStarted = false;

function scan(root: Element | Document): void {
  if (root instanceof Element) load(root.localName);
  for (const element of root.querySelectorAll(SELECTOR)) load(element.localName);
  // A dosage line in the page starts the dosage text parser's download beside the elements' own
  // chunks, not one round trip after an element ran and asked for it. (An element still loads it
  // itself when it needs it: data from `src`, a line set later. This only starts it early.)
  for (const element of parserStarted ? [] : [root, ...root.querySelectorAll(MAY_HAVE_LINES)])
    if (
      element instanceof Element &&
      element.matches(MAY_HAVE_LINES) &&
      (element.localName !== 'script' || LINE_IN_JSON.test(element.textContent ?? ''))
    ) {
      parserStarted = true;
      import('../data/plug-dosage-text-reader.js').catch(() => undefined);
      break;
    }
}

const scope = globalThis as MarkedWindow;
if (!scope[MARKER] && typeof document !== 'undefined') {
  scope[MARKER] = true;
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    if (Object.keys(LOADERS).length === 0) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
