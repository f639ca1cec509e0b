/**
 * The compiled lexicon: deduplication, case handling, JSON round trip, and the cheap guards
 * the content script uses instead of zod.
 */
import { describe, expect, it } from 'vitest';
import { seedTopics } from '../../../data/index';
import { createDetector, createDetectorFromLexicon } from '../../../utils/core/detect';
import { isContentRequest } from '../../../utils/core/guards';
import { compileLexicon, isLexicon, type LexiconEntry } from '../../../utils/core/lexicon';
import type { Term } from '../../../utils/core/schema';

const t = (text: string, kind: Term['kind'] = 'synonym', site?: string): Term =>
  site ? { text, kind, site } : { text, kind };

const compileCases: { name: string; terms: Term[]; entries: LexiconEntry[] }[] = [
  {
    name: 'lowercases preferred terms and synonyms',
    terms: [t('Pleural Effusion', 'preferred'), t('PLEURAL FLUID')],
    entries: [
      { topicId: 'x', tokens: ['pleural', 'effusion'], caseSensitive: false },
      { topicId: 'x', tokens: ['pleural', 'fluid'], caseSensitive: false },
    ],
  },
  {
    name: 'collapses terms that differ only in case, spacing or hyphens',
    terms: [
      t('pleural effusion', 'preferred'),
      t('Pleural  effusion'),
      t('pleural-effusion'),
      t('pleural effusion'),
    ],
    entries: [{ topicId: 'x', tokens: ['pleural', 'effusion'], caseSensitive: false }],
  },
  {
    name: 'keeps abbreviations as written and case-sensitive',
    terms: [t('PE', 'abbreviation'), t('Hip OA', 'abbreviation'), t('hip OA', 'abbreviation')],
    entries: [
      { topicId: 'x', tokens: ['PE'], caseSensitive: true },
      { topicId: 'x', tokens: ['Hip', 'OA'], caseSensitive: true },
      { topicId: 'x', tokens: ['hip', 'OA'], caseSensitive: true },
    ],
  },
  {
    name: 'collapses repeated abbreviations only when the case matches',
    terms: [t('HO', 'abbreviation'), t('HO', 'abbreviation'), t('Ho', 'abbreviation')],
    entries: [
      { topicId: 'x', tokens: ['HO'], caseSensitive: true },
      { topicId: 'x', tokens: ['Ho'], caseSensitive: true },
    ],
  },
  {
    name: 'keeps a word both as abbreviation and as lowercased synonym',
    terms: [t('AAA', 'abbreviation'), t('AAA')],
    entries: [
      { topicId: 'x', tokens: ['AAA'], caseSensitive: true },
      { topicId: 'x', tokens: ['aaa'], caseSensitive: false },
    ],
  },
  {
    name: 'carries the site of a term',
    terms: [t('hip osteoarthritis', 'preferred', 'hip'), t('coxarthrosis')],
    entries: [
      { topicId: 'x', tokens: ['hip', 'osteoarthritis'], caseSensitive: false, site: 'hip' },
      { topicId: 'x', tokens: ['coxarthrosis'], caseSensitive: false },
    ],
  },
  {
    name: 'skips terms without any word',
    terms: [t('—'), t('effusion')],
    entries: [{ topicId: 'x', tokens: ['effusion'], caseSensitive: false }],
  },
];

describe('compileLexicon', () => {
  it.each(compileCases)('$name', ({ terms, entries }) => {
    const lexicon = compileLexicon([{ id: 'x', terms }]);
    expect(lexicon).toEqual({ format: 'radlens-lexicon', version: 1, entries });
  });

  it('keeps the same term under different topics', () => {
    const lexicon = compileLexicon([
      { id: 'a', terms: [t('effusion')] },
      { id: 'b', terms: [t('Effusion')] },
    ]);
    expect(lexicon.entries.map((e) => [e.topicId, e.tokens])).toEqual([
      ['a', ['effusion']],
      ['b', ['effusion']],
    ]);
  });

  it('compiles every built-in topic without duplicate entries', () => {
    const lexicon = compileLexicon(seedTopics);
    const keys = lexicon.entries.map(
      (e) => `${e.topicId}|${e.caseSensitive}|${e.tokens.join(' ')}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(lexicon.entries.map((e) => e.topicId))).toEqual(
      new Set(seedTopics.map((topic) => topic.id)),
    );
    for (const e of lexicon.entries.filter((entry) => !entry.caseSensitive)) {
      expect(e.tokens).toEqual(e.tokens.map((token) => token.toLowerCase()));
    }
  });
});

const sampleTexts = [
  'FINDINGS:\nMild bilateral hip joint space loss.\nHeterotopic ossification lateral to the right hip.',
  'No HO. Possible early osteoarthritis of the left hip.',
  'History of hip OA; evaluate for heterotopic bone formation. ho HOLD hip oa.',
  'Family history of coxarthrosis. Moderate degenerative changes of both hips.',
  '',
];

describe('lexicon JSON round trip', () => {
  const lexicon = compileLexicon(seedTopics);
  const roundTripped: unknown = JSON.parse(JSON.stringify(lexicon));

  it('survives JSON unchanged', () => {
    expect(roundTripped).toEqual(lexicon);
    expect(isLexicon(roundTripped)).toBe(true);
  });

  it.each(sampleTexts)('gives identical findings for %j', (text) => {
    if (!isLexicon(roundTripped)) throw new Error('round-tripped lexicon is not a lexicon');
    const expected = createDetector(seedTopics).detect(text);
    expect(createDetectorFromLexicon(roundTripped).detect(text)).toEqual(expected);
  });

  it('finds something in the sample texts', () => {
    const detector = createDetector(seedTopics);
    expect(sampleTexts.flatMap((text) => detector.detect(text)).length).toBeGreaterThanOrEqual(8);
  });
});

const entry = { topicId: 'x', tokens: ['effusion'], caseSensitive: false };
const valid = { format: 'radlens-lexicon', version: 1, entries: [entry] };

describe('isLexicon', () => {
  it.each([
    ['a compiled lexicon', compileLexicon(seedTopics)],
    ['a minimal lexicon', valid],
    ['a lexicon without entries', { ...valid, entries: [] }],
    ['an entry with a site', { ...valid, entries: [{ ...entry, site: 'hip' }] }],
  ])('accepts %s', (_name, value) => {
    expect(isLexicon(value)).toBe(true);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'radlens-lexicon'],
    ['a number', 1],
    ['an array', [entry]],
    ['an empty object', {}],
    ['a wrong format', { ...valid, format: 'radlens-pack' }],
    ['a wrong version', { ...valid, version: 2 }],
    ['a version as string', { ...valid, version: '1' }],
    ['missing entries', { format: 'radlens-lexicon', version: 1 }],
    ['entries as an object', { ...valid, entries: { 0: entry } }],
    ['a null entry', { ...valid, entries: [null] }],
    ['an entry with empty tokens', { ...valid, entries: [{ ...entry, tokens: [] }] }],
    ['an entry with non-string tokens', { ...valid, entries: [{ ...entry, tokens: [1, 2] }] }],
    ['an entry with tokens as a string', { ...valid, entries: [{ ...entry, tokens: 'effusion' }] }],
    ['an entry without topicId', { ...valid, entries: [{ ...entry, topicId: undefined }] }],
    [
      'an entry with caseSensitive as string',
      { ...valid, entries: [{ ...entry, caseSensitive: 'no' }] },
    ],
    ['one bad entry among good ones', { ...valid, entries: [entry, { ...entry, tokens: [] }] }],
  ])('rejects %s', (_name, value) => {
    expect(isLexicon(value)).toBe(false);
  });
});

describe('isContentRequest', () => {
  it('accepts { type: "findings:get" }', () => {
    expect(isContentRequest({ type: 'findings:get' })).toBe(true);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['the bare type string', 'findings:get'],
    ['an empty object', {}],
    ['another type', { type: 'findings:set' }],
    ['the type in another case', { type: 'Findings:Get' }],
    ['an extra property', { type: 'findings:get', text: 'page text' }],
    ['the type as an array', { type: ['findings:get'] }],
    ['a number', 42],
  ])('rejects %s', (_name, value) => {
    expect(isContentRequest(value)).toBe(false);
  });
});
