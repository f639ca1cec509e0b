/**
 * Which topic a finding head names at a site: the most specific claim of the site or of a
 * site it is part of, else a claim of the head anywhere. A named site that no topic claims
 * gives no topic at all (a liver nodule is never a lung nodule). A head with no site takes
 * the site its study gives it (a chest radiograph's nodule is in the lung); with no study,
 * only a claim of the head anywhere can name it.
 */
import type { SiteContext } from './binding';
import type { Lexicon } from './lexicon';
import type { PhraseTables, TermEntry } from './phrase-tables';
import { firstAtOrAfter } from './sorted';

/** What claims are read from. */
export type ClaimTables = Pick<Lexicon, 'claims' | 'sites' | 'series' | 'projected' | 'studies'>;

/**
 * The topic that claims `head` at `site`, else (unless `anywhere` is false) the topic that
 * claims it anywhere, if any.
 */
export function claimedTopic(
  tables: ClaimTables,
  head: string,
  site: string | undefined,
  anywhere = true,
): string | undefined {
  const list = tables.claims[head];
  if (list === undefined) return undefined;
  for (let s = site; s; s = tables.sites[s]) {
    for (const [claimed, topicId] of list) if (claimed === s) return topicId;
  }
  if (anywhere) for (const [claimed, topicId] of list) if (claimed === '') return topicId;
  return undefined;
}

/** The site a head with no site of its own means in `study`, if the study gives one. */
export function studySite(
  tables: ClaimTables,
  head: string,
  study: string | undefined,
): string | undefined {
  if (study === undefined) return undefined;
  const given = tables.studies[study];
  return given ? (given.defaults[head] ?? given.region) : undefined;
}

/** True when `site` is `ancestor` or one of its parts. */
export function isWithin(tables: ClaimTables, site: string, ancestor: string): boolean {
  for (let s: string | undefined = site; s; s = tables.sites[s]) if (s === ancestor) return true;
  return false;
}

/**
 * The topic of a term that ends in a head ("spiculated mass") at the site its words name
 * beside it: its own topic where one of the topic's claims covers the site or lies within
 * it, else the topic that claims the head there ("spiculated mass in the liver" is a liver
 * lesion), else none (a breast mass is no lung mass). A topic that claims nothing keeps it.
 */
export function termAtSite(
  tables: PhraseTables,
  entry: TermEntry,
  site: string,
): string | undefined {
  const lexicon = tables.lexicon;
  const sites = tables.claimSites.get(entry.topicId);
  if (sites === undefined) return entry.topicId;
  for (const claimed of sites) {
    if (claimed === '' || isWithin(lexicon, site, claimed) || isWithin(lexicon, claimed, site))
      return entry.topicId;
  }
  return claimedTopic(lexicon, entry.head!, site, false);
}

/**
 * The site word of the sentence nearest to the mention [start, end) that a claim of `head`
 * covers (before it first), or -1.
 */
export function claimedInSentence(
  c: SiteContext,
  head: string,
  start: number,
  end: number,
): number {
  const { sites } = c;
  let best = -1;
  let bestDistance = Infinity;
  // A sentence runs on for pages only in broken text; a site that far off is not the head's.
  for (let i = firstAtOrAfter(sites.start, sites.count, start - 600); i < sites.count; i++) {
    const s = sites.start[i]!;
    if (s > end + 600) break;
    const entry = sites.value[i]!;
    if (entry.kind !== 'site' || claimedTopic(c.tables, head, entry.site, false) === undefined)
      continue;
    const distance = s < start ? start - s : (s - end) * 1.5;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * For a site that repeats along a region (a vertebra, a disc), the site that `level`, a part
 * of that region said beside it, names: the level itself ("endplate of L1" is at L1), or for
 * a site between levels the level's segment ("disc disease at C5-C6": the cervical spine).
 */
export function atLevel(tables: ClaimTables, site: string, level: string): string | undefined {
  const series = tables.series[site];
  if (!series || level === site || isWithin(tables, level, site)) return undefined;
  if (!isWithin(tables, level, series.along)) return undefined;
  if (!series.between) return level;
  let segment = level;
  while (tables.sites[segment] && tables.sites[segment] !== series.along)
    segment = tables.sites[segment]!;
  return segment;
}

/** True when `site` lies within one of `claimed` ('' for anywhere). */
export function withinAny(tables: ClaimTables, site: string, claimed: readonly string[]): boolean {
  for (const c of claimed) if (c === '' || isWithin(tables, site, c)) return true;
  return false;
}
