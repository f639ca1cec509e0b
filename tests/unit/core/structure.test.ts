/**
 * The report structure rules of `utils/core/structure.ts`: where sentences start, what a
 * header is, and that the matcher's one pass applies exactly the rule that code without a
 * pass asks (`isSentenceStart`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../utils/core/lexicon';
import { createMatcher } from '../../../utils/core/matcher';
import {
  headerBefore,
  isCapitalsLine,
  isSentenceStart,
  lineBreakEndsSentence,
  sentenceAround,
  standsAsHeader,
} from '../../../utils/core/structure';

const matcher = createMatcher(compileLexicon([]));

/** The sentence starts of `text` by `isSentenceStart`, offset by offset. */
function startsByRule(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i <= text.length; i++) if (isSentenceStart(text, i)) starts.push(i);
  return starts;
}

/** The text cut at its sentence starts. */
const sentences = (text: string) => {
  const starts = [...matcher.match(text).sentenceStarts];
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
};

describe('sentences', () => {
  it.each([
    ['No effusion. No pneumothorax.', ['No effusion.', ' No pneumothorax.']],
    ['Nodule 1.5 cm, e.g. stable.', ['Nodule 1.5 cm, e.g.', ' stable.']],
    ['Is it new? Yes!  Stable.', ['Is it new?', ' Yes!', '  Stable.']],
    ['Mild effusion\nand atelectasis.', ['Mild effusion\nand atelectasis.']],
    ['Mild effusion\nNo pneumothorax.', ['Mild effusion\n', 'No pneumothorax.']],
    ['effusion.\nand more', ['effusion.\n', 'and more']],
    ['a\n\nb', ['a\n', '\nb']],
    ['FINDINGS:\nclear lungs', ['FINDINGS:\n', 'clear lungs']],
    ['IMPRESSION\nclear lungs', ['IMPRESSION\n', 'clear lungs']],
    // A list number's point is a full stop too: "1." stands as a sentence of its own.
    ['list:\n1. effusion\n2. nodule', ['list:\n', '1.', ' effusion\n', '2.', ' nodule']],
    ['items\n- effusion\n• nodule', ['items\n', '- effusion\n', '• nodule']],
    ["effusion.' Next", ["effusion.'", ' Next']],
    ['effusion.\u00ad Next', ['effusion.\u00ad', ' Next']],
    ['effusion.- next', ['effusion.- next']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
    expect(startsByRule(text)).toEqual([...matcher.match(text).sentenceStarts]);
  });

  const pieces = fc.constantFrom(
    ...['a', 'Ab', 'FINDINGS', 'x', ' ', '  ', '\t', '\r', '\n', '\n\n', '\u2028', '\u0085'],
    ...['.', '?', '!', ':', ';', ',', '-', '/', "'", '’', '\u00ad', '\u200b', '1', '2.', '•'],
    ...['* ', '- ', '3) ', 'É', 'é', 'Ω', '\u00a0', 'No', 'ALLERGIES', 'e.g', '…', '"'],
  );
  it("the matcher's sentence starts are the offsets isSentenceStart accepts", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(startsByRule(text)).toEqual([...matcher.match(text).sentenceStarts]);
      }),
      { numRuns: 3000, seed: 20240601 },
    );
  });

  it('finds the sentence around an offset', () => {
    const starts = matcher.match('No effusion. No pneumothorax.').sentenceStarts;
    expect(sentenceAround(starts, 3, 29)).toEqual([0, 12]);
    expect(sentenceAround(starts, 20, 29)).toEqual([12, 29]);
  });
});

describe('line breaks', () => {
  it.each([
    ['a\nb', false],
    ['a\nB', true],
    ['a\n\nb', true],
    ['a\n  \nb', true],
    ['a\n1. b', true],
    ['a\n12) b', true],
    ['a\n1.5 b', false],
    ['a\n- b', true],
    ['a\n-b', false],
    ['HEART\nb', true],
    ['Heart:\nb', true],
    ['Heart\nb', false],
    ['Heart:  \r\nb', true],
    ['  LIVER \nb', true],
    ['FOLLOW-UP\nb', true],
    ['CT 12/01\nb', false],
    ['A\nb', false],
  ])('%j', (text, ends) => {
    expect(lineBreakEndsSentence(text, text.indexOf('\n') + 1)).toBe(ends);
  });
});

describe('a line in capitals', () => {
  it.each([
    ['IMPRESSION', true],
    ['  CHEST & ABDOMEN/PELVIS\t', true],
    ['FOLLOW-UP', true],
    ['ÉPANCHEMENT PLEURAL', true],
    ['X', false],
    ['- LIVER', false],
    ['LIVER 2', false],
    ['Liver', false],
    ['A VERY LONG LINE OF CAPITALS THAT GOES ON AND ON', false],
  ])('%j: %s', (line, capitals) => {
    expect(isCapitalsLine(line, 0, line.length)).toBe(capitals);
  });
});

describe('a section name stands as a header', () => {
  // The section name in brackets.
  it.each([
    ['[Findings]: clear', true],
    ['[FINDINGS]  : clear', true],
    ['[IMPRESSION]\nclear', true],
    ['  [IMPRESSION]  \nclear', true],
    ['[Impression]\nclear', false],
    ['the [impression] is', false],
    ['[IMPRESSION] CLEAR\n', false],
  ])('%j: %s', (marked, header) => {
    const start = marked.indexOf('[');
    const end = marked.indexOf(']') - 1;
    const text = marked.replace(/[[\]]/g, '');
    expect(standsAsHeader(text, start, end)).toBe(header);
  });
});

describe('headers in capitals before a colon', () => {
  it.each([
    ['ALLERGIES: none', 0],
    ['  PAST MEDICAL HISTORY: none', 2],
    ['Cough. IMPRESSION: clear', 7],
    ['Allergies: none', -1],
    ['X: none', -1],
    ['CT: none', 0],
    ['ONE TWO THREE FOUR FIVE SIX: x', 0],
    ['ONE TWO THREE FOUR FIVE SIX SEVEN: x', -1],
    ['breath FINDINGS: clear', -1],
  ])('%j', (text, start) => {
    const colon = text.indexOf(':');
    const sentenceStart = text.lastIndexOf('. ', colon) + 1;
    expect(headerBefore(text, colon, sentenceStart)).toBe(start);
  });

  it('may follow other words of the sentence when it need not open it', () => {
    const text = 'breath FINDINGS: clear';
    expect(headerBefore(text, text.indexOf(':'), 0, false)).toBe(7);
  });
});
