/** The knowledge-base bar of `npm run kb:report`: what passes and what is flagged. */
import { describe, expect, it } from 'vitest';
import { seedTopics } from '../../data/index';
import type { Topic } from '../../utils/core/schema';
import { auditTopics } from '../tools/kb-audit';

const model = seedTopics.find((t) => t.id === 'pleural-effusion')!;

/** A variant of a real topic with one thing wrong, and the problem it must produce. */
const flawed: [string, (t: Topic) => Topic, RegExp][] = [
  ['one pitfall', (t) => ({ ...t, pitfalls: t.pitfalls.slice(0, 1) }), /1 pitfall\(s\)/],
  [
    'one reference',
    (t) => ({
      ...t,
      references: t.references.slice(0, 1),
      pitfalls: t.pitfalls.map((p) => ({ ...p, refs: [] })),
      sections: t.sections.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, refs: [] })) })),
      branches: [],
    }),
    /1 reference\(s\)/,
  ],
  [
    'no possible example',
    (t) => ({ ...t, examples: t.examples.filter((e) => e.status !== 'possible') }),
    /no possible example/,
  ],
  [
    'an example the detector reads otherwise',
    (t) => ({
      ...t,
      examples: [...t.examples, { sentence: 'No pleural effusion.', status: 'present' }],
    }),
    /should be present, detector says absent/,
  ],
  [
    'a single recommendation',
    (t) => ({ ...t, sections: [{ ...t.sections[0]!, items: t.sections[0]!.items.slice(0, 1) }] }),
    /1 recommendation/,
  ],
];

describe('auditTopics', () => {
  it('passes every built-in topic', () => {
    const below = auditTopics(seedTopics).filter((a) => a.problems.length > 0);
    expect(below.map((a) => `${a.id}: ${a.problems.join('; ')}`)).toEqual([]);
  });

  it.each(flawed)('flags a topic with %s', (_what, spoil, problem) => {
    const [audit] = auditTopics([spoil(model)]);
    expect(audit!.problems.join('\n')).toMatch(problem);
  });

  it('counts what a clinician reads', () => {
    const [audit] = auditTopics([model]);
    expect(audit).toMatchObject({
      id: 'pleural-effusion',
      recommendations: model.sections.flatMap((s) => s.items).length,
      pitfalls: model.pitfalls.length,
      references: model.references.length,
      guidelines: model.references.filter((r) => r.kind === 'guideline').length,
      examples: model.examples.length,
      problems: [],
    });
  });
});
