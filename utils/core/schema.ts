/**
 * The data model of RadLens, as zod schemas. Everything that crosses a boundary (built-in
 * topic files, imported packs, stored rows, messages between extension contexts) is parsed
 * with these. Types are inferred from the schemas so they are never written twice.
 */
import { z } from 'zod';
import { oddCharacter, USER_TEXT } from './characters';
import { gradeProblem } from './grading';

/** A topic id: lowercase words joined by single hyphens, e.g. `hip-osteoarthritis`. */
export const TopicId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "hip-osteoarthritis"')
  .max(80);

/** How a clinician would act on a recommendation. */
export const Action = z.enum(['do', 'consider', 'avoid']);
/** Strength of a recommendation, as the source guideline grades it. */
export const Strength = z.enum(['strong', 'moderate', 'weak', 'consensus']);
/** Quality of the evidence behind a recommendation. */
export const Evidence = z.enum([
  'high',
  'moderate',
  'low',
  'very-low',
  'expert-opinion',
  'not-graded',
]);
/** How urgent a finding usually is (the CDS Hooks card indicator). */
export const Indicator = z.enum(['info', 'warning', 'critical']);
/** Whether a mention of a finding asserts it, denies it, or speaks of something else. */
export const FindingStatus = z.enum([
  'present',
  'absent',
  'possible',
  'historical',
  'hypothetical',
  'other-person',
]);
/** A course the report states that makes a finding less urgent than it sounds. */
export const Course = z.enum(['chronic', 'expected']);
/** Side of the body a finding is on. */
export const Laterality = z.enum(['left', 'right', 'bilateral']);
/** Severity or size word attached to a finding. */
export const Severity = z.enum(['minimal', 'mild', 'moderate', 'severe', 'small', 'large']);

const text = (max: number) => z.string().trim().min(1).max(max);

/** A word or phrase that names a topic in report text. */
export const Term = z.strictObject({
  text: text(120),
  /** `abbreviation` terms match case-sensitively and only as whole tokens. */
  kind: z.enum(['preferred', 'synonym', 'abbreviation']),
  /** The urgency this wording itself states ("ruptured …", "tension …"), above the topic's. */
  indicator: Indicator.optional(),
});

/** An id of `data/anatomy.json` (a site) or `data/heads.json` (a head). */
const VocabularyId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "kidney-lower-pole"')
  .max(60);

/**
 * "A `head` at one of `sites` is this topic": how "simple cyst in the lower pole of the left
 * kidney" becomes a renal cyst. A claim covers the parts of its sites; the most specific
 * claim of a bound site wins. Without `sites`, the topic takes the head wherever no claim of
 * another topic covers the site, and where the report names no site at all.
 */
export const Claim = z
  .strictObject({
    heads: z.array(VocabularyId).min(1).optional(),
    sites: z.array(VocabularyId).min(1).optional(),
  })
  .refine((c) => c.heads !== undefined || c.sites !== undefined, {
    message: 'a claim names heads, sites or both',
  });

/**
 * "A `site` measuring `atLeast` or more (or more than `above`) is this finding", as the
 * reference `ref` defines it: how "the abdominal aorta measures 3.4 cm" becomes an aneurysm
 * and "the spleen measures 15.5 cm" splenomegaly.
 */
export const Criterion = z
  .strictObject({
    site: VocabularyId,
    measure: z.enum(['diameter', 'length']),
    atLeast: z.number().positive().optional(),
    above: z.number().positive().optional(),
    unit: z.enum(['mm', 'cm']),
    ref: z.string().min(1),
  })
  .refine((c) => (c.atLeast === undefined) !== (c.above === undefined), {
    message: 'give the threshold as atLeast (inclusive) or above (exclusive), one of the two',
  });

/** A reference id, local to its topic. */
export const RefId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase id such as "acr-af-2019"');

/** What a recommendation and a branch both say: the action, its grade and its sources. */
const GRADED_ADVICE = {
  action: Action,
  strength: Strength,
  evidence: Evidence,
  refs: z.array(RefId).default([]),
  /** The reference (one of `refs`) whose grading the strength and evidence are. */
  gradedBy: RefId.optional(),
  /** The grade as that reference states it, in its system's words ("Class I, level C"). */
  grade: text(60).optional(),
} as const;

/** One recommendation. */
export const Recommendation = z.strictObject({
  text: text(600),
  ...GRADED_ADVICE,
});

/** A titled group of recommendations, e.g. "First steps" or "Follow-up". */
export const Section = z.strictObject({
  title: text(80),
  items: z.array(Recommendation).min(1),
});

/** A mistake clinicians commonly make with this finding. */
export const Pitfall = z.strictObject({
  text: text(600),
  refs: z.array(RefId).default([]),
});

/** A real publication. Identifiers are optional and only given when known for certain. */
export const Reference = z.strictObject({
  id: RefId,
  kind: z.enum(['guideline', 'research', 'review']),
  title: text(400),
  source: text(200),
  year: z.number().int().min(1900).max(2100),
  authors: text(200).optional(),
  pmid: z
    .string()
    .regex(/^[0-9]{1,9}$/)
    .optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/)
    .optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
  /** How the panel names it beside a grade it gave ("ACR/AF 2019"). */
  short: text(40).optional(),
  /** The grading system it states its recommendations in (`data/grading.json`); absent when it grades none. */
  grading: z.string().max(40).optional(),
});

/**
 * A measured range a branch applies to: min inclusive and max exclusive, unless the guideline
 * draws the line the other way ("moderate 10-20 mm, large over 20 mm": `maxInclusive`, then
 * `minExclusive`).
 */
export const MeasureRange = z
  .strictObject({
    unit: z.enum(['mm', 'cm', 'HU', 'points', 'class']),
    min: z.number().optional(),
    max: z.number().optional(),
    minExclusive: z.literal(true).optional(),
    maxInclusive: z.literal(true).optional(),
  })
  .refine((r) => r.min !== undefined || r.max !== undefined, 'give min, max or both')
  .refine(
    (r) => r.min === undefined || r.max === undefined || r.min < r.max,
    'min must be below max',
  );

/** One branch of a decision that depends on a measurement or class. */
export const Branch = z.strictObject({
  /** The condition in words, e.g. "Solid nodule 6-8 mm, low-risk patient". */
  condition: text(200),
  /** The measurement range the condition covers, when it is one. */
  range: MeasureRange.optional(),
  recommendation: text(600),
  ...GRADED_ADVICE,
  /** The urgency of a finding that falls in this branch, when it is above the topic's. */
  indicator: Indicator.optional(),
});

/**
 * Which number of a finding a decision table is chosen by: its largest dimension, the mean of
 * its long and short axes (Fleischner), its short axis (lymph nodes), its attenuation, a class
 * or a score; or a `specific` measurement a report's sizes do not give (the interpleural
 * distance at the hilum), which RadLens never reads from the text. Where the guideline rounds
 * (Fleischner: to the nearest millimetre), the ranges hold the measured values that round in.
 */
export const Measure = z.enum([
  'largest',
  'mean-of-axes',
  'short-axis',
  'attenuation',
  'class',
  'points',
  'specific',
]);

/** A decision table, e.g. "Fleischner 2017: incidental solid nodule". */
export const BranchGroup = z.strictObject({
  title: text(120),
  /** What the branches are chosen by, in words, e.g. "largest diameter of the nodule". */
  basis: text(200),
  /**
   * The number the ranges are compared with. Packs written before measures existed leave it
   * out and keep their old reading, the largest dimension; every built-in table declares it.
   */
  measure: Measure.optional(),
  branches: z.array(Branch).min(2),
});

/** A sentence with the status the detector must give the topic's mention in it. */
export const Example = z.strictObject({
  sentence: text(400),
  status: FindingStatus,
});

/** A finding's management summary: the unit RadLens shows in its side panel. */
export const Topic = z
  .strictObject({
    id: TopicId,
    title: text(120),
    question: text(400),
    bottomLine: text(800),
    category: text(60),
    indicator: Indicator,
    /** Severity words that raise a mention's urgency ("large" pneumothorax: critical). */
    indicatorBySeverity: z.partialRecord(Severity, Indicator).optional(),
    terms: z.array(Term).min(1),
    sections: z.array(Section).min(1),
    branches: z.array(BranchGroup).default([]),
    claims: z.array(Claim).default([]),
    criteria: z.array(Criterion).default([]),
    pitfalls: z.array(Pitfall).default([]),
    references: z.array(Reference).default([]),
    related: z.array(TopicId).default([]),
    relatedQuestions: z.array(text(300)).default([]),
    reviewed: z.iso.date(),
    examples: z.array(Example).default([]),
  })
  .superRefine((topic, ctx) => {
    const ids = new Set<string>();
    topic.references.forEach((ref, i) => {
      if (ids.has(ref.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['references', i, 'id'],
          message: `duplicate reference id "${ref.id}"`,
        });
      }
      ids.add(ref.id);
    });
    const checkRefs = (refs: string[], path: (string | number)[]) =>
      refs.forEach((ref, i) => {
        if (!ids.has(ref)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'refs', i],
            message: `cites "${ref}", which is not among this topic's references`,
          });
        }
      });
    const checkGrader = (
      item: {
        refs: string[];
        gradedBy?: string;
        grade?: string;
        strength: string;
        evidence: string;
      },
      path: (string | number)[],
    ) => {
      if (item.gradedBy === undefined) {
        if (item.grade !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'grade'],
            message: `states grade "${item.grade}" without naming its source in gradedBy`,
          });
        }
        return;
      }
      if (!item.refs.includes(item.gradedBy)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'gradedBy'],
          message: `is graded by "${item.gradedBy}", which the item does not cite`,
        });
        return;
      }
      const reference = topic.references.find((r) => r.id === item.gradedBy);
      const problem = reference && gradeProblem(item, reference);
      if (problem) ctx.addIssue({ code: 'custom', path: [...path, 'grade'], message: problem });
    };
    topic.sections.forEach((section, s) =>
      section.items.forEach((item, i) => {
        checkRefs(item.refs, ['sections', s, 'items', i]);
        checkGrader(item, ['sections', s, 'items', i]);
      }),
    );
    topic.pitfalls.forEach((pitfall, p) => checkRefs(pitfall.refs, ['pitfalls', p]));
    topic.branches.forEach((group, g) =>
      group.branches.forEach((branch, b) => {
        checkRefs(branch.refs, ['branches', g, 'branches', b]);
        checkGrader(branch, ['branches', g, 'branches', b]);
      }),
    );
    topic.criteria.forEach((criterion, c) => {
      if (!ids.has(criterion.ref)) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', c, 'ref'],
          message: `cites "${criterion.ref}", which is not among this topic's references`,
        });
      }
    });
    if (topic.related.includes(topic.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['related'],
        message: 'a topic cannot relate to itself',
      });
    }
  });

/** A bundle of topics to import, from the team or an institution. */
export const Pack = z.strictObject({
  format: z.literal('radlens-pack'),
  version: z.literal(1),
  name: text(120),
  publisher: text(120),
  topics: z.array(Topic).min(1),
});

/** One mention of a topic in page text, with what the sentence asserts about it. */
export const Finding = z.strictObject({
  topicId: TopicId,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  status: FindingStatus,
  /** The urgency of this mention: the topic's, raised by its wording, severity or size. */
  indicator: Indicator,
  /** A stated course that lowered the urgency one step ("unchanged", "expected after …"). */
  course: Course.optional(),
  laterality: Laterality.optional(),
  severity: Severity.optional(),
  sizes: z.array(z.string()).optional(),
  /** The anatomy id of the site the finding is bound to (`data/anatomy.json`). */
  site: z.string().optional(),
  /** The words of the report that named the site ("lower pole of the left kidney"). */
  siteText: z.string().optional(),
  /** The other topics the sentence names as alternatives to this one ("A versus B"). */
  differential: z.array(TopicId).optional(),
});

/** A clinician's personal note on a topic, kept only on this machine. */
export const Note = z.strictObject({
  topicId: TopicId,
  // The user's own words, any character but half a surrogate pair (not Unicode text).
  body: z
    .string()
    .max(100_000)
    .superRefine((body, ctx) => {
      const odd = oddCharacter(body, USER_TEXT);
      if (odd) ctx.addIssue({ code: 'custom', message: odd });
    }),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});

export type TopicId = z.infer<typeof TopicId>;
export type Topic = z.infer<typeof Topic>;
export type TopicInput = z.input<typeof Topic>;
export type Term = z.infer<typeof Term>;
export type Claim = z.infer<typeof Claim>;
export type Criterion = z.infer<typeof Criterion>;
export type Branch = z.infer<typeof Branch>;
export type BranchGroup = z.infer<typeof BranchGroup>;
export type Measure = z.infer<typeof Measure>;
export type MeasureRange = z.infer<typeof MeasureRange>;
export type Section = z.infer<typeof Section>;
export type Recommendation = z.infer<typeof Recommendation>;
export type Reference = z.infer<typeof Reference>;
export type Pack = z.infer<typeof Pack>;
export type Finding = z.infer<typeof Finding>;
export type FindingStatus = z.infer<typeof FindingStatus>;
export type Laterality = z.infer<typeof Laterality>;
export type Severity = z.infer<typeof Severity>;
export type Indicator = z.infer<typeof Indicator>;
export type Course = z.infer<typeof Course>;
export type Note = z.infer<typeof Note>;
