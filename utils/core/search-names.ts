/**
 * How a query names a topic rather than brushing against it: a whole title or term typed out
 * (typos forgiven), or a guideline name rare enough to stand for its topics ("Fleischner").
 * Pure.
 */
import type { SearchableTopic } from './search-index';
import { foldForSearch, PREFIX, TYPO_PREFIX, wordMatch, type QueryWord } from './search-words';

/** Bonus for a query that is a whole title or term; the whole of one with typos. */
export const EXACT_PHRASE = 10;
export const TYPO_PHRASE = 3;
/** A guideline name in branch titles of at most this many topics names them ("Fleischner"). */
const RARE = 3;

/** A title or term, folded: whole and as words. */
export interface Phrase {
  folded: string;
  words: string[];
}

/** The phrases a query may name `t` by: its title first, then its terms. */
export function phrasesOf(t: SearchableTopic): Phrase[] {
  return [t.title, ...t.terms.map((term) => term.text)].map((p) => ({
    folded: foldForSearch(p),
    words: foldForSearch(p).split(' '),
  }));
}

/** Capitalised words of branch titles never written in lower case elsewhere: guideline names. */
export function guidelineNames(topics: readonly SearchableTopic[]): Map<string, Set<number>> {
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

/** 'title' when the query is the folded title, else 'term'. */
export const exactPhraseField = (phrases: readonly Phrase[], folded: string): 'title' | 'term' =>
  phrases[0]?.folded === folded ? 'title' : 'term';

/** Bonus for the query as a whole title or term: exact 10, its start 4, with typos 3 (2). */
export function phraseBonus(
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
