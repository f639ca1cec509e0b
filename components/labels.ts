/** Human words for the data model's enum values, shared by the panel's components. */
import type { FindingStatus } from '../utils/core/schema';

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
} as const;
