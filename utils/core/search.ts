/**
 * Free-text topic search (the panel's search box) and highlight-to-lookup resolution. Search
 * runs over titles, terms (synonyms, abbreviations), categories, guideline names and bottom
 * lines; it is case- and accent-insensitive, matches word prefixes and forgives typos. A
 * lookup goes through the detector first, so whatever the lexicon knows (synonyms,
 * abbreviations, plurals, site refinement) resolves exactly; search is the fallback. Pure.
 *
 * The search itself lives in search-index.ts (index and ranking), search-names.ts (what names
 * a topic) and search-words.ts (folding, edit distance, word matches).
 *
 * Ours rather than MiniSearch: tried in its place (our weights, folding and phrase rules on
 * top), it failed search tests this passes: it forgives no typo in a prefix still being typed
 * ("pnemot"), counts a transposition as two edits ("cat scna") and breaks ties by BM25 rather
 * than by word frequency, while making the panel's bundle larger.
 */
import { cut, MAX_LOOKUP_CHARS } from './selection';
import type { Detector } from './detect';
import type { TopicIndex } from './search-index';

export {
  createTopicIndex,
  type SearchableTopic,
  type SearchHit,
  type TopicIndex,
} from './search-index';
export { type DistanceRows, editDistance, foldForSearch } from './search-words';

/** Longest query put in the search box. */
const MAX_QUERY = 200;

/** Where a lookup leads: a topic, or a search to refine. */
export type LookupResult =
  { topicId: string; via: 'lexicon' | 'search' } | { topicId: undefined; query: string };

// No `u` flag: with it a regular expression cannot see half of a surrogate pair.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Resolves selected page text to the topic it names (lexicon first, then search). */
export function resolveLookup(
  selection: string,
  detector: Pick<Detector, 'detect'>,
  index: Pick<TopicIndex, 'best'>,
): LookupResult {
  const text = cut(
    cut(String(selection), MAX_LOOKUP_CHARS * 4)
      .replace(/\p{Cf}/gu, '') // soft hyphens, zero-width and direction marks
      .replace(LONE_SURROGATE, '')
      .replace(/[\s\p{Cc}]+/gu, ' ')
      .trim(),
    MAX_LOOKUP_CHARS,
  );
  if (!text) return { topicId: undefined, query: '' };
  let best: { topicId: string; length: number } | undefined;
  for (const finding of detector.detect(text)) {
    const length = finding.end - finding.start;
    if (!best || length > best.length) best = { topicId: finding.topicId, length };
  }
  if (best) return { topicId: best.topicId, via: 'lexicon' };
  const query = cut(text, MAX_QUERY).trim();
  const hit = index.best(query);
  if (hit) return { topicId: hit.topicId, via: 'search' };
  return { topicId: undefined, query };
}
