/**
 * Property tests (fast-check) of the pure engine on random and adversarial text: random
 * Unicode, lone surrogates, astral characters, right-to-left scripts with bidirectional
 * marks, punctuation only, and random mixtures of real report words and punctuation, plus a
 * few megabyte-sized inputs. Runs are bounded (fixed seed, modest numRuns) to keep the suite
 * fast and reproducible.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedTopics } from '../../../data/index';
import { createAssessor } from '../../../utils/core/assertion';
import { createDetector } from '../../../utils/core/detect';
import { normalize, singular } from '../../../utils/core/normalize';
import { Finding, FindingStatus } from '../../../utils/core/schema';

const assessMention = createAssessor();

const detector = createDetector(seedTopics);

/** Reproducible, bounded runs. */
const runs = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, seed: 20240601 });

/** Every term of every topic, so random mixtures hit real mentions. */
const termTexts = seedTopics.flatMap((t) => t.terms.map((term) => term.text));

const reportWords = [
  ...termTexts,
  'no',
  'No',
  'NO',
  'not',
  'without',
  'possible',
  'may represent',
  'cannot be excluded',
  'suspicious for',
  'history of',
  'prior',
  'rule out',
  'r/o',
  's/p',
  'family history of',
  'mother',
  'has resolved',
  'is not seen',
  'or',
  'versus',
  'but',
  'however',
  'which',
  'there is',
  'left',
  'right',
  'bilateral',
  'both',
  'bibasilar',
  'trace',
  'tiny',
  'mild',
  'moderate',
  'severe',
  'marked',
  'small',
  'large',
  'hip',
  'hips',
  'knee',
  'L4-L5',
  'suprapatellar',
  'joint',
  'effusion',
  'effusions',
  "patient's",
  '6 mm',
  '1.8 x 1.2 cm',
  'INDICATION:',
  'HISTORY:',
  'FINDINGS:',
  'IMPRESSION:',
  'COMPARISON:',
  'FAMILY HISTORY:',
  'Impression',
  '1.',
  '2)',
  '-',
  '•',
];

const punctuation = [
  ' ',
  '  ',
  '.',
  '. ',
  ',',
  ', ',
  ';',
  ':',
  '?',
  '!',
  '/',
  '-',
  '—',
  "'",
  '’',
  '(',
  ')',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200f',
  '\u2028',
];

/** Any UTF-16 code unit, lone surrogates included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Astral code points: emoji, mathematical letters, rare scripts. */
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
/** Right-to-left letters and the marks that steer bidirectional text. */
const rtl = fc.oneof(
  fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)), // Arabic
  fc.integer({ min: 0x0590, max: 0x05ff }).map((c) => String.fromCharCode(c)), // Hebrew
  fc.constantFrom('\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u061c'),
  fc.constantFrom(' ', '.', '،', '؟', ' heterotopic ossification ', ' hip osteoarthritis '),
);
const punctuationOnly = fc
  .array(fc.constantFrom(...'.,;:!?()[]{}<>-—–/\\"\'…·•*&%$#@^~`|+=_«»“”‘’¿¡'.split('')), {
    maxLength: 300,
  })
  .map((a) => a.join(''));
const reportMixture = fc
  .array(fc.oneof(fc.constantFrom(...reportWords), fc.constantFrom(...punctuation)), {
    maxLength: 120,
  })
  .map((a) => a.join(''));
const reportSentences = fc
  .array(fc.constantFrom(...reportWords), { minLength: 1, maxLength: 12 })
  .map((words) => `${words.join(' ')}.`);

/** Random and adversarial text of every kind above. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: anyCodeUnit, maxLength: 200 }),
  fc.string({ unit: astral, maxLength: 100 }),
  fc.string({ unit: rtl, maxLength: 150 }),
  punctuationOnly,
  reportMixture,
  reportMixture,
);

/**
 * The ways `findings` break the invariants for `text` (collected, then asserted once, so
 * that checking tens of thousands of findings stays cheap).
 */
function findingProblems(text: string, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  let previousStart = -1;
  findings.forEach((f, i) => {
    const at = `#${i} [${f.start}, ${f.end})`;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end))
      problems.push(`${at}: not integers`);
    if (f.start < 0 || f.end > text.length) problems.push(`${at}: outside the text`);
    if (!(f.start < f.end)) problems.push(`${at}: empty or reversed`);
    if (text.slice(f.start, f.end) !== f.text)
      problems.push(`${at}: text ${JSON.stringify(f.text)}`);
    if (f.start <= previousStart) problems.push(`${at}: not ascending`);
    if (f.start < previousEnd) problems.push(`${at}: overlaps the previous finding`);
    // The schema check is the slow part: the first findings and a sample of the rest.
    if ((i < 50 || i % 997 === 0) && !Finding.safeParse(f).success)
      problems.push(`${at}: not a Finding`);
    previousStart = f.start;
    previousEnd = f.end;
  });
  return problems;
}

function expectWellFormed(text: string, findings: readonly Finding[]): void {
  expect(findingProblems(text, findings)).toEqual([]);
}

/** The ways the offset map of `normalize(text)` breaks its invariants. */
function offsetProblems(text: string, singularize: boolean): string[] {
  const folded = normalize(text, { singularize });
  const { offsets } = folded;
  const problems: string[] = [];
  if (offsets.length !== folded.text.length + 1) {
    problems.push(`${offsets.length} offsets for ${folded.text.length} characters`);
  }
  for (let i = 0; i < offsets.length && problems.length < 5; i++) {
    const o = offsets[i]!;
    if (o < 0 || o > text.length) problems.push(`offset ${i} = ${o} outside [0, ${text.length}]`);
    if (i > 0 && o < offsets[i - 1]!) problems.push(`offset ${i} = ${o} < ${offsets[i - 1]}`);
  }
  // The folded text has no space at either end and never two spaces in a row.
  if (folded.text !== folded.text.replace(/^ | $/g, '')) problems.push('space at an end');
  if (folded.text.includes('  ')) problems.push('two spaces in a row');
  return problems;
}

function expectOffsets(text: string, singularize: boolean): void {
  expect(offsetProblems(text, singularize)).toEqual([]);
}

describe('detect: never throws, findings are well formed', () => {
  it('on random and adversarial text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectWellFormed(text, detector.detect(text));
      }),
      runs(400),
    );
  });

  it('on random report sentences', () => {
    fc.assert(
      fc.property(
        fc.array(reportSentences, { maxLength: 8 }),
        fc.constantFrom(' ', '\n', '\n\n'),
        (sentences, sep) => {
          const text = sentences.join(sep);
          expectWellFormed(text, detector.detect(text));
        },
      ),
      runs(300),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(detector.detect(text)).toEqual(detector.detect(text));
      }),
      runs(100),
    );
  });

  it('reads two paragraphs apart: each gives the same findings alone as together', () => {
    // A header in the first paragraph sets the section the second is read in, which can
    // change statuses; everything else must be the same.
    const withoutStatus = (fs: Finding[]) => fs.map(({ status: _status, ...rest }) => rest);
    fc.assert(
      fc.property(reportMixture, reportMixture, (a, b) => {
        const offset = a.length + 2;
        const together = detector.detect(`${a}\n\n${b}`);
        const first = together.filter((f) => f.end <= a.length);
        const second = together
          .filter((f) => f.start >= offset)
          .map((f) => ({ ...f, start: f.start - offset, end: f.end - offset }));
        expect(first.length + second.length).toBe(together.length);
        // Known engine bug (see detect.test.ts, "known gaps"): a "?" opening the next
        // paragraph still hedges the last mention before it.
        if (!/^\s{0,2}\?/.test(b)) expect(first).toEqual(detector.detect(a));
        const alone = detector.detect(b);
        if (/:|^[^a-z]*[A-Z][^a-z]*$/m.test(a)) {
          expect(withoutStatus(second)).toEqual(withoutStatus(alone));
        } else {
          expect(second).toEqual(alone);
        }
      }),
      runs(300),
    );
  });
});

/** Big inputs: a few, each checked once. */
const MB = 1 << 20;
function randomText(length: number, seed: number, alphabet: string[]): string {
  let state = seed;
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const part = alphabet[state % alphabet.length]!;
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, length);
}
const noSpaceAlphabet = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüßΩж漢😀',
];

const bigInputs: [name: string, text: () => string][] = [
  ['1 MB of one letter', () => 'a'.repeat(MB)],
  ['1 MB without spaces, random letters', () => randomText(MB, 7, noSpaceAlphabet)],
  ['1 MB of a term repeated without spaces', () => 'effusion'.repeat(MB / 8)],
  ['1 MB of an abbreviation repeated without spaces', () => 'HO'.repeat(MB / 2)],
  ['1 MB of full stops', () => '.'.repeat(MB)],
  ['1 MB of line breaks', () => '\n'.repeat(MB)],
  ['1 MB of one unbroken sentence of words', () => 'hip osteoarthritis and '.repeat(MB / 23)],
  [
    '1 MB of random report words and punctuation',
    () => randomText(MB, 11, [...reportWords, ...punctuation]),
  ],
  ['1 MB of astral characters', () => '😀𝐇𝐎'.repeat(MB / 6)],
  ['1 MB of lone surrogates', () => '\ud800\udc00\udc00\ud800'.repeat(MB / 4)],
];

describe('detect: big inputs', () => {
  it.each(bigInputs)('%s', (_name, make) => {
    const text = make();
    let findings: Finding[] = [];
    expect(() => {
      findings = detector.detect(text);
    }).not.toThrow();
    expectWellFormed(text, findings);
  });

  it('finds every mention of a long repeated report', () => {
    const sentence = 'No fracture. Mild bilateral hip osteoarthritis. ';
    const count = Math.floor(MB / sentence.length);
    const findings = detector.detect(sentence.repeat(count));
    expect(findings).toHaveLength(count);
    expect(
      new Set(findings.map((f) => `${f.topicId} ${f.status} ${f.laterality} ${f.severity}`)),
    ).toEqual(new Set(['hip-osteoarthritis present bilateral mild']));
  });
});

describe('normalize: the offset map', () => {
  it('has one offset per folded character plus the end, non-decreasing, within the text', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, singularize) => {
        expectOffsets(text, singularize);
      }),
      runs(400),
    );
  });

  it.each([
    ['empty', ''],
    ['spaces only', ' \t\n\u00a0 '],
    ['invisible characters only', '\u00ad\u200b\u200f\ufeff'],
    ['combining marks only', '\u0301\u0300'],
    ['a possessive alone', "'s"],
    ['1 MB without spaces', 'x'.repeat(MB)],
  ])('%s', (_name, text) => {
    expectOffsets(text, false);
    expectOffsets(text, true);
  });

  it('maps each folded letter or digit back to a source character that folds to it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { text: folded, offsets } = normalize(text);
        for (let i = 0; i < folded.length; i++) {
          const c = folded[i]!;
          if (!/[a-z0-9]/.test(c)) continue;
          const source = text[offsets[i]!]!;
          expect(source.normalize('NFKD').charAt(0).toLowerCase()).toBe(c);
        }
      }),
      runs(300),
    );
  });

  it('folds case, accents, dashes, line breaks, invisibles and possessives', () => {
    expect(normalize("  The Patient's  Épanchement—\r\npleural\u00ad\u200b.  ").text).toBe(
      'the patient epanchement pleural.',
    );
    expect(normalize('Pleural effusions; opacities, boxes', { singularize: true }).text).toBe(
      'pleural effusion; opacity, box',
    );
  });
});

describe('singular', () => {
  it.each([
    ['effusions', 'effusion'],
    ['opacities', 'opacity'],
    ['masses', 'mass'],
    ['boxes', 'box'],
    ['branches', 'branch'],
    ['nodules', 'nodule'],
    ['changes', 'change'],
    ['hips', 'hip'],
    ['mass', 'mass'],
    ['bronchiectasis', 'bronchiectasis'],
    ['sinus', 'sinus'],
    ['gas', 'gas'],
    ['s', 's'],
    ['', ''],
  ])('%j -> %j', (word, expected) => {
    expect(singular(word)).toBe(expected);
  });

  it('never lengthens a word and leaves words without a final "s" alone', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,12}$/), (word) => {
        const s = singular(word);
        expect(s.length).toBeLessThanOrEqual(word.length);
        if (!word.endsWith('s')) expect(s).toBe(word);
      }),
      runs(300),
    );
  });
});

describe('assessMention: never throws for any in-range span', () => {
  const spanIn = (text: string) =>
    fc
      .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

  it('on random and adversarial text', () => {
    fc.assert(
      fc.property(
        anyText.chain((text) => fc.tuple(fc.constant(text), spanIn(text))),
        ([text, [start, end]]) => {
          const a = assessMention(text, start, end);
          expect(FindingStatus.options).toContain(a.status);
          expect(['patient', 'other']).toContain(a.experiencer);
        },
      ),
      runs(400),
    );
  });

  it('on every span of a short report', () => {
    const text =
      'INDICATION: ? pneumonia.\nFINDINGS: No effusion; possible\nconsolidation.\n\n1. Mild';
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        expect(() => assessMention(text, start, end)).not.toThrow();
      }
    }
  });

  it.each(bigInputs.slice(0, 4))('on the ends and middle of %s', (_name, make) => {
    const text = make();
    for (const [start, end] of [
      [0, 0],
      [0, 10],
      [text.length >> 1, (text.length >> 1) + 8],
      [text.length - 5, text.length],
      [text.length, text.length],
    ] as const) {
      expect(() => assessMention(text, start, end)).not.toThrow();
    }
  });
});
