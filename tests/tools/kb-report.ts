/**
 * `npm run kb:report`: the clinician-readable audit of the built-in knowledge base. Prints,
 * per topic, its recommendations, decision branches, pitfalls, references (guidelines among
 * them), examples, how many items are graded by a named source, consensus, or graded without
 * naming their source, and review date, then the oldest review date; exits 1 when any topic is
 * below the bar or there are fewer than MIN_TOPICS topics.
 */
import { auditTopics, MIN_TOPICS } from './kb-audit';
import { table } from './metrics';
import { seedTopics } from './topics';

const audits = auditTopics(seedTopics);
const rows = [
  [
    'topic',
    'indicator',
    'recs',
    'branches',
    'pitfalls',
    'refs',
    'guidelines',
    'examples',
    'by source',
    'consensus',
    'unnamed',
    'reviewed',
    'bar',
  ],
  ...audits.map((a) => [
    a.id,
    a.indicator,
    String(a.recommendations),
    String(a.branches),
    String(a.pitfalls),
    String(a.references),
    String(a.guidelines),
    String(a.examples),
    String(a.gradedBySource),
    String(a.consensus),
    String(a.gradedUnnamed),
    a.reviewed,
    a.problems.length === 0 ? 'ok' : 'BELOW',
  ]),
];
console.log(`RadLens knowledge base: ${audits.length} topics\n`);
console.log(table(rows));
const oldest = audits.reduce((o, a) => (a.reviewed < o.reviewed ? a : o), audits[0]!);
const noGuideline = audits.filter((a) => a.guidelines === 0).map((a) => a.id);
console.log(`\noldest review: ${oldest.reviewed} (${oldest.id})`);
console.log(
  `topics citing no guideline (none may exist; check): ${noGuideline.length ? noGuideline.join(', ') : 'none'}`,
);
const sum = (pick: (a: (typeof audits)[number]) => number) =>
  audits.reduce((n, a) => n + pick(a), 0);
console.log(
  `grades: ${sum((a) => a.gradedBySource)} items graded by a named source, ` +
    `${sum((a) => a.consensus)} consensus / expert-opinion, ` +
    `${sum((a) => a.gradedUnnamed)} graded without naming their source yet`,
);
const below = audits.filter((a) => a.problems.length > 0);
for (const a of below) console.log(`\n${a.id} is below the bar:\n  - ${a.problems.join('\n  - ')}`);
if (audits.length < MIN_TOPICS)
  console.log(`\nonly ${audits.length} topics; at least ${MIN_TOPICS}`);
if (below.length > 0 || audits.length < MIN_TOPICS) {
  console.log(`\nFAILED: ${below.length} topic(s) below the bar`);
  process.exitCode = 1;
} else {
  console.log('\nevery topic clears the bar');
}
