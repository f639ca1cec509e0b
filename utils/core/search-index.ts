/**
 * The topic index: every word of titles, terms, categories, guideline names and bottom lines
 * folded once, with the topics and the best field it occurs in; a query ranked over it (every
 * word must match, field weight times match quality, plus a bonus for a whole phrase). Pure.
 */
import type { Topic } from './schema';
import {
  EXACT_PHRASE,
  exactPhraseField,
  guidelineNames,
  phraseBonus,
  type Phrase,
  phrasesOf,
  TYPO_PHRASE,
} from './search-names';
import {
  foldForSearch,
  prefixMasks,
  queryWord,
  type QueryWord,
  wordMatch,
  words,
} from './search-words';

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

type Field = SearchHit['matched'];
const WEIGHT: Readonly<Record<Field, number>> = {
  title: 3,
  term: 2,
  category: 1,
  guideline: 0.8,
  'bottom-line': 0.5,
};
/** Query words read: the rest of a pasted paragraph cannot match all at once anyway. */
const MAX_WORDS = 16;

interface Posting {
  entry: number;
  field: Field;
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
    const own = new Set([...names].filter(([, owners]) => owners.has(entry)).map(([n]) => n));
    entries.push({ id: t.id, title: t.title, phrases: phrasesOf(t), names: own, counts });
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
