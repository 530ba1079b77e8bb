/** Sentences of a paragraph, without splitting at "Dr.", "e.g." or decimals. */

const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'no',
  'calif',
  'min',
  'sec',
  'fig',
  'prof',
]);

export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && /["”’)]/.test(text[end] ?? '')) end++;
    if (end < text.length && text[end] !== ' ') continue;
    const next = text.slice(end).trimStart()[0];
    if (next !== undefined && !/[A-Z"“(\d]/.test(next)) continue;
    if (ch === '.') {
      const word = /([A-Za-z.]+)$/.exec(text.slice(start, i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
