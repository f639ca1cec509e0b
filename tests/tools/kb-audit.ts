/**
 * The knowledge-base bar every topic must clear, as data a clinician can read: counts of
 * recommendations, pitfalls, references (guidelines among them) and examples, the review
 * date, and the problems that keep a topic below the bar. Used by `npm run kb:report`.
 */
import { createDetector } from '../../utils/core/detect';
import type { Topic } from '../../utils/core/schema';

/** Fewest topics the knowledge base may hold. */
export const MIN_TOPICS = 60;

/** One topic's audit line. */
export interface TopicAudit {
  id: string;
  indicator: Topic['indicator'];
  recommendations: number;
  branches: number;
  pitfalls: number;
  references: number;
  guidelines: number;
  examples: number;
  /** Graded items (recommendations and branches) whose grade names its source. */
  gradedBySource: number;
  /** Items honestly ungraded: consensus / expert-opinion. */
  consensus: number;
  /** Items graded above consensus that do not yet name the reference that graded them. */
  gradedUnnamed: number;
  reviewed: string;
  problems: string[];
}

/** Audits every topic; examples are run through a detector built from all of them. */
export function auditTopics(topics: readonly Topic[]): TopicAudit[] {
  const detector = createDetector(topics);
  return topics.map((topic) => {
    const problems: string[] = [];
    const items = topic.sections.flatMap((s) => s.items);
    const branches = topic.branches.reduce((n, g) => n + g.branches.length, 0);
    const guidelines = topic.references.filter((r) => r.kind === 'guideline').length;
    if (items.length < 2) problems.push(`${items.length} recommendation(s); at least 2`);
    if (!items.some((i) => i.action === 'avoid') && topic.indicator !== 'critical') {
      // Not every finding has something to avoid; flagged only where nothing is said at all.
      if (!topic.sections.some((s) => /avoid|not/i.test(s.title))) {
        problems.push('no "what to avoid" item or section');
      }
    }
    if (topic.pitfalls.length < 2) problems.push(`${topic.pitfalls.length} pitfall(s); at least 2`);
    if (topic.references.length < 2) {
      problems.push(`${topic.references.length} reference(s); at least 2`);
    }
    for (const ref of topic.references) {
      if (!ref.title.trim() || !ref.source.trim() || !ref.year) {
        problems.push(`reference ${ref.id} lacks title, source or year`);
      }
    }
    for (const status of ['present', 'absent', 'possible'] as const) {
      if (!topic.examples.some((e) => e.status === status)) problems.push(`no ${status} example`);
    }
    for (const example of topic.examples) {
      const found = detector.detect(example.sentence).filter((f) => f.topicId === topic.id);
      if (!found.some((f) => f.status === example.status)) {
        problems.push(
          `example "${example.sentence}" should be ${example.status}, detector says ${found.map((f) => f.status).join('/') || 'nothing'}`,
        );
      }
    }
    const graded = [...items, ...topic.branches.flatMap((g) => g.branches)];
    const isConsensus = (i: { strength: string; evidence: string }) =>
      i.strength === 'consensus' && i.evidence === 'expert-opinion';
    return {
      id: topic.id,
      indicator: topic.indicator,
      recommendations: items.length,
      branches,
      pitfalls: topic.pitfalls.length,
      references: topic.references.length,
      guidelines,
      examples: topic.examples.length,
      gradedBySource: graded.filter((i) => i.gradedBy !== undefined).length,
      consensus: graded.filter(isConsensus).length,
      gradedUnnamed: graded.filter((i) => !isConsensus(i) && i.gradedBy === undefined).length,
      reviewed: topic.reviewed,
      problems,
    };
  });
}
