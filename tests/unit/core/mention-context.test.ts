import { describe, expect, it } from 'vitest';
import { mentionContext } from '../../../utils/core/mention-context';

/** [text, the context expected around the mention, with the mention in brackets] */
const rows: [text: string, context: string][] = [
  ['Small left pleural effusion.', 'Small left [pleural effusion].'],
  [
    'FINDINGS: The heart is normal. Small left pleural effusion. No pneumothorax.',
    'Small left [pleural effusion].',
  ],
  ['Nodule measures 1.5 cm. Next sentence.', '[Nodule] measures 1.5 cm.'],
  [
    'A 1.8 x 1.2 cm nodule in the right lung. Stable.',
    'A 1.8 x 1.2 cm [nodule] in the right lung.',
  ],
  ['Is there a pneumothorax? No.', 'Is there a [pneumothorax]?'],
  ['IMPRESSION\n\nMild cardiomegaly\n\nNo effusion', 'Mild [cardiomegaly]'],
  ['No   pneumothorax\nor effusion.', 'No [pneumothorax] or effusion.'],
  ['effusion', '[effusion]'],
  ['FINDINGS:\nSolid nodule in the right upper lobe.', 'Solid [nodule] in the right upper lobe.'],
  ['CLINICAL HISTORY: Cough. IMPRESSION: Mild cardiomegaly.', 'Mild [cardiomegaly].'],
  ['Comparison: Nodule, 6 mm.', 'Comparison: [Nodule], 6 mm.'],
  // The sentence ends where the detector's does: a line opening with a capital starts one.
  ['No focal infiltrates\nIMPRESSION: Emphysema.', 'No focal [infiltrates]'],
  ['Small effusion\nand atelectasis.', 'Small [effusion] and atelectasis.'],
  // A section name in capitals before a colon is a header after other words too.
  ['History: Shortness of breath FINDINGS: The heart is enlarged.', 'The [heart] is enlarged.'],
];

describe('mentionContext', () => {
  it.each(rows)('%j -> %j', (text, context) => {
    const [before = '', mention = '', after = ''] = context.split(/[[\]]/);
    const start = text.indexOf(mention);
    expect(start, `"${mention}" in the text`).toBeGreaterThanOrEqual(0);
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
