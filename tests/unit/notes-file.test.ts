/**
 * The notes file: JSON export and import (round trip byte-exact, bad files refused naming the
 * first failing path), the Markdown export, import planning and the notes filter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filterNotes,
  MAX_NOTES_FILE_BYTES,
  notesToJson,
  notesToMarkdown,
  planNotesImport,
  readNotesFile,
} from '../../utils/core/notes-file';
import type { Note } from '../../utils/core/schema';

const at = new Date('2026-11-25T08:00:00.000Z');
const note = (topicId: string, body: string, updatedAt = 1_700_000_100_000): Note => ({
  topicId,
  body,
  createdAt: 1_700_000_000_000,
  updatedAt,
});
const valid = () =>
  JSON.parse(notesToJson([note('pleural-effusion', 'Tap if large.')], at)) as {
    notes: Record<string, unknown>[];
  } & Record<string, unknown>;

describe('readNotesFile refuses bad files, naming the first failing place', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'invalid JSON',
      '{"format": "radlens-notes",',
      '(the file)',
      /not valid JSON \(line 1, column \d+\)/,
    ],
    [
      'a file cut short (no position from the parser: its end)',
      '{"format": "radlens-notes", "notes": [  \n',
      '(the file)',
      /not valid JSON \(line 1, column 39\)/,
    ],
    [
      'invalid JSON on a later line',
      '{\n  "format": "radlens-notes",\n  "version": 1,,\n}',
      '(the file)',
      /not valid JSON \(line 3, column 16\)/,
    ],
    ['an empty file', '   ', '(the file)', /empty/],
    ['a JSON array', '[]', '(the file)', /not a RadLens notes file/],
    ['a content pack', '{"format":"radlens-pack","version":1}', 'format', /content pack/],
    ['another format', '{"format":"something"}', 'format', /not a RadLens notes file/],
    [
      'a newer version',
      JSON.stringify({ ...valid(), version: 2 }),
      'version',
      /version 2 is not supported/,
    ],
    [
      'no version',
      JSON.stringify({ format: 'radlens-notes', notes: [] }),
      'version',
      /missing.*version 1/,
    ],
    [
      'a version that is a string',
      JSON.stringify({ ...valid(), version: '1' }),
      'version',
      /version "1" is not supported/,
    ],
    [
      'an exportedAt that is not a date-time',
      JSON.stringify({ ...valid(), exportedAt: 'yesterday' }),
      'exportedAt',
      /datetime/i,
    ],
    ['notes that are not a list', JSON.stringify({ ...valid(), notes: {} }), 'notes', /array/],
    [
      'a note that is null',
      JSON.stringify({ ...valid(), notes: [valid().notes[0], null] }),
      'notes[1]',
      /object/,
    ],
    [
      'a body that is not text',
      JSON.stringify({ ...valid(), notes: [{ ...valid().notes[0], body: 42 }] }),
      'notes[0].body',
      /string/,
    ],
    [
      'a bad topic id',
      JSON.stringify({ ...valid(), notes: [{ ...valid().notes[0], topicId: 'Not A Slug' }] }),
      'notes[0].topicId',
      /slug/,
    ],
    [
      'an extra key',
      JSON.stringify({ ...valid(), notes: [{ ...valid().notes[0], html: '<b>' }] }),
      'notes[0]',
      /html/,
    ],
    [
      'a __proto__ key',
      '{"format":"radlens-notes","version":1,"exportedAt":"2026-11-25T08:00:00.000Z","notes":[{"__proto__":{"x":1}}]}',
      'notes[0].__proto__',
      /not allowed/,
    ],
    [
      'a constructor key',
      '{"format":"radlens-notes","version":1,"constructor":{}}',
      'constructor',
      /not allowed/,
    ],
    [
      'two notes on one topic',
      JSON.stringify({ ...valid(), notes: [valid().notes[0], valid().notes[0]] }),
      'notes[1].topicId',
      /already has a note at notes\[0\]/,
    ],
    [
      'a repeat earlier in the file than another error',
      JSON.stringify({
        ...valid(),
        notes: [valid().notes[0], valid().notes[0], { ...valid().notes[0], body: 42 }],
      }),
      'notes[1].topicId',
      /"pleural-effusion" already has a note at notes\[0\]/,
    ],
    [
      'the first of several errors',
      JSON.stringify({
        ...valid(),
        notes: [
          valid().notes[0],
          { ...valid().notes[0], topicId: 'b' },
          { ...valid().notes[0], topicId: 'c' },
          { ...valid().notes[0], topicId: 'd', body: null },
          { ...valid().notes[0], topicId: 'e', updatedAt: -1 },
        ],
      }),
      'notes[3].body',
      /string/,
    ],
    [
      'an older version',
      JSON.stringify({ ...valid(), version: 0 }),
      'version',
      /version 0 is not supported \(expected 1\)/,
    ],
    [
      'a lone high surrogate in a body (JSON escape)',
      JSON.stringify({ ...valid(), notes: [{ ...valid().notes[0], body: 'Tap \ud83d if large' }] }),
      'notes[0].body',
      /lone surrogate \(U\+D83D\) at character 5/,
    ],
    [
      'a lone low surrogate in a body (raw, in the file text)',
      '{"format":"radlens-notes","version":1,"exportedAt":"2026-11-25T08:00:00.000Z",' +
        '"notes":[{"topicId":"a","body":"ok","createdAt":1,"updatedAt":1},' +
        '{"topicId":"b","body":"x\udc00","createdAt":1,"updatedAt":1}]}',
      'notes[1].body',
      /lone surrogate \(U\+DC00\) at character 2/,
    ],
    [
      'a body over 100,000 characters',
      JSON.stringify({ ...valid(), notes: [{ ...valid().notes[0], body: 'x'.repeat(100_001) }] }),
      'notes[0].body',
      /100000|too big/i,
    ],
  ];
  it.each(cases)('%s', (_name, text, path, message) => {
    const result = readNotesFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.path).toBe(path);
      expect(result.error.message).toMatch(message);
    }
  });

  it.each([
    ['control characters', 'a\u0000b\u0007c\u001bd\te\r\nf'],
    ['bidirectional controls', 'dose \u202e01\u202c mg \u2066x\u2069'],
    ['emoji, accents and right-to-left text', 'Épanchement ✓ 👩‍⚕️ انصباب جنبي'],
  ])('accepts a body with %s (the user’s own text), byte for byte', (_what, body) => {
    const text = notesToJson([note('pleural-effusion', body)], at);
    const read = readNotesFile(text);
    expect(read).toMatchObject({ ok: true, file: { notes: [{ body }] } });
  });

  it('accepts a UTF-8 byte order mark at the start of the file', () => {
    const read = readNotesFile(`\uFEFF${notesToJson([note('a', 'x')], at)}`);
    expect(read).toMatchObject({ ok: true, file: { notes: [{ topicId: 'a', body: 'x' }] } });
  });

  it('refuses a file nested too deeply to walk, without throwing', () => {
    const depth = 300_000;
    const text = `{"format":"radlens-notes","x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(readNotesFile(text)).toEqual({
      ok: false,
      error: { path: '(the file)', message: 'is nested too deeply to read' },
    });
  });

  it('never throws, whatever the text (fuzzed JSON, spoiled notes files, any string)', () => {
    const good = notesToJson([note('pleural-effusion', 'Tap if large.'), note('a', 'b')], at);
    const texts = fc.oneof(
      fc.json(),
      fc.string(),
      fc
        .tuple(fc.nat(good.length), fc.nat(8), fc.string({ maxLength: 4 }))
        .map(([i, cut, insert]) => good.slice(0, i) + insert + good.slice(i + cut)),
      fc.jsonValue().map((value) => JSON.stringify({ ...valid(), notes: [value] })),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = readNotesFile(text);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a 50 MB file by its size, before parsing it', () => {
    const result = readNotesFile('{}', 50 * 1024 * 1024);
    expect(result).toMatchObject({ ok: false, error: { path: '(the file)' } });
    if (!result.ok) expect(result.error.message).toMatch(/50\.0 MB.*at most 20 MB/);
    expect(MAX_NOTES_FILE_BYTES).toBe(20 * 1024 * 1024);
  });
});

const arbitraryNote = fc.record({
  topicId: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/),
  body: fc.string({ unit: 'grapheme', maxLength: 300 }),
  createdAt: fc.integer({ min: 0, max: 2 ** 45 }),
  updatedAt: fc.integer({ min: 0, max: 2 ** 45 }),
});
const arbitraryNotes = fc.uniqueArray(arbitraryNote, { selector: (n) => n.topicId, maxLength: 12 });

describe('JSON round trip', () => {
  it('export -> read -> export is byte-exact for any notes (odd Unicode included)', () => {
    fc.assert(
      fc.property(arbitraryNotes, (notes) => {
        const text = notesToJson(notes, at);
        const read = readNotesFile(text);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(notesToJson(read.file.notes, new Date(read.file.exportedAt))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('notesToMarkdown', () => {
  const titles = new Map([
    ['pleural-effusion', 'Pleural effusion'],
    ['atelectasis', 'Atelectasis'],
  ]);
  const md = notesToMarkdown(
    [
      note('pleural-effusion', 'Tap if large.\n# not a heading\n  ## nor this'),
      note('atelectasis', 'Incentive spirometry.'),
      note('gone-topic', 'Topic since removed.'),
    ],
    titles,
    at,
  );
  it('has a title, the export date and one section per note, by title', () => {
    expect(md.startsWith('# RadLens notes\n')).toBe(true);
    expect(md).toContain('2026-11-25T08:00:00.000Z');
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Atelectasis', '## gone-topic', '## Pleural effusion']);
    expect(md).toContain('Topic `pleural-effusion` · last edited 2023-11-14T22:15:00.000Z');
  });
  it('escapes body lines that would become headings', () => {
    expect(md).toContain('\n\\# not a heading\n');
    expect(md).toContain('\n  \\## nor this\n');
    expect(md.split('\n').filter((l) => /^\s{0,3}#/.test(l))).toHaveLength(4);
  });

  it.each([
    ['an ATX heading', '# Heading', '\\# Heading'],
    ['an indented heading', '   ### three spaces', '   \\### three spaces'],
    ['a setext underline', 'Title\n=====', 'Title\n\\====='],
    ['a dash underline / rule', 'Title\n---', 'Title\n\\---'],
    ['a starred rule', '* * *', '\\* * *'],
    ['a spaced dash rule', '- - -', '\\- - -'],
    ['a code fence that never closes', '```js\nx', '\\```js\nx'],
    ['a tilde fence', '~~~', '\\~~~'],
    ['an HTML comment that never closes', '<!-- hidden', '\\<!-- hidden'],
    ['a script block', '<script>', '\\<script>'],
    ['CRLF line ends (kept)', 'a\r\n# b\r\nc', 'a\r\n\\# b\r\nc'],
    ['a lone CR line end', 'a\r# b', 'a\r\\# b'],
  ])('escapes %s', (_name, body, expected) => {
    const out = notesToMarkdown([note('atelectasis', body)], titles, at);
    expect(out.endsWith(`\n\n${expected}\n`)).toBe(true);
  });

  it.each([
    ['ordinary text', 'Tap if large; # of taps matters'],
    ['a tab-indented hash (code, not a heading)', '\t# code'],
    ['a four-space hash (code, not a heading)', '    # code'],
    ['a list', '- one\n- two'],
    ['a dash inside text', 'a - b'],
    ['a hashtag mid-line', 'see #12'],
  ])('leaves %s as written', (_name, body) => {
    const out = notesToMarkdown([note('atelectasis', body)], titles, at);
    expect(out.endsWith(`\n\n${body}\n`)).toBe(true);
  });

  it('no body can open a heading, fence or HTML block of its own (fuzzed)', () => {
    const opensStructure = /^ {0,3}(?:#|```|~~~|<|=+[ \t]*$|-+[ \t]*$|(?:[-*_][ \t]*){3,}$)/;
    const piece = fc.constantFrom(
      '#',
      '=',
      '-',
      '*',
      '_',
      '`',
      '~',
      '<',
      ' ',
      '\t',
      '\n',
      '\r',
      'a',
    );
    const body = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 4 }), (bodies) => {
        const out = notesToMarkdown(
          bodies.map((b, i) => note(`topic-${i}`, b)),
          new Map(),
          at,
        );
        const structure = out.split(/\r\n|\r|\n/).filter((line) => opensStructure.test(line));
        expect(structure).toEqual(['# RadLens notes', ...bodies.map((_b, i) => `## topic-${i}`)]);
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the topic id for a blank title and sorts ties by topic id', () => {
    const out = notesToMarkdown(
      [note('b-topic', 'x'), note('a-topic', 'y'), note('c-topic', 'z')],
      new Map([
        ['b-topic', 'Same'],
        ['a-topic', 'Same'],
        ['c-topic', '  \n '],
      ]),
      at,
    );
    const headings = out.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## c-topic', '## Same', '## Same']);
    expect(out.indexOf('`a-topic`')).toBeLessThan(out.indexOf('`b-topic`'));
  });
});

describe('planNotesImport', () => {
  it('splits incoming notes into added, identical and conflicting', () => {
    const mine = [note('a', 'one'), note('b', 'two')];
    const theirs = [note('a', 'one', 5), note('b', 'TWO'), note('c', 'three')];
    const plan = planNotesImport(mine, theirs);
    expect(plan.added.map((n) => n.topicId)).toEqual(['c']);
    expect(plan.same.map((n) => n.topicId)).toEqual(['a']);
    expect(plan.conflicts).toEqual([{ mine: mine[1], theirs: theirs[1] }]);
  });
});

describe('filterNotes', () => {
  const titles = new Map([['pleural-effusion', 'Pleural effusion']]);
  const notes = [
    note('pleural-effusion', 'Thoracentesis pathway, ext. 4321', 10),
    note('atelectasis', 'Incentive spirometry; résumé', 30),
    note('emphysema', 'Spirometry and smoking cessation', 20),
  ];
  it.each([
    ['', ['atelectasis', 'emphysema', 'pleural-effusion']],
    ['spirometry', ['atelectasis', 'emphysema']],
    ['PLEURAL', ['pleural-effusion']],
    ['pleural 4321', ['pleural-effusion']],
    ['pleural smoking', []],
    ['resume', ['atelectasis']],
  ])('%j', (query, ids) => {
    expect(filterNotes(notes, query, titles).map((n) => n.topicId)).toEqual(ids);
  });
});
