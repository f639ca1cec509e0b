/**
 * An EHR page is more than its reports: vitals, examination and problem-list wording that
 * holds a topic's word ("Body mass index is 31.") is no radiology finding. Each line here
 * must give no finding at all.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../utils/core/detect';
import { seedTopics } from '../../tools/topics';

const detector = createDetector(seedTopics);

describe('chart text that is no finding', () => {
  it.each([
    // Vitals and measurements.
    'Body mass index is 31.',
    'Body mass index (BMI) 28.4 kg/m2.',
    'BMI 31.2.',
    'Vitals: BP 132/84, HR 76, RR 16, SpO2 97% on room air, Temp 36.8 C.',
    'Weight 92 kg. Height 178 cm.',
    'Lean body mass 60 kg; fat mass 32 kg; fat-free mass 58 kg.',
    'Fat mass index 9.',
    'Skeletal muscle mass is reduced (sarcopenia screen).',
    'Bone mass density low for age on the last DXA.',
    // Examination.
    'Lungs: clear to auscultation bilaterally.',
    'Heart: regular rate and rhythm, no murmurs, rubs or gallops.',
    'No palpable mass in either breast on examination.',
    'Palpable mass in the left groin, tender.',
    'Legs: 2+ pitting edema to the mid shin bilaterally.',
    'Mild pedal edema; no calf tenderness.',
    'Skin: no rash.',
    // Problem lists, medications, allergies.
    'Problem list: Obesity, hypertension, type 2 diabetes mellitus, hyperlipidemia.',
    'Medications: atorvastatin 40 mg daily, metformin 500 mg twice daily.',
    'Allergies: penicillin (rash).',
    'Pain score 3/10.',
    'A critical mass of evidence now supports early mobilisation.',
  ])('%j', (line) => {
    expect(detector.detect(line).map((f) => `${f.topicId}: ${f.text}`)).toEqual([]);
  });

  it('a report sentence beside the chart text is still read', () => {
    const text = 'Body mass index is 31. CT: 2.1 cm mass in the right upper lobe.';
    expect(detector.detect(text).map((f) => [f.topicId, f.status])).toEqual([
      ['lung-mass', 'present'],
    ]);
  });
});
