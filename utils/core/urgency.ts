/**
 * How urgent one mention is: its topic's urgency, raised by what the mention says (a term
 * that states an emergency, "ruptured …"; a severity word the topic names, "large"; a size in
 * a branch with its own urgency) and lowered one step by a stated course ("unchanged",
 * "expected after …"). Pure.
 */
import { inRange, measuredValue } from './branches';
import type { TopicUrgency } from './lexicon';
import type { Course, Indicator, Severity } from './schema';

const RANK: Record<Indicator, number> = { info: 0, warning: 1, critical: 2 };
const BY_RANK: readonly Indicator[] = ['info', 'warning', 'critical'];

/** The more urgent of two indicators. */
export const higher = (a: Indicator, b: Indicator): Indicator => (RANK[a] >= RANK[b] ? a : b);

/** One step less urgent (info stays info). */
export const lower = (a: Indicator): Indicator => BY_RANK[Math.max(0, RANK[a] - 1)]!;

/** Orders indicators most urgent first (for sorting). */
export const byUrgency = (a: Indicator, b: Indicator): number => RANK[b] - RANK[a];

/** What one mention says that bears on its urgency. */
export interface MentionUrgency {
  /** The urgency the matched term itself states. */
  term?: Indicator;
  severity?: Severity;
  sizes?: readonly string[];
  course?: Course;
}

/** The urgency of one mention of a topic whose urgency is `topic` ('info' when unknown). */
export function mentionIndicator(
  topic: TopicUrgency | undefined,
  mention: MentionUrgency,
): Indicator {
  let indicator: Indicator = topic?.indicator ?? 'info';
  if (mention.term) indicator = higher(indicator, mention.term);
  const bySeverity = mention.severity && topic?.bySeverity?.[mention.severity];
  if (bySeverity) indicator = higher(indicator, bySeverity);
  for (const { measure, range, indicator: raised } of topic?.bySize ?? []) {
    const value = mention.sizes && measuredValue(measure, mention.sizes);
    if (value !== undefined && inRange(range, measure, value))
      indicator = higher(indicator, raised);
  }
  return mention.course ? lower(indicator) : indicator;
}
