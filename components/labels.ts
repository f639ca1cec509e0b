/** Human words for the data model's enum values, shared by the panel's components. */
import type { Course, FindingStatus, Indicator } from '../utils/core/schema';

/** Status headings, in the order the findings list shows them. */
export const STATUS_ORDER: readonly FindingStatus[] = [
  'present',
  'possible',
  'historical',
  'hypothetical',
  'other-person',
  'absent',
];

/** A status as a heading. */
export const STATUS_LABEL: Record<FindingStatus, string> = {
  present: 'Present',
  possible: 'Possible',
  historical: 'Historical',
  hypothetical: 'Hypothetical (e.g. "rule out")',
  'other-person': 'About someone else',
  absent: 'Absent (negated)',
};

/** Recommendation actions with an icon. */
export const ACTION_LABEL = {
  do: { icon: '✓', word: 'Do' },
  consider: { icon: '?', word: 'Consider' },
  avoid: { icon: '✕', word: 'Avoid' },
} as const;

/** Strength of recommendation words. */
export const STRENGTH_LABEL = {
  strong: 'Strong',
  moderate: 'Moderate',
  weak: 'Weak',
  consensus: 'Consensus',
} as const;

/** Quality of evidence words. */
export const EVIDENCE_LABEL = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
  'very-low': 'Very low',
  'expert-opinion': 'Expert opinion',
  'not-graded': 'Not graded',
} as const;

/** What a topic's indicator colour means. */
export const INDICATOR_LABEL: Record<Indicator, string> = {
  critical: 'Needs action today',
  warning: 'Needs follow-up',
  info: 'Usually benign or routine',
};

/** Why a finding is more urgent than its topic usually is. */
export const URGENCY_RAISED: Record<Indicator, string> = {
  critical: 'Needs action today, as the report words it',
  warning: 'Needs follow-up, as the report words it',
  info: '',
};

/** Why a finding is shown one step less urgent than its topic usually is. */
export const COURSE_NOTE: Record<Course, string> = {
  chronic: 'Stated as chronic or unchanged: shown one step less urgent',
  expected: 'Stated as expected after a procedure: shown one step less urgent',
};

/** What each strength of recommendation means, for the legend. */
export const STRENGTH_MEANING = {
  strong: 'The guideline recommends it firmly: benefits clearly outweigh harms.',
  moderate: 'Recommended, with less certainty about the balance of benefit and harm.',
  weak: 'Conditional: reasonable for some patients; weigh it case by case.',
  consensus: 'Agreed by an expert panel where trials are lacking.',
} as const;

/** What each quality of evidence means, for the legend. */
export const EVIDENCE_MEANING = {
  high: 'Consistent randomised trials or equivalent.',
  moderate: 'Trials with limitations, or strong observational studies.',
  low: 'Observational studies or trials with serious limitations.',
  'very-low': 'Case series or indirect evidence.',
  'expert-opinion': 'Expert opinion without direct study evidence.',
  'not-graded':
    'The source states how firmly it recommends this but gives no level of evidence for it (NICE, ACR Appropriateness Criteria).',
} as const;
