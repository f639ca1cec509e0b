/**
 * The detector: finds every topic mention in a text and says what its sentence asserts
 * about it. Pure: runs the same in a content script, a test or a Node script.
 */
import { assessMention, sentenceAround } from './context';
import { compileLexicon, type Lexicon } from './lexicon';
import { createMatcher } from './matcher';
import { readModifiers } from './modifiers';
import type { Finding, Topic } from './schema';
import { tokenize } from './tokens';

/** Detects findings in text. */
export interface Detector {
  detect(text: string): Finding[];
}

/** Builds a detector from a compiled lexicon (what content scripts receive). */
export function createDetectorFromLexicon(lexicon: Lexicon): Detector {
  const matcher = createMatcher(lexicon);
  return {
    detect(text) {
      const tokens = tokenize(text);
      return matcher.match(tokens).map(({ entry, first, last }) => {
        const start = tokens[first]!.start;
        const end = tokens[last]!.end;
        const [from, to] = sentenceAround(text, start, end);
        return {
          topicId: entry.topicId,
          start,
          end,
          text: text.slice(start, end),
          status: assessMention(text, start, end).status,
          ...readModifiers(text, from, to, start, end),
          ...(entry.site ? { site: entry.site } : {}),
        };
      });
    },
  };
}

/** Builds a detector for the terms of `topics`. */
export function createDetector(topics: readonly Pick<Topic, 'id' | 'terms'>[]): Detector {
  return createDetectorFromLexicon(compileLexicon(topics));
}
