/**
 * The detector over the built-in topics: status, laterality and severity of each mention in
 * typical report phrasing; offsets into the original text; word boundaries; longest match;
 * and robustness on odd input.
 */
import { describe, expect, it } from 'vitest';
import { seedTopics } from '../../../data/index';
import { createDetector } from '../../../utils/core/detect';
import {
  Finding,
  type FindingStatus,
  type Laterality,
  type Severity,
} from '../../../utils/core/schema';
import { normalize } from '../../../utils/core/normalize';

const detector = createDetector(seedTopics);
const HO = 'heterotopic-ossification';
const OA = 'hip-osteoarthritis';

type Row = [
  sentence: string,
  topicId: string,
  status: FindingStatus,
  laterality: Laterality | undefined,
  severity: Severity | undefined,
];

const rows: Row[] = [
  // Present
  ['Heterotopic ossification lateral to the right hip.', HO, 'present', 'right', undefined],
  ['Brooker II HO at the left hip.', HO, 'present', 'left', undefined],
  ['Right hip heterotopic ossification.', HO, 'present', 'right', undefined],
  ['Heterotopic ossifications about the left hip.', HO, 'present', 'left', undefined],
  ['Myositis ossificans in the vastus lateralis.', HO, 'present', undefined, undefined],
  ['Osteoarthritis of the left hip.', OA, 'present', 'left', undefined],
  ['Coxarthrosis on the left.', OA, 'present', 'left', undefined],
  ['61-year-old with hip osteoarthritis.', OA, 'present', undefined, undefined],
  // Negated, before the mention
  ['No heterotopic ossification.', HO, 'absent', undefined, undefined],
  ['There is no heterotopic ossification.', HO, 'absent', undefined, undefined],
  ['NO HO.', HO, 'absent', undefined, undefined],
  ['Postoperative changes without heterotopic ossification.', HO, 'absent', undefined, undefined],
  ['No evidence of heterotopic ossification.', HO, 'absent', undefined, undefined],
  ['Negative for heterotopic ossification.', HO, 'absent', undefined, undefined],
  ['The hip is free of heterotopic ossification.', HO, 'absent', undefined, undefined],
  ['No fracture, dislocation or heterotopic ossification.', HO, 'absent', undefined, undefined],
  ['No fracture, dislocation, or heterotopic ossification.', HO, 'absent', undefined, undefined],
  ['No hip osteoarthritis.', OA, 'absent', undefined, undefined],
  ['No radiographic evidence of hip osteoarthritis.', OA, 'absent', undefined, undefined],
  // Negated, after the mention
  ['Heterotopic ossification is not seen.', HO, 'absent', undefined, undefined],
  ['Heterotopic ossification is not identified.', HO, 'absent', undefined, undefined],
  ['Hip osteoarthritis is not seen.', OA, 'absent', undefined, undefined],
  ['Hip joint space narrowing is not identified.', OA, 'absent', undefined, undefined],
  // Possible
  ['Possible heterotopic ossification.', HO, 'possible', undefined, undefined],
  ['Ossific density may represent heterotopic ossification.', HO, 'possible', undefined, undefined],
  ['Heterotopic ossification cannot be excluded.', HO, 'possible', undefined, undefined],
  ['Ossific focus suspicious for heterotopic ossification.', HO, 'possible', undefined, undefined],
  ['Questionable heterotopic ossification near the left hip.', HO, 'possible', 'left', undefined],
  ['Possible early right hip osteoarthritis.', OA, 'possible', 'right', undefined],
  ['Findings may represent hip osteoarthritis.', OA, 'possible', undefined, undefined],
  ['Questionable left hip OA.', OA, 'possible', 'left', undefined],
  // Historical
  [
    'History of heterotopic ossification about the right hip.',
    HO,
    'historical',
    'right',
    undefined,
  ],
  ['Prior heterotopic ossification excision.', HO, 'historical', undefined, undefined],
  ['Hx of HO.', HO, 'historical', undefined, undefined],
  ['Prior right hip osteoarthritis.', OA, 'historical', 'right', undefined],
  // Hypothetical
  ['Evaluate for heterotopic ossification.', HO, 'hypothetical', undefined, undefined],
  ['Rule out heterotopic ossification.', HO, 'hypothetical', undefined, undefined],
  ['Rule out HO.', HO, 'hypothetical', undefined, undefined],
  ['R/O hip osteoarthritis.', OA, 'hypothetical', undefined, undefined],
  // Someone else
  ['Family history of heterotopic ossification.', HO, 'other-person', undefined, undefined],
  ['Family history of hip osteoarthritis.', OA, 'other-person', undefined, undefined],
  ['Mother has hip osteoarthritis.', OA, 'other-person', undefined, undefined],
  // Termination, semicolons, pseudo-triggers, sentence scope
  [
    'No fracture, but heterotopic ossification is present near the right hip.',
    HO,
    'present',
    'right',
    undefined,
  ],
  ['No fracture; heterotopic ossification near the right hip.', HO, 'present', 'right', undefined],
  ['Heterotopic ossification, however no fracture.', HO, 'present', undefined, undefined],
  [
    'No change in the heterotopic ossification about the right hip.',
    HO,
    'present',
    'right',
    undefined,
  ],
  ['No interval change in mild hip osteoarthritis.', OA, 'present', undefined, 'mild'],
  ['There is no fracture. Mild hip osteoarthritis.', OA, 'present', undefined, 'mild'],
  [
    'No heterotopic ossification; moderate hip osteoarthritis.',
    OA,
    'present',
    undefined,
    'moderate',
  ],
  // Laterality
  ['Bilateral hip osteoarthritis.', OA, 'present', 'bilateral', undefined],
  ['Hip osteoarthritis is present in both hips.', OA, 'present', 'bilateral', undefined],
  ['Heterotopic ossification is seen bilaterally.', HO, 'present', 'bilateral', undefined],
  ['Hip OA bilaterally.', OA, 'present', 'bilateral', undefined],
  ['Osteoarthritis of the hip joints bilaterally.', OA, 'present', 'bilateral', undefined],
  ['Severe left-sided hip osteoarthritis.', OA, 'present', 'left', 'severe'],
  // Severity
  ['Mild right hip osteoarthritis.', OA, 'present', 'right', 'mild'],
  ['Mild right hip DJD.', OA, 'present', 'right', 'mild'],
  ['Moderate left hip osteoarthritis.', OA, 'present', 'left', 'moderate'],
  ['Moderate joint space loss of the right hip.', OA, 'present', 'right', 'moderate'],
  ['Moderate coxarthrosis of the right hip.', OA, 'present', 'right', 'moderate'],
  ['Severe bilateral hip osteoarthritis.', OA, 'present', 'bilateral', 'severe'],
  ['Marked hip joint space narrowing on the left.', OA, 'present', 'left', 'severe'],
  ['Advanced osteoarthritis of the right hip.', OA, 'present', 'right', 'severe'],
  ['Minimal degenerative changes of both hips.', OA, 'present', 'bilateral', 'minimal'],
  ['Mild osteoarthritis of both hips.', OA, 'present', 'bilateral', 'mild'],
  ['Mild hip osteoarthritis bilaterally.', OA, 'present', 'bilateral', 'mild'],
  ['Trace heterotopic ossification.', HO, 'present', undefined, 'minimal'],
  ['Trace hip joint space narrowing.', OA, 'present', undefined, 'minimal'],
  ['Mild heterotopic ossification about the left hip.', HO, 'present', 'left', 'mild'],
  ['Moderate heterotopic ossification about the left hip.', HO, 'present', 'left', 'moderate'],
];

describe('detect: status, laterality and severity', () => {
  it.each(rows)('"%s" -> %s %s %s %s', (sentence, topicId, status, laterality, severity) => {
    const found = detector.detect(sentence).filter((f) => f.topicId === topicId);
    expect(found).toHaveLength(1);
    const [finding] = found;
    expect(finding?.status).toBe(status);
    expect(finding?.laterality).toBe(laterality);
    expect(finding?.severity).toBe(severity);
  });
});

interface Expected {
  topicId: string;
  text: string;
  status: FindingStatus;
  laterality?: Laterality;
  severity?: Severity;
}

const several: { sentence: string; expected: Expected[] }[] = [
  {
    sentence: 'Mild osteoarthritis of the right hip and severe osteoarthritis of the left hip.',
    expected: [
      {
        topicId: OA,
        text: 'osteoarthritis of the right hip',
        status: 'present',
        laterality: 'right',
        severity: 'mild',
      },
      {
        topicId: OA,
        text: 'osteoarthritis of the left hip',
        status: 'present',
        laterality: 'left',
        severity: 'severe',
      },
    ],
  },
  {
    sentence: 'Right hip osteoarthritis and left hip heterotopic ossification.',
    expected: [
      { topicId: OA, text: 'hip osteoarthritis', status: 'present', laterality: 'right' },
      { topicId: HO, text: 'hip heterotopic ossification', status: 'present', laterality: 'left' },
    ],
  },
  {
    sentence: 'Moderate hip osteoarthritis; no heterotopic ossification.',
    expected: [
      { topicId: OA, text: 'hip osteoarthritis', status: 'present', severity: 'moderate' },
      { topicId: HO, text: 'heterotopic ossification', status: 'absent' },
    ],
  },
  {
    sentence: 'No hip osteoarthritis, although there is heterotopic ossification.',
    expected: [
      { topicId: OA, text: 'hip osteoarthritis', status: 'absent' },
      { topicId: HO, text: 'heterotopic ossification', status: 'present' },
    ],
  },
];

describe('detect: several findings in one sentence', () => {
  it.each(several)('$sentence', ({ sentence, expected }) => {
    const found = detector
      .detect(sentence)
      .map(({ topicId, text, status, laterality, severity }) => ({
        topicId,
        text,
        status,
        ...(laterality ? { laterality } : {}),
        ...(severity ? { severity } : {}),
      }));
    expect(found).toEqual(expected);
  });
});

describe('detect: abbreviations are case-sensitive whole tokens', () => {
  it.each([
    ['ho lateral to the right hip.', HO],
    ['Ho lateral to the right hip.', HO],
    ['HOLD the right hip still.', HO],
    ['HOs near the hip.', HO],
    ['Mild hip oa bilaterally.', OA],
    ['Mild hip djd bilaterally.', OA],
  ])('"%s" has no %s finding', (sentence, topicId) => {
    expect(detector.detect(sentence).filter((f) => f.topicId === topicId)).toEqual([]);
  });

  it.each([
    ['HO at the right hip.', 'HO'],
    ['Mild hip OA.', 'hip OA'],
    ['Mild Hip OA.', 'Hip OA'],
    ['Mild hip DJD.', 'hip DJD'],
  ])('"%s" matches "%s"', (sentence, text) => {
    expect(detector.detect(sentence).map((f) => f.text)).toEqual([text]);
  });
});

/** A term or matched text folded as the matcher reads it: words, singular, punctuation dropped. */
const fold = (text: string) =>
  normalize(text, { singularize: true })
    .text.split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');

/** Folded words of every term, per topic. */
const termKeys = new Map(
  seedTopics.map((t) => [t.id, new Set(t.terms.map((term) => fold(term.text)))]),
);

const texts: { name: string; text: string; expected: [string, string][] }[] = [
  {
    name: 'report with headings and blank lines',
    text: 'FINDINGS:\nMild bilateral hip joint space loss.\nHeterotopic ossification lateral to the right hip.\n\nIMPRESSION:\n1. Mild hip OA.\n2. No fracture.',
    expected: [
      [OA, 'hip joint space loss'],
      [HO, 'Heterotopic ossification'],
      [OA, 'hip OA'],
    ],
  },
  {
    name: 'non-breaking spaces',
    text: 'Hip\u00a0osteoarthritis on the right.\u00a0No\u00a0heterotopic\u00a0ossification.',
    expected: [
      [OA, 'Hip\u00a0osteoarthritis'],
      [HO, 'heterotopic\u00a0ossification'],
    ],
  },
  {
    name: 'accents and dashes',
    text: 'Patient: José Müller — 61 ans. Ossification hétérotopique? Heterotopic ossification near the left hip; légère coxarthrosis.',
    expected: [
      [HO, 'Heterotopic ossification'],
      [OA, 'coxarthrosis'],
    ],
  },
  {
    name: 'emoji and astral letters',
    text: '😀🦴 HO 👍 at the right hip. 𝐇𝐎 is not HO.',
    expected: [
      [HO, 'HO'],
      [HO, 'HO'],
    ],
  },
  {
    name: 'right-to-left text and direction marks',
    text: 'تقرير الأشعة: heterotopic ossification حول الورك الأيمن. שבר? \u200fNo hip osteoarthritis.\u200f \u202bשבר\u202c',
    expected: [
      [HO, 'heterotopic ossification'],
      [OA, 'hip osteoarthritis'],
    ],
  },
  {
    name: 'combining accents',
    text: 'Le\u0301ge\u0300re osteoarthritis of the left hip.',
    expected: [[OA, 'osteoarthritis of the left hip']],
  },
  {
    name: 'CRLF line breaks inside a term',
    text: 'Right\r\nhip\r\nosteoarthritis.\r\nNo HO.',
    expected: [
      [OA, 'hip\r\nosteoarthritis'],
      [HO, 'HO'],
    ],
  },
  {
    name: 'tab and em dash joining words, soft hyphen and zero-width joiner inside a word',
    text: 'hip\tosteoarthritis and hip\u2014osteoarthritis; heterotopic ossifi\u00adcation; hip osteo\u200darthritis.',
    expected: [
      [OA, 'hip\tosteoarthritis'],
      [OA, 'hip\u2014osteoarthritis'],
      [HO, 'heterotopic ossifi\u00adcation'],
      [OA, 'hip osteo\u200darthritis'],
    ],
  },
];

describe('detect: offsets index the original text', () => {
  it.each(texts)('$name', ({ text, expected }) => {
    const findings = detector.detect(text);
    expect(findings.map((f) => [f.topicId, f.text])).toEqual(expected);
    let previousEnd = 0;
    for (const f of findings) {
      expect(Finding.safeParse(f).success).toBe(true);
      expect(f.start).toBeGreaterThanOrEqual(previousEnd);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(termKeys.get(f.topicId)?.has(fold(f.text))).toBe(true);
      previousEnd = f.end;
    }
  });
});

describe('detect: word boundaries', () => {
  it('matches the plural "heterotopic ossifications" as a whole', () => {
    expect(detector.detect('Heterotopic ossifications about both hips.')).toEqual([
      expect.objectContaining({
        topicId: HO,
        text: 'Heterotopic ossifications',
        start: 0,
        end: 25,
      }),
    ]);
  });

  it('folds the plural of a term listed only in the singular', () => {
    const singularOnly = createDetector([
      { id: HO, terms: [{ text: 'heterotopic ossification', kind: 'preferred' }] },
    ]);
    expect(singularOnly.detect('Heterotopic ossifications about both hips.')).toEqual([
      expect.objectContaining({ topicId: HO, text: 'Heterotopic ossifications' }),
    ]);
    expect(singularOnly.detect('Heterotopic ossification about both hips.')).toHaveLength(1);
  });

  it('does not match a term that is only a prefix of a word', () => {
    const singularOnly = createDetector([
      { id: HO, terms: [{ text: 'heterotopic ossification', kind: 'preferred' }] },
    ]);
    expect(singularOnly.detect('Heterotopic ossificationism about both hips.')).toEqual([]);
    expect(singularOnly.detect('Heterotopic ossificationss about both hips.')).toEqual([]);
  });

  it.each([
    ['hip osteoarthritisx', OA],
    ['xhip osteoarthritis', OA],
    ['heterotopic ossificationy near the hip', HO],
    ['Heterotopic ossification about the left hip. Joint space loss is not seen.', OA],
    ['Postoperative changes of the left hip. Osteoarthritis of the knee.', OA],
    ['Right hip\n\nosteoarthritis', OA],
  ])('"%s" has no %s finding', (text, topicId) => {
    expect(detector.detect(text).filter((f) => f.topicId === topicId)).toEqual([]);
  });

  it('still finds terms on each side of a sentence boundary', () => {
    const text = 'Heterotopic ossification about the left hip. Joint space loss of the right hip.';
    expect(detector.detect(text).map((f) => [f.topicId, f.text])).toEqual([
      [HO, 'Heterotopic ossification about the left hip'],
      [OA, 'Joint space loss of the right hip'],
    ]);
  });
});

describe('detect: longest match', () => {
  it.each([
    ['osteoarthritis of the hip joint', OA, 'osteoarthritis of the hip joint'],
    ['Mild osteoarthritis of the hip joint.', OA, 'osteoarthritis of the hip joint'],
    ['Heterotopic ossification of the hip joint.', HO, 'Heterotopic ossification of the hip'],
    ['Myositis ossificans traumatica of the thigh.', HO, 'Myositis ossificans traumatica'],
    ['Hip joint space narrowing.', OA, 'Hip joint space narrowing'],
  ])('"%s" gives one %s finding: "%s"', (text, topicId, term) => {
    expect(detector.detect(text)).toEqual([expect.objectContaining({ topicId, text: term })]);
  });

  it('reports the site named by the longer term', () => {
    const [finding] = detector.detect('Heterotopic ossification of the hip.');
    expect(finding?.site).toBe('hip');
    expect(detector.detect('Heterotopic ossification.')[0]?.site).toBeUndefined();
  });
});

describe('detect: robustness', () => {
  it.each([
    ['empty string', '', 0],
    ['only whitespace', ' \n\t\u00a0 ', 0],
    ['only punctuation', '.,;:!?()[]{}-—/\\"\'…;;;!!!', 0],
    ['200 KB without spaces', 'a'.repeat(200_000), 0],
    ['200 KB of an abbreviation without spaces', 'HO'.repeat(100_000), 0],
    ['astral letters only', '𝐇𝐎 𝕙𝕚𝕡 𝔬𝔰𝔱𝔢𝔬𝔞𝔯𝔱𝔥𝔯𝔦𝔱𝔦𝔰', 0],
    ['lone surrogates around a term', '\ud800HO\udc00', 1],
    ['emoji-only', '🦴🦴🦴😀👍🏽', 0],
    ['a long report', 'No fracture. Mild bilateral hip osteoarthritis. '.repeat(4_000), 4_000],
  ])('%s', (_name, text, count) => {
    let findings: unknown;
    expect(() => {
      findings = detector.detect(text);
    }).not.toThrow();
    expect(Array.isArray(findings)).toBe(true);
    expect(findings).toHaveLength(count);
  });
});

describe('detect: line breaks', () => {
  it.each([
    ['Right hip\nosteoarthritis.', 'hip\nosteoarthritis'],
    ['Right hip\r\nosteoarthritis.', 'hip\r\nosteoarthritis'],
    ['Heterotopic\nossification near the left hip.', 'Heterotopic\nossification'],
  ])('a single line break is a soft wrap: %j matches %j', (text, term) => {
    expect(detector.detect(text).map((f) => f.text)).toEqual([term]);
  });

  it.each([
    ['Right hip\n\nosteoarthritis.'],
    ['Right hip\n- osteoarthritis.'],
    ['Right hip\n2. osteoarthritis.'],
    ['Right hip.\nOsteoarthritis.'],
  ])('a blank line, a list item or a full stop ends the phrase: %j', (text) => {
    expect(detector.detect(text).filter((f) => f.topicId === OA)).toEqual([]);
  });

  it('a soft wrap keeps the negation: "No heterotopic\\nossification."', () => {
    expect(detector.detect('No heterotopic\nossification.')).toEqual([
      expect.objectContaining({ topicId: HO, status: 'absent' }),
    ]);
  });

  it('a blank line ends the negation: "No fracture\\n\\nHeterotopic ossification."', () => {
    expect(detector.detect('No fracture\n\nHeterotopic ossification.')).toEqual([
      expect.objectContaining({ topicId: HO, status: 'present' }),
    ]);
  });
});

describe('detect: plurals and possessives fold on any term word', () => {
  const custom = createDetector([
    { id: 'rib-fracture', terms: [{ text: 'rib fracture', kind: 'preferred' }] },
    { id: 'opacity', terms: [{ text: 'airspace opacity', kind: 'preferred' }] },
    { id: 'heberden', terms: [{ text: 'Heberden node', kind: 'preferred' }] },
    { id: 'bronchiectasis', terms: [{ text: 'bronchiectasis', kind: 'preferred' }] },
  ]);

  it.each([
    ['Two rib fractures on the left.', 'rib-fracture', 'rib fractures'],
    ['Ribs fracture.', 'rib-fracture', 'Ribs fracture'],
    ["The rib's fracture is healing.", 'rib-fracture', "rib's fracture"],
    ['Patchy airspace opacities.', 'opacity', 'airspace opacities'],
    ["Heberden's nodes in both hands.", 'heberden', "Heberden's nodes"],
    ['Heberden’s nodes in both hands.', 'heberden', 'Heberden’s nodes'],
    ['Cylindrical bronchiectasis.', 'bronchiectasis', 'bronchiectasis'],
  ])('%j -> %s "%s"', (text, topicId, term) => {
    expect(custom.detect(text).map((f) => [f.topicId, f.text])).toEqual([[topicId, term]]);
  });

  it.each([['Two rib fracturing lines.'], ['Airspace opacityies.'], ['Ribsy fracture.']])(
    '%j has no finding',
    (text) => {
      expect(custom.detect(text)).toEqual([]);
    },
  );

  it.each([
    ['Masses in the right lung.', 'lung-mass', 'Masses'],
    ['Multiple pulmonary nodules.', 'pulmonary-nodule', 'pulmonary nodules'],
    ["Heberden's nodes in both hands.", 'osteoarthritis', "Heberden's nodes"],
    ['Mild degenerative changes of the hips.', OA, 'degenerative changes of the hips'],
  ])('built-in topics: %j -> %s "%s"', (text, topicId, term) => {
    expect(detector.detect(text).map((f) => [f.topicId, f.text])).toEqual([[topicId, term]]);
  });
});

describe('detect: invisible characters and borrowed sites', () => {
  // An invisible character (bidi mark, zero-width space) right after the last word of a term
  // is not part of the mention.
  it.each([
    ['\u200fNo hip osteoarthritis\u200f.', 'hip osteoarthritis'],
    ['Hip osteoarthritis\u200b and effusion.', 'Hip osteoarthritis'],
  ])('%j matches exactly %j', (text, term) => {
    expect(
      detector
        .detect(text)
        .filter((f) => f.topicId === OA)
        .map((f) => f.text),
    ).toEqual([term]);
  });

  // Known limitation: a generic term takes a site from its own stretch of the sentence,
  // which here runs across the comma to "right hip" (actual: hip-osteoarthritis, right).
  it.fails('"Arthroplasty of the right hip, joint space loss elsewhere." has no hip OA', () => {
    const text = 'Arthroplasty of the right hip, joint space loss elsewhere.';
    expect(detector.detect(text).filter((f) => f.topicId === OA)).toEqual([]);
  });
});

describe('detect: a leading "?" queries what follows it', () => {
  // "?pulmonary edema" (common in UK requests) hedges what follows the "?", not the finding
  // before it, and never across a line.
  it.each([
    ['Cardiomegaly ?pulmonary edema.', 'cardiomegaly', 'present'],
    ['Cardiomegaly ?pulmonary edema.', 'pulmonary-edema', 'possible'],
    ['Cardiomegaly\n\n? Pulmonary nodule', 'cardiomegaly', 'present'],
  ])('%j: %s is %s', (text, topicId, status) => {
    expect(
      detector
        .detect(text)
        .filter((f) => f.topicId === topicId)
        .map((f) => f.status),
    ).toEqual([status]);
  });

  it('"Small right pleural effusion ?empyema.": the effusion is present, the empyema queried', () => {
    const found = detector.detect('Small right pleural effusion ?empyema.');
    expect(found.map((f) => [f.topicId, f.text, f.status])).toEqual([
      ['pleural-effusion', 'pleural effusion', 'present'],
      ['pleural-effusion', 'empyema', 'possible'],
    ]);
  });

  it.each([
    ['Pulmonary edema?', 'pulmonary-edema', 'possible'],
    ['Pulmonary edema ?', 'pulmonary-edema', 'possible'],
    ['Cardiomegaly. ?Pulmonary edema.', 'cardiomegaly', 'present'],
  ])('%j: %s is %s', (text, topicId, status) => {
    expect(
      detector
        .detect(text)
        .filter((f) => f.topicId === topicId)
        .map((f) => f.status),
    ).toEqual([status]);
  });
});

describe('detect: the site of a side-specific term', () => {
  // Sides are read from the sentence into `laterality`; the site keeps the anatomy only, so
  // left- and right-sided terms share one phrase without one side overriding the other.
  it.each([
    ['Right lower lobe collapse.', 'lower lobe', 'right'],
    ['Collapse of the right middle lobe.', 'middle lobe', 'right'],
    ['Left lower lobe collapse.', 'lower lobe', 'left'],
    ['Collapse of the left lower lobe.', 'lower lobe', 'left'],
    ['Left upper lobe volume loss.', 'upper lobe', 'left'],
  ])('%j -> site %j, %s', (text, site, side) => {
    expect(detector.detect(text).map((f) => [f.topicId, f.site, f.laterality])).toEqual([
      ['atelectasis', site, side],
    ]);
  });
});

describe('detect: a generic term shares the site its sentence names', () => {
  it('"hip joint space loss ... with small marginal osteophytes" is hip osteoarthritis twice', () => {
    const text =
      'Mild bilateral hip joint space loss, greatest superolaterally, with small marginal osteophytes.';
    expect(detector.detect(text).map((f) => [f.topicId, f.text, f.site])).toEqual([
      [OA, 'hip joint space loss', 'hip'],
      [OA, 'marginal osteophytes', 'hip'],
    ]);
  });
});

describe('detect: long texts are worked through in blocks without changing results', () => {
  it('a 100 KB text gives the findings of its reports, each at its own offset', () => {
    const reports = [
      'FINDINGS: Small left pleural effusion. No pneumothorax.\nIMPRESSION: Mild cardiomegaly.',
      'INDICATION: Rule out pneumonia.\n\nFINDINGS: Possible right lower lobe consolidation.',
      'Mild bilateral hip joint space loss. Heterotopic ossification near the right hip.',
      'No focal consolidation, pleural effusion or pneumothorax. Lungs are clear.',
    ];
    const parts: string[] = [];
    const expected: unknown[] = [];
    let offset = 0;
    for (let i = 0; parts.join('\n\n').length < 100_000; i++) {
      const report = reports[i % reports.length]!;
      for (const f of detector.detect(report)) {
        expected.push({ ...f, start: f.start + offset, end: f.end + offset });
      }
      parts.push(report);
      offset += report.length + 2;
    }
    expect(detector.detect(parts.join('\n\n'))).toEqual(expected);
  });
});
