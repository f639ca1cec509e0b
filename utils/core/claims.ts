/**
 * Which topic a finding head names at a site: the most specific claim of the site or of a
 * site it is part of, else a claim of the head anywhere. A named site that no topic claims
 * gives no topic at all (a liver nodule is never a lung nodule). A head with no site takes
 * the site its study gives it (a chest radiograph's nodule is in the lung); with no study,
 * only a claim of the head anywhere can name it.
 */
import type { Lexicon } from './lexicon';

/** What claims are read from. */
export type ClaimTables = Pick<Lexicon, 'claims' | 'sites' | 'studies'>;

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
