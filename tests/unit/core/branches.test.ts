/** Reading sizes as reports write them, and pointing at the decision branch that fits. */
import { describe, expect, it } from 'vitest';
import { matchingBranches, parseSizes } from '../../../utils/core/branches';
import { seedTopics } from '../../tools/topics';

describe('parseSizes', () => {
  it.each([
    [['6 mm'], [{ value: 6, unit: 'mm' }]],
    [['4.5 cm'], [{ value: 45, unit: 'mm' }]],
    [['1.8 x 1.2 cm'], [{ value: 18, unit: 'mm' }]],
    [['12 × 9 × 30 mm'], [{ value: 30, unit: 'mm' }]],
    [['2 by 3 cm'], [{ value: 30, unit: 'mm' }]],
    [['5 HU'], [{ value: 5, unit: 'HU' }]],
    [['-8 HU'], [{ value: 8, unit: 'HU' }]],
    [['3 centimeters'], [{ value: 30, unit: 'mm' }]],
    [['7 millimeters'], [{ value: 7, unit: 'mm' }]],
    [
      ['1.5cm', '20 HU'],
      [
        { value: 15, unit: 'mm' },
        { value: 20, unit: 'HU' },
      ],
    ],
    [['moderate'], []],
    [[], []],
  ])('%j', (sizes, expected) => {
    expect(parseSizes(sizes)).toEqual(expected);
  });
});

const topic = (id: string) => seedTopics.find((t) => t.id === id)!;
const group = (id: string, title: RegExp) => topic(id).branches.find((g) => title.test(g.title))!;

describe('matchingBranches on the real topics', () => {
  const conditions = (id: string, title: RegExp, sizes: string[]) => {
    const g = group(id, title);
    return matchingBranches(g, sizes).map((i) => g.branches[i]!.condition);
  };

  it.each([
    [['2.7 cm'], ['Ectatic aorta, 2.5-2.9 cm']],
    [['3 cm'], ['Aneurysm 3.0-3.9 cm']],
    [['4.5 cm'], ['Aneurysm 4.0-4.9 cm']],
    [['49 mm'], ['Aneurysm 4.0-4.9 cm']],
    [['5.5 x 5.1 cm'], ['Aneurysm 5.5 cm or more']],
    [['2.0 cm'], []],
    [['10 HU'], []],
  ])('abdominal aortic aneurysm %j', (sizes, expected) => {
    expect(conditions('abdominal-aortic-aneurysm', /SVS 2018/, sizes)).toEqual(expected);
  });

  it.each([
    [['6 mm'], [2, 3]],
    [['5 mm'], [0, 1]],
    [['8 mm'], [2, 3]],
    [['9 mm'], [4]],
    [['1.2 x 0.8 cm'], [4]],
  ])('Fleischner single solid nodule %j', (sizes, expected) => {
    expect(matchingBranches(group('pulmonary-nodule', /single solid/), sizes)).toEqual(expected);
  });

  it('adrenal nodule: attenuation and size each pick their own branch', () => {
    const hu = group('adrenal-nodule', /attenuation/);
    const size = group('adrenal-nodule', /Size/);
    expect(matchingBranches(hu, ['2.1 cm', '8 HU'])).toEqual([0]);
    expect(matchingBranches(hu, ['2.1 cm', '25 HU'])).toEqual([1]);
    expect(matchingBranches(size, ['2.1 cm', '8 HU'])).toEqual([1]);
    expect(matchingBranches(size, ['9 mm'])).toEqual([0]);
    expect(matchingBranches(hu, ['2.1 cm'])).toEqual([]);
  });

  it('a branch without a range is never pointed at', () => {
    const subsolid = group('pulmonary-nodule', /subsolid/);
    const unranged = subsolid.branches.findIndex((b) => !b.range);
    expect(unranged).toBeGreaterThanOrEqual(0);
    for (const size of ['1 mm', '6 mm', '30 mm']) {
      expect(matchingBranches(subsolid, [size])).not.toContain(unranged);
    }
  });
});
