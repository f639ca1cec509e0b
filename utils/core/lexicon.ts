/**
 * The lexicon: every topic's terms compiled into token sequences. It is plain data (JSON
 * serialisable) so the background compiles it once and hands it to content scripts.
 */
import type { Topic } from './schema';
import { tokenize } from './tokens';

/** One term of one topic, as the matcher uses it. */
export interface LexiconEntry {
  topicId: string;
  /** The term's tokens: lowercased, or as written for case-sensitive abbreviations. */
  tokens: string[];
  caseSensitive: boolean;
  /** The anatomic site the term names, if any. */
  site?: string;
}

/** The compiled term index handed from the background to content scripts. */
export interface Lexicon {
  format: 'radlens-lexicon';
  version: 1;
  entries: LexiconEntry[];
}

/** Compiles the terms of `topics` into a lexicon; duplicate terms of a topic collapse. */
export function compileLexicon(topics: readonly Pick<Topic, 'id' | 'terms'>[]): Lexicon {
  const entries: LexiconEntry[] = [];
  const seen = new Set<string>();
  for (const topic of topics) {
    for (const term of topic.terms) {
      const caseSensitive = term.kind === 'abbreviation';
      const tokens = tokenize(term.text).map((t) => (caseSensitive ? t.raw : t.folded));
      if (tokens.length === 0) continue;
      const key = `${topic.id}\u0000${caseSensitive}\u0000${tokens.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push({
        topicId: topic.id,
        tokens,
        caseSensitive,
        ...(term.site ? { site: term.site } : {}),
      });
    }
  }
  return { format: 'radlens-lexicon', version: 1, entries };
}

/** True when `value` has the shape of a lexicon (a cheap guard for the content script). */
export function isLexicon(value: unknown): value is Lexicon {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Lexicon>;
  return (
    v.format === 'radlens-lexicon' &&
    v.version === 1 &&
    Array.isArray(v.entries) &&
    v.entries.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.topicId === 'string' &&
        typeof e.caseSensitive === 'boolean' &&
        Array.isArray(e.tokens) &&
        e.tokens.length > 0 &&
        e.tokens.every((t) => typeof t === 'string'),
    )
  );
}
