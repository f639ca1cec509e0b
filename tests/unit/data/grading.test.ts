/**
 * Grades and their sources: the grading systems file, the check of a grade against its
 * system, and the convention that every built-in item graded above consensus names the
 * reference whose grade it carries.
 */
import { describe, expect, it } from 'vitest';
import gradingFile from '../../../data/grading.json';
import { GRADING_SYSTEMS, gradeProblem, gradesOf, readGrade } from '../../../utils/core/grading';
import { Evidence, Strength, Topic as TopicSchema, type Topic } from '../../../utils/core/schema';
import { seedTopics } from '../../tools/topics';

const items = (t: Topic) => [
  ...t.sections.flatMap((s) => s.items),
  ...t.branches.flatMap((g) => g.branches),
];
const isConsensus = (i: { strength: string; evidence: string }) =>
  i.strength === 'consensus' && i.evidence === 'expert-opinion';

describe('data/grading.json', () => {
  it.each(Object.entries(gradingFile.systems))('%s maps onto the schema scales', (id, spec) => {
    const s = spec as Record<string, unknown>;
    const format = s.format as string;
    // One symbol for both, or a strength word and an evidence word (or a fixed evidence).
    if ('both' in s) expect(format).toContain('{g}');
    else expect([format.includes('{s}'), format.includes('{e}')]).toEqual([true, 'evidence' in s]);
    expect('evidence' in s && 'fixedEvidence' in s, `${id}: evidence or fixedEvidence`).toBe(false);
    const grades = [...gradesOf(id)];
    expect(grades.length).toBeGreaterThan(1);
    for (const [grade, meaning] of grades) {
      expect(Strength.safeParse(meaning.strength).success, `${id} ${grade}`).toBe(true);
      expect(Evidence.safeParse(meaning.evidence).success, `${id} ${grade}`).toBe(true);
    }
  });
});

/** Grades as sources state them, with the meaning RadLens must read (undefined: not a grade). */
const GRADES: [system: string, grade: string, meaning: string | undefined][] = [
  ['accp', '1B', 'strong/moderate'],
  ['accp', '2C', 'weak/low'],
  ['accp', '1D', undefined],
  ['esc', 'Class I, level C', 'strong/expert-opinion'],
  ['esc', 'Class IIa, level B', 'moderate/moderate'],
  ['esc', 'Class III, level A', 'strong/high'],
  ['esc', 'Class I level C', undefined],
  ['acc-aha', 'COR 2b, LOE C-LD', 'weak/low'],
  ['acc-aha', 'COR 3: Harm, LOE B-NR', 'strong/moderate'],
  ['grade', 'Conditional; low certainty', 'weak/low'],
  ['grade', 'Strong; very low certainty', 'strong/very-low'],
  ['sign', 'Grade B', 'moderate/moderate'],
  ['sign', 'Good practice point', undefined],
  ['aaos', 'Limited', 'weak/low'],
  ['eular', 'LoE 2b, SoR B', 'moderate/moderate'],
  ['aua', 'Conditional; evidence grade C', 'weak/low'],
  ['uspstf', 'Grade B; moderate certainty', 'moderate/moderate'],
  ['nice', 'Consider', 'weak/not-graded'],
  ['grade-strength', 'Conditional', 'weak/not-graded'],
  ['nice', 'Offer', 'strong/not-graded'],
  ['acr-ac', 'Usually not appropriate', 'strong/not-graded'],
  ['oxford', 'Level 2b, grade B', 'moderate/moderate'],
  ['bts', 'Conditional—by consensus', 'weak/expert-opinion'],
  ['bts', 'Strong', 'strong/not-graded'],
  ['easl-loe', 'LoE 3, strong recommendation', 'strong/low'],
  ['no-such-system', '1A', undefined],
];

describe('readGrade', () => {
  it.each(GRADES)('%s "%s" -> %s', (system, grade, meaning) => {
    const read = readGrade(system, grade);
    expect(read && `${read.strength}/${read.evidence}`).toBe(meaning);
  });
});

describe('gradeProblem', () => {
  const esc = { id: 'esc-2015', grading: 'esc' };
  it.each([
    [{ strength: 'strong', evidence: 'expert-opinion', grade: 'Class I, level C' }, esc, undefined],
    [
      { strength: 'strong', evidence: 'high', grade: 'Class I, level C' },
      esc,
      'states grade "Class I, level C" (esc: strong / expert-opinion) but is marked strong / high',
    ],
    [{ strength: 'strong', evidence: 'high' }, esc, 'is graded by "esc-2015" but states no grade'],
    [
      { strength: 'strong', evidence: 'high', grade: '1A' },
      { id: 'acr-2017' },
      'is graded by "acr-2017", which declares no grading system',
    ],
  ])('%o by %o', (item, reference, problem) => {
    expect(gradeProblem(item, reference)).toBe(problem);
  });

  it('the schema refuses a topic whose grade disagrees with its source', () => {
    const t = structuredClone(seedTopics.find((x) => x.id === 'pulmonary-nodule')!);
    const g = t.branches.findIndex((x) => x.branches.some((b) => b.gradedBy));
    const b = t.branches[g]!.branches.findIndex((x) => x.gradedBy);
    const branch = t.branches[g]!.branches[b]!;
    const meaning = readGrade('accp', branch.grade!)!;
    branch.evidence = meaning.evidence === 'high' ? 'low' : 'high';
    const issues = TopicSchema.safeParse(t).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        `branches.${g}.branches.${b}.grade`,
        `states grade "${branch.grade}" (accp: ${meaning.strength} / ${meaning.evidence}) but is marked ${branch.strength} / ${branch.evidence}`,
      ],
    ]);
  });
});

describe('a grade names its source, in every built-in topic', () => {
  it.each(seedTopics.map((t) => [t.id, t] as const))('%s', (_id, topic) => {
    const unnamed = items(topic)
      .filter((i) => !isConsensus(i) && i.gradedBy === undefined)
      .map((i) => ('condition' in i ? i.condition : i.text).slice(0, 80));
    expect(unnamed, 'graded above consensus without gradedBy').toEqual([]);
    const byId = new Map(topic.references.map((r) => [r.id, r]));
    for (const item of items(topic).filter((i) => i.gradedBy)) {
      const source = byId.get(item.gradedBy!)!;
      expect(['guideline', 'research']).toContain(source.kind);
      expect(GRADING_SYSTEMS).toContain(source.grading);
      expect(source.short, `${source.id} has a short name for the panel`).toBeDefined();
    }
  });

  it('one reference id means one grading system and one short name in every topic', () => {
    const seen = new Map<string, string>();
    for (const t of seedTopics) {
      for (const r of t.references) {
        const key = `${r.grading ?? '-'} | ${r.short ?? '-'}`;
        if (r.grading === undefined && r.short === undefined) continue;
        expect(seen.get(r.id) ?? key, `${t.id}: ${r.id}`).toBe(key);
        seen.set(r.id, key);
      }
    }
  });
});
