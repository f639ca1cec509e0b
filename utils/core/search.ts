/**
 * Free-text topic search (the panel's search box) and highlight-to-lookup resolution. Search
 * runs over titles, terms (synonyms, abbreviations), categories and bottom lines; it is
 * case- and accent-insensitive, matches word prefixes and forgives typos. A lookup goes
 * through the detector first, so whatever the lexicon knows (synonyms, abbreviations,
 * plurals, site refinement) resolves exactly; search is the fallback. Pure.
 */
import type { Detector } from './detect';
import type { Topic } from './schema';

/** A topic the search found. */
export interface SearchHit {
  topicId: string;
  title: string;
  score: number;
  /** The field that matched best. */
  matched: 'title' | 'term' | 'bottom-line' | 'category' | 'guideline';
}

/** A compiled search over a set of topics. */
export interface TopicIndex {
  /** The best topics for `query`, best first (empty for an empty query). */
  search(query: string, limit?: number): SearchHit[];
}

/** The topic fields search reads. */
export type SearchableTopic = Pick<Topic, 'id' | 'title' | 'terms' | 'bottomLine' | 'category'> &
  Partial<Pick<Topic, 'references' | 'branches'>>;

/** Folds text for matching: accents off, lower case, anything but letters and digits a space. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Field = SearchHit['matched'];
const WEIGHT: Record<Field, number> = {
  title: 3,
  term: 2,
  category: 1,
  guideline: 0.8,
  'bottom-line': 0.5,
};
const FIELDS: Field[] = ['title', 'term', 'category', 'guideline', 'bottom-line'];

interface Entry {
  id: string;
  title: string;
  words: Record<Field, string[]>;
  /** Folded title and terms, for whole-phrase matches. */
  phrases: string[];
  /** How often each word occurs in everything indexed: breaks ties between equal scores. */
  counts: Map<string, number>;
}

function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of split(text)) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Edit distance with transpositions (optimal string alignment), or `max + 1` past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Typos forgiven for a query word of this length. */
const typos = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/** How well query word `q` matches word `w`: 1 exact, 0.7 prefix, 0.5 typo, 0 none. */
function wordMatch(q: string, w: string, prefixOk: boolean): number {
  if (q === w) return 1;
  if (prefixOk && w.startsWith(q)) return 0.7;
  const allowed = typos(q.length);
  if (allowed > 0) {
    if (editDistance(q, w, allowed) <= allowed) return 0.5;
    // A typo while still typing: the query is a misspelt prefix of the word.
    if (prefixOk && w.length > q.length && editDistance(q, w.slice(0, q.length), 1) <= 1) {
      return 0.4;
    }
  }
  return 0;
}

const unique = (words: string[]) => [...new Set(words.filter(Boolean))];
const split = (text: string) => foldForSearch(text).split(' ');

/** Compiles `topics` for searching. */
export function createTopicIndex(topics: readonly SearchableTopic[]): TopicIndex {
  const entries: Entry[] = topics.map((t) => ({
    id: t.id,
    title: t.title,
    words: {
      title: unique(split(t.title)),
      term: unique(t.terms.flatMap((term) => split(term.text))),
      category: unique(split(t.category)),
      'bottom-line': unique(split(t.bottomLine)),
      // Guideline names ("Fleischner", "Bosniak", "TI-RADS") from branch and reference titles.
      guideline: unique([
        ...(t.branches ?? []).flatMap((g) => split(g.title)),
        ...(t.references ?? []).flatMap((r) => split(`${r.title} ${r.source}`)),
      ]),
    },
    phrases: [foldForSearch(t.title), ...t.terms.map((term) => foldForSearch(term.text))],
    counts: wordCounts([
      t.title,
      t.bottomLine,
      ...t.terms.map((term) => term.text),
      ...(t.branches ?? []).map((g) => g.title),
      ...(t.references ?? []).map((r) => `${r.title} ${r.source}`),
    ]),
  }));

  return {
    search(query, limit = 10) {
      const folded = foldForSearch(query);
      if (!folded) return [];
      const words = folded.split(' ');
      const hits: (SearchHit & { frequency: number })[] = [];
      for (const entry of entries) {
        let score = 0;
        let best: { field: Field; value: number } | undefined;
        let all = true;
        for (let k = 0; k < words.length && all; k++) {
          const q = words[k]!;
          const prefixOk = k === words.length - 1 || q.length >= 3;
          let wordBest = 0;
          let wordField: Field = 'title';
          for (const field of FIELDS) {
            let quality = 0;
            for (const w of entry.words[field]) {
              const m = wordMatch(q, w, prefixOk);
              if (m > quality) quality = m;
              if (quality === 1) break;
            }
            const value = quality * WEIGHT[field];
            if (value > wordBest) {
              wordBest = value;
              wordField = field;
            }
          }
          if (wordBest === 0) all = false;
          score += wordBest;
          if (!best || wordBest > best.value) best = { field: wordField, value: wordBest };
        }
        if (!all || !best) continue;
        if (entry.phrases.includes(folded)) score += 10;
        else if (entry.phrases.some((p) => p.startsWith(folded))) score += 4;
        const frequency = words.reduce((sum, w) => sum + (entry.counts.get(w) ?? 0), 0);
        hits.push({ topicId: entry.id, title: entry.title, score, matched: best.field, frequency });
      }
      hits.sort(
        (a, b) =>
          b.score - a.score || b.frequency - a.frequency || a.title.localeCompare(b.title, 'en'),
      );
      return hits.slice(0, limit).map(({ frequency: _, ...hit }) => hit);
    },
  };
}

/** Longest selection handed to the detector; longest query put in the search box. */
const MAX_LOOKUP = 2000;
const MAX_QUERY = 200;

/** Where a lookup leads: a topic, or a search to refine. */
export type LookupResult =
  { topicId: string; via: 'lexicon' | 'search' } | { topicId: undefined; query: string };

/** Resolves selected page text to the topic it names (lexicon first, then search). */
export function resolveLookup(
  selection: string,
  detector: Pick<Detector, 'detect'>,
  index: TopicIndex,
): LookupResult {
  const text = selection
    .slice(0, MAX_LOOKUP * 2)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_LOOKUP);
  if (!text) return { topicId: undefined, query: '' };
  let best: { topicId: string; length: number } | undefined;
  for (const finding of detector.detect(text)) {
    const length = finding.end - finding.start;
    if (!best || length > best.length) best = { topicId: finding.topicId, length };
  }
  if (best) return { topicId: best.topicId, via: 'lexicon' };
  const query = text.slice(0, MAX_QUERY).trim();
  const [hit] = index.search(query, 1);
  if (hit) return { topicId: hit.topicId, via: 'search' };
  return { topicId: undefined, query };
}
