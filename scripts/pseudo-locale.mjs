// Writes the pseudo-locale xliff/en-XA.xlf from the English source: every message wrapped in ⟦…⟧ with
// its letters accented, placeholders (<x/>, <ph>…</ph>) kept as they are. A test renders the elements
// in en-XA and fails on any plain ASCII letter left in their UI: a hard-coded string.
//
// Run after `lit-localize extract` (which adds new messages to en-XA.xlf) and before `lit-localize
// build`:  npx lit-localize extract && node scripts/pseudo-locale.mjs && npx lit-localize build
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = new URL('../xliff/en-XA.xlf', import.meta.url);

const ACCENTS = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Accents the text between placeholders; XML entities (&amp; …) and tags stay intact. */
function pseudo(source) {
  const accented = source
    .split(/(<x\b[^>]*\/>|<ph\b[^>]*>[\s\S]*?<\/ph>|&[a-z#0-9]+;)/)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(/[A-Za-z]/g, (ch) => ACCENTS[ch] ?? ch)))
    .join('');
  return `⟦${accented}⟧`;
}

const xml = readFileSync(FILE, 'utf8');
let count = 0;
const out = xml.replace(
  /(<trans-unit\b[^>]*>\s*<source>)([\s\S]*?)(<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
  (_whole, open, source, close) => {
    count++;
    return `${open}${source}${close}\n  <target>${pseudo(source)}</target>`;
  },
);
writeFileSync(FILE, out);
console.log(`en-XA: ${count} messages pseudo-translated`);
