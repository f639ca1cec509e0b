/**
 * The anatomy vocabulary: sites (regions, structures and their parts) with the nouns and
 * adjectives that name them, a part-of hierarchy, and numbered series (ribs, vertebral levels,
 * Couinaud liver segments) written once as a pattern. `data/anatomy.json` holds the words;
 * `compileAnatomy` checks them and returns lookups. Pure: every table belongs to the value one
 * call returns.
 *
 * A phrase that names a part of more than one organ ("lower pole", "cortex", "right lobe",
 * "head") is `contextual`: it is no site on its own, only a part of the organ named nearby, so
 * it lives in `partPhrases` keyed by its parent and is read with `resolvePart(phrase, nearId)`.
 * Every other noun, adjective or numbered form names exactly one site, in `phrases`.
 */
import { z } from 'zod';

/**
 * The file's schema, built when a file is checked: schemas built at load would put the
 * validator into every bundle that imports a type from here (the content script).
 */
function anatomySchema() {
  const Slug = z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "kidney-lower-pole"')
    .max(60);
  const Words = z.array(z.string().trim().min(1).max(80)).optional();
  /** How a site reads in a label: a region or structure stands alone, a part follows its parent. */
  const Kind = z.enum(['region', 'structure', 'part']);
  const SiteSpec = z.strictObject({
    id: Slug,
    label: z.string().trim().min(1).max(60),
    kind: Kind,
    partOf: Slug.optional(),
    /** The site has a side (left, right); its parts inherit it. */
    paired: z.boolean().optional(),
    nouns: Words,
    adjectives: Words,
    /** Phrases that name this site only beside a mention of its parent. */
    contextual: Words,
    /** Matched case-sensitively, as whole tokens. */
    abbreviations: Words,
    /**
     * The structure repeats along a region (a vertebra, an endplate, a disc along the
     * spine): a level or segment of that region said beside it names the finding more
     * closely ("endplate deformity of L1" is at L1). `between`: it lies between levels, so a
     * level names its segment ("disc disease at C5-C6" is of the cervical spine).
     */
    series: z.strictObject({ along: Slug, between: z.boolean().optional() }).optional(),
    /**
     * A finding a radiograph shows "projecting over" or "overlying" this site is read as in it
     * (the lungs, whose zones a chest film names); over any other site it is a landmark.
     */
    projection: z.boolean().optional(),
  });
  const NumberedSpec = z.strictObject({
    of: z.string().min(1),
    idPattern: z.string().includes('{n}'),
    labelPattern: z.string().min(1),
    kind: Kind,
    partOf: Slug,
    paired: z.boolean().optional(),
    from: z.int().min(1),
    to: z.int().max(12),
    /** Placeholders: {n} 7, {nth} 7th, {ordinal} seventh, {roman} VII. */
    forms: z.array(z.string().min(1)).min(1),
    contextualForms: z.array(z.string().min(1)).optional(),
  });
  return z.strictObject({
    about: z.string().min(1),
    sites: z.array(SiteSpec).min(1),
    numbered: z.array(NumberedSpec),
  });
}

export type AnatomyFile = z.infer<ReturnType<typeof anatomySchema>>;
type SiteSpec = AnatomyFile['sites'][number];

/** One site after compiling; `sided` is true when it or an ancestor is paired. */
export interface Site extends Readonly<SiteSpec> {
  readonly sided: boolean;
  readonly path: string;
}

export interface Anatomy {
  readonly sites: ReadonlyMap<string, Site>;
  /** Lowercase phrase (noun, adjective, numbered form) and the one site it names. */
  readonly phrases: readonly (readonly [string, string])[];
  /** Lowercase contextual phrase, the parent it needs, and the part it names. */
  readonly partPhrases: readonly (readonly [string, string, string])[];
  /** Case-sensitive abbreviation and its site. */
  readonly abbreviations: readonly (readonly [string, string])[];
  lookup(text: string): string | undefined;
  resolvePart(text: string, nearId: string): string | undefined;
  ancestorsOf(id: string): string[];
  isPartOf(id: string, ancestorId: string): boolean;
  describeSite(id: string): string;
}

const ORDINALS = Object.freeze(
  ',first,second,third,fourth,fifth,sixth,seventh,eighth,ninth,tenth,eleventh,twelfth'.split(','),
);
const ROMAN = Object.freeze(',I,II,III,IV,V,VI,VII,VIII,IX,X,XI,XII'.split(','));
const nth = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const fill = (pattern: string, n: number) =>
  pattern
    .replaceAll('{nth}', nth(n))
    .replaceAll('{ordinal}', ORDINALS[n]!)
    .replaceAll('{roman}', ROMAN[n]!)
    .replaceAll('{n}', String(n));
const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Each numbered series written out as sites, each named by the path of its series. */
function expand(file: AnatomyFile): [string, SiteSpec][] {
  const out: [string, SiteSpec][] = file.sites.map((s, i) => [`sites[${i}]`, s]);
  file.numbered.forEach((spec, i) => {
    for (let n = spec.from; n <= spec.to; n++) {
      const site: SiteSpec = {
        id: fill(spec.idPattern, n).toLowerCase(),
        label: fill(spec.labelPattern, n),
        kind: spec.kind,
        partOf: spec.partOf,
        nouns: spec.forms.map((f) => fill(f, n)),
        contextual: spec.contextualForms?.map((f) => fill(f, n)),
      };
      if (spec.paired) site.paired = true;
      out.push([`numbered[${i}] (${spec.of} ${n})`, site]);
    }
  });
  return out;
}

/** Checks the vocabulary and builds its lookups; throws naming every bad path. */
export function compileAnatomy(data: unknown): Anatomy {
  const parsed = anatomySchema().safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`anatomy: ${lines.join('; ')}`);
  }
  const problems: string[] = [];
  const specs = expand(parsed.data);
  const byId = new Map<string, [string, SiteSpec]>();
  for (const [path, s] of specs) {
    const before = byId.get(s.id);
    if (before) problems.push(`${path}.id: duplicate id "${s.id}" (first at ${before[0]})`);
    else byId.set(s.id, [path, s]);
  }
  for (const [path, s] of byId.values()) {
    if (s.partOf !== undefined && !byId.has(s.partOf))
      problems.push(`${path}.partOf: unknown site "${s.partOf}" (in ${s.id})`);
    if (s.contextual?.length && s.partOf === undefined)
      problems.push(`${path}.contextual: a contextual phrase needs a partOf (in ${s.id})`);
    if (s.series && !byId.has(s.series.along))
      problems.push(`${path}.series.along: unknown site "${s.series.along}" (in ${s.id})`);
    const chain = [s.id];
    for (let up = s.partOf; up !== undefined; up = byId.get(up)?.[1].partOf) {
      if (up === s.id) {
        problems.push(`${path}.partOf: cycle ${[...chain, up].join(' -> ')}`);
        break;
      }
      if (chain.includes(up)) break;
      chain.push(up);
    }
  }
  const named = new Map<string, string>();
  const contextual = new Map<string, string>();
  for (const [path, s] of byId.values()) {
    for (const word of [...(s.nouns ?? []), ...(s.adjectives ?? [])].map(norm)) {
      const other = named.get(word);
      if (other !== undefined && other !== s.id)
        problems.push(`${path}: phrase "${word}" names both "${other}" and "${s.id}"`);
      else named.set(word, s.id);
    }
    for (const word of (s.contextual ?? []).map(norm)) {
      const key = `${word}\u0000${s.partOf}`;
      const other = contextual.get(key);
      if (other !== undefined && other !== s.id)
        problems.push(
          `${path}.contextual: "${word}" of "${s.partOf}" names both "${other}" and "${s.id}"`,
        );
      else contextual.set(key, s.id);
    }
  }
  for (const key of contextual.keys()) {
    const [word, parent] = key.split('\u0000') as [string, string];
    // A region's adjective may name a part of an organ beside it or of the finding's organ
    // ("thoracic" is the chest, or the thoracic spine of "thoracic kyphosis").
    const region = named.has(word) && byId.get(named.get(word)!)![1].kind === 'region';
    if (named.has(word) && !region)
      problems.push(
        `${byId.get(contextual.get(key)!)![0]}.contextual: "${word}" (part of ${parent}) is also a phrase of "${named.get(word)}"`,
      );
  }
  if (problems.length > 0) throw new Error(`anatomy: ${problems.join('; ')}`);

  const parentOf = (id: string) => byId.get(id)?.[1].partOf;
  const ancestorsOf = (id: string) => {
    const up: string[] = [];
    for (let p = parentOf(id); p !== undefined; p = parentOf(p)) up.push(p);
    return up;
  };
  const sites = new Map<string, Site>();
  for (const [path, s] of byId.values()) {
    const sided = [s.id, ...ancestorsOf(s.id)].some((a) => byId.get(a)![1].paired === true);
    sites.set(s.id, Object.freeze({ ...s, sided, path }));
  }
  const isPartOf = (id: string, ancestorId: string) => ancestorsOf(id).includes(ancestorId);
  const partPhrases = [...contextual].map(([key, id]) => {
    const [word, parent] = key.split('\u0000') as [string, string];
    return [word, parent, id] as const;
  });
  const abbreviations = [...sites.values()].flatMap((s) =>
    (s.abbreviations ?? []).map((a) => [a, s.id] as const),
  );
  return {
    sites,
    phrases: [...named],
    partPhrases,
    abbreviations,
    lookup: (text) => named.get(norm(text)) ?? abbreviations.find(([a]) => a === text.trim())?.[1],
    resolvePart(text, nearId) {
      const word = norm(text);
      const candidates = partPhrases.filter(([w]) => w === word);
      // The organ named nearby, or the nearest organ it is a part of...
      for (const owner of [nearId, ...ancestorsOf(nearId)]) {
        const hit = candidates.find(([, parent]) => parent === owner);
        if (hit) return hit[2];
      }
      // ...else the one part lying within a region named nearby.
      const within = candidates.filter(([, parent]) => isPartOf(parent, nearId));
      return within.length === 1 ? within[0]![2] : undefined;
    },
    ancestorsOf,
    isPartOf,
    describeSite(id) {
      const labels: string[] = [];
      for (let s = sites.get(id); s !== undefined; s = sites.get(s.partOf ?? '')) {
        labels.unshift(s.label);
        if (s.kind !== 'part') break;
      }
      return labels.join(', ');
    },
  };
}
