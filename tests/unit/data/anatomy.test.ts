/**
 * The anatomy vocabulary: phrases to site ids (numbered series included), contextual part
 * phrases resolved by the organ named nearby, the part-of hierarchy, panel labels, and the
 * errors a bad vocabulary raises, each naming the path at fault.
 */
import { describe, expect, it } from 'vitest';
import anatomyFile from '../../../data/anatomy.json';
import { compileAnatomy } from '../../../utils/core/anatomy';

const anatomy = compileAnatomy(anatomyFile);

describe('data/anatomy.json', () => {
  it('compiles, with 120+ sites and every parent known', () => {
    expect(anatomy.sites.size).toBeGreaterThanOrEqual(120);
    for (const site of anatomy.sites.values())
      if (site.partOf) expect(anatomy.sites.has(site.partOf), site.id).toBe(true);
  });

  it.each([
    ['kidney', 'kidney'],
    ['renal', 'kidney'],
    ['hepatic', 'liver'],
    ['Splenic', 'spleen'],
    ['adnexal', 'adnexa'],
    ['ovarian', 'ovary'],
    ['pulmonary', 'lung'],
    ['interpolar region', 'kidney-interpolar-region'],
    ['right upper lobe', 'lung-upper-lobe'],
    ['infrarenal aorta', 'infrarenal-aorta'],
    ['aortic arch', 'aortic-arch'],
    ['femoral neck', 'femoral-neck'],
    ['sigmoid colon', 'sigmoid-colon'],
    ['CBD', 'common-bile-duct'],
    ['seventh rib', 'rib-7'],
    ['7th rib', 'rib-7'],
    ['rib 7', 'rib-7'],
    ['first rib', 'rib-1'],
    ['12th rib', 'rib-12'],
    ['L1', 'vertebra-l1'],
    ['C2', 'vertebra-c2'],
    ['S1', 'vertebra-s1'],
    ['T12 vertebral body', 'vertebra-t12'],
    ['segment VII', 'liver-segment-7'],
    ['segment 7', 'liver-segment-7'],
    ['hepatic segment 4', 'liver-segment-4'],
  ])('"%s" names %s', (phrase, id) => {
    expect(anatomy.lookup(phrase)).toBe(id);
  });

  it.each(['lower pole', 'cortex', 'right lobe', 'T2', 'cbd'])(
    '"%s" names no site on its own',
    (phrase) => expect(anatomy.lookup(phrase)).toBeUndefined(),
  );

  it.each([
    ['lower pole', 'kidney', 'kidney-lower-pole'],
    ['lower pole', 'spleen', 'spleen-lower-pole'],
    ['cortex', 'kidney-lower-pole', 'kidney-cortex'],
    ['cortex', 'temporal-lobe', 'cerebral-cortex'],
    ['right lobe', 'liver', 'liver-right-lobe'],
    ['right lobe', 'thyroid', 'thyroid-right-lobe'],
    ['T2', 'spine', 'vertebra-t2'],
    ['lower pole', 'abdomen', undefined],
    ['lower pole', 'lung', undefined],
  ])('"%s" beside %s is %s', (phrase, near, id) => {
    expect(anatomy.resolvePart(phrase, near)).toBe(id);
  });

  it.each([
    ['kidney-lower-pole', 'kidney', true],
    ['vertebra-l1', 'lumbar-spine', true],
    ['vertebra-l1', 'spine', true],
    ['rib-7', 'rib', true],
    ['liver-segment-7', 'liver', true],
    ['infrarenal-aorta', 'aorta', true],
    ['lingula', 'lung', true],
    ['femoral-head', 'femur', true],
    ['knee-patellofemoral-compartment', 'knee', true],
    ['kidney', 'kidney', false],
    ['liver', 'liver-segment-7', false],
    ['spleen-lower-pole', 'kidney', false],
  ])('%s is part of %s: %s', (id, ancestor, expected) => {
    expect(anatomy.isPartOf(id, ancestor)).toBe(expected);
  });

  it('lists ancestors nearest first', () => {
    expect(anatomy.ancestorsOf('infrarenal-aorta')).toEqual(['abdominal-aorta', 'aorta']);
  });

  it.each([
    ['kidney-lower-pole', 'kidney, lower pole'],
    ['liver-segment-7', 'liver, segment 7'],
    ['thyroid-isthmus', 'thyroid, isthmus'],
    ['uncinate-process', 'pancreas, head, uncinate process'],
    ['rib-7', 'seventh rib'],
    ['vertebra-l1', 'L1 vertebra'],
    ['ascending-aorta', 'ascending aorta'],
    ['kidney', 'kidney'],
  ])('%s reads "%s"', (id, label) => {
    expect(anatomy.describeSite(id)).toBe(label);
  });

  it.each([
    ['kidney-lower-pole', true],
    ['rib-7', true],
    ['femoral-head', true],
    ['liver-segment-7', false],
    ['vertebra-l1', false],
  ])('%s takes a side: %s', (id, sided) => {
    expect(anatomy.sites.get(id)?.sided).toBe(sided);
  });
});

describe('compileAnatomy rejects a bad vocabulary, naming the path', () => {
  const site = (id: string, more: object = {}) => ({ id, label: id, kind: 'structure', ...more });
  const file = (sites: object[], numbered: object[] = []) => ({ about: 'test', sites, numbered });

  it.each([
    [
      'a cycle',
      file([site('a', { partOf: 'b' }), site('b', { partOf: 'a' })]),
      'sites[0].partOf: cycle a -> b -> a',
    ],
    [
      'an unknown parent',
      file([site('a', { partOf: 'nowhere' })]),
      'sites[0].partOf: unknown site "nowhere"',
    ],
    [
      'a duplicate id',
      file([site('a'), site('a')]),
      'sites[1].id: duplicate id "a" (first at sites[0])',
    ],
    [
      'a phrase naming two sites',
      file([site('a', { nouns: ['pole'] }), site('b', { adjectives: ['Pole'] })]),
      'sites[1]: phrase "pole" names both "a" and "b"',
    ],
    [
      'a contextual phrase that is also a plain phrase',
      file([site('a', { nouns: ['pole'] }), site('b', { partOf: 'a', contextual: ['pole'] })]),
      'sites[1].contextual: "pole"',
    ],
    [
      'a contextual phrase without a parent',
      file([site('a', { contextual: ['pole'] })]),
      'sites[0].contextual: a contextual phrase needs a partOf',
    ],
    [
      'a numbered part clashing with a site',
      file(
        [site('rib'), site('rib-2')],
        [
          {
            of: 'rib',
            idPattern: 'rib-{n}',
            labelPattern: 'rib {n}',
            kind: 'structure',
            partOf: 'rib',
            from: 1,
            to: 3,
            forms: ['rib {n}'],
          },
        ],
      ),
      'numbered[0] (rib 2).id: duplicate id "rib-2" (first at sites[1])',
    ],
    ['a bad id', file([site('Left Kidney')]), 'sites.0.id: must be a kebab-case id'],
    ['an unknown field', file([site('a', { side: 'left' })]), 'sites.0: Unrecognized key'],
  ])('%s', (_what, data, message) => {
    expect(() => compileAnatomy(data)).toThrow(message);
  });
});
