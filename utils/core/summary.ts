/**
 * "Copy summary": a topic as plain text for pasting into a clinical note. Only topic content
 * (title, bottom line, graded recommendations, pitfalls, references), never page text. Pure.
 */
import { gradeSource } from './grading';
import type { Recommendation, Reference, Topic } from './schema';

const ACTION = { do: 'Do', consider: 'Consider', avoid: 'Avoid' } as const;
const EVIDENCE = {
  high: 'high',
  moderate: 'moderate',
  low: 'low',
  'very-low': 'very low',
  'expert-opinion': 'expert opinion',
  'not-graded': 'not graded',
} as const;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Strength, evidence and, when named, the source of the grade. */
function gradeText(item: Recommendation, references: readonly Reference[]): string {
  const source = gradeSource(item, references);
  const grade = `strength: ${item.strength}; evidence: ${EVIDENCE[item.evidence]}`;
  return source ? `${grade}; graded by ${oneLine(source)}` : grade;
}

/** A reference on one line: authors, title, source, year, identifiers. */
function referenceLine(r: Reference, n: number): string {
  const title = oneLine(r.title);
  const parts = [
    `${n}. ${r.authors ? `${oneLine(r.authors)} ` : ''}${title}${/[.?!]$/.test(title) ? '' : '.'}`,
    `${oneLine(r.source)}, ${r.year}.`,
  ];
  if (r.pmid) parts.push(`PMID ${r.pmid}.`);
  if (r.doi) parts.push(`doi:${r.doi}`);
  return parts.join(' ');
}

/** The topic as plain text, one line per item. */
export function topicSummaryText(topic: Topic): string {
  const order = new Map(topic.references.map((r, i) => [r.id, i + 1]));
  const cite = (refs: readonly string[]) => {
    const numbers = refs.map((r) => order.get(r)).filter((n) => n !== undefined);
    return numbers.length > 0 ? ` [${numbers.join(', ')}]` : '';
  };
  const lines = [oneLine(topic.title), '', `Bottom line: ${oneLine(topic.bottomLine)}`];
  for (const section of topic.sections) {
    lines.push('', `${oneLine(section.title)}:`);
    for (const item of section.items) {
      lines.push(
        `- ${ACTION[item.action]}: ${oneLine(item.text)}${cite(item.refs)} (${gradeText(item, topic.references)})`,
      );
    }
  }
  if (topic.pitfalls.length > 0) {
    lines.push('', 'Pitfalls:');
    for (const pitfall of topic.pitfalls)
      lines.push(`- ${oneLine(pitfall.text)}${cite(pitfall.refs)}`);
  }
  if (topic.references.length > 0) {
    lines.push('', 'References:');
    topic.references.forEach((r, i) => lines.push(referenceLine(r, i + 1)));
  }
  lines.push(
    '',
    `Educational summary from RadLens (reviewed ${topic.reviewed}); clinical judgement and the full guidelines rule.`,
  );
  return `${lines.join('\n')}\n`;
}
