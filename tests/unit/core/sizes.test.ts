/** The sizes the detector reads next to a finding, as written (the branch matcher reads them). */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../utils/core/detect';
import { seedTopics } from '../../tools/topics';

const detector = createDetector(seedTopics);

describe('sizes read with a finding', () => {
  it.each([
    ['A 6 mm nodule in the right upper lobe.', 'pulmonary-nodule', ['6 mm']],
    ['Lung nodule measuring 1.8 x 1.2 cm.', 'pulmonary-nodule', ['1.8 x 1.2 cm']],
    ['Infrarenal abdominal aortic aneurysm, 4.5 cm.', 'abdominal-aortic-aneurysm', ['4.5 cm']],
    ['Left adrenal nodule, 1.5 cm, -15 HU.', 'adrenal-nodule', ['1.5 cm', '-15 HU']],
    ['Left adrenal nodule of −8 HU.', 'adrenal-nodule', ['−8 HU']],
    ['Right adrenal nodule, 2 cm, 25 HU.', 'adrenal-nodule', ['2 cm', '25 HU']],
    // A range's dash is not a minus sign.
    ['Pulmonary nodule 5-8 mm.', 'pulmonary-nodule', ['8 mm']],
  ])('%j', (sentence, topicId, sizes) => {
    const finding = detector.detect(sentence).find((f) => f.topicId === topicId);
    expect(finding?.sizes).toEqual(sizes);
  });
});
