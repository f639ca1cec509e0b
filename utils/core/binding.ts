/**
 * Binds a mention to the site its clause names: a site inside the mention ("renal cyst"), an
 * adjective or noun right before it ("left ovarian cyst", "hepatic segment 7 lesion"), a
 * prepositional phrase after it ("cyst in the lower pole of the left kidney", "fracture of
 * the left seventh rib"), or the subject it is said of ("the left kidney contains a stone",
 * "the spleen is enlarged"). A part phrase shared by organs ("lower pole") is the part of the
 * organ named beside it, or of the organ its header names. Pure: reads the sentence's site
 * words as the matcher found them.
 */
import { atLevel, isWithin, type ClaimTables } from './claims';
import type { SiteEntry } from './phrase-tables';
import { sameWords, type SectionHeaders } from './sections';
import { firstAtOrAfter } from './sorted';
import type { SpanList } from './spans';

/** A site a mention is bound to, and the words [from, to) that name it. */
export class BoundSite {
  constructor(
    readonly site: string,
    readonly from: number,
    readonly to: number,
    /** The site words are the mention's own ("renal cyst"). */
    readonly inside = false,
    /** The site is the clause's subject the finding is said of ("the liver contains ..."). */
    readonly subject = false,
  ) {}

  /** The same site, bound as the mention's own words or as its clause's subject. */
  as(inside: boolean, subject: boolean): BoundSite {
    return new BoundSite(this.site, this.from, this.to, inside, subject);
  }
}

/** Words that tie a site after a finding to it ("cyst in the liver", "fracture of the rib"). */
const PREPOSITION =
  /(?:^|[^\p{L}])(?:of|in|within|involving|at|along|on|from|throughout|into|arising|affecting|centered|near|about|around|occupying|filling)(?:[^\p{L}]|$)/iu;
/** A site beside a finding names it when only a few modifier words stand between. */
const FEW_WORDS = /^[\s-]*(?:[\p{L}\p{N}.]+[\s-]+){0,3}$/u;
/** Words that, between a site and a finding after it, make the site no adjective of it. */
const NOT_ADJECTIVE =
  /(?:^|[^\p{L}])(?:is|are|was|were|has|have|contains?|demonstrates?|shows?|with|without|of|in|and|or|no|there)(?:[^\p{L}]|$)/iu;
/** Words that, between a finding and a site after it, make the site no noun it qualifies. */
const NOT_NOUN_AFTER =
  /(?:^|[^\p{L}])(?:is|are|was|were|has|have|contains?|demonstrates?|shows?|with|without|no|there|of|in|on|at|to|by|for|from|the|a|an)(?:[^\p{L}]|$)/iu;
/** A finding after these is not said of the subject before them ("... and there is ..."). */
const NEW_SUBJECT = /(?:^|[^\p{L}])(?:there|which|but|although|whereas)(?:[^\p{L}]|$)/iu;
const PART_AFTER_ORGAN = /^[\s,:-]*$/;
const ORGAN_AFTER_PART = /^\s+(?:of|in|within)\s+(?:the\s+)?(?:(?:left|right|both)\s+)?$/i;
const INTRODUCTORY = /^\s*(?:in|within|at)\s+the\s/i;
/**
 * A site after these is a landmark the finding is seen against, not its site ("nodule
 * projecting over the right fifth rib", "effusion extending to the level of the aortic arch").
 */
const LANDMARK =
  /(?:^|[^\p{L}])(?:projecting|projected|projects|overlying|overlies|overlie|superimposed|level|extending|extends|adjacent|abutting|above|below|behind|between|beneath)(?:[^\p{L}]|$)/iu;
const MAX_GAP_WORDS = 10;
/** How far from a mention its clause is looked for: a site farther off is not its own. */
const REACH = 240;

/** The context binding reads: the sentence's site words (by start) and the anatomy. */
export interface SiteContext {
  text: string;
  sites: SpanList<SiteEntry>;
  tables: ClaimTables;
  /** The organs the header in force names. */
  organs: readonly string[] | undefined;
  /** The report's headers: words of a header are its organs (`organs`), no sentence's site. */
  headers: SectionHeaders;
}

const wordCount = (text: string) => text.split(/[\s-]+/).filter(Boolean).length;

const SIDE_BEFORE = /(?:^|[^\p{L}])(left|right)[\s-]*$/iu;

/** True when occurrence i's entry names no side, or the side word before it is that side. */
function sideFits(c: SiteContext, i: number): boolean {
  const side = c.sites.value[i]!.side;
  if (side === undefined) return true;
  const before = c.text.slice(Math.max(0, c.sites.start[i]! - 12), c.sites.start[i]);
  return SIDE_BEFORE.exec(before)?.[1]?.toLowerCase() === side;
}

/**
 * Of the occurrences spanning the same words as i, the one to read: a site named with its
 * side ("left lobe" after "left") over the same words without it ("lobe").
 */
function preferred(c: SiteContext, i: number): number {
  const { start, end, value } = c.sites;
  let first = i;
  while (first > 0 && start[first - 1] === start[i] && end[first - 1] === end[i]) first--;
  let plain = -1;
  for (let j = first; j < c.sites.count && start[j] === start[i] && end[j] === end[i]; j++) {
    if (value[j]!.side === undefined) {
      if (plain < 0) plain = j;
    } else if (sideFits(c, j)) return j;
  }
  return plain >= 0 ? plain : i;
}

/** The id an organ-site occurrence names, if it is a plain site (raw forms checked). */
function organAt(c: SiteContext, i: number): string | undefined {
  i = preferred(c, i);
  const entry = c.sites.value[i]!;
  if (entry.kind !== 'site' || !sideFits(c, i)) return undefined;
  if (entry.raw !== undefined && !sameWords(c.text, c.sites.start[i]!, c.sites.end[i]!, entry.raw))
    return undefined;
  return entry.site;
}

/** The part of `organ` that a part phrase's pairs name, if any. */
function partOf(c: SiteContext, parts: [string, string][], organ: string): string | undefined {
  for (const [parent, part] of parts) if (parent === organ) return part;
  for (const [parent, part] of parts) if (isWithin(c.tables, organ, parent)) return part;
  return undefined;
}

/** The site occurrence i names, with its words: a part resolved against its organ. */
function siteAt(c: SiteContext, i: number): BoundSite | undefined {
  const { text, sites } = c;
  i = preferred(c, i);
  const entry = sites.value[i]!;
  if (!sideFits(c, i)) return undefined;
  const from = sites.start[i]!;
  const to = sites.end[i]!;
  if (entry.kind === 'site') {
    const site = organAt(c, i);
    if (site === undefined) return undefined;
    // "T8 vertebral body", "C5-6 disc": the level said before a structure that repeats.
    if (i > 0 && /^[\s-]*$/.test(text.slice(sites.end[i - 1], from))) {
      const level = organAt(c, i - 1);
      const at = level !== undefined ? atLevel(c.tables, site, level) : undefined;
      if (at !== undefined) return new BoundSite(at, sites.start[i - 1]!, to);
    }
    // "right kidney, lower pole": the part that follows names the site more closely.
    const next = i + 1 < sites.count ? sites.value[i + 1]! : undefined;
    if (next?.kind === 'part' && PART_AFTER_ORGAN.test(text.slice(to, sites.start[i + 1]))) {
      const part = partOf(c, next.parts, site);
      if (part !== undefined) return new BoundSite(part, from, sites.end[i + 1]!);
    }
    return new BoundSite(site, from, to);
  }
  // "lower pole of the left kidney", then "left kidney lower pole", then the header's organ.
  if (i + 1 < sites.count && ORGAN_AFTER_PART.test(text.slice(to, sites.start[i + 1]))) {
    const organ = organAt(c, i + 1);
    const part = organ !== undefined ? partOf(c, entry.parts, organ) : undefined;
    if (part !== undefined) return new BoundSite(part, from, sites.end[i + 1]!);
  }
  if (i > 0 && PART_AFTER_ORGAN.test(text.slice(sites.end[i - 1], from))) {
    const organ = organAt(c, i - 1);
    const part = organ !== undefined ? partOf(c, entry.parts, organ) : undefined;
    if (part !== undefined) return new BoundSite(part, sites.start[i - 1]!, to);
  }
  for (const organ of c.organs ?? []) {
    const part = partOf(c, entry.parts, organ);
    if (part !== undefined) return new BoundSite(part, from, to);
  }
  return undefined;
}

/** Offset of the clause break (comma, semicolon) before `at` in [from, at), else `from`. */
function clauseStart(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 44 || ch === 59) return i + 1;
  }
  return from;
}

/** True when a comma or semicolon stands in text[from, to). */
function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 44 || ch === 59) return true;
  }
  return false;
}

/**
 * The site the mention [start, end) is bound to, in its sentence [from, to), not reaching
 * past `windowTo` (where the next mention starts) for a site after it.
 */
export function bindSite(
  c: SiteContext,
  start: number,
  end: number,
  from: number,
  to: number,
  windowTo: number,
  /** The mention is a head: site words inside it are its own wording ("joint space loss"). */
  head = false,
  /** The mention before, whose own words' sites are its own: [start, end). */
  previousStart = -1,
  previousEnd = -1,
): BoundSite | undefined {
  const { text, sites } = c;
  const lo = Math.max(from, start - REACH);
  const hi = Math.min(to, end + REACH, windowTo);
  // Most mentions have no site word near them: nothing to bind.
  const near = firstAtOrAfter(sites.start, sites.count, lo);
  if (near >= sites.count || sites.start[near]! >= Math.max(hi, end)) return undefined;
  let inside: BoundSite | undefined;
  let before = -1;
  let after = -1;
  for (let i = near; i < sites.count; i++) {
    const s = sites.start[i]!;
    if (s >= Math.max(hi, end)) break;
    const e = sites.end[i]!;
    if (c.headers.inHeader(s, e)) continue;
    if (s < end && e > start) {
      if (head && s >= start && e <= end) continue;
      // The mention's own site words: the deepest in the anatomy ("joint space narrowing of
      // the hip" is at the hip), the last of equals.
      const bound = siteAt(c, i);
      if (bound && (!inside || depth(c, bound.site) >= depth(c, inside.site))) inside = bound;
    } else if (e <= start) {
      if (!(s >= previousStart && e <= previousEnd)) before = i;
    } else if (after < 0 && s >= end && e <= hi) {
      after = i;
    }
  }
  // Only sites of the mention's clause: no comma or semicolon between, but for a clause
  // that only says where the finding is ("cysts, the largest in the tail").
  const beforeClause = before;
  if (before >= 0 && hasClauseBreak(text, sites.start[before]!, start)) before = -1;
  let following: BoundSite | undefined;
  if (after >= 0 && hasClauseBreak(text, end, sites.end[after]!)) {
    following = locatingClause(c, after, end);
    after = -1;
  } else if (after >= 0) {
    following = afterSite(c, after, end);
  }
  if (inside) {
    // A site said after the mention names it more closely when it is a part of the mention's
    // own, or when the mention's own is a tissue of the whole body ("bone island in the right
    // fifth rib", "joint effusion of the knee"); not a word run on from it ("gallbladder neck").
    const closer =
      following &&
      !/^\s*$/.test(text.slice(end, following.from)) &&
      (isWithin(c.tables, following.site, inside.site) || !c.tables.sites[inside.site]);
    if (closer) return following;
    const level = levelBeside(c, inside, following);
    if (level) return level;
    const organ = c.organs?.[0];
    if (organ && !c.tables.sites[inside.site] && organ !== inside.site)
      return new BoundSite(organ, inside.from, inside.to, true);
    return inside.as(true, false);
  }
  if (before >= 0) {
    const gap = text.slice(sites.end[before], start);
    if (FEW_WORDS.test(gap) && !NOT_ADJECTIVE.test(gap)) {
      const bound = siteAt(c, before);
      if (bound) return levelBeside(c, bound, following) ?? bound;
    }
  }
  if (following) return following;
  const clauseFrom =
    before < 0 && near < sites.count && sites.start[near]! < start
      ? clauseStart(text, lo, start)
      : before >= 0
        ? clauseStart(text, lo, sites.start[before]!)
        : from;
  if (
    before < 0 &&
    clauseFrom > from &&
    clauseFrom - from < REACH &&
    INTRODUCTORY.test(text.slice(from, clauseFrom))
  ) {
    // "In the liver, there is a 2 cm cyst": the opening phrase names the site.
    const opening = firstAtOrAfter(sites.start, sites.count, from);
    for (let i = opening; i < sites.count && sites.end[i]! < clauseFrom; i++) before = i;
    if (before >= 0) return siteAt(c, before) ?? undefined;
  }
  // A site that names the mention before ("left lower lobe atelectasis and effusion") is
  // that mention's, not the subject of this one.
  const ofPrevious =
    before >= 0 &&
    previousStart >= sites.end[before]! &&
    FEW_WORDS.test(text.slice(sites.end[before], previousStart)) &&
    !NOT_ADJECTIVE.test(text.slice(sites.end[before], previousStart));
  // A subject opens its clause: a site after a preposition ("opacities in the left lung base
  // with probable effusion") locates something else.
  const subject =
    before >= 0 &&
    !ofPrevious &&
    !PREPOSITION.test(text.slice(clauseFrom, sites.start[before])) &&
    !NEW_SUBJECT.test(text.slice(sites.end[before], start));
  if (subject) {
    const bound = siteAt(c, firstOfChain(c, before)) ?? siteAt(c, before);
    return bound?.as(false, true);
  }
  // "The T8 vertebral body is wedged, consistent with a compression fracture": what the
  // clause before says of its subject is interpreted as this finding.
  if (before < 0 && beforeClause >= 0 && INTERPRETING.test(text.slice(from, start))) {
    const first = firstOfChain(c, beforeClause);
    const opening = text.slice(from, sites.start[first]);
    // The subject of the sentence's first clause, said before any preposition.
    if (!hasClauseBreak(text, from, sites.end[beforeClause]!) && !PREPOSITION.test(opening)) {
      const bound = siteAt(c, first) ?? siteAt(c, beforeClause);
      return bound?.as(false, true);
    }
  }
  return undefined;
}

/** A clause that interprets what the clause before it describes, up to the finding. */
const INTERPRETING =
  /^[^,;]*,\s*(?:which\s+(?:is|are|may|might|could)\s+(?:be\s+|represent\s+)?)?(?:(?:most\s+)?(?:likely|probably|possibly)\s+)?(?:consistent with|compatible with|suggestive of|suggesting|representing|in keeping with|concerning for|suspicious for|reflecting|related to)\s+(?:an?\s+|the\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;

/**
 * After a finding and one comma, words that only say where it is: "the largest in", "most
 * pronounced in", "predominantly at"; or "the" before a site the clause measures.
 */
const LOCATING =
  /^\s*(?:(?:the\s+)?(?:largest|biggest|dominant)\b[^,;]{0,40}?\s(?:in|within|at|of|involving)\s+(?:the\s+)?|(?:most|more|particularly|especially|predominantly|predominant|mainly|primarily|chiefly|greatest|worst)(?:\s+(?:pronounced|prominent|marked|severe|notable|evident|conspicuous))?\s+(?:in|within|at|along|involving)\s+(?:the\s+)?)(?:(?:left|right|both|bilateral)\s+)?$/i;
const MEASURED_SITE = /^\s*the\s+$/i;
const MEASURING = /^\s+(?:measuring|measures|measured|is\s+enlarged)\b/i;

/** The site of a clause after the mention's that only locates it, if that is what it does. */
function locatingClause(c: SiteContext, i: number, end: number): BoundSite | undefined {
  const { text, sites } = c;
  const gap = text.slice(end, sites.start[i]);
  const comma = gap.indexOf(',');
  if (comma < 0 || !/^\s*$/.test(gap.slice(0, comma)) || hasClauseBreak(gap, comma + 1, gap.length))
    return undefined;
  const clause = gap.slice(comma + 1);
  if (LOCATING.test(clause)) return siteAt(c, i);
  if (MEASURED_SITE.test(clause) && MEASURING.test(text.slice(sites.end[i], sites.end[i]! + 20)))
    return siteAt(c, i);
  return undefined;
}

/** The site after a mention, when a preposition ties it: "cyst in the lower pole of ...". */
function afterSite(c: SiteContext, i: number, end: number): BoundSite | undefined {
  const gap = c.text.slice(end, c.sites.start[i]);
  if (FEW_WORDS.test(gap) && !NOT_NOUN_AFTER.test(gap)) {
    // "enlarged left axillary lymph node": the noun the run of site words ends in.
    let last = i;
    while (
      last + 1 < c.sites.count &&
      /^\s+$/.test(c.text.slice(c.sites.end[last], c.sites.start[last + 1]))
    )
      last++;
    return siteAt(c, last);
  }
  if (!PREPOSITION.test(gap) || LANDMARK.test(gap) || wordCount(gap) > MAX_GAP_WORDS)
    return undefined;
  return siteAt(c, i);
}

/**
 * A structure that repeats along a region, at the level said after it or under the header's
 * organ: "superior endplate deformity of L1", "degenerative disc disease of the cervical
 * spine", "CERVICAL SPINE: Degenerative disc disease at C5-C6".
 */
function levelBeside(
  c: SiteContext,
  bound: BoundSite,
  following: BoundSite | undefined,
): BoundSite | undefined {
  if (!c.tables.series[bound.site]) return undefined;
  if (following) {
    const level = atLevel(c.tables, bound.site, following.site);
    if (level !== undefined) return new BoundSite(level, following.from, following.to);
  }
  for (const organ of c.organs ?? []) {
    const level = atLevel(c.tables, bound.site, organ);
    if (level !== undefined) return new BoundSite(level, bound.from, bound.to, bound.inside);
  }
  return undefined;
}

/** How many sites `site` is part of. */
function depth(c: SiteContext, site: string): number {
  let n = 0;
  for (let s = c.tables.sites[site]; s; s = c.tables.sites[s]) n++;
  return n;
}

/** The first site word of a "part of the organ" chain that ends at occurrence i. */
function firstOfChain(c: SiteContext, i: number): number {
  const { sites, text } = c;
  if (
    i > 0 &&
    sites.value[i - 1]!.kind === 'part' &&
    ORGAN_AFTER_PART.test(text.slice(sites.end[i - 1], sites.start[i]))
  )
    return i - 1;
  return i;
}
