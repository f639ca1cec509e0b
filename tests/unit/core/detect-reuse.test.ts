/**
 * A detector keeps its working arrays from one `detect` call to the next (scan buffers,
 * sentence lists, look-up cursors). None of that may leak into a result: each text gives the
 * findings a fresh detector gives it, whatever was detected before, larger or smaller, and
 * whichever other detector ran in between.
 */
import { describe, expect, it } from 'vitest';
import { seedTopics } from '../../../data/index';
import { createDetector } from '../../../utils/core/detect';

const report =
  'INDICATION: Right hip pain.\n\nFINDINGS:\nMild bilateral hip joint space loss; no fracture. A 6 mm right upper lobe nodule.\nSmall left pleural effusion, cannot exclude pneumonia?\n\nIMPRESSION:\n1. Mild hip OA.\n2. No pneumothorax.';
const long = Array.from({ length: 40 }, (_, i) => `${report}\n\nReport ${i}.`).join('\n\n');

const texts: [name: string, text: string][] = [
  ['a report', report],
  ['forty reports (more hits than the first scan held)', long],
  ['one sentence', 'No pleural effusion.'],
  ['no finding at all', 'The patient was seen today.'],
  ['empty text', ''],
  ['the report again', report],
];

const fresh = (text: string) => createDetector(seedTopics).detect(text);
const expected = new Map(texts.map(([, text]) => [text, fresh(text)]));

describe('detect: repeated calls on one detector give what a fresh detector gives', () => {
  const detector = createDetector(seedTopics);
  const other = createDetector(seedTopics);
  it.each(texts)('%s, after the texts before it', (_name, text) => {
    expect(detector.detect(text)).toEqual(expected.get(text));
  });
  it.each(texts)('%s, in reverse order with another detector in between', (_name, text) => {
    other.detect(long);
    expect(detector.detect(text)).toEqual(expected.get(text));
  });
  it('finds something in the texts that have findings', () => {
    expect(expected.get(report)!.length).toBeGreaterThan(3);
    expect(expected.get(long)!.length).toBe(40 * expected.get(report)!.length);
  });
});
