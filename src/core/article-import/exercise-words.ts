/**
 * The words that tell an exercise from the rest of an article: movement nouns ("squats", "bird
 * dog"), the verbs instructions start with ("Lie", "Stand"), the prefixes of headings that only
 * number or group an exercise ("Section 1.1:", "Warm-up:"), and how a name is cleaned up.
 */

/** Nouns that name a movement; plural forms are matched too. */
const MOVEMENT_NOUNS = [
  'squat',
  'lunge',
  'bridge',
  'plank',
  'crunch',
  'twist',
  'clamshell',
  'clam',
  'bird dog',
  'dead bug',
  'lift',
  'raise',
  'curl',
  'press',
  'row',
  'push-up',
  'pushup',
  'sit-up',
  'situp',
  'stretch',
  'walk',
  'march',
  'wag',
  'squeeze',
  'drill',
  'swing',
  'kick',
  'step',
  'roll',
  'rotation',
  'tilt',
  'slide',
  'circle',
  'extension',
  'flexion',
  'thrust',
  'deadlift',
  'pull-up',
  'dip',
  'fly',
  'shrug',
  'hinge',
  'reach',
  'tuck',
  'cat-cow',
  'cat cow',
  'cobra',
  'pose',
  'superman',
  'hydrant',
  'abduction',
  'adduction',
  'burpee',
  'jack',
  'hold',
  'pelvic tilt',
  'neutral pelvis',
  'shuffle',
  'glide',
  'rock',
  'rocking',
  'stand',
  'sit-to-stand',
  'calf raise',
  'heel raise',
  'toe raise',
  'knee hug',
];
/** Nouns strong enough to name an exercise alone ("Squats"); the others need a word before them. */
const STANDALONE = new Set([
  'squat',
  'lunge',
  'plank',
  'clamshell',
  'crunch',
  'burpee',
  'deadlift',
  'push-up',
  'pushup',
  'sit-up',
  'situp',
  'superman',
  'bird dog',
  'dead bug',
  'cat-cow',
  'neutral pelvis',
  'pelvic tilt',
]);

/** Verbs an instruction begins with. */
const INSTRUCTION_VERBS = new Set([
  'lie',
  'lay',
  'stand',
  'sit',
  'start',
  'begin',
  'kneel',
  'hold',
  'lift',
  'raise',
  'bend',
  'keep',
  'place',
  'put',
  'step',
  'extend',
  'lower',
  'push',
  'pull',
  'wrap',
  'loop',
  'bring',
  'tighten',
  'squeeze',
  'roll',
  'rock',
  'slowly',
  'gently',
  'face',
  'get',
  'rest',
  'reach',
  'slide',
  'turn',
  'rotate',
  'press',
  'draw',
  'tuck',
  'hinge',
  'breathe',
  'inhale',
  'exhale',
  'position',
  'lean',
  'walk',
  'march',
  'swing',
  'tilt',
  'engage',
  'brace',
  'move',
  'shift',
  'relax',
  'return',
  'stretch',
  'cross',
  'clasp',
  'hug',
  'drop',
  'point',
  'rise',
  'let',
  'arch',
  'round',
  'flatten',
  'balance',
  'open',
  'curl',
  'squat',
  'sink',
  'straighten',
  'grab',
  'grip',
  'clench',
  'contract',
  'pulse',
  'kick',
  'sweep',
  'circle',
  'glide',
  'pivot',
  'stay',
  'repeat',
  'alternate',
  'tap',
  'touch',
  'nod',
  'look',
  'spread',
  'interlace',
  'settle',
]);

/** Headings that are never an exercise, however short. */
const NOT_EXERCISE =
  /^(?:introduction|conclusion|in conclusion|summary|faq|frequently asked|references?|sources?|about|why|what|when|how|who|where|disclaimer|comments?|leave a|related|share|conclusions?|final thoughts|the bottom line|takeaways?|key takeaways|结论)\b/i;

/** Heading prefixes that only number or group an exercise; the kind of section they suggest. */
const PREFIXES: readonly [RegExp, 'warm-up' | 'cool-down' | 'bonus' | undefined][] = [
  [/^(?:warm[\s-]?up)\s*[:–—-]\s*/i, 'warm-up'],
  [/^(?:cool[\s-]?down)\s*[:–—-]\s*/i, 'cool-down'],
  [/^(?:bonus|optional|extra)(?:\s+exercise)?\s*[:–—-]\s*/i, 'bonus'],
  [
    // Without a number only a colon or a spaced dash ends the prefix: "Step-Ups" is an exercise's name.
    /^(?:exercise of the day|main exercise|exercise|move|movement|stretch|drill|section|part|step|chapter|day|no\.?|number)\s*(?:#?\d+(?:\.\d+)*\s*[:.)–—-]|:|\s[–—-])\s*/i,
    undefined,
  ],
  [/^#?\d{1,3}(?:\.\d+)*\s*[:.)–—-]\s*/, undefined],
];

export interface CleanName {
  name: string;
  /** The heading said it is an exercise ("Exercise 2 – …", "Stretch 1:"). */
  announced: boolean;
  kind: 'warm-up' | 'cool-down' | 'bonus' | undefined;
}

/**
 * "BIRD DOG" → "Bird Dog", "CAT-COW" → "Cat-Cow": a name or title in capitals shouts on a card. A short
 * one ("TKE", "SLR": fewer than five capitals) is an abbreviation and stays.
 */
export function unshout(text: string): string {
  if (/\p{Ll}/u.test(text) || (text.match(/\p{Lu}/gu) ?? []).length < 5) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** "Section 1.1: Knee Wags" → "Knee Wags"; "Warm-Up: Dynamic Side Stretch" → warm-up. */
export function cleanHeading(text: string): CleanName {
  let name = text.trim();
  let kind: CleanName['kind'];
  const announced = /^(?:exercise|move|movement|stretch|drill)\s*#?\d/i.test(name);
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const [pattern, prefixKind] of PREFIXES) {
      const match = pattern.exec(name);
      if (match && match[0].length < name.length) {
        name = name.slice(match[0].length).trim();
        kind = kind ?? prefixKind;
        changed = true;
      }
    }
    if (!changed) break;
  }
  name = name
    .replace(/\s*[:.]+$/, '')
    // "Hip exercises" → "Hip"; "The exercises" stays itself.
    .replace(
      /^(?!(?:the|your|my|our|these|those|some|all|home|daily|more)\s+exercises?$)(.+?)\s+(?:exercises?)$/i,
      '$1',
    )
    .replace(/^["“'‘]|["”'’]$/g, '')
    .trim();
  name = unshout(name);
  return { name: name.charAt(0).toUpperCase() + name.slice(1), kind, announced };
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^a-z'-]+/)
    .filter(Boolean);
}

function singular(word: string): string {
  if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('is') && word.length > 3)
    return word.slice(0, -1);
  return word;
}

/** The movement noun in `text`, if any ("Butt Walks" → "walk"). */
export function movementNoun(text: string): string | undefined {
  const list = words(text).map(singular);
  const joined = ` ${list.join(' ')} `;
  return MOVEMENT_NOUNS.find((noun) => joined.includes(` ${noun} `));
}

export function startsWithInstruction(text: string): boolean {
  const first = words(text)[0];
  if (first !== undefined && INSTRUCTION_VERBS.has(first)) return true;
  // "On all fours, lift one knee…", "With your back flat, raise…": the position first, then the verb.
  const afterPosition = /^[^,.;:!?]{2,40},\s*(.+)$/.exec(text)?.[1];
  const verb = afterPosition === undefined ? undefined : words(afterPosition)[0];
  return verb !== undefined && INSTRUCTION_VERBS.has(verb);
}

export function isNeverExercise(text: string): boolean {
  return NOT_EXERCISE.test(text.trim()) || /\?\s*$/.test(text);
}

/**
 * A line about the article rather than its content: "Updated March 2026 · 6 min read", "Medically
 * reviewed by …", "Posted on 3 May 2025". Never an exercise, a section or a summary.
 */
export function isByline(text: string): boolean {
  if (text.split(/\s+/).length > 14) return false;
  return (
    // "By Sam Lee", "By Sam Lee · Physio": a name, not "By doing this daily, …".
    /^By [A-Z][a-z]+ [A-Z][a-z]+(?:\s*[|·•,–—-]|$)/.test(text) ||
    /\b\d+[\s-]*min(?:ute)?s?\s+read\b|^(?:updated|published|posted|written by|last (?:updated|reviewed)|medically reviewed|reviewed by)/i.test(
      text,
    ) ||
    /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4})$/i.test(
      text,
    )
  );
}

/**
 * A heading over prose about the routine, not over exercises: "Before you begin", "What you'll
 * need", "How often should you stretch?", "When to see a doctor". The exercises after it are not
 * in a section of that name.
 */
export function isAsideHeading(text: string): boolean {
  return (
    isNeverExercise(text) ||
    /^(?:before you (?:begin|start)|getting started|what you(?:['’]ll)? need|you(?:['’]ll)? need|equipment|safety|precautions|tips)\b/i.test(
      text.trim(),
    )
  );
}

/** A question standing as a heading, as articles write them: "How often should you stretch?". */
export function isQuestionHeading(text: string): boolean {
  return (
    text.split(/\s+/).length <= 10 &&
    /^(?:how|what|when|why|which|who|can|should|is|are|do|does|will)\b[^.!?]{0,80}\?$/i.test(text)
  );
}

/** A short line that reads as a heading: few words, no sentence ending. */
export function looksLikeHeading(text: string): boolean {
  const count = text.split(/\s+/).length;
  // "Make sure your form is on target:" introduces what follows; it is not a heading.
  if (text.endsWith(':') && count > 5) return false;
  return count <= 10 && text.length <= 90 && !/[.!?,;]["”’)]?$/.test(text) && /[A-Za-z]/.test(text);
}

const STOP = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'like',
  'with',
  'of',
  'to',
  'for',
  'your',
  'my',
  'our',
  'are',
  'is',
  'be',
  'some',
  'these',
  'those',
  'this',
  'that',
  'great',
  'excellent',
  'classic',
  'another',
  'on',
  'in',
  'as',
  'at',
  'by',
  'from',
  'start',
  'do',
  'doing',
  'perform',
  'performing',
  'try',
  'work',
  'achieving',
  'every',
  'each',
  'few',
  'more',
  'other',
  'also',
  'can',
  'will',
  'then',
  'into',
  'such',
  'good',
  'best',
  'simple',
  'easy',
  'dynamic',
  'gentle',
  'mindful',
  'regular',
  'practice',
  'include',
  'incorporate',
  'add',
  'adding',
  'use',
  'using',
  'try',
  'trying',
  'include',
  'including',
]);
const EQUIPMENT = new Set([
  'ball',
  'band',
  'bands',
  'chair',
  'wall',
  'bench',
  'towel',
  'pillow',
  'strap',
  'weight',
  'weights',
  'dumbbell',
  'dumbbells',
  'step',
  'mat',
]);

/**
 * Exercise names mentioned in a sentence ("Planks and side planks are excellent…" → "Planks",
 * "side planks"): a movement noun with up to three words before it, stopping at small words. A
 * noun followed by "like" or "such as" names a kind of exercise, not one.
 */
export function mentionedExercises(sentence: string): string[] {
  const tokens = sentence
    .split(/\s+/)
    .map((raw) => ({ raw, word: raw.toLowerCase().replace(/^[^a-z]+|[^a-z'-]+$/g, '') }));
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const stem = singular(token.word);
    const pair = i > 0 ? `${tokens[i - 1]?.word ?? ''} ${stem}` : '';
    const noun = MOVEMENT_NOUNS.includes(pair) ? pair : MOVEMENT_NOUNS.includes(stem) ? stem : undefined;
    if (!noun) continue;
    const next = tokens[i + 1]?.word ?? '';
    if (next === 'like' || (next === 'such' && tokens[i + 2]?.word === 'as')) continue;
    let start = noun.includes(' ') ? i - 1 : i;
    while (start > 0 && i - start < 3) {
      const before = tokens[start - 1];
      if (!before || before.word === '' || STOP.has(before.word) || /[,.;:!?)]$/.test(before.raw)) break;
      start--;
    }
    if (start === i && !STANDALONE.has(noun)) continue;
    let end = i + 1;
    // "… squats with a stability ball": the equipment belongs to the name.
    if (next === 'with' && /^an?$/.test(tokens[i + 2]?.word ?? '')) {
      for (let j = i + 3; j < Math.min(tokens.length, i + 6); j++) {
        if (EQUIPMENT.has(tokens[j]?.word ?? '')) {
          end = j + 1;
          break;
        }
      }
    }
    const name = tokens
      .slice(start, end)
      .map((t) => t.raw)
      .join(' ')
      .replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');
    if (name && !found.some((f) => f.toLowerCase() === name.toLowerCase())) found.push(name);
  }
  return found.map((name) => name.charAt(0).toUpperCase() + name.slice(1));
}
