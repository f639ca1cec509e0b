/**
 * Binds a mention to the site its clause names: a site inside the mention ("renal cyst"), an
 * adjective or noun right before it ("left ovarian cyst", "hepatic segment 7 lesion"), a
 * prepositional phrase after it ("cyst in the lower pole of the left kidney", "fracture of
 * the left seventh rib"), or the subject it is said of ("the left kidney contains a stone",
 * "the spleen is enlarged"). A part phrase shared by organs ("lower pole") is the part of the
 * organ named beside it, or of the organ its header names. Pure: reads the sentence's site
 * words as the matcher found them.
 */
import { atLevel, isWithin } from './claims';
import {
  BoundSite,
  ORGAN_AFTER_PART,
  organAt,
  partOf,
  siteAt,
  type SiteContext,
} from './site-words';
import { firstAtOrAfter } from './sorted';

export { BoundSite, type SiteContext } from './site-words';

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
const INTRODUCTORY = /^\s*(?:in|within|at)\s+the\s/i;
/**
 * A site after these is a landmark the finding is seen against, not its site ("nodule
 * projecting over the right fifth rib", "effusion extending to the level of the aortic arch").
 */
const LANDMARK =
  /(?:^|[^\p{L}])(?:projecting|projected|projects|overlying|overlies|overlie|superimposed|level|extending|extends|adjacent|abutting|above|below|behind|between|beneath)(?:[^\p{L}]|$)/iu;
const PROJECTING =
  /^[^\p{L}]*(?:projecting|projected|projects|overlying|overlies|overlie|superimposed)\s+(?:(?:over|on|upon)\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const MAX_GAP_WORDS = 10;
/** How far from a mention its clause is looked for: a site farther off is not its own. */
const REACH = 240;

const wordCount = (text: string) => text.split(/[\s-]+/).filter(Boolean).length;

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
  /** A part phrase of the mention's own that no organ beside it resolved ("medial compartment"). */
  let loosePart = -1;
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
      else if (!bound && sites.value[i]!.kind === 'part') loosePart = i;
    } else if (e <= start) {
      if (!(s >= previousStart && e <= previousEnd)) before = i;
    } else if (after < 0 && s >= end && e <= hi) {
      after = i;
    }
  }
  if (before >= 0 && hasClauseBreak(text, sites.end[before]!, start))
    before = listSubject(c, before, start, lo);
  // Only sites of the mention's clause: no comma or semicolon between, but for a clause
  // that only says where the finding is ("cysts, the largest in the tail").
  const beforeClause = before;
  if (
    before >= 0 &&
    hasClauseBreak(text, sites.start[before]!, start) &&
    !saidOfAcrossCommas(text.slice(sites.end[before], start))
  )
    before = -1;
  let following: BoundSite | undefined;
  if (after >= 0 && hasClauseBreak(text, end, sites.end[after]!)) {
    following = locatingClause(c, after, end);
    after = -1;
  } else if (after >= 0) {
    following = afterSite(c, after, end);
  }
  if (loosePart >= 0) {
    const part = partInSentence(c, loosePart, before, following, from);
    if (
      part &&
      (!inside || isWithin(c.tables, part.site, inside.site) || !c.tables.sites[inside.site])
    )
      inside = part;
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

/** After a site and a comma, a predicate of it: "lymph nodes, not enlarged". */
const APPOSITION = /^\s*,\s*(?:(?:not|non|mildly|moderately|markedly|slightly|diffusely)\s+)*$/i;
const LIST_OPENER = /(?:^|[^\p{L}])(?:without|with|no|nor)\s/iu;
const LIST_ITEM = /^\s*(?:(?:and|or|nor)\s+)?(?:[\p{L}\p{N}-]+\s+){0,4}[\p{L}\p{N}-]*\s*$/u;

/**
 * True when the commas between a site and a finding after it do not end the site's clause: a
 * predicate set off by one ("lymph nodes, not enlarged"), or a list the finding is an item
 * of ("kidneys are normal in size without hydronephrosis, stones or masses").
 */
function saidOfAcrossCommas(gap: string): boolean {
  if (APPOSITION.test(gap)) return true;
  if (gap.includes(';')) return false;
  const items = gap.split(',');
  if (!LIST_OPENER.test(items[0]!) || NEW_SUBJECT.test(gap)) return false;
  return items.slice(1).every((item) => LIST_ITEM.test(item));
}

/**
 * The site a list the mention is an item of is said of, when the site word `i` before it only
 * names an earlier item: "kidneys are normal without hydronephrosis, stones or masses" (the
 * stones are the kidneys'), "liver normal without biliary dilatation, masses or cysts".
 * Else `i`. Sites are looked for back to `lo`.
 */
function listSubject(c: SiteContext, i: number, start: number, lo: number): number {
  const { text, sites } = c;
  // Only a list of findings: "opacities, possibly due to airspace disease" interprets, and
  // "lung disease, with worsened opacities" opens a list of its own.
  const items = text.slice(sites.end[i], start).split(',').slice(1);
  if (!items.every((item) => NOUN_ITEM.test(item) && !NOT_AN_ITEM.test(item))) return i;
  for (let j = i - 1; j >= 0 && sites.start[j]! >= lo; j--) {
    if (sites.end[j]! <= sites.start[i]! && saidOfAcrossCommas(text.slice(sites.end[j], start)))
      return j;
  }
  return i;
}

/** A later item of a list of findings, up to the finding: "or", a word or two. */
const NOUN_ITEM = /^\s*(?:(?:and|or|nor)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}$/u;
const NOT_AN_ITEM =
  /(?:^|[^\p{L}])(?:with|without|no|possibly|possible|likely|probably|probable|due|versus|vs|suggest|suggesting|suggestive|represent|representing|consistent|compatible|concerning|suspicious|may|might|could)(?:[^\p{L}]|$)/iu;

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
  if (PROJECTING.test(gap)) {
    // "Nodule projecting over the left mid lung": a radiograph's lung zone holds what
    // projects over it; a rib or the heart is only where it is seen.
    const bound = siteAt(c, i);
    const inZone = c.tables.projected.some((zone) => bound && isWithin(c.tables, bound.site, zone));
    return inZone ? bound : undefined;
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

/**
 * The part a part phrase of the mention names, of the organ its sentence names: after the
 * mention ("medial compartment joint space narrowing of the right knee"), before it, or in
 * the header ("chondrocalcinosis of both knees with medial compartment narrowing").
 */
function partInSentence(
  c: SiteContext,
  i: number,
  before: number,
  following: BoundSite | undefined,
  from: number,
): BoundSite | undefined {
  const { sites } = c;
  const parts = (sites.value[i] as { parts: [string, string][] }).parts;
  const organs: string[] = [];
  if (following) organs.push(following.site);
  for (let j = before >= 0 ? before : i - 1; j >= 0 && sites.start[j]! >= from; j--) {
    const organ = sites.value[j]!.kind === 'site' ? organAt(c, j) : undefined;
    if (organ !== undefined) organs.push(organ);
  }
  organs.push(...(c.organs ?? []));
  for (const organ of organs) {
    const part = partOf(c, parts, organ);
    if (part !== undefined) return new BoundSite(part, sites.start[i]!, sites.end[i]!, true);
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
