/**
 * readJsonText: JSON as an author pastes it, read without throwing, and when it is not JSON, where
 * and why in plain words. `JSON.parse` reads it; only when that fails does a small reader of our own
 * walk the text again, find the first place it stops being JSON and say what that place most likely
 * is: curly quotes from a word processor, single quotes, a comma before a closing bracket, a
 * comment, a brace never closed, a missing comma, prose pasted into a JSON box (the text format
 * reads prose). Each problem has a `code` and `params`, so an interface can say it in the reader's
 * language; `message` is the English sentence.
 */

export type JsonTextProblem =
  | 'empty'
  | 'prose'
  | 'curly-quotes'
  | 'single-quotes'
  | 'trailing-comma'
  | 'comment'
  | 'unclosed'
  | 'unclosed-string'
  | 'line-break-in-string'
  | 'unquoted-key'
  | 'missing-comma'
  | 'missing-colon'
  | 'extra-text'
  | 'unexpected';

export type JsonTextResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      /** 1-based line and column of the place to look at. */
      line: number;
      column: number;
      /** What is wrong there and what to do, in English. */
      message: string;
      code: JsonTextProblem;
      /** The words the message names: `found` (a character or word), `open` and `close` (brackets), `key`. */
      params: Readonly<Record<string, string>>;
    };

/** One problem in words, from its code and params; the English of `message`. */
export function jsonProblemMessage(code: JsonTextProblem, params: Readonly<Record<string, string>>): string {
  switch (code) {
    case 'empty':
      return 'There is nothing here yet. Paste or type a JSON document, which starts with { .';
    case 'prose':
      return 'This looks like ordinary text, not JSON. To write an exercise in words, use the text format instead; JSON starts with { .';
    case 'curly-quotes':
      return `The quote mark ${params.found ?? '“'} is a curly (typographic) quote, which JSON does not accept. Use straight quotes ("), or turn off smart quotes where you wrote this.`;
    case 'single-quotes':
      return 'JSON needs double quotes (") around text and field names, not single quotes (\').';
    case 'trailing-comma':
      return `There is a comma just before ${params.close ?? '}'}. JSON allows no comma after the last entry; remove it.`;
    case 'comment':
      return 'JSON cannot hold comments (// or /* */). Remove the comment.';
    case 'unclosed':
      return `This ${params.open ?? '{'} is never closed. Add a ${params.close ?? '}'} where it should end.`;
    case 'unclosed-string':
      return 'This text in quotes is never closed. Add the closing " at its end.';
    case 'line-break-in-string':
      return 'Text in quotes must stay on one line. Close the quote before the line ends, or write \\n for a line break.';
    case 'unquoted-key':
      return `The field name ${params.key ?? ''} needs double quotes around it: "${params.key ?? ''}".`;
    case 'missing-comma':
      return 'A comma is missing before this. Put a comma between two entries.';
    case 'missing-colon':
      return 'A colon (:) is missing after the field name.';
    case 'extra-text':
      return 'The document ends before this, so this text is left over. Remove it, or put both inside one [ … ] list.';
    case 'unexpected':
      return `JSON does not expect ${params.found ? `"${params.found}"` : 'this'} here.`;
  }
}

/** Reads `text` as JSON; never throws. */
export function readJsonText(text: string): JsonTextResult {
  const source = typeof text === 'string' ? text : '';
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch {
    // Not JSON: find out where and why below.
  }
  let found: Failure;
  try {
    found = diagnose(source);
  } catch {
    // Nesting deep enough to exhaust the stack: say where it starts, without a guess at why.
    found = { at: 0, code: 'unexpected', params: {} };
  }
  const { line, column } = position(source, found.at);
  return {
    ok: false,
    line,
    column,
    message: jsonProblemMessage(found.code, found.params),
    code: found.code,
    params: found.params,
  };
}

interface Failure {
  at: number;
  code: JsonTextProblem;
  params: Record<string, string>;
}

class Stop extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

const CURLY = /[\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB]/;

function position(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(Math.max(at, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

function diagnose(text: string): Failure {
  let i = 0;
  const fail = (at: number, code: JsonTextProblem, params: Record<string, string> = {}): never => {
    throw new Stop({ at, code, params });
  };
  const space = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const word = (at: number) => /^[\p{L}\p{N}_$-]+/u.exec(text.slice(at, at + 60))?.[0] ?? '';
  /** Something that is not a value where a value must start. */
  const notValue = (at: number): never => {
    const c = text[at];
    if (c === undefined) return fail(at, 'unexpected');
    if (CURLY.test(c)) return fail(at, 'curly-quotes', { found: c });
    if (c === "'") return fail(at, 'single-quotes');
    if (c === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) return fail(at, 'comment');
    if (c === '#') return fail(at, 'comment');
    return fail(at, 'unexpected', { found: word(at) || c });
  };

  const string = () => {
    const open = i;
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\n' || c === '\r') fail(open, 'line-break-in-string');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail(i, 'unexpected', { found: text.slice(i, i + 6) });
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail(i, 'unexpected', { found: `\\${e ?? ''}` });
        i += 2;
        continue;
      }
      if (c.charCodeAt(0) < 0x20) fail(i, 'unexpected', { found: c });
      i++;
    }
    fail(open, 'unclosed-string');
  };

  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number && /[-\d]/.test(c ?? '')) {
      i += number[0].length;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    if (c === undefined) fail(i, 'unexpected');
    notValue(i);
  };

  /** After an entry: a comma, the closer, or a problem named for what is there. */
  const after = (open: number, close: string): boolean => {
    space();
    const c = text[i];
    if (c === ',') {
      const comma = i;
      i++;
      space();
      if (text[i] === close) fail(comma, 'trailing-comma', { close });
      return true;
    }
    if (c === close) {
      i++;
      return false;
    }
    if (c === undefined) fail(open, 'unclosed', { open: text[open]!, close });
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) fail(i, 'comment');
    if (c === '}' || c === ']') fail(i, 'unexpected', { found: c });
    if (c === '"' || c === '{' || c === '[' || CURLY.test(c!) || /[\p{L}\d'-]/u.test(c!))
      fail(i, 'missing-comma');
    return notValue(i);
  };

  const key = () => {
    space();
    const c = text[i];
    if (c === '"') return string();
    if (c !== undefined && /[\p{L}_$]/u.test(c)) fail(i, 'unquoted-key', { key: word(i) });
    notValue(i);
  };

  const object = (): void => {
    const open = i;
    i++;
    space();
    if (text[i] === '}') {
      i++;
      return;
    }
    if (i >= text.length) fail(open, 'unclosed', { open: '{', close: '}' });
    for (;;) {
      key();
      space();
      if (text[i] !== ':') {
        if (i >= text.length) fail(open, 'unclosed', { open: '{', close: '}' });
        fail(i, 'missing-colon');
      }
      i++;
      space();
      if (i >= text.length) fail(open, 'unclosed', { open: '{', close: '}' });
      value();
      if (!after(open, '}')) return;
    }
  };

  const array = (): void => {
    const open = i;
    i++;
    space();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      space();
      if (i >= text.length) fail(open, 'unclosed', { open: '[', close: ']' });
      value();
      if (!after(open, ']')) return;
    }
  };

  try {
    space();
    if (i >= text.length) return { at: 0, code: 'empty', params: {} };
    const first = text[i]!;
    // Words where a document should start: prose pasted into the JSON box.
    if (
      /\p{L}/u.test(first) &&
      !/^(?:true|false|null)\b/.test(text.slice(i)) &&
      /\p{L}+[\s,.:;]+\p{L}+/u.test(text.slice(i, i + 200))
    )
      return { at: i, code: 'prose', params: {} };
    value();
    space();
    if (i < text.length) {
      if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) fail(i, 'comment');
      fail(i, 'extra-text');
    }
  } catch (error) {
    if (error instanceof Stop) return error.failure;
    throw error;
  }
  // Our reader found nothing JSON.parse refused (it should not happen): point at the start.
  return { at: 0, code: 'unexpected', params: {} };
}
