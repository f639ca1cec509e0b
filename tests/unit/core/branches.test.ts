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
    [['-8 HU'], [{ value: -8, unit: 'HU' }]],
    [['\u221215 HU'], [{ value: -15, unit: 'HU' }]],
    [['10 - 20 HU'], [{ value: 20, unit: 'HU' }]],
    [['0 HU'], [{ value: 0, unit: 'HU' }]],
    [['5-8 mm'], [{ value: 8, unit: 'mm' }]],
    [['.5 cm'], [{ value: 5, unit: 'mm' }]],
    [['0.55 cm'], [{ value: 5.5, unit: 'mm' }]],
    [['1.25 cm'], [{ value: 12.5, unit: 'mm' }]],
    [['2x3cm'], [{ value: 30, unit: 'mm' }]],
    [['1.8 X 1.2 CM'], [{ value: 18, unit: 'mm' }]],
    [['4 centimetres'], [{ value: 40, unit: 'mm' }]],
    [['T2 5 mm'], [{ value: 5, unit: 'mm' }]],
    [
      ['6 mm and 8 mm'],
      [
        { value: 6, unit: 'mm' },
        { value: 8, unit: 'mm' },
      ],
    ],
    [['12 mmHg'], []],
    [['5 HUs'], []],
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
    expect(parseSizes(sizes)).toStrictEqual(expected);
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
    [['29 mm'], ['Ectatic aorta, 2.5-2.9 cm']],
    [['5.4 cm'], ['Aneurysm 5.0-5.4 cm']],
    [['5.5 cm'], ['Aneurysm 5.5 cm or more']],
    [['3.2 cm', '4.6 cm'], ['Aneurysm 4.0-4.9 cm']],
    [['2.0 cm'], []],
    [['10 HU'], []],
    [[], []],
  ])('abdominal aortic aneurysm %j', (sizes, expected) => {
    expect(conditions('abdominal-aortic-aneurysm', /SVS 2018/, sizes)).toEqual(expected);
  });

  it.each([
    [['6 mm'], [2, 3]],
    [['5 mm'], [0, 1]],
    [['8 mm'], [2, 3]],
    [['9 mm'], [4]],
    [['1.2 x 0.8 cm'], [4]],
    [['5.4 mm'], [0, 1]],
    [['0.55 cm'], [2, 3]],
    [['8.5 mm'], [4]],
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

  it.each([
    [['10 HU'], [0]],
    [['-15 HU'], [0]],
    [['10.5 HU'], [1]],
    [['3 HU', '40 HU'], [1]],
  ])('adrenal nodule attenuation %j', (sizes, expected) => {
    expect(matchingBranches(group('adrenal-nodule', /attenuation/), sizes)).toEqual(expected);
  });

  it.each([
    ['adnexal-cyst', /before the menopause/, ['5 cm'], [0]],
    ['adnexal-cyst', /before the menopause/, ['5.1 cm'], [1]],
    ['adnexal-cyst', /after the menopause/, ['10 cm'], [2]],
    ['nephrolithiasis', /ureteric stone/, ['0.5 cm'], [0]],
    ['nephrolithiasis', /ureteric stone/, ['11 mm'], [2]],
    ['lymphadenopathy', /mediastinal/, ['1.5 cm'], [1]],
    ['pancreatic-cyst', /surveillance by size/, ['2 cm'], [2]],
    // The interpleural distance at the hilum is not a size a report gives for a pneumothorax.
    ['pneumothorax', /BTS 2010/, ['19 mm'], []],
    ['thoracic-aortic-aneurysm', /Ascending/, ['3.9 cm'], []],
    ['thyroid-nodule', /TI-RADS/, ['4 mm'], []],
    ['knee-osteoarthritis', /Kellgren/, ['3 mm'], []],
  ])('%s (%s) %j -> %j', (id, title, sizes, expected) => {
    expect(matchingBranches(group(id, title), sizes)).toEqual(expected);
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
