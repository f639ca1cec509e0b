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
  // Joints: the generic joint, and each named joint under its limb or region.
  {
    id: 'joint',
    phrases: ['joint', 'joints', 'articular', 'intra-articular', 'intraarticular'],
    sided: false,
  },
  {
    id: 'knee',
    phrases: ['knee', 'knees', 'tricompartmental', 'bicompartmental', 'intercondylar'],
  },
  { id: 'elbow', phrases: ['elbow', 'elbows', 'elbow joint'] },
  { id: 'ankle', phrases: ['ankle', 'ankles'] },
  { id: 'shoulder', phrases: ['shoulder', 'shoulders'] },
  { id: 'wrist', phrases: ['wrist', 'wrists', 'wrist joint'] },
  { id: 'hip', phrases: ['hip', 'hips', 'hip joint', 'femoroacetabular'] },
  { id: 'acetabulum', phrases: ['acetabulum', 'acetabular'] },
  { id: 'femoral-head', phrases: ['femoral head'] },
  {
    id: 'suprapatellar-recess',
    phrases: ['suprapatellar recess', 'suprapatellar'],
    partOf: ['knee'],
    label: 'knee, suprapatellar recess',
  },
  {
    id: 'glenohumeral-joint',
    phrases: ['glenohumeral', 'glenohumeral joint', 'shoulder joint'],
    partOf: ['shoulder', 'upper-limb'],
    sided: true,
  },
  {
    id: 'acromioclavicular-joint',
    phrases: ['acromioclavicular', 'AC joint'],
    partOf: ['shoulder'],
  },
  {
    id: 'sternoclavicular-joint',
    phrases: ['sternoclavicular', 'sternoclavicular joints'],
    partOf: ['chest-wall'],
    sided: true,
  },
  {
    id: 'temporomandibular-joint',
    phrases: ['temporomandibular', 'temporomandibular joint', 'TMJ'],
    partOf: ['head'],
    sided: true,
  },
  { id: 'radiocarpal-joint', phrases: ['radiocarpal', 'radiocarpal joint'], partOf: ['wrist'] },
  {
    id: 'tibiotalar-joint',
    phrases: ['tibiotalar', 'tibiotalar joint', 'talocrural joint', 'ankle joint'],
    partOf: ['ankle'],
  },
  { id: 'subtalar-joint', phrases: ['subtalar', 'subtalar joint'], partOf: ['ankle'] },
  {
    id: 'metacarpophalangeal-joint',
    phrases: ['metacarpophalangeal', 'metacarpophalangeal joints', 'MCP joint', 'MCP'],
    partOf: ['hand'],
  },
  {
    id: 'metatarsophalangeal-joint',
    phrases: ['metatarsophalangeal', 'MTP joint', 'MTP'],
    partOf: ['foot'],
  },
  {
    id: 'hand-interphalangeal-joint',
    beside: [
      ['interphalangeal', 'hand'],
      ['PIP joint', 'hand'],
      ['interphalangeal joint', 'upper-limb'],
    ],
    label: 'hand, interphalangeal joint',
    sided: true,
  },
  {
    id: 'foot-interphalangeal-joint',
    beside: [
      ['interphalangeal', 'foot'],
      ['interphalangeal joints', 'lower-limb'],
    ],
  },
  {
    id: 'sacroiliac-joint',
    phrases: ['sacroiliac', 'sacroiliac joint', 'sacroiliac joints', 'SI joint'],
    partOf: ['pelvis'],
    sided: true,
  },
  { id: 'pubic-symphysis', phrases: ['pubic symphysis', 'symphysis pubis'], sided: false },
  { id: 'rotator-cuff', phrases: ['rotator cuff'], partOf: ['shoulder'] },
  // Knee compartments and the bones about the knee.
  {
    id: 'knee-tibiofemoral-joint',
    phrases: ['tibiofemoral', 'femorotibial', 'tibiofemoral joint', 'tibiofemoral compartments'],
    partOf: ['knee'],
    label: 'knee, tibiofemoral joint',
  },
  {
    id: 'knee-patellofemoral-compartment',
    phrases: ['patellofemoral', 'femoropatellar', 'patellofemoral joint'],
  },
  { id: 'knee-medial-compartment', beside: [['medial compartment', 'knee']] },
  { id: 'knee-lateral-compartment', beside: [['lateral compartment', 'knee']] },
  { id: 'patella', phrases: ['patella', 'patellar', 'patellae'] },
  {
    id: 'femoral-condyle',
    phrases: ['femoral condyle', 'femoral condyles', 'medial femoral condyle'],
    partOf: ['femur'],
    sided: true,
  },
  { id: 'intercondylar-notch', phrases: ['intercondylar notch'], partOf: ['femur'] },
  {
    id: 'tibial-plateau',
    phrases: ['tibial plateau', 'lateral tibial plateau', 'tibial plateaux'],
    partOf: ['tibia'],
    label: 'tibial plateau',
  },
  { id: 'femur', phrases: ['femur', 'femoral', 'femora'] },
  { id: 'greater-trochanter', phrases: ['greater trochanter'], partOf: ['femur'] },
  { id: 'lesser-trochanter', phrases: ['lesser trochanter'] },
  { id: 'humeral-head', phrases: ['humeral head', 'head of the humerus'], partOf: ['humerus'] },
  { id: 'fibula', phrases: ['fibula', 'fibular'], sided: true },
  { id: 'calcaneus', phrases: ['calcaneus', 'calcaneal', 'calcanei'], partOf: ['foot'] },
  { id: 'metatarsal', phrases: ['metatarsal', 'metatarsals'], partOf: ['foot'] },
  { id: 'metacarpal', phrases: ['metacarpal', 'metacarpals'], partOf: ['hand'] },
  // The spine: regions and their junctions, discs, facets, endplates, foramina, levels.
  { id: 'spine', phrases: ['spine', 'spinal', 'multilevel', 'multi-level'] },
  { id: 'lumbar-spine', phrases: ['lumbar', 'lumbar vertebrae'] },
  { id: 'cervical-spine', phrases: ['cervical spine', 'cervical vertebrae'] },
  {
    id: 'cervical-spine',
    beside: [
      ['cervical', 'spine'],
      ['cervical', 'intervertebral-disc'],
    ],
  },
  { id: 'cervix', beside: [['cervical', 'uterus']] },
  { id: 'thoracic-spine', phrases: ['thoracic spine', 'thoracic vertebrae'] },
  { id: 'thorax', phrases: ['thoracic'] },
  {
    id: 'lumbosacral-junction',
    phrases: ['lumbosacral', 'lumbosacral junction'],
    partOf: ['spine'],
  },
  { id: 'thoracolumbar-junction', phrases: ['thoracolumbar', 'thoracolumbar spine'] },
  { id: 'cervicothoracic-junction', phrases: ['cervicothoracic'] },
  { id: 'craniocervical-junction', phrases: ['craniocervical junction'] },
  {
    id: 'intervertebral-disc',
    phrases: ['disc', 'disk', 'discs', 'intervertebral', 'intervertebral disc', 'disc space'],
  },
  { id: 'vertebra', phrases: ['vertebral', 'vertebra', 'vertebrae'] },
  {
    id: 'facet-joint',
    phrases: ['facet', 'facets', 'facet joints'],
    partOf: ['spine'],
    sided: false,
  },
  {
    id: 'vertebral-endplate',
    phrases: ['endplate', 'endplates', 'end plate'],
    partOf: ['vertebra', 'spine'],
    label: 'vertebra, endplate',
  },
  { id: 'uncovertebral-joint', phrases: ['uncovertebral'], partOf: ['cervical-spine'] },
  {
    id: 'neural-foramen',
    phrases: ['foraminal', 'neural foramen', 'neural foramina', 'neuroforaminal'],
    partOf: ['spine'],
  },
  {
    id: 'atlantoaxial-joint',
    phrases: ['atlantoaxial', 'atlanto-axial'],
    partOf: ['cervical-spine'],
  },
  { id: 'atlantodental-joint', phrases: ['atlantodental', 'atlantodental interval'] },
  { id: 'vertebra-c7', phrases: ['C7', 'C7 vertebra'] },
  { id: 'vertebra-l5', phrases: ['L5', 'L5 level'] },
  {
    id: 'vertebra-t12',
    phrases: ['T12', 'T12 vertebra'],
    partOf: ['thoracic-spine'],
    label: 'T12 vertebra',
  },
  { id: 'vertebra-t5', phrases: ['T5', 'fifth thoracic vertebra'] },
  { id: 'vertebra-t3', phrases: ['T3 vertebra'], beside: [['T3', 'spine']] },
  { id: 'vertebra-t1', phrases: ['T1 vertebral body'], beside: [['T1', 'thoracic-spine']] },
  // Ribs: ordinals, numbers, plurals; a bare ordinal names a rib only beside a rib.
  { id: 'rib', phrases: ['rib', 'ribs'] },
  {
    id: 'rib-7',
    phrases: ['ribs 7'],
    beside: [
      ['seventh', 'rib-8'],
      ['7th', 'rib'],
    ],
  },
  { id: 'rib-8', phrases: ['eighth ribs', '8th ribs'] },
  // Thyroid.
  { id: 'thyroid', phrases: ['thyroid', 'thyroid lobe', 'thyroid gland'] },
  { id: 'thyroid-isthmus', phrases: ['thyroid isthmus'], beside: [['isthmus', 'thyroid']] },
  // Tissues found in every region.
  { id: 'lymph-node', phrases: ['lymph node', 'lymph nodes', 'node', 'nodal'], sided: false },
  { id: 'mediastinum', phrases: ['mediastinal'] },
  { id: 'axilla', phrases: ['axillary'] },
  { id: 'soft-tissue', phrases: ['soft tissue', 'soft tissues'] },
  {
    id: 'subcutaneous-tissue',
    phrases: ['subcutaneous', 'subcutaneous tissue', 'subcutaneous fat'],
    partOf: ['soft-tissue'],
  },
  { id: 'bone-marrow', phrases: ['marrow', 'bone marrow'], partOf: ['bone'] },
  { id: 'bone', phrases: ['bone', 'osseous', 'skeletal', 'bony'] },
  { id: 'skin', phrases: ['skin', 'cutaneous'] },
  // Vessels.
  { id: 'carotid-artery', phrases: ['carotid artery', 'carotid'], partOf: ['neck'], sided: true },
  {
    id: 'internal-carotid-artery',
    phrases: ['internal carotid artery'],
    partOf: ['carotid-artery'],
  },
  { id: 'common-carotid-artery', phrases: ['common carotid artery'] },
  { id: 'carotid-bulb', phrases: ['carotid bulb'], label: 'carotid artery, carotid bulb' },
  { id: 'iliac-artery', phrases: ['iliac artery', 'iliac arteries'], sided: true },
  { id: 'common-iliac-artery', phrases: ['common iliac artery'], partOf: ['iliac-artery'] },
  { id: 'internal-iliac-artery', phrases: ['internal iliac artery', 'hypogastric artery'] },
  { id: 'external-iliac-artery', phrases: ['external iliac artery'] },
  { id: 'femoral-artery', phrases: ['femoral artery'], partOf: ['lower-limb'] },
  { id: 'common-femoral-artery', phrases: ['common femoral artery'] },
  { id: 'superficial-femoral-artery', phrases: ['superficial femoral artery'] },
  { id: 'popliteal-artery', phrases: ['popliteal artery'], sided: true },
  { id: 'splenic-artery', phrases: ['splenic artery'] },
  { id: 'renal-artery', phrases: ['renal artery', 'renal arteries'], sided: true },
  { id: 'superior-mesenteric-artery', phrases: ['superior mesenteric artery', 'SMA'] },
  { id: 'superior-mesenteric-vein', phrases: ['SMV'] },
  { id: 'inferior-mesenteric-artery', phrases: ['inferior mesenteric artery'] },
  { id: 'celiac-artery', phrases: ['celiac artery', 'celiac trunk', 'celiac axis'] },
  { id: 'portal-vein', phrases: ['portal vein', 'portal'] },
  { id: 'hepatic-veins', phrases: ['hepatic veins', 'hepatic vein'], partOf: ['liver'] },
  { id: 'pulmonary-veins', phrases: ['pulmonary veins'] },
  // Lungs, pleura, airways.
  { id: 'lung', phrases: ['lung', 'lungs'] },
  {
    id: 'lung-base',
    phrases: ['lung base', 'lung bases'],
    beside: [
      ['base', 'lung'],
      ['basilar', 'lung-lower-lobe'],
    ],
    label: 'lung, base',
    sided: true,
  },
  {
    id: 'lung-hilum',
    phrases: ['hilar', 'hila', 'perihilar', 'pulmonary hilum'],
    beside: [['hilum', 'lung']],
  },
  { id: 'kidney-hilum', phrases: ['renal hilum'], beside: [['hilum', 'kidney']] },
  { id: 'liver-hilum', phrases: ['porta hepatis'], beside: [['hilum', 'liver']] },
  { id: 'spleen-hilum', phrases: ['splenic hilum'], beside: [['hilum', 'spleen']] },
  {
    id: 'lung-apex',
    phrases: ['lung apex', 'lung apices'],
    beside: [
      ['apex', 'lung'],
      ['apical', 'lung-upper-lobe'],
    ],
  },
  { id: 'heart-apex', phrases: ['cardiac apex'], beside: [['apex', 'heart']] },
  {
    id: 'lung-fissure',
    phrases: ['major fissure', 'minor fissure'],
    beside: [['fissure', 'lung']],
  },
  {
    id: 'costophrenic-angle',
    phrases: ['costophrenic angle', 'costophrenic angles', 'costophrenic'],
    partOf: ['pleura'],
  },
  { id: 'pleura', phrases: ['pleura', 'pleurae', 'pleural', 'pleural space'] },
  { id: 'airway', phrases: ['airway', 'airways'] },
  {
    id: 'bronchus',
    phrases: ['bronchus', 'bronchi', 'bronchial', 'endobronchial'],
    partOf: ['airway'],
    sided: true,
  },
  // Heart.
  { id: 'heart', phrases: ['heart', 'cardiac'] },
  { id: 'myocardium', phrases: ['myocardium', 'myocardial'], partOf: ['heart'] },
  { id: 'left-ventricle', phrases: ['left ventricle', 'left ventricular', 'LV'] },
  { id: 'right-ventricle', phrases: ['right ventricle', 'RV'] },
  { id: 'cardiac-atrium', phrases: ['atrium', 'atria', 'atrial'] },
  { id: 'left-atrium', phrases: ['left atrium'], partOf: ['cardiac-atrium', 'heart'] },
  { id: 'right-atrium', phrases: ['right atrial'] },
  // Brain and the cranial cavity.
  { id: 'brain', phrases: ['cerebral'] },
  { id: 'cranial-cavity', phrases: ['intracranial'], partOf: ['head'] },
  { id: 'white-matter', phrases: ['periventricular', 'subcortical'] },
  { id: 'supratentorial-compartment', phrases: ['supratentorial'], partOf: ['cranial-cavity'] },
  { id: 'posterior-fossa', phrases: ['infratentorial', 'posterior fossa'] },
  // Abdomen and pelvis.
  {
    id: 'gallbladder-wall',
    phrases: ['gallbladder wall'],
    beside: [['wall', 'gallbladder']],
    label: 'gallbladder, wall',
  },
  { id: 'bowel-wall', phrases: ['bowel wall'], beside: [['wall', 'sigmoid-colon']] },
  { id: 'bladder-wall', phrases: ['bladder wall'], beside: [['wall', 'bladder']] },
  { id: 'pancreas', phrases: ['pancreatic'] },
  { id: 'adrenal', phrases: ['adrenal'] },
  { id: 'endometrium', phrases: ['endometrial'] },
  { id: 'uterus', phrases: ['uterine'] },
  { id: 'testis', phrases: ['testicular', 'testes'] },
  { id: 'scrotum', phrases: ['scrotal'] },
  { id: 'prostate', phrases: ['prostatic'] },
  { id: 'bile-ducts', phrases: ['biliary'] },
  { id: 'mesentery', phrases: ['mesenteric'] },
  { id: 'peritoneum', phrases: ['peritoneal'] },
  { id: 'retroperitoneum', phrases: ['retroperitoneal'] },
  { id: 'pelvis', phrases: ['pelvic'] },
  { id: 'inguinal-region', phrases: ['inguinal', 'groin'], partOf: ['abdomen'], sided: true },
  { id: 'umbilical-region', phrases: ['umbilical', 'umbilicus'], partOf: ['abdominal-wall'] },
  { id: 'abdominal-wall', phrases: ['abdominal wall'], partOf: ['abdomen'] },
  // Breast, head and neck.
  { id: 'breast', phrases: ['breast', 'breasts', 'mammary'] },
  { id: 'orbit', phrases: ['orbit', 'orbital'] },
  { id: 'middle-ear', phrases: ['middle ear', 'middle ears'] },
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

  it.each([
    'lower pole',
    'cortex',
    'right lobe',
    'T2',
    'cbd',
    'T1',
    'T3',
    'T4',
    'seventh',
    '7th',
    'cervical',
    'interphalangeal',
    'hilum',
    'apex',
    'apical',
    'base',
    'basilar',
    'wall',
    'fissure',
    'isthmus',
    'bibasilar',
    'iliac',
  ])('"%s" names no site on its own', (phrase) => expect(anatomy.lookup(phrase)).toBeUndefined());

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
