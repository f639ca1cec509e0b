/**
 * `Detector.read`: a report read block by block, each block given where the block before it
 * ended (its section, the organs its header names, the study), gives every block's findings the statuses that reading the blocks
 * joined by blank lines gives them in one call. This is what lets a page scanner read one
 * changed block without the text around it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedTopics } from '../../../data/index';
import { createDetector } from '../../../utils/core/detect';
import type { Finding } from '../../../utils/core/schema';
import type { ReportPlace } from '../../../utils/core/sections';

const detector = createDetector(seedTopics);
const SEPARATOR = '\n\n';

/** [topicId, start, end, status, site] of each finding, offsets moved by `shift`. */
const statuses = (findings: readonly Finding[], shift = 0) =>
  findings.map((f) => [f.topicId, f.start + shift, f.end + shift, f.status, f.site]);

/** Each block's findings, read one by one with the place carried over. */
function readInTurn(blocks: readonly string[]): Finding[][] {
  let place: ReportPlace | undefined;
  return blocks.map((block) => {
    const { findings, atEnd } = detector.read(block, { atStart: place });
    place = atEnd;
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
    [
      'a header in the block itself wins',
      ['FAMILY HISTORY:', 'FINDINGS: pleural effusion'],
      ['present'],
    ],
    ['the study goes on', ['CHEST RADIOGRAPH', 'Small effusion.'], ['present']],
    ['an organ header goes on', ['KIDNEYS:', '4 mm stone.', 'Simple cyst.'], ['present']],
    [
      'a later study ends the one before',
      ['Chest radiograph.', 'CT of the abdomen.', 'No mass.'],
      [],
    ],
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
    const sectionAtEnd = (text: string, atStart?: ReportPlace) =>
      detector.read(text, { atStart }).atEnd.section;
    expect(sectionAtEnd('FAMILY HISTORY: none')).toBe('family-history');
    expect(sectionAtEnd('IMPRESSION:\nNo effusion.')).toBe('impression');
    expect(sectionAtEnd('MEDICATIONS: none')).toBe('other');
    expect(sectionAtEnd('No effusion.')).toBeUndefined();
    expect(sectionAtEnd('No effusion.', { section: 'indication' })).toBe('indication');
    expect(sectionAtEnd('', { section: 'comparison' })).toBe('comparison');
  });

  it('says the organs and the study at the end', () => {
    expect(detector.read('LIVER: normal.').atEnd).toEqual({ section: 'other', organs: ['liver'] });
    expect(detector.read('LUNGS AND PLEURA: clear.').atEnd.organs).toEqual(['lung', 'pleura']);
    expect(detector.read('FINDINGS: normal.', { atStart: { organs: ['liver'] } }).atEnd).toEqual({
      section: 'findings',
    });
    expect(detector.read('CT of the chest without contrast.').atEnd).toEqual({ study: 'chest' });
    // A study named as a comparison is not this report's study.
    expect(detector.read('COMPARISON: chest radiograph 2019.').atEnd.study).toBeUndefined();
    // A header that names the study names no organ.
    expect(detector.read('CT CHEST: see below').atEnd.organs).toBeUndefined();
    const place = { study: 'chest' };
    expect(detector.read('No change.', { atStart: place }).atEnd).toBe(place);
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
    'CHEST RADIOGRAPH',
    'CT of the abdomen',
    'KIDNEYS:',
    'LIVER:',
    'small effusion',
    '2 cm cyst in the lower pole',
    'The spleen is enlarged.',
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
