/**
 * ConText-style assertion of an arbitrary span: the mention is found with indexOf of a marker
 * phrase, so the rules are exercised on generic conditions as well as the built-in topics.
 */
import { describe, expect, it } from 'vitest';
import { assessMention, sentenceAround, type Assertion } from '../../../utils/core/context';

type Flag = 'negated' | 'possible' | 'historical' | 'hypothetical';
type Row = [text: string, marker: string, status: Assertion['status'], flags: Flag[]];

const rows: Row[] = [
  // Plain assertion
  ['Small left pleural effusion.', 'pleural effusion', 'present', []],
  ['Known pleural effusion.', 'pleural effusion', 'present', []],
  ['The fracture is not displaced.', 'fracture', 'present', []],
  // Negation before the mention
  ['No pleural effusion.', 'pleural effusion', 'absent', ['negated']],
  ['NO PNEUMOTHORAX.', 'PNEUMOTHORAX', 'absent', ['negated']],
  ['No pleural effusion or pneumothorax.', 'pneumothorax', 'absent', ['negated']],
  [
    'No acute fracture, dislocation, or pleural effusion.',
    'pleural effusion',
    'absent',
    ['negated'],
  ],
  ['Lungs are clear without pneumothorax.', 'pneumothorax', 'absent', ['negated']],
  ['No evidence of fracture.', 'fracture', 'absent', ['negated']],
  ['Negative for pneumothorax.', 'pneumothorax', 'absent', ['negated']],
  ['The abdomen is free of ascites.', 'ascites', 'absent', ['negated']],
  ['Absence of pleural effusion.', 'pleural effusion', 'absent', ['negated']],
  ['No new fracture.', 'fracture', 'absent', ['negated']],
  ['Patient denies chest pain.', 'chest pain', 'absent', ['negated']],
  ['No nodule larger than 0.5 cm or pleural effusion.', 'pleural effusion', 'absent', ['negated']],
  // Negation after the mention
  ['Pneumothorax is not seen.', 'Pneumothorax', 'absent', ['negated']],
  ['Pleural effusions are not seen.', 'Pleural effusions', 'absent', ['negated']],
  ['Free air is not identified.', 'Free air', 'absent', ['negated']],
  ['Pneumothorax has resolved.', 'Pneumothorax', 'absent', ['negated']],
  ['The pleural effusion is absent.', 'pleural effusion', 'absent', ['negated']],
  ['Fracture was excluded.', 'Fracture', 'absent', ['negated']],
  // Pseudo-triggers
  ['No change in the fracture.', 'fracture', 'present', []],
  ['No interval change in the small left pleural effusion.', 'pleural effusion', 'present', []],
  ['No significant change in pneumothorax.', 'pneumothorax', 'present', []],
  ['Gram negative pneumonia.', 'pneumonia', 'present', []],
  ['61-year-old with fracture of the left radius.', 'fracture', 'present', []],
  ['A 45 years old man with pneumothorax.', 'pneumothorax', 'present', []],
  // Possible
  ['Possible small pleural effusion.', 'pleural effusion', 'possible', ['possible']],
  ['Opacity may represent pneumonia.', 'pneumonia', 'possible', ['possible']],
  ['Pneumothorax cannot be excluded.', 'Pneumothorax', 'possible', ['possible']],
  ['Pneumothorax is not excluded.', 'Pneumothorax', 'possible', ['possible']],
  ['Cannot exclude a small pneumothorax.', 'pneumothorax', 'possible', ['possible']],
  ['Lucency suspicious for fracture.', 'fracture', 'possible', ['possible']],
  ['Questionable fracture of the fifth metatarsal.', 'fracture', 'possible', ['possible']],
  ['Probable pneumonia in the left lower lobe.', 'pneumonia', 'possible', ['possible']],
  ['Fracture is suspected.', 'Fracture', 'possible', ['possible']],
  ['Pleural effusion is possible.', 'Pleural effusion', 'possible', ['possible']],
  ['Pleural effusion versus atelectasis.', 'Pleural effusion', 'possible', ['possible']],
  ['Pleural effusion versus atelectasis.', 'atelectasis', 'possible', ['possible']],
  // Historical
  ['History of pneumothorax.', 'pneumothorax', 'historical', ['historical']],
  ['Hx of pneumothorax.', 'pneumothorax', 'historical', ['historical']],
  ['Prior fracture of the left tibia.', 'fracture', 'historical', ['historical']],
  ['Healed rib fracture.', 'fracture', 'historical', ['historical']],
  ['Old fracture of the distal radius.', 'fracture', 'historical', ['historical']],
  ['Remote fracture of the right clavicle.', 'fracture', 'historical', ['historical']],
  ['s/p fracture fixation.', 'fracture', 'historical', ['historical']],
  ['Status post cholecystectomy.', 'cholecystectomy', 'historical', ['historical']],
  // Hypothetical
  ['Evaluate for pneumothorax.', 'pneumothorax', 'hypothetical', ['hypothetical']],
  ['Evaluation for pulmonary embolism.', 'pulmonary embolism', 'hypothetical', ['hypothetical']],
  ['Rule out fracture.', 'fracture', 'hypothetical', ['hypothetical']],
  ['r/o fracture.', 'fracture', 'hypothetical', ['hypothetical']],
  ['Radiograph to exclude pneumothorax.', 'pneumothorax', 'hypothetical', ['hypothetical']],
  [
    'If pneumothorax develops, repeat the radiograph.',
    'pneumothorax',
    'hypothetical',
    ['hypothetical'],
  ],
  // Combined triggers: the status follows the precedence, every flag is kept
  ['No history of fracture.', 'fracture', 'absent', ['negated', 'historical']],
  ['Possible prior fracture.', 'fracture', 'possible', ['possible', 'historical']],
  // Semicolons end a scope
  ['No fracture; small pleural effusion.', 'pleural effusion', 'present', []],
  ['Pneumothorax is not seen; pleural effusion.', 'pleural effusion', 'present', []],
  ['Possible pneumothorax; no pleural effusion.', 'pneumothorax', 'possible', ['possible']],
  ['Possible pneumothorax; no pleural effusion.', 'pleural effusion', 'absent', ['negated']],
  // Termination terms end a scope
  [
    'No pneumothorax, however there is a small pleural effusion.',
    'pleural effusion',
    'present',
    [],
  ],
  ['No pneumothorax, but there is a small pleural effusion.', 'pleural effusion', 'present', []],
  ['Fracture of the left radius, however no dislocation.', 'dislocation', 'absent', ['negated']],
  ['Fracture of the left radius, however no dislocation.', 'Fracture', 'present', []],
  ['Not only pleural effusion but also consolidation.', 'pleural effusion', 'present', []],
  ['Mild cardiomegaly, otherwise no pleural effusion.', 'cardiomegaly', 'present', []],
  // A trigger in another sentence does not apply
  [
    'There is no pneumothorax. A small pleural effusion is present.',
    'pleural effusion',
    'present',
    [],
  ],
  ['Pleural effusion. No pneumothorax.', 'Pleural effusion', 'present', []],
  ['Pleural effusion is present. There is no pneumothorax.', 'Pleural effusion', 'present', []],
  ['No pneumothorax! Pleural effusion.', 'Pleural effusion', 'present', []],
  ['No pneumothorax? Pleural effusion.', 'Pleural effusion', 'present', []],
  ['No pneumothorax\nSmall pleural effusion.', 'pleural effusion', 'present', []],
  ['Rule out fracture.\r\nPleural effusion.', 'Pleural effusion', 'present', []],
  ['History of pneumothorax. Fracture of the left radius.', 'Fracture', 'present', []],
];

const allFlags: Flag[] = ['negated', 'possible', 'historical', 'hypothetical'];

describe('assessMention: status and flags', () => {
  it.each(rows)('"%s" [%s] -> %s %j', (text, marker, status, flags) => {
    const start = text.indexOf(marker);
    expect(start).toBeGreaterThanOrEqual(0);
    const a = assessMention(text, start, start + marker.length);
    expect(a.status).toBe(status);
    expect(allFlags.filter((flag) => a[flag])).toEqual(flags);
    expect(a.experiencer).toBe('patient');
  });
});

const otherRows: [text: string, marker: string][] = [
  ['Family history of breast cancer.', 'breast cancer'],
  ['Mother with breast cancer.', 'breast cancer'],
  ['Father had colon cancer.', 'colon cancer'],
  ['Uncle with aortic aneurysm.', 'aortic aneurysm'],
  ['Sister with hip osteoarthritis.', 'hip osteoarthritis'],
];

describe('assessMention: experiencer', () => {
  it.each(otherRows)('"%s" [%s] is about someone else', (text, marker) => {
    const start = text.indexOf(marker);
    const a = assessMention(text, start, start + marker.length);
    expect(a.experiencer).toBe('other');
    expect(a.status).toBe('other-person');
  });

  it.each([
    ['Mother had breast cancer; patient has a pleural effusion.', 'pleural effusion'],
    ['Family history of aneurysm, but the patient has a fracture.', 'fracture'],
    ['Family history of aneurysm. Fracture of the left radius.', 'Fracture'],
  ])('"%s" [%s] is about the patient', (text, marker) => {
    const start = text.indexOf(marker);
    const a = assessMention(text, start, start + marker.length);
    expect(a.experiencer).toBe('patient');
    expect(a.status).toBe('present');
  });
});

describe('sentenceAround', () => {
  it.each([
    [
      'No pneumothorax. Small pleural effusion. Normal heart.',
      'pleural effusion',
      'Small pleural effusion',
    ],
    [
      'Findings:\nSmall pleural effusion\nImpression: none',
      'pleural effusion',
      'Small pleural effusion',
    ],
    [
      'A 1.5 cm nodule and pleural effusion.',
      'pleural effusion',
      'A 1.5 cm nodule and pleural effusion',
    ],
    ['Pleural effusion', 'Pleural effusion', 'Pleural effusion'],
  ])('"%s" [%s] -> "%s"', (text, marker, sentence) => {
    const start = text.indexOf(marker);
    const [from, to] = sentenceAround(text, start, start + marker.length);
    expect(text.slice(from, to).trim()).toBe(sentence);
  });
});

describe('assessMention: known gaps', () => {
  // Bug: the post-mention rules pair "is"/"are" for "not seen", "absent" and "excluded", but
  // only have "is suspected"; a plural mention followed by "are suspected" stays "present".
  it.fails('"Pleural effusions are suspected." is possible', () => {
    const text = 'Pleural effusions are suspected.';
    const a = assessMention(text, 0, 'Pleural effusions'.length);
    expect(a.status).toBe('possible');
  });
});
