/**
 * One mention of several lesions, each said apart, is one finding per lesion: sizes listed
 * after the mention with their own site or side ("two cysts, 8 mm in segment 2 and 1.6 cm in
 * segment 7", "bilateral adrenal nodules, the left measuring 1.2 cm and the right 2.0 cm"),
 * or sites coordinated where the mention's site is said ("compression fractures of T7 and
 * L2", "right 5th and 6th rib fractures"). Pure: reads the sentence's site words.
 */
import { claimedTopic, isWithin } from './claims';
import { isAsciiDigit } from './code-units';
import { sizesIn } from './modifiers';
import { makeFinding } from './make-finding';
import type { MentionEntry, PhraseTables } from './phrase-tables';
import type { Finding, Laterality } from './schema';
import { BoundSite, organAt, partOf, siteAt, type SiteContext } from './site-words';
import { mentionIndicator } from './urgency';

/** One lesion of a mention: the words [from, to) that say it apart, and what they say. */
export interface Lesion {
  from: number;
  to: number;
  size?: string;
  side?: Laterality;
  site?: BoundSite;
}

/** A mention of several: a plural ("cysts", "calculi"), or one counted before it. */
const COUNTED = /\b(?:two|three|four|five|several|multiple|bilateral|both)\b[^,;.:]*$/i;
/** A list of lesions opens with a comma or colon after the mention and its site. */
const LIST_OPENS = /^\s*[,:]\s*/;
const ITEM_BREAK = /\s*,\s*(?:and\s+)?|\s+and\s+/g;
const SIDE_WORD = /\b(left|right)\b/i;
/** Words that make a size a bound of all the lesions, not the size of one. */
const RANGE = /\b(?:up to|to|ranging|range|largest|smallest|measuring up)\b/i;
/** Between coordinated sites: "T7 and L2", "5th, 6th and 7th". */
const COORDINATED = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/;

/** True when the mention [start, end) names several lesions. */
export function namesSeveral(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1) | 32;
  return last === 0x73 || last === 0x69 || COUNTED.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * True when a list of sized lesions can open at `from` (before `to`): the first character
 * after spaces is a comma or colon, and a digit follows (every lesion of a list has a size).
 */
function opensList(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && text.charCodeAt(i) === 32) i++;
  const ch = i < to ? text.charCodeAt(i) : 0;
  if (ch !== 44 && ch !== 58) return false;
  for (i++; i < to; i++) if (isAsciiDigit(text.charCodeAt(i))) return true;
  return false;
}

const JOIN_AFTER = /^\s*(?:,|and\b|or\b)/i;
const JOIN_BEFORE = /(?:,|\band|\bor)\s*$/i;

/** True when "and", "or" or a comma stands right beside the bound site's words. */
function besideJoin(text: string, bound: BoundSite): boolean {
  return (
    JOIN_AFTER.test(text.slice(bound.to, bound.to + 6)) ||
    JOIN_BEFORE.test(text.slice(Math.max(0, bound.from - 6), bound.from))
  );
}

/** The site words in [from, to) as a site of `base` (or anywhere, when `base` is undefined). */
function siteIn(c: SiteContext, from: number, to: number, base: string | undefined) {
  const { sites } = c;
  for (let i = 0; i < sites.count; i++) {
    if (sites.start[i]! < from || sites.end[i]! > to) continue;
    let bound = siteAt(c, i);
    const entry = sites.value[i]!;
    if (!bound && entry.kind === 'part' && base !== undefined) {
      const part = partOf(c, entry.parts, base);
      if (part !== undefined) bound = new BoundSite(part, sites.start[i]!, sites.end[i]!);
    }
    if (bound && (base === undefined || isWithin(c.tables, bound.site, base))) return bound;
  }
  return undefined;
}

/**
 * The lesions a list after the mention gives, one size each: the text [from, to) after the
 * mention and its site words. Undefined unless there are at least two.
 */
export function listedLesions(
  c: SiteContext,
  from: number,
  to: number,
  base: string | undefined,
): Lesion[] | undefined {
  const { text } = c;
  const tail = text.slice(from, to);
  const opens = LIST_OPENS.exec(tail);
  if (!opens) return undefined;
  const lesions: Lesion[] = [];
  let at = from + opens[0].length;
  const breaks = [...tail.slice(opens[0].length).matchAll(ITEM_BREAK)];
  const ends = [...breaks.map((b) => [at + b.index, at + b.index + b[0].length] as const)];
  ends.push([to, to]);
  for (const [itemTo, next] of ends) {
    const words = text.slice(at, itemTo).replace(/[\s.]+$/, '');
    const sizes = sizesIn(text, at, itemTo);
    if (sizes.length !== 1 || RANGE.test(words)) return undefined;
    const side = SIDE_WORD.exec(words)?.[1]?.toLowerCase() as Laterality | undefined;
    const site = siteIn(c, at, itemTo, base);
    lesions.push({ from: at, to: at + words.length, size: sizes[0], side, site });
    at = next;
  }
  return lesions.length >= 2 ? lesions : undefined;
}

/**
 * The sites coordinated with the bound one ("fractures of T7 and L2", "5th and 6th rib"),
 * in text order, the bound one among them; undefined when it stands alone. Coordinated sites
 * are sites of one kind: with the same parent, or levels of one region.
 */
export function coordinatedSites(c: SiteContext, bound: BoundSite): BoundSite[] | undefined {
  const { sites, text, tables } = c;
  let k = -1;
  for (let i = 0; i < sites.count && k < 0; i++)
    if (sites.end[i] === bound.to && sites.start[i]! >= bound.from) k = i;
  if (k < 0) return undefined;
  const parent = tables.sites[bound.site] ?? '';
  const kin = (site: string) =>
    site !== bound.site &&
    !isWithin(tables, site, bound.site) &&
    !isWithin(tables, bound.site, site) &&
    (tables.sites[site] === parent ||
      (parent !== '' && tables.sites[tables.sites[site] ?? ''] === tables.sites[parent]));
  const resolve = (i: number): BoundSite | undefined => {
    const entry = sites.value[i]!;
    if (entry.kind === 'part') {
      const part = parent !== '' ? partOf(c, entry.parts, parent) : undefined;
      return part !== undefined ? new BoundSite(part, sites.start[i]!, sites.end[i]!) : undefined;
    }
    const site = organAt(c, i);
    return site !== undefined ? new BoundSite(site, sites.start[i]!, sites.end[i]!) : undefined;
  };
  const before: BoundSite[] = [];
  for (
    let i = k - 1;
    i >= 0 && COORDINATED.test(text.slice(sites.end[i], sites.start[i + 1]));
    i--
  ) {
    const site = resolve(i);
    if (!site || !kin(site.site)) break;
    before.unshift(site);
  }
  const after: BoundSite[] = [];
  for (
    let i = k + 1;
    i < sites.count && COORDINATED.test(text.slice(sites.end[i - 1], sites.start[i]));
    i++
  ) {
    const site = resolve(i);
    if (!site || !kin(site.site)) break;
    after.push(site);
  }
  if (before.length === 0 && after.length === 0) return undefined;
  return [...before, bound, ...after];
}

/**
 * A cheap first look: whether a list of lesions or a coordination could follow the mention
 * of `finding` (a comma or colon after it, "and", "or" or a comma beside its site's words),
 * and the mention names several.
 */
export function mayNameSeveral(
  text: string,
  finding: Finding,
  bound: BoundSite | undefined,
  tailTo: number,
): boolean {
  const tailFrom = Math.max(finding.end, bound?.to ?? 0);
  return (
    ((tailFrom < tailTo && opensList(text, tailFrom, tailTo)) ||
      (bound !== undefined && besideJoin(text, bound))) &&
    namesSeveral(text, finding.start, finding.end)
  );
}

/**
 * The findings a mention of several lesions is, in text order, or undefined when it names one
 * lesion (or its lesions are not said apart). `finding` is the mention's, `entry` what the
 * mention is; `tailTo` ends the stretch its modifiers come from. A head's lesions must be
 * claimed by the finding's topic at their own sites; a lesion's size sets its urgency.
 */
export function severalFindings(
  c: SiteContext,
  tables: PhraseTables,
  entry: MentionEntry,
  finding: Finding,
  bound: BoundSite | undefined,
  tailTo: number,
): Finding[] | undefined {
  const { topicId } = finding;
  const topicAt = (site: string) =>
    entry.kind === 'head' ? claimedTopic(tables.lexicon, entry.head, site) : topicId;
  const indicatorOf = (sizes: string[] | undefined) =>
    mentionIndicator(tables.urgency[topicId], {
      term: entry.kind === 'term' ? entry.indicator : undefined,
      severity: finding.severity,
      sizes,
      course: finding.course,
    });
  const { text } = c;
  // Most mentions name one lesion: look at the words only where a list or a coordination
  // could stand (a comma or colon after the mention, "and", "or" or a comma beside its site).
  const tailFrom = Math.max(finding.end, bound?.to ?? 0);
  const listed = tailFrom < tailTo && opensList(text, tailFrom, tailTo);
  const joined = bound !== undefined && besideJoin(text, bound);
  if ((!listed && !joined) || !namesSeveral(text, finding.start, finding.end)) return undefined;
  const lesions = listed ? listedLesions(c, tailFrom, tailTo, finding.site) : undefined;
  const one = (l: Lesion, first: boolean): Finding => {
    const sizes = l.size !== undefined ? [l.size] : first ? finding.sizes : undefined;
    const from = first ? finding.start : l.from;
    const to = first ? finding.end : l.to;
    return makeFinding(
      finding.topicId,
      from,
      to,
      text.slice(from, to),
      finding.status,
      indicatorOf(sizes),
      l.side ?? finding.laterality,
      finding.severity,
      sizes,
      l.site?.site ?? finding.site,
      finding.course,
      l.site ? text.slice(l.site.from, l.site.to) : finding.siteText,
    );
  };
  if (lesions) return lesions.map((l, i) => one(l, i === 0));
  const coordinated = joined ? coordinatedSites(c, bound) : undefined;
  if (!coordinated || coordinated.some((s) => topicAt(s.site) !== finding.topicId))
    return undefined;
  const found = coordinated.map((site) => {
    if (site === bound) return finding;
    return one({ from: site.from, to: site.to, site }, false);
  });
  return found.sort((a, b) => a.start - b.start);
}
