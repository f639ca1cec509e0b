/**
 * The site words of a sentence, read as sites: which site an occurrence names (a side-bearing
 * phrase only after its side word, a shared part phrase as the part of the organ beside it or
 * of the header's organ, a level before a structure that repeats along a region), and the
 * bound site a mention gets. Pure: reads the matcher's site occurrences.
 */
import { atLevel, isWithin, type ClaimTables } from './claims';
import type { SiteEntry } from './phrase-tables';
import { sameWords, type SectionHeaders } from './sections';
import type { SpanList } from './spans';
import { isAsciiAlnum, isAsciiDigit, isWhitespace } from './code-units';

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

const PART_AFTER_ORGAN = /^[\s,:-]*$/;
export const ORGAN_AFTER_PART = /^\s+(?:of|in|within)\s+(?:the\s+)?(?:(?:left|right|both)\s+)?$/i;

const SIDE_BEFORE = /(?:^|[^\p{L}])(left|right)[\s-]*$/iu;
/** What `[\s-]` matches. */
const isBlankOrHyphen = (c: number) => isWhitespace(c) || c === 0x2d;

/** True when occurrence i's entry names no side, or the side word before it is that side. */
function sideFits(c: SiteContext, i: number): boolean {
  const side = c.sites.value[i]!.side;
  if (side === undefined) return true;
  const { text } = c;
  const at = c.sites.start[i]!;
  const from = Math.max(0, at - 12);
  // SIDE_BEFORE on text[from, at), read in place (this runs for every sided site word); a
  // character other than ASCII before the side word is left to the RegExp.
  let end = at;
  while (end > from && isBlankOrHyphen(text.charCodeAt(end - 1))) end--;
  const wordStart = end - side.length;
  if (wordStart < from) return false;
  for (let k = 0; k < side.length; k++)
    if ((text.charCodeAt(wordStart + k) | 32) !== side.charCodeAt(k)) return false;
  if (wordStart === from) return true;
  const before = text.charCodeAt(wordStart - 1);
  if (before >= 0x80) return SIDE_BEFORE.exec(text.slice(from, at))?.[1]?.toLowerCase() === side;
  return !isAsciiAlnum(before) || isAsciiDigit(before);
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
export function organAt(c: SiteContext, i: number): string | undefined {
  i = preferred(c, i);
  const entry = c.sites.value[i]!;
  if (entry.kind !== 'site' || !sideFits(c, i)) return undefined;
  if (entry.raw !== undefined && !sameWords(c.text, c.sites.start[i]!, c.sites.end[i]!, entry.raw))
    return undefined;
  return entry.site;
}

/** The part of `organ` that a part phrase's pairs name, if any. */
export function partOf(
  c: SiteContext,
  parts: [string, string][],
  organ: string,
): string | undefined {
  for (const [parent, part] of parts) if (parent === organ) return part;
  for (const [parent, part] of parts) if (isWithin(c.tables, organ, parent)) return part;
  return undefined;
}

/** The site occurrence i names, with its words: a part resolved against its organ. */
export function siteAt(c: SiteContext, i: number): BoundSite | undefined {
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

/**
 * The reading of the site words inside the mention [start, end), or right before it, that
 * lies within one of `sites` (a topic's claimed sites), when the words also name a part of
 * one ("thoracic kyphosis": the thoracic spine, not the chest; "cervical spondylosis").
 */
export function readingWithin(
  c: SiteContext,
  sites: readonly string[],
  start: number,
  end: number,
): BoundSite | undefined {
  const { text } = c;
  for (let i = 0; i < c.sites.count; i++) {
    const from = c.sites.start[i]!;
    const to = c.sites.end[i]!;
    if (to <= start ? !/^[\s-]*$/.test(text.slice(to, start)) : from < start || to > end) continue;
    const entry = c.sites.value[i]!;
    if (entry.kind !== 'part') continue;
    for (const site of sites) {
      const part = site !== '' ? partOf(c, entry.parts, site) : undefined;
      if (part !== undefined) return new BoundSite(part, from, to, from >= start);
    }
  }
  return undefined;
}
