/**
 * Free-text topic search (the panel's search box) and highlight-to-lookup resolution. Search
 * runs over titles, terms (synonyms, abbreviations), categories, guideline names and bottom
 * lines; it is case- and accent-insensitive, matches word prefixes and forgives typos. A
 * lookup goes through the detector first, so whatever the lexicon knows (synonyms,
 * abbreviations, plurals, site refinement) resolves exactly; search is the fallback. Pure.
 */
import type { Detector } from './detect';
import type { Topic } from './schema';

/** A topic the search found. */
export interface SearchHit {
  topicId: string;
  title: string;
  score: number;
  /** The field that matched best ('guideline': a branch or reference title, e.g. Fleischner). */
  matched: 'title' | 'term' | 'bottom-line' | 'category' | 'guideline';
}

/** A compiled search over a set of topics. */
export interface TopicIndex {
  /** The best topics for `query`, best first (empty for an empty query). */
  search(query: string, limit?: number): SearchHit[];
  /** The one topic every word names itself (title, term, guideline name); else undefined. */
  best(query: string): SearchHit | undefined;
}

/** The topic fields search reads. */
export type SearchableTopic = Pick<Topic, 'id' | 'title' | 'terms' | 'bottomLine' | 'category'> &
  Partial<Pick<Topic, 'references' | 'branches'>>;

/** Folds text for matching: accents off, lower case, anything but letters and digits a space. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Field = SearchHit['matched'];
const WEIGHT: Readonly<Record<Field, number>> = {
  title: 3,
  term: 2,
  category: 1,
  guideline: 0.8,
  'bottom-line': 0.5,
};
/** Match qualities: exact over prefix over typo. */
const EXACT = 1;
const PREFIX = 0.7;
const TYPO = 0.5;
const TYPO2 = 0.45;
const TYPO_PREFIX = 0.4;
/** Bonus for a query that is a whole title or term; the whole of one with typos. */
const EXACT_PHRASE = 10;
const TYPO_PHRASE = 3;
/** Query words read: the rest of a pasted paragraph cannot match all at once anyway. */
const MAX_WORDS = 16;
/** A guideline name in branch titles of at most this many topics names them ("Fleischner"). */
const RARE = 3;

/** Three rows of work for `editDistance`, reused by one query word over every index word. */
export interface DistanceRows {
  rows: [Int32Array, Int32Array, Int32Array];
}

const distanceRows = (n: number): DistanceRows => ({
  rows: [new Int32Array(n), new Int32Array(n), new Int32Array(n)],
});

/** Edit distance with transpositions (optimal string alignment), or `max + 1` past `max`. */
export function editDistance(
  a: string,
  b: string,
  max: number,
  work: DistanceRows = distanceRows(b.length + 1),
): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (work.rows[0].length <= n) work.rows = distanceRows(n * 2 + 1).rows;
  let [prev2, prev, row] = work.rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[n]!;
}

/** Letters present in each prefix of `word`, as bits: one edit changes at most two bits. */
function prefixMasks(word: string): Uint32Array {
  const masks = new Uint32Array(word.length + 1);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    masks[i + 1] = masks[i]! | (1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6)));
  }
  return masks;
}

function bitCount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/** Typos forgiven for a query word of this length. */
const typos = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/** A folded query word with its letter masks. */
interface QueryWord {
  text: string;
  mask: number;
  /** Prefix matches allowed: the last word (still being typed) or 3+ letters. */
  prefixOk: boolean;
  /** The last word: may be a misspelt prefix. */
  last: boolean;
  /** Its work rows for edit distances: one query word is compared with thousands of words. */
  work: DistanceRows;
}

function queryWord(text: string, k: number, count: number): QueryWord {
  const last = k === count - 1;
  return {
    text,
    mask: prefixMasks(text)[text.length]!,
    prefixOk: last || text.length >= 3,
    last,
    work: distanceRows(64),
  };
}

/** How well query word `q` matches word `w` (EXACT, PREFIX, TYPO, TYPO2, TYPO_PREFIX or 0). */
function wordMatch(q: QueryWord, w: string, masks: Uint32Array = prefixMasks(w)): number {
  const t = q.text;
  if (t === w) return EXACT;
  if (q.prefixOk && w.startsWith(t)) return PREFIX;
  const allowed = typos(t.length);
  if (allowed === 0) return 0;
  if (
    Math.abs(w.length - t.length) <= allowed &&
    bitCount(q.mask ^ masks[w.length]!) <= 2 * allowed
  ) {
    const d = editDistance(t, w, allowed, q.work);
    if (d <= allowed) return d <= 1 ? TYPO : TYPO2;
  }
  // Still typing, with a typo: the query is one edit from a prefix of the word.
  if (q.last && w.length > t.length) {
    for (let n = t.length - 1; n <= t.length + 1 && n < w.length; n++) {
      if (bitCount(q.mask ^ masks[n]!) <= 2 && editDistance(t, w.slice(0, n), 1, q.work) <= 1) {
        return TYPO_PREFIX;
      }
    }
  }
  return 0;
}

/** Words of `text`, plus hyphenated or slashed compounds joined ("TI-RADS" -> "tirads"). */
function words(text: string): string[] {
  const out = foldForSearch(text).split(' ');
  for (const compound of text.match(/[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+/gu) ?? []) {
    out.push(foldForSearch(compound).replaceAll(' ', ''));
  }
  return out.filter(Boolean);
}

interface Posting {
  entry: number;
  field: Field;
}
interface Phrase {
  folded: string;
  words: string[];
}
interface Entry {
  id: string;
  title: string;
  /** Folded title and terms, for whole-phrase matches. */
  phrases: Phrase[];
  /** Guideline names in its decision tables ("fleischner", "bosniak", "tirads"). */
  names: Set<string>;
  /** How often each word occurs in the topic: breaks ties between equal scores. */
  counts: Map<string, number>;
}
/** Per query word and topic: the best value and its field. */
interface WordScore {
  value: number;
  field: Field;
}
interface Ranked extends SearchHit {
  frequency: number;
  /** The query names this topic: a whole title or term (typos forgiven) or its guideline. */
  named: boolean;
}

const SORT = (a: Ranked, b: Ranked) =>
  b.score - a.score ||
  b.frequency - a.frequency ||
  a.title.localeCompare(b.title, 'en') ||
  (a.topicId < b.topicId ? -1 : 1);

/** Capitalised words of branch titles never written in lower case elsewhere: guideline names. */
function guidelineNames(topics: readonly SearchableTopic[]): Map<string, Set<number>> {
  const lower = new Set<string>();
  const names = new Map<string, Set<number>>();
  const all = topics.flatMap((t) => [
    t.title,
    t.bottomLine,
    ...t.terms.map((term) => term.text),
    ...(t.branches ?? []).map((g) => g.title),
  ]);
  for (const token of all.join(' ').match(/[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*/gu) ?? []) {
    if (/^\p{Ll}/u.test(token)) lower.add(foldForSearch(token).replaceAll(' ', ''));
  }
  topics.forEach((t, entry) => {
    for (const g of t.branches ?? []) {
      for (const token of g.title.match(/\p{Lu}[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*/gu) ?? []) {
        const name = foldForSearch(token).replaceAll(' ', '');
        if (name.length < 3 || lower.has(name)) continue;
        names.set(name, (names.get(name) ?? new Set()).add(entry));
      }
    }
  });
  for (const [name, owners] of names) if (owners.size > RARE) names.delete(name);
  return names;
}

/** Compiles `topics` for searching: every word folded once, with the topics it occurs in. */
export function createTopicIndex(topics: readonly SearchableTopic[]): TopicIndex {
  const entries: Entry[] = [];
  const vocabulary = new Map<string, Posting[]>();
  const names = guidelineNames(topics);
  topics.forEach((t, entry) => {
    const fields: [Field, string[]][] = [
      ['title', [t.title]],
      ['term', t.terms.map((term) => term.text)],
      ['category', [t.category]],
      // Guideline names ("Fleischner", "Bosniak", "TI-RADS") from branch and reference titles.
      [
        'guideline',
        [
          ...(t.branches ?? []).map((g) => g.title),
          ...(t.references ?? []).map((r) => `${r.title} ${r.source}`),
        ],
      ],
      ['bottom-line', [t.bottomLine]],
    ];
    const counts = new Map<string, number>();
    // Fields in falling weight: a word keeps the best field it occurs in for this topic.
    for (const [field, texts] of fields) {
      for (const word of texts.flatMap(words)) {
        const count = counts.get(word) ?? 0;
        counts.set(word, count + 1);
        if (count > 0) continue;
        const postings = vocabulary.get(word) ?? [];
        postings.push({ entry, field });
        vocabulary.set(word, postings);
      }
    }
    const phrases = [t.title, ...t.terms.map((term) => term.text)].map((p) => ({
      folded: foldForSearch(p),
      words: foldForSearch(p).split(' '),
    }));
    const own = new Set([...names].filter(([, owners]) => owners.has(entry)).map(([n]) => n));
    entries.push({ id: t.id, title: t.title, phrases, names: own, counts });
  });
  const vocab = [...vocabulary].map(([word, postings]) => ({
    word,
    postings,
    masks: prefixMasks(word),
  }));
  const masks = new Map(vocab.map((v) => [v.word, v.masks]));

  /** Each query word's best match in every topic (undefined: no match). */
  function scoreWord(q: QueryWord): (WordScore | undefined)[] {
    const best = new Array<WordScore | undefined>(entries.length);
    for (const v of vocab) {
      const quality = wordMatch(q, v.word, v.masks);
      if (quality === 0) continue;
      for (const { entry, field } of v.postings) {
        const value = quality * WEIGHT[field];
        if (value > (best[entry]?.value ?? 0)) best[entry] = { value, field };
      }
    }
    return best;
  }

  function rank(query: string): Ranked[] {
    const texts = foldForSearch(query.slice(0, MAX_WORDS * 40))
      .split(' ')
      .filter(Boolean)
      .slice(0, MAX_WORDS);
    if (texts.length === 0) return [];
    const folded = texts.join(' ');
    const qs = texts.map((text, k) => queryWord(text, k, texts.length));
    const perWord: (WordScore | undefined)[][] = [];
    for (const q of qs) {
      const scores = scoreWord(q);
      if (!scores.some(Boolean)) return []; // a word nothing contains: no topic has all
      perWord.push(scores);
    }
    const hits: Ranked[] = [];
    entries.forEach((entry, e) => {
      let score = 0;
      let top: WordScore | undefined;
      for (const scores of perWord) {
        const s = scores[e];
        if (!s) return; // every query word must match (AND)
        score += s.value;
        if (!top || s.value > top.value) top = s;
      }
      const bonus = phraseBonus(entry.phrases, folded, qs, masks);
      hits.push({
        topicId: entry.id,
        title: entry.title,
        score: score + bonus,
        // A whole title or term typed out is what matched, whatever its words' fields.
        matched: bonus === EXACT_PHRASE ? exactPhraseField(entry.phrases, folded) : top!.field,
        frequency: texts.reduce((sum, w) => sum + (entry.counts.get(w) ?? 0), 0),
        named:
          bonus === EXACT_PHRASE || bonus === TYPO_PHRASE || texts.every((w) => entry.names.has(w)),
      });
    });
    return hits.sort(SORT);
  }

  const plain = ({ topicId, title, score, matched }: Ranked): SearchHit => ({
    topicId,
    title,
    score,
    matched,
  });

  return {
    search(query, limit = 10) {
      return rank(query).slice(0, Math.max(0, limit)).map(plain);
    },
    best(query) {
      const hit = rank(query).find((h) => h.named);
      return hit && plain(hit);
    },
  };
}

/** 'title' when the query is the folded title, else 'term'. */
const exactPhraseField = (phrases: readonly Phrase[], folded: string): Field =>
  phrases[0]?.folded === folded ? 'title' : 'term';

/** Bonus for the query as a whole title or term: exact 10, its start 4, with typos 3 (2). */
function phraseBonus(
  phrases: readonly Phrase[],
  folded: string,
  qs: readonly QueryWord[],
  masks: ReadonlyMap<string, Uint32Array>,
): number {
  let bonus = 0;
  for (const phrase of phrases) {
    if (phrase.folded === folded) return EXACT_PHRASE;
    if (phrase.folded.startsWith(folded)) bonus = Math.max(bonus, 4);
    else if (qs.length <= phrase.words.length && bonus < TYPO_PHRASE) {
      const aligned = qs.every((q, k) => {
        const w = phrase.words[k]!;
        const quality = wordMatch(q, w, masks.get(w));
        return quality >= TYPO_PREFIX && (quality !== PREFIX || q.last);
      });
      if (aligned) bonus = Math.max(bonus, qs.length === phrase.words.length ? TYPO_PHRASE : 2);
    }
  }
  return bonus;
}

/** Longest selection handed to the detector; longest query put in the search box. */
const MAX_LOOKUP = 2000;
const MAX_QUERY = 200;

/** Where a lookup leads: a topic, or a search to refine. */
export type LookupResult =
  { topicId: string; via: 'lexicon' | 'search' } | { topicId: undefined; query: string };

// No `u` flag: with it a regular expression cannot see half of a surrogate pair.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** At most `max` UTF-16 units of `text`, never ending inside a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Resolves selected page text to the topic it names (lexicon first, then search). */
export function resolveLookup(
  selection: string,
  detector: Pick<Detector, 'detect'>,
  index: Pick<TopicIndex, 'best'>,
): LookupResult {
  const text = cut(
    cut(String(selection), MAX_LOOKUP * 4)
      .replace(/\p{Cf}/gu, '') // soft hyphens, zero-width and direction marks
      .replace(LONE_SURROGATE, '')
      .replace(/[\s\p{Cc}]+/gu, ' ')
      .trim(),
    MAX_LOOKUP,
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
