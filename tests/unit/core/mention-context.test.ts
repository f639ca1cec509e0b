import { describe, expect, it } from 'vitest';
import { mentionContext } from '../../../utils/core/mention-context';

/** [text, mention, expected before, expected after] */
const rows: [string, string, string, string][] = [
  ['Small left pleural effusion.', 'pleural effusion', 'Small left ', '.'],
  [
    'FINDINGS: The heart is normal. Small left pleural effusion. No pneumothorax.',
    'pleural effusion',
    'Small left ',
    '.',
  ],
  ['Nodule measures 1.5 cm. Next sentence.', 'Nodule', '', ' measures 1.5 cm.'],
  [
    'A 1.8 x 1.2 cm nodule in the right lung. Stable.',
    'nodule',
    'A 1.8 x 1.2 cm ',
    ' in the right lung.',
  ],
  ['Is there a pneumothorax? No.', 'pneumothorax', 'Is there a ', '?'],
  ['IMPRESSION\n\nMild cardiomegaly\n\nNo effusion', 'cardiomegaly', 'Mild ', ''],
  ['No   pneumothorax\nor effusion.', 'pneumothorax', 'No ', ' or effusion.'],
  ['effusion', 'effusion', '', ''],
  [
    'FINDINGS:\nSolid nodule in the right upper lobe.',
    'nodule',
    'Solid ',
    ' in the right upper lobe.',
  ],
  ['CLINICAL HISTORY: Cough. IMPRESSION: Mild cardiomegaly.', 'cardiomegaly', 'Mild ', '.'],
  ['Comparison: Nodule, 6 mm.', 'Nodule', 'Comparison: ', ', 6 mm.'],
  // The sentence ends where the detector's does: a line opening with a capital starts one.
  ['No focal infiltrates\nIMPRESSION: Emphysema.', 'infiltrates', 'No focal ', ''],
  ['Small effusion\nand atelectasis.', 'effusion', 'Small ', ' and atelectasis.'],
  // A section name in capitals before a colon is a header after other words too.
  [
    'History: Shortness of breath FINDINGS: The heart is enlarged.',
    'heart',
    'The ',
    ' is enlarged.',
  ],
];

describe('mentionContext', () => {
  it.each(rows)('%j around %j', (text, mention, before, after) => {
    const start = text.indexOf(mention);
    expect(mentionContext(text, start, start + mention.length)).toEqual({ before, after });
  });

  it('cuts a long sentence at a word, marking the cut', () => {
    const text = `${'word '.repeat(100)}atelectasis ${'more '.repeat(100)}.`;
    const start = text.indexOf('atelectasis');
    const { before, after } = mentionContext(text, start, start + 11, 40);
    expect(before.startsWith('…')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(42);
    expect(after.length).toBeLessThanOrEqual(42);
    expect(before).toMatch(/^…word( word)* $/);
  });

  it('shows a sentence that starts or ends just at the limit whole, without a mark', () => {
    const text = 'Stable. Mild nodule here. Next.';
    const start = text.indexOf('nodule');
    expect(mentionContext(text, start, start + 6, 6)).toEqual({ before: 'Mild ', after: ' here.' });
  });

  it('never reaches past the text at either end', () => {
    for (const text of ['', 'a', 'x.y', '...']) {
      expect(() => mentionContext(text, 0, text.length)).not.toThrow();
    }
  });
});
