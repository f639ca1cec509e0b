/**
 * Finds lexicon terms in tokenised text: word-bounded (terms are token sequences),
 * case-insensitive except for abbreviations, leftmost-longest and non-overlapping.
 */
import type { Lexicon, LexiconEntry } from './lexicon';
import type { Token } from './tokens';

/** A term occurrence: the entry and the token range [first, last] it covers. */
export interface TermMatch {
  entry: LexiconEntry;
  first: number;
  last: number;
}

/** A matcher compiled from a lexicon. */
export interface Matcher {
  match(tokens: readonly Token[]): TermMatch[];
}

/** Indexes the lexicon by first token so each text token is compared with few terms. */
export function createMatcher(lexicon: Lexicon): Matcher {
  const byFirst = new Map<string, LexiconEntry[]>();
  for (const entry of lexicon.entries) {
    const key = entry.tokens[0]!.toLowerCase();
    const list = byFirst.get(key) ?? [];
    list.push(entry);
    byFirst.set(key, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const fits = (entry: LexiconEntry, tokens: readonly Token[], at: number): boolean => {
    if (at + entry.tokens.length > tokens.length) return false;
    for (let k = 0; k < entry.tokens.length; k++) {
      const token = tokens[at + k]!;
      if (k > 0 && !token.joined) return false;
      if ((entry.caseSensitive ? token.raw : token.folded) !== entry.tokens[k]) return false;
    }
    return true;
  };

  return {
    match(tokens) {
      const matches: TermMatch[] = [];
      let i = 0;
      while (i < tokens.length) {
        const candidates = byFirst.get(tokens[i]!.folded);
        const entry = candidates?.find((c) => fits(c, tokens, i));
        if (entry) {
          matches.push({ entry, first: i, last: i + entry.tokens.length - 1 });
          i += entry.tokens.length;
        } else {
          i++;
        }
      }
      return matches;
    },
  };
}
