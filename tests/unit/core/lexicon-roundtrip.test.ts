/**
 * The lexicon crosses a message boundary as JSON (the background compiles it, content scripts
 * build the automaton from it): after a JSON round trip it must still pass `isLexicon` and a
 * detector built from it must find exactly what `createDetector(topics)` finds.
 */
import { describe, expect, it } from 'vitest';
import { seedTopics } from '../../../data/index';
import { createDetector, createDetectorFromLexicon } from '../../../utils/core/detect';
import { compileLexicon, type Lexicon } from '../../../utils/core/lexicon';
import { isLexicon } from '../../../utils/core/lexicon-guard';

const lexicon = compileLexicon(seedTopics);
const roundTripped: unknown = JSON.parse(JSON.stringify(lexicon));

function fromJson(value: unknown): Lexicon {
  if (!isLexicon(value)) throw new Error('round-tripped lexicon is not a lexicon');
  return value;
}

const direct = createDetector(seedTopics);
const viaJson = createDetectorFromLexicon(fromJson(roundTripped));

const texts: [name: string, text: string][] = [
  [
    'musculoskeletal report with sections',
    'INDICATION: Right hip pain, rule out osteoarthritis.\n\nFINDINGS:\nMild bilateral hip joint space loss. Heterotopic ossification lateral to the right hip.\nJoint space narrowing of the right knee with a small suprapatellar effusion.\nDegenerative changes at L4-L5.\n\nIMPRESSION:\n1. Mild hip OA.\n2. No fracture.',
  ],
  [
    'chest report with negation lists and hedges',
    'HISTORY: Emphysema. Pulmonary fibrosis.\nFINDINGS: No pulmonary nodule, lung mass or pleural thickening. Biapical pleural thickening cannot be excluded. Honeycombing at both bases, may represent usual interstitial pneumonia.\nIMPRESSION: Moderate centrilobular emphysema; 6 mm right upper lobe nodule.',
  ],
  [
    'history, family history and hypotheticals',
    "PAST MEDICAL HISTORY: knee osteoarthritis.\nFAMILY HISTORY: lung cancer, mother's COPD.\nEvaluate for heterotopic ossification. If there is an effusion of the elbow, aspirate. Prior right hip osteoarthritis.",
  ],
  [
    'odd characters',
    '\u200fNo hip osteoarthritis.\u200f Ossifi\u00adcation? Heterotopic\nossification — Épanchement; 😀 HO 👍 at the left hip. 𝐇𝐎 is not HO.',
  ],
  ['empty text', ''],
];

describe('lexicon JSON round trip', () => {
  it('survives JSON unchanged and passes isLexicon', () => {
    expect(roundTripped).toEqual(lexicon);
    expect(isLexicon(roundTripped)).toBe(true);
  });

  it('survives a second round trip byte for byte', () => {
    expect(JSON.stringify(JSON.parse(JSON.stringify(roundTripped)))).toBe(JSON.stringify(lexicon));
  });

  it('builds an automaton of the same size', () => {
    expect(viaJson.size).toBe(direct.size);
  });

  it.each(texts)('gives identical findings: %s', (_name, text) => {
    expect(viaJson.detect(text)).toEqual(direct.detect(text));
  });

  it('finds something in the texts', () => {
    const found = texts.flatMap(([, text]) => direct.detect(text));
    expect(found.length).toBeGreaterThanOrEqual(15);
    expect(new Set(found.map((f) => f.status)).size).toBeGreaterThanOrEqual(4);
  });
});

describe('isLexicon rejects malformed round trips', () => {
  const json = JSON.stringify(lexicon);
  it.each([
    ['a lexicon with its words dropped', { ...lexicon, words: undefined }],
    ['a lexicon with its phrases dropped', { ...lexicon, phrases: undefined }],
    [
      'a lexicon truncated to its first half of words',
      { ...lexicon, words: lexicon.words.slice(0, lexicon.words.length >> 1) },
    ],
    [
      'a lexicon with a phrase pointing past the words',
      {
        ...lexicon,
        phrases: [
          ...lexicon.phrases,
          { words: [lexicon.words.length], entries: [{ kind: 'pseudo' }] },
        ],
      },
    ],
    [
      'a lexicon whose words were uppercased',
      { ...lexicon, words: lexicon.words.map((w) => w.toUpperCase()) },
    ],
    ['a lexicon of another version', { ...lexicon, version: 2 }],
    ['the JSON text itself', json],
    ['the parsed JSON with a wrong format', { ...(JSON.parse(json) as object), format: 'lexicon' }],
  ])('%s', (_name, value) => {
    expect(isLexicon(value)).toBe(false);
  });
});
