/**
 * The words a report names anatomy and findings by, beside the topics' own terms: the anatomy
 * (`data/anatomy.json`), the finding heads (`data/heads.json`) and the studies a report says
 * it is (`data/studies.json`). Each file is checked here; errors name the file and the path.
 * Pure: `loadVocabulary` builds a new value on every call.
 */
import { z } from 'zod';
import anatomyFile from '../../data/anatomy.json' with { type: 'json' };
import headsFile from '../../data/heads.json' with { type: 'json' };
import studiesFile from '../../data/studies.json' with { type: 'json' };
import { compileAnatomy, type Anatomy } from './anatomy';

/** The two files' schemas, built when files are checked (see `anatomy.ts` for why). */
function vocabularySchemas() {
  const Id = z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "calculus"')
    .max(60);
  const Phrases = z.array(z.string().trim().min(1).max(80));
  const heads = z.strictObject({
    about: z.string().min(1),
    heads: z
      .array(
        z.strictObject({
          id: Id,
          phrases: Phrases.min(1),
          /** Matched case-sensitively, as whole tokens. */
          abbreviations: Phrases.optional(),
          /**
           * 'normal': the phrases say their site is normal ("normal in size"); a topic that
           * claims the head at a site is the finding ruled out there ("spleen is normal in
           * size" is no splenomegaly).
           */
          states: z.literal('normal').optional(),
        }),
      )
      .min(1),
  });
  const studies = z.strictObject({
    about: z.string().min(1),
    studies: z
      .array(
        z.strictObject({
          id: Id,
          /** The site the study images: every head's default site in it. */
          region: Id,
          /** Per head id, the site it means in this study when no site is named. */
          defaults: z.record(Id, Id).optional(),
          phrases: Phrases.min(1),
        }),
      )
      .min(1),
  });
  return { heads, studies };
}

type Schemas = ReturnType<typeof vocabularySchemas>;
export type HeadsFile = z.infer<Schemas['heads']>;
export type StudiesFile = z.infer<Schemas['studies']>;

/** The anatomy, heads and studies, checked against one another. */
export interface Vocabulary {
  anatomy: Anatomy;
  heads: HeadsFile['heads'];
  studies: StudiesFile['studies'];
  /** Head ids, for checking claims. */
  headIds: ReadonlySet<string>;
}

function parsed<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`${file}: ${lines.join('; ')}`);
}

/** Checks the three files (or the given data) and returns them compiled. */
export function loadVocabulary(
  data: { anatomy?: unknown; heads?: unknown; studies?: unknown } = {},
): Vocabulary {
  const anatomy = compileAnatomy(data.anatomy ?? anatomyFile);
  const schemas = vocabularySchemas();
  const { heads } = parsed(schemas.heads, data.heads ?? headsFile, 'data/heads.json');
  const { studies } = parsed(schemas.studies, data.studies ?? studiesFile, 'data/studies.json');
  const headIds = new Set(heads.map((h) => h.id));
  const problems: string[] = [];
  studies.forEach((study, s) => {
    if (!anatomy.sites.has(study.region))
      problems.push(`studies.${s}.region: unknown site "${study.region}"`);
    for (const [head, site] of Object.entries(study.defaults ?? {})) {
      if (!headIds.has(head)) problems.push(`studies.${s}.defaults: unknown head "${head}"`);
      if (!anatomy.sites.has(site))
        problems.push(`studies.${s}.defaults.${head}: unknown site "${site}"`);
    }
  });
  if (problems.length > 0) throw new Error(`data/studies.json: ${problems.join('; ')}`);
  return { anatomy, heads, studies, headIds };
}

/** What is wrong with a topic's claims and criteria against the vocabulary, one line each. */
export function vocabularyProblems(
  topic: {
    claims?: readonly { heads?: readonly string[]; sites?: readonly string[] }[];
    criteria?: readonly { site: string }[];
  },
  vocabulary: Vocabulary,
): string[] {
  const problems: string[] = [];
  (topic.claims ?? []).forEach((claim, c) => {
    (claim.heads ?? []).forEach((head, h) => {
      if (!vocabulary.headIds.has(head))
        problems.push(`claims.${c}.heads.${h}: unknown head "${head}" (see data/heads.json)`);
    });
    (claim.sites ?? []).forEach((site, s) => {
      if (!vocabulary.anatomy.sites.has(site))
        problems.push(`claims.${c}.sites.${s}: unknown site "${site}" (see data/anatomy.json)`);
    });
  });
  (topic.criteria ?? []).forEach((criterion, c) => {
    if (!vocabulary.anatomy.sites.has(criterion.site))
      problems.push(`criteria.${c}.site: unknown site "${criterion.site}" (see data/anatomy.json)`);
  });
  return problems;
}
