/**
 * What `readJsonText` and the unknown-field warnings say, in the interface's language: core returns
 * a code and its params (core stays free of @lit/localize), and this maps them to `msg()` sentences
 * for the playground and the routine editor.
 */
import { msg, str } from '@lit/localize';
import type { JsonTextProblem, JsonTextResult } from '../core/json-text.js';
import { numberFormat } from '../core/intl-cache.js';
import type { ValidationError } from '../data/validate.js';
import { uiLocale } from './locale-loader.js';

/** The sentence for one JSON syntax problem. */
export function jsonProblemText(code: JsonTextProblem, params: Readonly<Record<string, string>>): string {
  const found = params.found ?? '';
  const open = params.open ?? '{';
  const close = params.close ?? '}';
  const key = params.key ?? '';
  switch (code) {
    case 'empty':
      return msg('There is nothing here yet. Paste or type a JSON document, which starts with { .');
    case 'prose':
      return msg(
        'This looks like ordinary text, not JSON. To write an exercise in words, use the text format instead; JSON starts with { .',
      );
    case 'curly-quotes':
      return msg(
        str`The quote mark ${found} is a curly (typographic) quote, which JSON does not accept. Use straight quotes ("), or turn off smart quotes where you wrote this.`,
      );
    case 'single-quotes':
      return msg('JSON needs double quotes (") around text and field names, not single quotes (\').');
    case 'trailing-comma':
      return msg(
        str`There is a comma just before ${close}. JSON allows no comma after the last entry; remove it.`,
      );
    case 'comment':
      return msg('JSON cannot hold comments (// or /* */). Remove the comment.');
    case 'unclosed':
      return msg(str`This ${open} is never closed. Add a ${close} where it should end.`);
    case 'unclosed-string':
      return msg('This text in quotes is never closed. Add the closing " at its end.');
    case 'line-break-in-string':
      return msg(
        'Text in quotes must stay on one line. Close the quote before the line ends, or write \\n for a line break.',
      );
    case 'unquoted-key':
      return msg(str`The field name ${key} needs double quotes around it: "${key}".`);
    case 'missing-comma':
      return msg('A comma is missing before this. Put a comma between two entries.');
    case 'missing-colon':
      return msg('A colon (:) is missing after the field name.');
    case 'extra-text':
      return msg(
        'The document ends before this, so this text is left over. Remove it, or put both inside one [ … ] list.',
      );
    case 'unexpected':
      return found ? msg(str`JSON does not expect "${found}" here.`) : msg('JSON does not expect this here.');
  }
}

/** "Line 3, column 11: …", for a result that is not JSON; empty for one that is. */
export function jsonTextMessage(result: JsonTextResult): string {
  if (result.ok) return '';
  const text = jsonProblemText(result.code, result.params);
  const format = numberFormat(uiLocale());
  const line = format.format(result.line);
  const column = format.format(result.column);
  return msg(str`Line ${line}, column ${column}: ${text}`);
}

/** A validation warning in the interface's language when it has a code; the validator's words otherwise. */
export function warningText(warning: ValidationError): string {
  if (warning.code === 'unknown-field' && warning.params) {
    const field = warning.params.field ?? '';
    const suggestion = warning.params.suggestion ?? '';
    return msg(str`"${field}" is not a field we know; did you mean "${suggestion}"?`);
  }
  return warning.message;
}
