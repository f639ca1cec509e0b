/**
 * branchesFor: per branch group of a real topic, the branches that fit a finding's sizes, by
 * the measure the group's guideline uses (largest dimension, mean of long and short axes,
 * short axis, attenuation), never by a number the report does not give. One row per case.
 */
import { describe, expect, it } from 'vitest';
import { branchesFor } from '../../../utils/core/branches';
import { seedTopics } from '../../tools/topics';

const topic = (id: string) => {
  const found = seedTopics.find((t) => t.id === id);
  if (!found) throw new Error(`no topic ${id}`);
  return found;
};

/** The conditions of the fitting branches of the group whose title matches `group`. */
function fitting(id: string, group: RegExp, sizes: string[]): string[] {
  const t = topic(id);
  const g = t.branches.findIndex((b) => group.test(b.title));
  if (g < 0) throw new Error(`${id} has no group ${String(group)}`);
  const hits = branchesFor(t, { sizes })[g]!;
  return hits.map((i) => t.branches[g]!.branches[i]!.condition);
}

describe('branchesFor on every topic with measured branches', () => {
  it.each([
    // Fleischner 2017 (Bankier 2017): the mean of long and short axes, rounded to whole mm.
    ['pulmonary-nodule', /single solid/, ['9 x 7 mm'], /^Single solid nodule 6-8 mm/],
    ['pulmonary-nodule', /single solid/, ['6 mm'], /^Single solid nodule 6-8 mm/],
    ['pulmonary-nodule', /single solid/, ['5 x 4 mm'], /^Single solid nodule <6 mm/],
    ['pulmonary-nodule', /single solid/, ['1.2 x 0.8 cm'], /^Single solid nodule >8 mm/],
    ['pulmonary-nodule', /single solid/, ['9 x 8 mm'], /^Single solid nodule >8 mm/],
    ['pulmonary-nodule', /single solid/, ['10 x 6 x 5 mm'], /^Single solid nodule 6-8 mm/],
    ['pulmonary-nodule', /multiple solid/, ['7 x 5 mm'], /^Multiple solid nodules, at least/],
    ['pulmonary-nodule', /subsolid/, ['4 mm'], /<6 mm/],
    ['lung-opacity', /ground-glass/, ['8 x 6 mm'], /6 mm/],
    // Munden 2018 and the ACR 2013 white paper: the short axis of a node.
    ['lymphadenopathy', /mediastinal/, ['1.8 x 1.2 cm'], /^Under 15 mm/],
    ['lymphadenopathy', /mediastinal/, ['2.2 x 1.6 cm'], /^15 mm or more/],
    ['lymphadenopathy', /mediastinal/, ['14 mm'], /^Under 15 mm/],
    ['lymphadenopathy', /abdominal or pelvic/, ['1.4 x 0.8 cm'], /^Under 10 mm/],
    ['lymphadenopathy', /abdominal or pelvic/, ['1.4 x 1.1 cm'], /^10 mm or more/],
    // ESC 2015: moderate is 10-20 mm, large over 20 mm.
    ['pericardial-effusion', /ESC 2015/, ['20 mm'], /^Moderate, 10-20 mm/],
    ['pericardial-effusion', /ESC 2015/, ['10 mm'], /^Moderate, 10-20 mm/],
    ['pericardial-effusion', /ESC 2015/, ['2.1 cm'], /^Large, over 20 mm/],
    ['pericardial-effusion', /ESC 2015/, ['8 mm'], /^Mild, under 10 mm/],
    // ACR 2017 (Megibow): 1.5 to 2.5 cm inclusive, then over 2.5 cm.
    ['pancreatic-cyst', /surveillance by size/, ['2.5 cm'], /^1\.5 to 2\.5 cm/],
    ['pancreatic-cyst', /surveillance by size/, ['1.5 cm'], /^1\.5 to 2\.5 cm/],
    ['pancreatic-cyst', /surveillance by size/, ['2.6 cm'], /^Over 2\.5 cm/],
    ['pancreatic-cyst', /surveillance by size/, ['3 cm'], /^3 cm or more/],
    ['pancreatic-cyst', /surveillance by size/, ['4 mm'], /^Under 5 mm/],
    // Largest dimension.
    ['abdominal-aortic-aneurysm', /SVS 2018/, ['3.4 cm'], /^Aneurysm 3\.0-3\.9 cm/],
    ['abdominal-aortic-aneurysm', /SVS 2018/, ['5.6 x 5.2 cm'], /^Aneurysm 5\.5 cm or more/],
    ['thoracic-aortic-aneurysm', /Ascending/, ['4.6 cm'], /^4\.0-4\.9 cm/],
    ['thoracic-aortic-aneurysm', /Descending/, ['5.8 cm'], /^5\.5 cm or more/],
    ['adnexal-cyst', /before the menopause/, ['3 cm'], /^Up to 5 cm/],
    ['adnexal-cyst', /after the menopause/, ['4 x 3 cm'], /^Over 3 cm and under 10 cm/],
    ['adrenal-nodule', /Size/, ['2.1 x 1.8 cm'], /^1 to under 4 cm/],
    ['adrenal-nodule', /Size/, ['4.2 cm'], /^4 cm or more/],
    ['gallbladder-polyp', /ESGAR/, ['7 mm'], /^6-9 mm/],
    ['gallbladder-polyp', /ESGAR/, ['12 mm'], /^10 mm or more/],
    ['liver-lesion', /ACR 2017/, ['8 mm'], /lesion under/],
    ['nephrolithiasis', /ureteric stone/, ['4 x 3 mm'], /^5 mm or less/],
    ['nephrolithiasis', /ureteric stone/, ['8 mm'], /^Over 5 mm up to 10 mm/],
    // Attenuation: Hounsfield units only, never a length.
    ['adrenal-nodule', /attenuation/, ['2.1 cm', '-12 HU'], /^10 HU or less/],
    ['adrenal-nodule', /attenuation/, ['2.1 cm', '24 HU'], /^Over 10 HU/],
    ['bone-island', /attenuation/, ['1100 HU'], /^Mean attenuation 885 HU or more/],
    ['osteopenia', /L1/, ['95 HU'], /^Below about 110 HU/],
  ])('%s (%s) %j', (id, group, sizes, expected) => {
    const hits = fitting(id, group, sizes);
    expect(hits.length, `${id} ${sizes.join(', ')}: ${hits.join(' | ')}`).toBeGreaterThan(0);
    for (const condition of hits) expect(condition).toMatch(expected);
  });

  it.each([
    // A length is no attenuation, and an attenuation no length.
    ['adrenal-nodule', /attenuation/, ['2.1 cm']],
    ['adrenal-nodule', /Size/, ['8 HU']],
    // The interpleural distance at the hilum is not the size of an apical pneumothorax.
    ['pneumothorax', /BTS 2010/, ['1.5 cm']],
    // Classes and scores are not read from sizes.
    ['renal-cyst', /Bosniak/, ['3 cm']],
    ['thyroid-nodule', /TI-RADS/, ['14 mm']],
    ['knee-osteoarthritis', /Kellgren/, ['3 mm']],
    ['pulmonary-nodule', /single solid/, []],
  ])('%s (%s) %j fits no branch', (id, group, sizes) => {
    expect(fitting(id, group, sizes)).toEqual([]);
  });

  it('returns one list per branch group, empty without sizes', () => {
    const nodule = topic('pulmonary-nodule');
    expect(branchesFor(nodule, {})).toEqual(nodule.branches.map(() => []));
    expect(branchesFor(nodule, { sizes: ['9 x 7 mm'] })).toHaveLength(nodule.branches.length);
  });

  it('every built-in group with ranged branches declares its measure', () => {
    for (const t of seedTopics) {
      for (const g of t.branches) {
        if (g.branches.some((b) => b.range)) expect(g.measure, `${t.id}: ${g.title}`).toBeDefined();
      }
    }
  });
});
