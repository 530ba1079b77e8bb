import { expect } from '@open-wc/testing';
import { jsonProblemMessage, readJsonText, type JsonTextProblem } from '../../src/core/json-text.js';
// Loading it turns the suggestions on, as exercise-elements/core does.
import '../../src/data/unknown-fields.js';
import { validateExerciseLenient } from '../../src/data/validate.js';
import { jsonProblemText, jsonTextMessage, warningText } from '../../src/internal/json-text-messages.js';

// The interface says the same as core, through msg(): in English, word for word.
describe('JSON messages for the playground and the editor', () => {
  const codes: Array<[JsonTextProblem, Record<string, string>]> = [
    ['empty', {}],
    ['prose', {}],
    ['curly-quotes', { found: '“' }],
    ['single-quotes', {}],
    ['trailing-comma', { close: ']' }],
    ['comment', {}],
    ['unclosed', { open: '[', close: ']' }],
    ['unclosed-string', {}],
    ['line-break-in-string', {}],
    ['unquoted-key', { key: 'steps' }],
    ['missing-comma', {}],
    ['missing-colon', {}],
    ['extra-text', {}],
    ['unexpected', { found: 'undefined' }],
    ['unexpected', {}],
  ];
  for (const [code, params] of codes) {
    it(`says "${code}" as core does`, () => {
      expect(jsonProblemText(code, params)).to.equal(jsonProblemMessage(code, params));
    });
  }

  it('puts the line and column first', () => {
    expect(jsonTextMessage(readJsonText('{\n  "id": "a",\n}'))).to.match(
      /^Line 2, column 12: There is a comma/,
    );
    expect(jsonTextMessage(readJsonText('{"id": "a"}'))).to.equal('');
  });

  it('words an unknown-field warning, and keeps the validator’s words for the others', () => {
    const result = validateExerciseLenient({ id: 'a', name: 'A', instructions: ['x'], difficulty: 'expert' });
    expect(result.ok && result.warnings!.map(warningText)).to.deep.equal([
      'left out: must be "beginner", "intermediate" or "advanced"',
      '"instructions" is not a field we know; did you mean "steps"?',
    ]);
  });
});
