/**
 * `Detector.read`: a report read block by block, each block given the section the block
 * before it ended in, gives every block's findings the statuses that reading the blocks
 * joined by blank lines gives them in one call. This is what lets a page scanner read one
 * changed block without the text around it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedTopics } from '../../../data/index';
import { createDetector } from '../../../utils/core/detect';
import type { SectionKind } from '../../../utils/core/lexicon';
import type { Finding } from '../../../utils/core/schema';

const detector = createDetector(seedTopics);
const SEPARATOR = '\n\n';

/** [topicId, start, end, status] of each finding, offsets moved by `shift`. */
const statuses = (findings: readonly Finding[], shift = 0) =>
  findings.map((f) => [f.topicId, f.start + shift, f.end + shift, f.status]);

/** Each block's findings, read one by one with the section carried over. */
function readInTurn(blocks: readonly string[]): Finding[][] {
  let section: SectionKind | undefined;
  return blocks.map((block) => {
    const { findings, sectionAtEnd } = detector.read(block, { sectionAtStart: section });
    section = sectionAtEnd;
    return findings;
  });
}

/** Each block's findings, cut from one read of the blocks joined, offsets into the block. */
function readJoined(blocks: readonly string[]): Finding[][] {
  const findings = detector.detect(blocks.join(SEPARATOR));
  let at = 0;
  return blocks.map((block) => {
    const from = at;
    at += block.length + SEPARATOR.length;
    return findings
      .filter((f) => f.start >= from && f.end <= from + block.length)
      .map((f) => ({ ...f, start: f.start - from, end: f.end - from }));
  });
}

/** Expects both readings to give every block the same findings and statuses. */
function expectSameReading(blocks: readonly string[]): void {
  const inTurn = readInTurn(blocks);
  const joined = readJoined(blocks);
  blocks.forEach((_block, i) => {
    expect(statuses(inTurn[i]!), `block ${i}: ${JSON.stringify(blocks[i])}`).toEqual(
      statuses(joined[i]!),
    );
  });
}

describe('read, block by block with the section carried over', () => {
  it.each<[string, string[], Finding['status'][]]>([
    ['family history goes on', ['FAMILY HISTORY:', 'Pulmonary nodule.'], ['other-person']],
    ['past history goes on', ['PAST MEDICAL HISTORY:', 'Pleural effusion.'], ['historical']],
    ['indication goes on', ['INDICATION: cough', 'Pneumonia.'], ['historical']],
    ['a new header ends it', ['FAMILY HISTORY:', 'FINDINGS:', 'Pleural effusion.'], ['present']],
    [
      'an unknown header in capitals ends it',
      ['FAMILY HISTORY: colon cancer', 'MEDICATIONS: none', 'Pleural effusion.'],
      ['present'],
    ],
    ['a header in the block itself wins', ['FAMILY HISTORY:', 'FINDINGS: effusion'], ['present']],
    ['no header at all', ['Cough.', 'No pneumothorax.'], ['absent']],
    [
      'a block without findings passes it on',
      ['HISTORY:', 'Seen today.', 'Pneumothorax.'],
      ['historical'],
    ],
  ])('%s', (_name, blocks, lastStatuses) => {
    expectSameReading(blocks);
    expect(
      readInTurn(blocks)
        .at(-1)!
        .map((f) => f.status),
    ).toEqual(lastStatuses);
  });

  it('says the section at the end: the last header, else the one it started in', () => {
    expect(detector.read('FAMILY HISTORY: none').sectionAtEnd).toBe('family-history');
    expect(detector.read('IMPRESSION:\nNo effusion.').sectionAtEnd).toBe('impression');
    expect(detector.read('MEDICATIONS: none').sectionAtEnd).toBe('other');
    expect(detector.read('No effusion.').sectionAtEnd).toBeUndefined();
    expect(detector.read('No effusion.', { sectionAtStart: 'indication' }).sectionAtEnd).toBe(
      'indication',
    );
    expect(detector.read('', { sectionAtStart: 'comparison' }).sectionAtEnd).toBe('comparison');
  });

  it('detect(text) is read(text) with no section before it', () => {
    const text = 'FAMILY HISTORY: lung cancer.\nFINDINGS: No pleural effusion. Possible pneumonia?';
    expect(detector.detect(text)).toEqual(detector.read(text).findings);
    expect(detector.read(text, {}).findings).toEqual(detector.detect(text));
  });

  const headers = [
    'FINDINGS:',
    'IMPRESSION:',
    'IMPRESSION',
    'INDICATION:',
    'Indication:',
    'HISTORY:',
    'FAMILY HISTORY:',
    'PAST MEDICAL HISTORY:',
    'COMPARISON:',
    'MEDICATIONS:',
    'TECHNIQUE:',
    'Clinical history:',
  ];
  const sentences = [
    'Small left pleural effusion.',
    'No pneumothorax.',
    'pneumonia?',
    'Rule out pulmonary embolism.',
    'Possible atelectasis',
    'history of heterotopic ossification',
    'mother had lung cancer',
    'Mild bilateral hip joint space loss; no fracture.',
    'cardiomegaly is unchanged',
    'The heart is mildly enlarged.',
    '1. Mild cardiomegaly.',
    '- right upper lobe nodule',
    'no focal consolidation or effusion',
  ];
  const piece = fc.oneof(fc.constantFrom(...headers), fc.constantFrom(...sentences));
  const joiner = fc.constantFrom(' ', '\n', '\n\n', ' ', '. ');
  const block = fc.array(fc.tuple(piece, joiner), { maxLength: 6 }).map((parts) =>
    parts
      .map(([p, j]) => p + j)
      .join('')
      .trimEnd(),
  );

  it('gives every block the statuses the joined text gives it (property)', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 2, maxLength: 5 }), (blocks) => {
        expectSameReading(blocks);
      }),
      { numRuns: 400, seed: 20240601 },
    );
  });
});
