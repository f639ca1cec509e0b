/**
 * A lexicon's phrase meanings sorted by kind into flat tables, built once per detector, so
 * that reading a pass of the matcher costs a bit test and a table range per occurrence.
 */
import type { Lexicon, PhraseEntry } from './lexicon';
import type { Course, Laterality, Severity } from './schema';

type Entry<K extends PhraseEntry['kind']> = Extract<PhraseEntry, { kind: K }>;
/** A term's meaning. */
export type TermEntry = Entry<'term'>;
/** A finding head's meaning. */
export type HeadEntry = Entry<'head'>;
/** What a mention can be: a topic's term, or a head whose topic its site decides. */
export type MentionEntry = TermEntry | HeadEntry;
/** A trigger's or termination term's meaning. */
export type TriggerEntry = Entry<'trigger'> | Entry<'termination'>;
/** A site word's meaning: a site, or a part phrase shared by organs. */
export type SiteEntry = Entry<'site'> | Entry<'part'>;

/** Phrase kind bit: a topic term or a finding head. */
export const TERM = 1;
/** Phrase kind bit: a report section name or a study's name. */
export const SECTION = 2;
/** Phrase kind bit: an assertion trigger, termination term or pseudo-trigger. */
export const TRIGGER = 4;
/** Phrase kind bit: a laterality, severity, course or site word. */
export const MODIFIER = 8;

/** The kind bit each entry kind gives its phrase. */
const KIND_BIT: Readonly<Record<PhraseEntry['kind'], number>> = {
  term: TERM,
  head: TERM,
  section: SECTION,
  study: SECTION,
  trigger: TRIGGER,
  termination: TRIGGER,
  pseudo: TRIGGER,
  laterality: MODIFIER,
  severity: MODIFIER,
  course: MODIFIER,
  site: MODIFIER,
  part: MODIFIER,
};

/**
 * A lexicon's meanings by kind, computed once per lexicon: per phrase p, its entries of one
 * kind are `xs[xFrom[p]]` up to `xs[xFrom[p + 1]]`, in the order the phrase lists them.
 */
export interface PhraseTables {
  lexicon: Lexicon;
  /** Per phrase: TERM, SECTION, TRIGGER, MODIFIER bits. */
  kinds: Uint8Array;
  termFrom: Int32Array;
  terms: MentionEntry[];
  /** Triggers, terminations and pseudo-triggers (null for a pseudo-trigger). */
  triggerFrom: Int32Array;
  triggers: (TriggerEntry | null)[];
  lateralityFrom: Int32Array;
  lateralities: Laterality[];
  severityFrom: Int32Array;
  severities: Severity[];
  courseFrom: Int32Array;
  courses: Course[];
  siteFrom: Int32Array;
  sites: SiteEntry[];
  studyFrom: Int32Array;
  studies: string[];
  /** Per phrase: 1 when it names a site a criterion measures (or a part of one). */
  measured: Uint8Array;
  /** Per phrase: 1 when it names a site a topic claims a normality head at (or a part). */
  normalSite: Uint8Array;
  /** Per topic id, the sites of its claims ('' for anywhere). */
  claimSites: ReadonlyMap<string, readonly string[]>;
  /** Per topic id: its urgency and what raises it (the lexicon's). */
  urgency: Lexicon['urgency'];
  /** The sites that take a side. */
  sided: ReadonlySet<string>;
}

/*
 * The entries a detector reads in its loops, each group in one shape: every field any entry of
 * the group can have, in one order, absent ones undefined. Entries as the lexicon holds them
 * come in several shapes (optional fields, and JSON's key order), which makes every read of
 * them in the detector's loops a megamorphic property lookup.
 */
const asMention = (e: MentionEntry): MentionEntry =>
  ({
    kind: e.kind,
    topicId: e.kind === 'term' ? e.topicId : undefined,
    head: e.head,
    indicator: e.kind === 'term' ? e.indicator : undefined,
    normal: e.kind === 'head' ? e.normal : undefined,
    raw: e.raw,
    caseSensitive: e.caseSensitive,
  }) as MentionEntry;
const asSite = (e: SiteEntry): SiteEntry =>
  ({
    kind: e.kind,
    site: e.kind === 'site' ? e.site : undefined,
    raw: e.kind === 'site' ? e.raw : undefined,
    side: e.side,
    parts: e.kind === 'part' ? e.parts : undefined,
  }) as SiteEntry;
const asTrigger = (e: TriggerEntry): TriggerEntry =>
  ({
    kind: e.kind,
    category: e.kind === 'trigger' ? e.category : undefined,
    direction: e.kind === 'trigger' ? e.direction : undefined,
    window: e.kind === 'trigger' ? e.window : undefined,
  }) as TriggerEntry;

/** Per topic id, the sites its claims name, whatever the head. */
function claimSitesOf(lexicon: Lexicon): Map<string, string[]> {
  const bySite = new Map<string, string[]>();
  for (const list of Object.values(lexicon.claims))
    for (const [site, topicId] of list) bySite.set(topicId, [...(bySite.get(topicId) ?? []), site]);
  return bySite;
}

/** Builds the lexicon's `PhraseTables`; a detector builds them once and keeps them. */
export function phraseTables(lexicon: Lexicon): PhraseTables {
  const n = lexicon.phrases.length;
  const t: PhraseTables = {
    lexicon,
    kinds: new Uint8Array(n),
    termFrom: new Int32Array(n + 1),
    terms: [],
    triggerFrom: new Int32Array(n + 1),
    triggers: [],
    lateralityFrom: new Int32Array(n + 1),
    lateralities: [],
    severityFrom: new Int32Array(n + 1),
    severities: [],
    courseFrom: new Int32Array(n + 1),
    courses: [],
    siteFrom: new Int32Array(n + 1),
    sites: [],
    studyFrom: new Int32Array(n + 1),
    studies: [],
    measured: new Uint8Array(n),
    normalSite: new Uint8Array(n),
    claimSites: claimSitesOf(lexicon),
    urgency: lexicon.urgency,
    sided: new Set(lexicon.sided),
  };
  const criterionSites = new Set(lexicon.criteria.map((c) => c.site));
  const within = (site: string, of: ReadonlySet<string>) => {
    for (let s: string | undefined = site; s; s = lexicon.sites[s]) if (of.has(s)) return true;
    return false;
  };
  const measuredSite = (site: string) => within(site, criterionSites);
  // The sites some topic claims a normality head at ("heart" for "heart size is normal").
  const normalHeads = new Set<string>();
  for (const phrase of lexicon.phrases)
    for (const entry of phrase.entries)
      if (entry.kind === 'head' && entry.normal) normalHeads.add(entry.head);
  const normalSites = new Set<string>();
  for (const head of normalHeads)
    for (const [site] of lexicon.claims[head] ?? []) if (site !== '') normalSites.add(site);
  lexicon.phrases.forEach((phrase, p) => {
    let kind = 0;
    for (const entry of phrase.entries) {
      kind |= KIND_BIT[entry.kind];
      switch (entry.kind) {
        case 'term':
        case 'head':
          t.terms.push(asMention(entry));
          break;
        case 'study':
          t.studies.push(entry.study);
          break;
        case 'trigger':
        case 'termination':
          t.triggers.push(asTrigger(entry));
          break;
        case 'pseudo':
          t.triggers.push(null);
          break;
        case 'laterality':
          t.lateralities.push(entry.value);
          break;
        case 'severity':
          t.severities.push(entry.value);
          break;
        case 'course':
          t.courses.push(entry.value);
          break;
        case 'site':
          if (measuredSite(entry.site)) t.measured[p] = 1;
          if (within(entry.site, normalSites)) t.normalSite[p] = 1;
          t.sites.push(asSite(entry));
          break;
        case 'part':
          if (entry.parts.some(([, part]) => within(part, normalSites))) t.normalSite[p] = 1;
          t.sites.push(asSite(entry));
          break;
      }
    }
    t.kinds[p] = kind;
    t.termFrom[p + 1] = t.terms.length;
    t.triggerFrom[p + 1] = t.triggers.length;
    t.lateralityFrom[p + 1] = t.lateralities.length;
    t.severityFrom[p + 1] = t.severities.length;
    t.courseFrom[p + 1] = t.courses.length;
    t.siteFrom[p + 1] = t.sites.length;
    t.studyFrom[p + 1] = t.studies.length;
  });
  return t;
}
