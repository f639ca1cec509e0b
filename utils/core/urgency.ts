/**
 * How urgent one mention is: its topic's urgency, raised by what the mention says (a term
 * that states an emergency, "ruptured …"; a severity word the topic names, "large"; a size in
 * a branch with its own urgency) and lowered one step by a stated course ("unchanged",
 * "expected after …"). Also compiles each topic's part of it for the lexicon. Pure.
 */
import { inRange, measuredValue } from './branches';
import type { LexiconTopic } from './lexicon';
import type { Course, Indicator, Measure, MeasureRange, Severity } from './schema';

const RANK: Readonly<Record<Indicator, number>> = { info: 0, warning: 1, critical: 2 };
const BY_RANK: readonly Indicator[] = ['info', 'warning', 'critical'];

/** The more urgent of two indicators. */
export const higher = (a: Indicator, b: Indicator): Indicator => (RANK[a] >= RANK[b] ? a : b);

/** One step less urgent (info stays info). */
export const lower = (a: Indicator): Indicator => BY_RANK[Math.max(0, RANK[a] - 1)]!;

/** Orders indicators most urgent first (for sorting). */
export const byUrgency = (a: Indicator, b: Indicator): number => RANK[b] - RANK[a];

/** A branch's measured range that raises the urgency of a finding in it. */
export interface SizeUrgency {
  measure: Measure;
  range: MeasureRange;
  indicator: Indicator;
}

/** What decides a topic's urgency for one mention. */
export interface TopicUrgency {
  indicator: Indicator;
  bySeverity?: Partial<Record<Severity, Indicator>>;
  bySize?: SizeUrgency[];
}

/** A topic's urgency and what raises it: severity words, branches with their own urgency. */
export function topicUrgency(topic: LexiconTopic): TopicUrgency {
  const bySize: SizeUrgency[] = [];
  for (const group of topic.branches ?? []) {
    for (const { range, indicator } of group.branches) {
      if (indicator && range)
        bySize.push({ measure: group.measure ?? 'largest', range, indicator });
    }
  }
  return {
    indicator: topic.indicator ?? 'info',
    ...(topic.indicatorBySeverity ? { bySeverity: topic.indicatorBySeverity } : {}),
    ...(bySize.length > 0 ? { bySize } : {}),
  };
}

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
