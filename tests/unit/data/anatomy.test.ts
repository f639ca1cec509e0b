/**
 * The anatomy vocabulary: phrases to site ids (numbered series included), contextual part
 * phrases resolved by the organ named nearby, the part-of hierarchy, panel labels, and the
 * errors a bad vocabulary raises, each naming the path at fault.
 */
import { describe, expect, it } from 'vitest';
import anatomyFile from '../../../data/anatomy.json';
import { compileAnatomy } from '../../../utils/core/anatomy';

const anatomy = compileAnatomy(anatomyFile);

/**
 * Sites as the vocabulary must know them: phrases that name each, contextual phrases that name
 * it beside another site, the sites it is part of (or not), its panel label and whether it
 * takes a side. The tests below read this one table.
 */
interface SiteRow {
  id: string;
  phrases?: string[];
  beside?: [phrase: string, near: string][];
  partOf?: string[];
  notPartOf?: string[];
  label?: string;
  sided?: boolean;
}
const SITES: SiteRow[] = [
  { id: 'kidney', phrases: ['kidney', 'renal'], notPartOf: ['kidney'], label: 'kidney' },
  { id: 'liver', phrases: ['hepatic'], notPartOf: ['liver-segment-7'] },
  { id: 'spleen', phrases: ['Splenic'] },
  { id: 'adnexa', phrases: ['adnexal'] },
  { id: 'ovary', phrases: ['ovarian'] },
  { id: 'lung', phrases: ['pulmonary'] },
  { id: 'kidney-interpolar-region', phrases: ['interpolar region'] },
  { id: 'lung-upper-lobe', phrases: ['right upper lobe'] },
  { id: 'infrarenal-aorta', phrases: ['infrarenal aorta'], partOf: ['aorta'] },
  { id: 'aortic-arch', phrases: ['aortic arch'] },
  { id: 'femoral-neck', phrases: ['femoral neck'] },
  { id: 'sigmoid-colon', phrases: ['sigmoid colon'] },
  { id: 'common-bile-duct', phrases: ['CBD'] },
  {
    id: 'rib-7',
    phrases: ['seventh rib', '7th rib', 'rib 7'],
    partOf: ['rib'],
    label: 'seventh rib',
    sided: true,
  },
  { id: 'rib-1', phrases: ['first rib'] },
  { id: 'rib-12', phrases: ['12th rib'] },
  {
    id: 'vertebra-l1',
    phrases: ['L1'],
    partOf: ['lumbar-spine', 'spine'],
    label: 'L1 vertebra',
    sided: false,
  },
  { id: 'vertebra-c2', phrases: ['C2'] },
  { id: 'vertebra-s1', phrases: ['S1'] },
  { id: 'vertebra-t12', phrases: ['T12 vertebral body'] },
  {
    id: 'liver-segment-7',
    phrases: ['segment VII', 'segment 7'],
    partOf: ['liver'],
    label: 'liver, segment 7',
    sided: false,
  },
  { id: 'liver-segment-4', phrases: ['hepatic segment 4'] },
  {
    id: 'kidney-lower-pole',
    beside: [['lower pole', 'kidney']],
    partOf: ['kidney'],
    label: 'kidney, lower pole',
    sided: true,
  },
  { id: 'spleen-lower-pole', beside: [['lower pole', 'spleen']], notPartOf: ['kidney'] },
  { id: 'kidney-cortex', beside: [['cortex', 'kidney-lower-pole']] },
  { id: 'cerebral-cortex', beside: [['cortex', 'temporal-lobe']] },
  { id: 'liver-right-lobe', beside: [['right lobe', 'liver']] },
  { id: 'thyroid-right-lobe', beside: [['right lobe', 'thyroid']] },
  { id: 'vertebra-t2', beside: [['T2', 'spine']] },
  { id: 'lingula', partOf: ['lung'] },
  { id: 'femoral-head', partOf: ['femur'], sided: true },
  { id: 'knee-patellofemoral-compartment', partOf: ['knee'] },
  { id: 'thyroid-isthmus', label: 'thyroid, isthmus' },
  { id: 'uncinate-process', label: 'pancreas, head, uncinate process' },
  { id: 'ascending-aorta', label: 'ascending aorta' },
];

describe('data/anatomy.json', () => {
  it('compiles, with 120+ sites and every parent known', () => {
    expect(anatomy.sites.size).toBeGreaterThanOrEqual(120);
    for (const site of anatomy.sites.values())
      if (site.partOf) expect(anatomy.sites.has(site.partOf), site.id).toBe(true);
  });

  it.each(SITES.flatMap((s) => (s.phrases ?? []).map((phrase) => [phrase, s.id])))(
    '"%s" names %s',
    (phrase, id) => expect(anatomy.lookup(phrase)).toBe(id),
  );

  it.each(['lower pole', 'cortex', 'right lobe', 'T2', 'cbd'])(
    '"%s" names no site on its own',
    (phrase) => expect(anatomy.lookup(phrase)).toBeUndefined(),
  );

  it.each(SITES.flatMap((s) => (s.beside ?? []).map(([phrase, near]) => [phrase, near, s.id])))(
    '"%s" beside %s is %s',
    (phrase, near, id) => expect(anatomy.resolvePart(phrase, near)).toBe(id),
  );

  it('a contextual phrase beside a site with several such parts, or none, names none', () => {
    expect(anatomy.resolvePart('lower pole', 'abdomen')).toBeUndefined();
    expect(anatomy.resolvePart('lower pole', 'lung')).toBeUndefined();
  });

  it.each(
    SITES.flatMap((s) => [
      ...(s.partOf ?? []).map((other) => [s.id, other, true] as const),
      ...(s.notPartOf ?? []).map((other) => [s.id, other, false] as const),
    ]),
  )('%s is part of %s: %s', (id, ancestor, expected) => {
    expect(anatomy.isPartOf(id, ancestor)).toBe(expected);
  });

  it('lists ancestors nearest first', () => {
    expect(anatomy.ancestorsOf('infrarenal-aorta')).toEqual(['abdominal-aorta', 'aorta']);
  });

  it.each(SITES.filter((s) => s.label !== undefined))('$id reads "$label"', ({ id, label }) => {
    expect(anatomy.describeSite(id)).toBe(label);
  });

  it.each(SITES.filter((s) => s.sided !== undefined))(
    '$id takes a side: $sided',
    ({ id, sided }) => {
      expect(anatomy.sites.get(id)?.sided).toBe(sided);
    },
  );
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
