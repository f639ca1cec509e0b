/**
 * The compiled lexicon (version 4: a vocabulary of folded words and phrases over it, each
 * with its meanings): deduplication, case handling, folding of plurals and possessives, the
 * rule phrases. The JSON round trip is in lexicon-roundtrip.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { seedTopics } from '../../../data/index';
import { createDetectorFromLexicon } from '../../../utils/core/detect';
import {
  compileLexicon,
  defaultRules,
  MAX_PHRASE_WORDS,
  type ContextRules,
  type Lexicon,
  type LexiconTopic,
  type PhraseEntry,
} from '../../../utils/core/lexicon';
import { compileAnatomy } from '../../../utils/core/anatomy';
import { isLexicon } from '../../../utils/core/lexicon-guard';
import { normalize } from '../../../utils/core/normalize';
import { Claim, Criterion, type Term } from '../../../utils/core/schema';
import type { Vocabulary } from '../../../utils/core/vocabulary';

const t = (text: string, kind: Term['kind'] = 'synonym'): Term => ({ text, kind });

/** A vocabulary of one site, one part, one head and one study, to see each compiled. */
const small: Vocabulary = {
  anatomy: compileAnatomy({
    about: 'test',
    sites: [
      { id: 'hip', label: 'hip', kind: 'region', nouns: ['hip'], abbreviations: ['HJ'] },
      { id: 'hip-lip', label: 'lip', kind: 'part', partOf: 'hip', contextual: ['lip'] },
    ],
    numbered: [],
  }),
  heads: [{ id: 'cyst', phrases: ['cyst'] }],
  studies: [{ id: 'hips', region: 'hip', defaults: {}, phrases: ['hip radiograph'] }],
  headIds: new Set(['cyst']),
};

/** Rules with no phrases at all: the lexicon then holds terms, sites and modifier words. */
const noRules: ContextRules = {
  triggers: {
    negated: { pre: [], post: [] },
    possible: { pre: [], post: [] },
    historical: { pre: [], post: [] },
    hypothetical: { pre: [], post: [] },
    other: { pre: [], post: [] },
  },
  pseudo: [],
  termination: [],
  sections: {
    indication: [],
    'past-history': [],
    'family-history': [],
    comparison: [],
    technique: [],
    findings: [],
    impression: [],
    current: [],
    other: [],
  },
};

type TermEntry = Extract<PhraseEntry, { kind: 'term' }>;
type TermEntryLike = Omit<TermEntry, 'kind' | 'topicId'>;

/** The phrases of a lexicon that carry terms, as [words, term entries]. */
function termPhrases(lexicon: Lexicon): [string, TermEntry[]][] {
  return lexicon.phrases.flatMap((p) => {
    const terms = p.entries.filter((e): e is TermEntry => e.kind === 'term');
    return terms.length > 0 ? [[p.words.map((w) => lexicon.words[w]!).join(' '), terms]] : [];
  });
}

/** A term entry of topic "x". */
const entry = (e: TermEntryLike): TermEntry => ({ kind: 'term', topicId: 'x', ...e });

const compileCases: { name: string; terms: Term[]; phrases: [string, TermEntry[]][] }[] = [
  {
    name: 'folds preferred terms and synonyms to lowercase words',
    terms: [t('Pleural Effusion', 'preferred'), t('PLEURAL FLUID')],
    phrases: [
      ['pleural effusion', [entry({ raw: 'Pleural Effusion', caseSensitive: false })]],
      ['pleural fluid', [entry({ raw: 'PLEURAL FLUID', caseSensitive: false })]],
    ],
  },
  {
    name: 'stores terms that differ only in case, spacing or hyphens as one phrase',
    terms: [
      t('pleural effusion', 'preferred'),
      t('pleural  effusion'),
      t('pleural-effusion'),
      t('pleural effusion'),
    ],
    phrases: [['pleural effusion', [entry({ raw: 'pleural effusion', caseSensitive: false })]]],
  },
  {
    name: 'keeps abbreviations as written and case-sensitive',
    terms: [t('PE', 'abbreviation'), t('Hip OA', 'abbreviation'), t('hip OA', 'abbreviation')],
    phrases: [
      ['pe', [entry({ raw: 'PE', caseSensitive: true })]],
      [
        'hip oa',
        [
          entry({ raw: 'Hip OA', caseSensitive: true }),
          entry({ raw: 'hip OA', caseSensitive: true }),
        ],
      ],
    ],
  },
  {
    name: 'collapses repeated abbreviations only when the case matches',
    terms: [t('HO', 'abbreviation'), t('HO', 'abbreviation'), t('Ho', 'abbreviation')],
    phrases: [
      [
        'ho',
        [entry({ raw: 'HO', caseSensitive: true }), entry({ raw: 'Ho', caseSensitive: true })],
      ],
    ],
  },
  {
    name: 'keeps a word both as abbreviation and as case-insensitive synonym',
    terms: [t('AAA', 'abbreviation'), t('AAA')],
    phrases: [
      [
        'aaa',
        [entry({ raw: 'AAA', caseSensitive: true }), entry({ raw: 'AAA', caseSensitive: false })],
      ],
    ],
  },
  {
    name: "reads a term that is a head's phrase as the head",
    terms: [t('hip cyst', 'preferred'), t('Cyst')],
    phrases: [['hip cyst', [entry({ raw: 'hip cyst', caseSensitive: false, head: 'cyst' })]]],
  },
  {
    name: 'stores the singular of plural words and drops possessives',
    terms: [t('Heterotopic ossifications'), t("Heberden's nodes"), t('airspace opacities')],
    phrases: [
      [
        'heterotopic ossification',
        [entry({ raw: 'Heterotopic ossifications', caseSensitive: false })],
      ],
      ['heberden node', [entry({ raw: 'Heberden s nodes', caseSensitive: false })]],
      ['airspace opacity', [entry({ raw: 'airspace opacities', caseSensitive: false })]],
    ],
  },
  {
    name: 'folds accents',
    terms: [t('Épanchement pleural')],
    phrases: [
      ['epanchement pleural', [entry({ raw: 'Épanchement pleural', caseSensitive: false })]],
    ],
  },
  {
    name: 'skips terms without any word, or with letters outside a-z',
    terms: [t('—'), t('...'), t('αβ'), t('effusion')],
    phrases: [['effusion', [entry({ raw: 'effusion', caseSensitive: false })]]],
  },
  {
    name: `skips terms longer than ${MAX_PHRASE_WORDS} words`,
    terms: [t(Array.from({ length: MAX_PHRASE_WORDS + 1 }, (_, i) => `w${i}`).join(' ')), t('x')],
    phrases: [['x', [entry({ raw: 'x', caseSensitive: false })]]],
  },
];

describe('compileLexicon: terms', () => {
  it.each(compileCases)('$name', ({ terms, phrases }) => {
    const lexicon = compileLexicon([{ id: 'x', terms }], noRules, small);
    expect(lexicon.format).toBe('radlens-lexicon');
    expect(lexicon.version).toBe(5);
    expect(termPhrases(lexicon)).toEqual(phrases);
  });

  it('finds terms that differ only in case once, whatever entries they keep', () => {
    const terms = [
      t('Pleural Effusion', 'preferred'),
      t('pleural effusion'),
      t('PLEURAL-EFFUSION'),
    ];
    const lexicon = compileLexicon([{ id: 'x', terms }], noRules, small);
    const phrases = termPhrases(lexicon);
    expect(phrases.map(([words]) => words)).toEqual(['pleural effusion']);
    expect(phrases[0]![1].every((e) => e.topicId === 'x' && !e.caseSensitive)).toBe(true);
    expect(createDetectorFromLexicon(lexicon).detect('Small pleural effusions.')).toEqual([
      expect.objectContaining({ topicId: 'x', text: 'pleural effusions' }),
    ]);
  });

  it('keeps the same term under different topics on one phrase', () => {
    const lexicon = compileLexicon(
      [
        { id: 'a', terms: [t('effusion')] },
        { id: 'b', terms: [t('Effusion')] },
      ],
      noRules,
      small,
    );
    expect(termPhrases(lexicon).map(([words, es]) => [words, es.map((e) => e.topicId)])).toEqual([
      ['effusion', ['a', 'b']],
    ]);
  });

  it('compiles the vocabulary: sites, shared parts, heads, studies; and claims, criteria', () => {
    const topics: LexiconTopic[] = [
      {
        id: 'hip-cyst',
        terms: [t('coxal cyst')],
        claims: [{ heads: ['cyst'], sites: ['hip'] }],
        criteria: [
          { site: 'hip', measure: 'diameter', atLeast: 2, unit: 'cm', ref: 'r' },
          { site: 'hip-lip', measure: 'length', above: 9, unit: 'mm', ref: 'r' },
        ],
      },
      { id: 'any-cyst', terms: [t('cystic change')], claims: [{ heads: ['cyst'] }] },
    ];
    const lexicon = compileLexicon(topics, noRules, small);
    const meanings = lexicon.phrases.flatMap((p) =>
      p.entries
        .filter((e) => e.kind !== 'term' && e.kind !== 'laterality' && e.kind !== 'severity')
        .map((e) => [p.words.map((w) => lexicon.words[w]).join(' '), e]),
    );
    expect(meanings).toEqual([
      ['hip', { kind: 'site', site: 'hip' }],
      ['hj', { kind: 'site', site: 'hip', raw: 'HJ' }],
      ['lip', { kind: 'part', parts: [['hip', 'hip-lip']] }],
      ['cyst', { kind: 'head', head: 'cyst', raw: 'cyst', caseSensitive: false }],
      ['hip radiograph', { kind: 'study', study: 'hips' }],
    ]);
    expect(lexicon.sites).toEqual({ hip: '', 'hip-lip': 'hip' });
    expect(lexicon.claims).toEqual({
      cyst: [
        ['hip', 'hip-cyst'],
        ['', 'any-cyst'],
      ],
    });
    expect(lexicon.studies).toEqual({ hips: { region: 'hip', defaults: {} } });
    expect(lexicon.criteria).toEqual([
      { topicId: 'hip-cyst', site: 'hip', atLeast: 2, unit: 'cm' },
      { topicId: 'hip-cyst', site: 'hip-lip', atLeast: 9, unit: 'mm', strict: true },
    ]);
    expect(lexicon.series).toEqual({});
    expect(lexicon.sided).toEqual([]);
    expect(lexicon.projected).toEqual([]);
  });

  it('takes a claim of heads, of sites, or of both, and refuses an empty one', () => {
    expect(Claim.safeParse({ heads: ['cyst'] }).success).toBe(true);
    expect(Claim.safeParse({ sites: ['spine'] }).success).toBe(true);
    const empty = Claim.safeParse({});
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('a claim names heads, sites or both');
  });

  it('compiles a claim of sites alone under the empty head', () => {
    const lexicon = compileLexicon(
      [{ id: 'curve', terms: [t('curvature')], claims: [{ sites: ['hip'] }] }],
      noRules,
      small,
    );
    expect(lexicon.claims).toEqual({ '': [['hip', 'curve']] });
  });

  it('takes a criterion with exactly one threshold, inclusive or exclusive', () => {
    const base = { site: 'spleen', measure: 'length', unit: 'cm', ref: 'r' };
    expect(Criterion.safeParse({ ...base, atLeast: 13 }).success).toBe(true);
    expect(Criterion.safeParse({ ...base, above: 13 }).success).toBe(true);
    for (const bad of [base, { ...base, atLeast: 13, above: 13 }]) {
      const parsed = Criterion.safeParse(bad);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/atLeast .*or above/);
    }
  });

  it('compiles the modifier words even without rules', () => {
    const lexicon = compileLexicon([], noRules, small);
    const kinds = new Set(lexicon.phrases.flatMap((p) => p.entries.map((e) => e.kind)));
    expect(kinds).toEqual(new Set(['laterality', 'severity', 'site', 'part', 'head', 'study']));
  });
});

describe('compileLexicon: transparent words and phrases that name no finding', () => {
  const rules: ContextRules = {
    ...noRules,
    transparent: ['left', 'mildly'],
    notFindings: ['cystic fibrosis', 'Pulmonary Fibrosis'],
  };
  const topics: LexiconTopic[] = [
    { id: 'hip', terms: [t('osteoarthritis of the left hip')] },
    { id: 'cm', terms: [t('heart is enlarged')] },
    { id: 'fib', terms: [t('fibrosis'), t('pulmonary fibrosis')] },
  ];
  const lexicon = compileLexicon(topics, rules);

  it('drops transparent words from terms and lists them', () => {
    expect(termPhrases(lexicon).map(([words]) => words)).toContain('osteoarthritis of the hip');
    expect(lexicon.transparent.map((w) => lexicon.words[w]).sort()).toEqual(['left', 'mildly']);
  });

  it('compiles a phrase that names no finding as a term of no topic, unless a topic claims it', () => {
    const phrases = termPhrases(lexicon);
    expect(
      phrases.find(([words]) => words === 'cystic fibrosis')?.[1].map((e) => e.topicId),
    ).toEqual(['']);
    expect(
      phrases.find(([words]) => words === 'pulmonary fibrosis')?.[1].map((e) => e.topicId),
    ).toEqual(['fib']);
  });

  it('lets the detector pass over transparent words and report no finding for such phrases', () => {
    const detector = createDetectorFromLexicon(lexicon);
    const found = (text: string) =>
      detector.detect(text).map((f) => [f.topicId, f.text, f.severity]);
    expect(found('The heart is mildly enlarged.')).toEqual([
      ['cm', 'heart is mildly enlarged', 'mild'],
    ]);
    expect(found('Osteoarthritis of the left hip.')).toEqual([
      ['hip', 'Osteoarthritis of the left hip', undefined],
    ]);
    expect(found('Cystic fibrosis.')).toEqual([]);
    expect(found('Pulmonary fibrosis.')).toEqual([['fib', 'Pulmonary fibrosis', undefined]]);
  });
});

describe('compileLexicon: rules', () => {
  const lexicon = compileLexicon([]);
  const meanings = (phrase: string) => {
    const words = phrase.split(' ');
    const p = lexicon.phrases.find(
      (q) =>
        q.words.length === words.length && q.words.every((w, i) => lexicon.words[w] === words[i]),
    );
    return p?.entries ?? [];
  };

  it.each([
    ['no', { kind: 'trigger', category: 'negated', direction: 'pre' }],
    ['cannot be excluded', { kind: 'trigger', category: 'possible', direction: 'post' }],
    [
      'possible',
      expect.objectContaining({
        kind: 'trigger',
        category: 'possible',
        direction: 'pre',
        window: expect.any(Number) as number,
      }) as PhraseEntry,
    ],
    ['history of', { kind: 'trigger', category: 'historical', direction: 'pre' }],
    ['rule out', { kind: 'trigger', category: 'hypothetical', direction: 'pre' }],
    ['family history of', { kind: 'trigger', category: 'other', direction: 'pre' }],
    ['no change', { kind: 'pseudo' }],
    ['however', { kind: 'termination' }],
    ['impression', { kind: 'section', section: 'impression' }],
    ['bilateral', { kind: 'laterality', value: 'bilateral' }],
    ['bibasilar', { kind: 'laterality', value: 'bilateral' }],
    ['trace', { kind: 'severity', value: 'minimal' }],
    ['marked', { kind: 'severity', value: 'severe' }],
  ])('"%s" means %j', (phrase, meaning) => {
    expect(meanings(phrase)).toContainEqual(meaning);
  });

  it('folds rule phrases like terms ("s/p" -> "s p", "mother\'s" -> "mother")', () => {
    expect(meanings('s p')).toContainEqual({
      kind: 'trigger',
      category: 'historical',
      direction: 'pre',
    });
    expect(meanings('mother')).toContainEqual({
      kind: 'trigger',
      category: 'other',
      direction: 'pre',
    });
  });

  it('compiles every phrase of the built-in rules', () => {
    const all = [
      ...Object.values(defaultRules.triggers).flatMap(({ pre, post }) => [...pre, ...post]),
      ...defaultRules.pseudo,
      ...defaultRules.termination,
      ...Object.values(defaultRules.sections).flat(),
    ];
    const missing = all.filter((phrase) => {
      const words = normalize(phrase, { singularize: true })
        .text.split(/[^a-z0-9]+/)
        .filter(Boolean);
      return meanings(words.join(' ')).length === 0;
    });
    expect(missing).toEqual([]);
  });
});

describe('compileLexicon: the built-in topics', () => {
  const lexicon = compileLexicon(seedTopics);

  it('has a vocabulary of unique folded words', () => {
    expect(lexicon.words.every((w) => /^[a-z0-9]+$/.test(w))).toBe(true);
    expect(new Set(lexicon.words).size).toBe(lexicon.words.length);
  });

  it('has unique phrases, each with unique meanings', () => {
    const keys = lexicon.phrases.map((p) => p.words.join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of lexicon.phrases) {
      expect(p.words.length).toBeGreaterThan(0);
      expect(p.words.length).toBeLessThanOrEqual(MAX_PHRASE_WORDS);
      const meanings = p.entries.map((e) => JSON.stringify(e));
      expect(new Set(meanings).size).toBe(meanings.length);
    }
  });

  it('has terms of every topic, and otherwise only the "names no finding" phrases', () => {
    const topicIds = new Set(
      lexicon.phrases.flatMap((p) =>
        p.entries.flatMap((e) => (e.kind === 'term' ? [e.topicId] : [])),
      ),
    );
    expect(topicIds).toEqual(new Set(['', ...seedTopics.map((topic) => topic.id)]));
  });

  it('lists transparent words that are in its vocabulary', () => {
    expect(lexicon.transparent.every((w) => lexicon.words[w] !== undefined)).toBe(true);
    expect(new Set(lexicon.transparent).size).toBe(lexicon.transparent.length);
  });

  it('is accepted by isLexicon', () => {
    expect(isLexicon(lexicon)).toBe(true);
  });
});

const termEntry: PhraseEntry = {
  kind: 'term',
  topicId: 'x',
  raw: 'effusion',
  caseSensitive: false,
};
const phrase = { words: [0], entries: [termEntry] };
const valid = {
  format: 'radlens-lexicon',
  version: 5,
  urgency: { x: { indicator: 'warning' } },
  words: ['effusion'],
  phrases: [phrase],
  transparent: [],
  sites: { pleura: '' },
  sided: [],
  projected: [],
  series: {},
  claims: { effusion: [['pleura', 'x']] },
  studies: { chest: { region: 'pleura', defaults: {} } },
  criteria: [],
};

describe('isLexicon', () => {
  it.each([
    ['a compiled lexicon', compileLexicon(seedTopics)],
    ['a lexicon compiled without topics', compileLexicon([])],
    ['a minimal lexicon', valid],
    ['a lexicon without phrases', { ...valid, phrases: [] }],
    ['a lexicon without words or phrases', { ...valid, words: [], phrases: [] }],
    ['a lexicon with a transparent word', { ...valid, transparent: [0] }],
    [
      'a site, a part, a head and a study',
      {
        ...valid,
        phrases: [
          {
            ...phrase,
            entries: [
              { kind: 'site', site: 'pleura' },
              { kind: 'part', parts: [['pleura', 'pleura']] },
              { kind: 'head', head: 'effusion', raw: 'effusion', caseSensitive: false },
              { kind: 'study', study: 'chest' },
            ],
          },
        ],
      },
    ],
    [
      `a phrase of ${MAX_PHRASE_WORDS} words`,
      { ...valid, phrases: [{ ...phrase, words: new Array<number>(MAX_PHRASE_WORDS).fill(0) }] },
    ],
  ])('accepts %s', (_name, value) => {
    expect(isLexicon(value)).toBe(true);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'radlens-lexicon'],
    ['a number', 2],
    ['an array', [phrase]],
    ['an empty object', {}],
    ['a wrong format', { ...valid, format: 'radlens-pack' }],
    ['the old version 1', { ...valid, version: 1 }],
    ['the old version 2 (no urgency)', { ...valid, version: 2 }],
    ['the old version 3 (no vocabulary)', { ...valid, version: 3 }],
    ['a version as string', { ...valid, version: '4' }],
    ['missing sites', { ...valid, sites: undefined }],
    ['a site parent that is no id', { ...valid, sites: { pleura: 1 } }],
    ['claims that are no pairs', { ...valid, claims: { effusion: ['pleura'] } }],
    ['a study without its region', { ...valid, studies: { chest: { defaults: {} } } }],
    [
      'a criterion in inches',
      { ...valid, criteria: [{ topicId: 'x', site: 'a', atLeast: 1, unit: 'in' }] },
    ],
    [
      'a part entry without pairs',
      { ...valid, phrases: [{ ...phrase, entries: [{ kind: 'part', parts: ['pleura'] }] }] },
    ],
    ['missing urgency', { ...valid, urgency: undefined }],
    ['an urgency that is no indicator', { ...valid, urgency: { x: { indicator: 'urgent' } } }],
    ['missing words', { ...valid, words: undefined }],
    ['missing phrases', { ...valid, phrases: undefined }],
    ['words as an object', { ...valid, words: { 0: 'effusion' } }],
    ['a word in capitals', { ...valid, words: ['Effusion'] }],
    ['a word with a space', { ...valid, words: ['pleural effusion'] }],
    ['an empty word', { ...valid, words: [''] }],
    ['a word with an accent', { ...valid, words: ['épanchement'] }],
    ['a non-string word', { ...valid, words: [1] }],
    ['missing transparent words', { ...valid, transparent: undefined }],
    ['transparent words as text', { ...valid, transparent: ['effusion'] }],
    ['a transparent word out of range', { ...valid, transparent: [1] }],
    ['a negative transparent word', { ...valid, transparent: [-1] }],
    ['phrases as an object', { ...valid, phrases: { 0: phrase } }],
    ['a null phrase', { ...valid, phrases: [null] }],
    ['a phrase without words', { ...valid, phrases: [{ ...phrase, words: [] }] }],
    [
      `a phrase of ${MAX_PHRASE_WORDS + 1} words`,
      {
        ...valid,
        phrases: [{ ...phrase, words: new Array<number>(MAX_PHRASE_WORDS + 1).fill(0) }],
      },
    ],
    ['a word index out of range', { ...valid, phrases: [{ ...phrase, words: [1] }] }],
    ['a negative word index', { ...valid, phrases: [{ ...phrase, words: [-1] }] }],
    ['a fractional word index', { ...valid, phrases: [{ ...phrase, words: [0.5] }] }],
    ['a word index as string', { ...valid, phrases: [{ ...phrase, words: ['0'] }] }],
    ['words given as text', { ...valid, phrases: [{ ...phrase, words: ['effusion'] }] }],
    ['a phrase without entries', { ...valid, phrases: [{ words: [0] }] }],
    ['entries as an object', { ...valid, phrases: [{ ...phrase, entries: { 0: termEntry } }] }],
    ['a null entry', { ...valid, phrases: [{ ...phrase, entries: [null] }] }],
    ['an entry without kind', { ...valid, phrases: [{ ...phrase, entries: [{ topicId: 'x' }] }] }],
    [
      'an entry with a numeric kind',
      { ...valid, phrases: [{ ...phrase, entries: [{ kind: 1 }] }] },
    ],
    ['one bad phrase among good ones', { ...valid, phrases: [phrase, { ...phrase, words: [] }] }],
  ])('rejects %s', (_name, value) => {
    expect(isLexicon(value)).toBe(false);
  });

  // The guard exists so the content script can trust what it receives: a phrase without
  // meanings, or a head whose claims name sites the lexicon lacks, is refused or read safely.
  it.each([
    ['a phrase with no meaning', { ...valid, phrases: [{ words: [0], entries: [] }] }, 'effusion'],
    [
      'a head claimed at a site the lexicon does not list',
      {
        ...valid,
        words: ['effusion', 'knee'],
        claims: { effusion: [['elbow', 'x']] },
        phrases: [
          {
            words: [0],
            entries: [{ kind: 'head', head: 'effusion', raw: 'effusion', caseSensitive: false }],
          },
          { words: [1], entries: [{ kind: 'site', site: 'knee' }] },
        ],
      },
      'knee effusion',
    ],
  ])('a lexicon it accepts never makes detect throw: %s', (_name, value, text) => {
    if (isLexicon(value)) {
      expect(() => createDetectorFromLexicon(value).detect(text)).not.toThrow();
    } else {
      expect(isLexicon(value)).toBe(false);
    }
  });
});
