import { expect } from '@open-wc/testing';
import { readJsonText, type JsonTextProblem } from '../../src/core/json-text.js';

describe('readJsonText', () => {
  it('reads valid JSON as JSON.parse does', () => {
    expect(readJsonText('{"id": "bridge", "steps": ["Lie down."]}')).to.deep.equal({
      ok: true,
      value: { id: 'bridge', steps: ['Lie down.'] },
    });
    expect(readJsonText('  [1, 2.5e3, true, null, "“curly” inside text is fine"]  ')).to.deep.equal({
      ok: true,
      value: [1, 2500, true, null, '“curly” inside text is fine'],
    });
  });

  describe('says in plain words where and why pasted text is not JSON', () => {
    // [what the author pasted, code, line, column, words the message must say]
    const cases: Array<[string, string, JsonTextProblem, number, number, string]> = [
      ['nothing at all', '   \n ', 'empty', 1, 1, 'nothing here'],
      [
        'an exercise in prose',
        'Glute bridge\nLie on your back and lift your hips.',
        'prose',
        1,
        1,
        'text format',
      ],
      ['curly quotes from Word', '{“id”: “bridge”}', 'curly-quotes', 1, 2, 'straight quotes'],
      [
        'a curly quote on line 3',
        '{\n  "id": "bridge",\n  "name": ”Glute bridge"\n}',
        'curly-quotes',
        3,
        11,
        'curly',
      ],
      ['single quotes', "{'id': 'bridge'}", 'single-quotes', 1, 2, 'double quotes'],
      [
        'a trailing comma in an object',
        '{\n  "id": "bridge",\n  "name": "Glute bridge",\n}',
        'trailing-comma',
        3,
        25,
        'before }',
      ],
      [
        'a trailing comma in a list',
        '{"steps": ["Lie down.", "Lift.",]}',
        'trailing-comma',
        1,
        32,
        'before ]',
      ],
      ['a line comment', '{\n  // the bridge\n  "id": "bridge"\n}', 'comment', 2, 3, 'comments'],
      ['a block comment after the document', '{"id": "b"} /* done */', 'comment', 1, 13, 'comments'],
      [
        'an unclosed brace: it points at the brace',
        '{\n  "id": "bridge",\n  "steps": ["Lie down."]\n',
        'unclosed',
        1,
        1,
        'Add a }',
      ],
      ['an unclosed list', '{"steps": ["Lie down.", "Lift."', 'unclosed', 1, 11, 'Add a ]'],
      ['an unclosed string', '{"id": "bridge', 'unclosed-string', 1, 8, 'closing "'],
      [
        'a line break inside a string',
        '{"name": "Glute\nbridge"}',
        'line-break-in-string',
        1,
        10,
        'one line',
      ],
      ['a field name without quotes', '{id: "bridge"}', 'unquoted-key', 1, 2, '"id"'],
      [
        'a missing comma between fields',
        '{\n  "id": "bridge"\n  "name": "Glute bridge"\n}',
        'missing-comma',
        3,
        3,
        'comma is missing',
      ],
      ['a missing colon', '{"id" "bridge"}', 'missing-colon', 1, 7, 'colon'],
      ['two documents one after the other', '{"id": "a"}\n{"id": "b"}', 'extra-text', 2, 1, 'left over'],
      ['a word JSON does not know', '{"id": undefined}', 'unexpected', 1, 8, '"undefined"'],
    ];
    for (const [what, text, code, line, column, says] of cases) {
      it(what, () => {
        const result = readJsonText(text);
        if (result.ok) throw new Error('read as JSON');
        expect({ code: result.code, line: result.line, column: result.column }).to.deep.equal({
          code,
          line,
          column,
        });
        expect(result.message).to.include(says);
      });
    }
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [
      undefined,
      null,
      42,
      '['.repeat(200_000),
      '{"a":'.repeat(50_000),
      '\u0000',
      '"\\x"',
    ];
    for (const input of odd) {
      const result = readJsonText(input as string);
      expect(result.ok, String(input).slice(0, 20)).to.equal(false);
    }
  });
});
