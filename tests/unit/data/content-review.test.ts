/**
 * The corrections of the clinical content review (issue "Urgency per finding, grades with
 * their source"), each held by a test so that no later edit undoes it quietly.
 */
import { describe, expect, it } from 'vitest';
import { Topic as TopicSchema, type Topic } from '../../../utils/core/schema';
import { branchesFor } from '../../../utils/core/branches';
import { seedTopics } from '../../tools/topics';

const topic = (id: string): Topic => {
  const found = seedTopics.find((t) => t.id === id);
  if (!found) throw new Error(`no topic ${id}`);
  return found;
};
/** The branches of every decision table of a topic, and the items of its sections. */
const branchesOf = (id: string) => topic(id).branches.flatMap((g) => g.branches);
const sectionItemsOf = (id: string) => topic(id).sections.flatMap((s) => s.items);
const items = (t: Topic) => [
  ...t.sections.flatMap((s) => s.items),
  ...t.branches.flatMap((g) => g.branches),
];
const textOf = (item: ReturnType<typeof items>[number]) =>
  'recommendation' in item ? `${item.condition}: ${item.recommendation}` : item.text;
const grade = (item: { strength: string; evidence: string }) => `${item.strength}/${item.evidence}`;

describe('grades as their sources give them', () => {
  it.each(['pulmonary-nodule', 'lung-opacity'])(
    '%s: pure ground-glass branches are Fleischner 1B (strong, moderate)',
    (id) => {
      const ggn = branchesOf(id).filter((b) => /pure ground-glass/i.test(b.condition));
      expect(ggn.length).toBeGreaterThanOrEqual(2);
      for (const b of ggn) {
        expect(grade(b), b.condition).toBe('strong/moderate');
        expect([b.gradedBy, b.grade], b.condition).toEqual(['fleischner-2017', '1B']);
      }
    },
  );

  it('thyroid-nodule: TR1 and TR2 say what to avoid (FNA); TI-RADS is consensus', () => {
    const tirads = topic('thyroid-nodule').branches.find((g) => /TI-RADS/.test(g.title))!;
    for (const b of tirads.branches.filter((b) => /^TR[12]\b/.test(b.condition))) {
      expect(b.action, b.condition).toBe('avoid');
    }
    for (const item of items(topic('thyroid-nodule'))) {
      if (item.refs.some((r) => r === 'acr-tirads-2017' || r === 'acr-incidental-thyroid-2015')) {
        expect(grade(item), textOf(item)).toBe('consensus/expert-opinion');
      }
    }
  });

  it('adnexal-cyst: SRU 2019 and O-RADS items are consensus', () => {
    for (const item of items(topic('adnexal-cyst'))) {
      if (item.refs.some((r) => r === 'sru-adnexal-2019' || r === 'orads-us-2020')) {
        expect(grade(item), textOf(item)).toBe('consensus/expert-opinion');
      }
    }
  });

  it('hip-osteoarthritis: NSAIDs and exercise strong, acetaminophen conditional', () => {
    const hip = sectionItemsOf('hip-osteoarthritis');
    const find = (pattern: RegExp) => hip.find((i) => pattern.test(i.text))!;
    expect(find(/oral NSAID/).strength).toBe('strong');
    expect(find(/physical therapy/).strength).toBe('strong');
    expect(find(/^Acetaminophen/).strength).toBe('weak');
  });

  it('the opioid item is graded the same in hip-osteoarthritis and osteoarthritis, citing OARSI', () => {
    const opioid = (id: string) =>
      sectionItemsOf(id).find((i) => i.action === 'avoid' && /opioids/.test(i.text))!;
    expect(grade(opioid('hip-osteoarthritis'))).toBe(grade(opioid('osteoarthritis')));
    expect(opioid('hip-osteoarthritis').refs).toContain('oarsi-2019');
  });

  it('cardiomegaly and pulmonary-vascular-congestion grade the NICE NG106 table alike', () => {
    const table = (id: string) =>
      topic(id)
        .branches.find((g) => /NG106/.test(g.title))!
        .branches.map((b) => [b.action, grade(b)]);
    expect(table('pulmonary-vascular-congestion')).toEqual(table('cardiomegaly'));
  });
});

describe('a grade names its source', () => {
  it('every named source is a reference of the item, of a kind that grades', () => {
    let named = 0;
    for (const t of seedTopics) {
      const byId = new Map(t.references.map((r) => [r.id, r]));
      for (const item of items(t)) {
        if (!item.gradedBy) continue;
        named++;
        expect(item.refs, `${t.id}: ${textOf(item)}`).toContain(item.gradedBy);
        expect(['guideline', 'research']).toContain(byId.get(item.gradedBy)?.kind);
        expect(grade(item), 'a named source gives a grade').not.toBe('consensus/expert-opinion');
      }
    }
    expect(named).toBeGreaterThanOrEqual(4);
  });
});

describe('wording the review asked for', () => {
  it.each(['airspace-opacity', 'lung-opacity'])(
    '%s states ATS/IDSA 2019 and BTS 2009 on follow-up imaging as a conflict, citing both',
    (id) => {
      const followUp = sectionItemsOf(id).filter(
        (i) => /ATS\/IDSA/.test(i.text) && /BTS/.test(i.text),
      );
      expect(followUp.length).toBeGreaterThan(0);
      for (const i of followUp)
        expect(i.refs).toEqual(expect.arrayContaining(['ats-idsa-2019', 'bts-cap-2009']));
    },
  );

  it('vertebral-compression-fracture no longer recommends calcitonin', () => {
    for (const item of items(topic('vertebral-compression-fracture'))) {
      expect(textOf(item)).not.toMatch(/calcitonin/i);
    }
  });

  it('gallbladder-polyp says plainly that SRU 2022 is the less interventional', () => {
    const all = items(topic('gallbladder-polyp')).map(textOf).join(' ');
    expect(all).toMatch(/SRU 2022[^.]*less interventional/);
  });
});

describe('references: one of each, named exactly', () => {
  const cited = seedTopics.flatMap((t) => t.references.map((r) => ({ topic: t.id, ...r })));

  it('the GOLD 2025 report has its exact title and one year everywhere', () => {
    const gold = cited.filter((r) =>
      /GOLD|Global Initiative for Chronic Obstructive/.test(r.source),
    );
    expect(gold.length).toBeGreaterThanOrEqual(2);
    for (const r of gold) {
      expect(r.title).toBe(
        'Global Strategy for Prevention, Diagnosis and Management of COPD: 2025 Report',
      );
    }
    expect(new Set(gold.map((r) => r.year)).size).toBe(1);
  });

  it('the Fleischner glossary (Hansell 2008) is one review, the same everywhere', () => {
    const glossary = cited.filter((r) => /glossary of terms for thoracic imaging/i.test(r.title));
    expect(glossary.length).toBeGreaterThanOrEqual(5);
    const without = ({ topic: _topic, ...reference }: (typeof glossary)[number]) => reference;
    for (const r of glossary) {
      expect(without(r), r.topic).toEqual(without(glossary[0]!));
      expect(r.kind).toBe('review');
    }
  });

  it('the ACR knee trauma criteria are one id wherever they are cited', () => {
    const knee = cited.filter((r) => /acute trauma to the knee/i.test(r.title));
    expect(knee.length).toBeGreaterThanOrEqual(2);
    expect(new Set(knee.map((r) => r.id))).toEqual(new Set(['acr-knee-trauma-2020']));
  });

  it('identifiers checked against the publisher: the ESC 2015 pericardial PMID', () => {
    const esc = cited.find((r) => r.id === 'esc-pericardial-2015');
    expect(esc?.pmid).toBe('26320112');
  });

  it('identifiers that could not be confirmed on a primary page are not cited', () => {
    const ids = cited.flatMap((r) => [r.pmid, r.doi]);
    for (const unconfirmed of [
      '18195376',
      '20696693',
      '10.1136/thx.2010.137000',
      '10.1056/NEJMra1007236',
    ]) {
      expect(ids).not.toContain(unconfirmed);
    }
    // Stołtny 2007: its journal and year could not be confirmed, so it is cited nowhere.
    expect(cited.filter((r) => /^stoltny/.test(r.id))).toEqual([]);
  });

  it('the ACC/AHA 2022 aortic guideline carries its confirmed DOI and PMID in every copy', () => {
    const copies = cited.filter((r) => r.id === 'acc-aha-aorta-2022');
    expect(copies.length).toBeGreaterThanOrEqual(2);
    for (const r of copies) {
      expect([r.doi, r.pmid], r.topic).toEqual(['10.1161/CIR.0000000000001106', '36322642']);
    }
  });
});

describe('the schema holds the rules', () => {
  const nodule = () => structuredClone(topic('pulmonary-nodule'));

  it('refuses a grade named after a reference the item does not cite', () => {
    const t = nodule();
    t.sections[0]!.items[0]!.gradedBy = 'hansell-2008';
    t.sections[0]!.items[0]!.refs = ['fleischner-2017'];
    const issues = TopicSchema.safeParse(t).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['sections.0.items.0.gradedBy', 'is graded by "hansell-2008", which the item does not cite'],
    ]);
  });

  it('a pack table written before measures still parses and reads the largest dimension', () => {
    const t = nodule();
    delete t.branches[0]!.measure;
    const parsed = TopicSchema.parse(t);
    // 9 x 7 mm: largest 9 mm (> 8 mm), where the declared mean of axes gives 8 mm.
    expect(branchesFor(parsed, { sizes: ['9 x 7 mm'] })[0]).toEqual([4]);
    expect(branchesFor(topic('pulmonary-nodule'), { sizes: ['9 x 7 mm'] })[0]).toEqual([2, 3]);
  });
});
