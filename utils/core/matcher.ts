/**
 * The matcher: one pass over the text finds every lexicon phrase (topic terms, assertion
 * triggers, section headers, modifier and site words) and the marks of the text's
 * structure (sentence starts, headers). `automaton.ts` builds its tables from the
 * serialisable lexicon; `match-pass.ts` is the pass.
 */
import { buildAutomaton } from './automaton';
import type { Lexicon } from './lexicon';
import { checkPassConstants, matchPass, type PassScratch } from './match-pass';

/** Every phrase occurrence and boundary found in one pass; offsets index the original text. */
export interface Matches {
  /** How many phrase occurrences were found. */
  count: number;
  /** Phrase id, start and end of each occurrence (first `count` entries), in order of their end. */
  phrase: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Offsets where a sentence starts (the rule of `structure.ts`), ascending, from 0. */
  sentenceStarts: Int32Array;
  /** Offsets of semicolons (they end a trigger's scope), ascending. */
  semicolons: number[];
  /** [start, end) of every word holding a digit, flat and ascending (where sizes can be). */
  numbers: Int32Array;
  /**
   * [start, colon) of headers written in capitals before a colon ("ALLERGIES:"), flat and
   * ascending (`headerBefore` of `structure.ts`).
   */
  headers: number[];
  /** The pass's arrays, whole: a later pass given this result as `reuse` writes over them. */
  scratch?: PassScratch;
}

/** A compiled matcher. */
export interface Matcher {
  readonly lexicon: Lexicon;
  /** Bytes held by the automaton's typed arrays. */
  readonly size: number;
  /**
   * Matches `text`. `reuse`: an earlier result of this matcher that is no longer needed; its
   * arrays are written over when they are large enough.
   */
  match(text: string, reuse?: Matches): Matches;
}

/** A short text that takes every path of the pass. */
const WARM_UP =
  "INDICATION: no pleural effusions; the patient's film.\n\n2. Épanchement — tiny, Ω 1.5 cm?";

/** Builds the matcher for a lexicon. */
export function createMatcher(lexicon: Lexicon): Matcher {
  checkPassConstants();
  const { tables, size } = buildAutomaton(lexicon);
  // Run every path once on a short text, so that when a long text makes the engine optimize
  // the loop mid-way, its exit paths already have type feedback and it is not thrown away.
  // A few runs: the engine collects type feedback only from a function's second call on.
  let warm = matchPass(WARM_UP, tables, undefined);
  for (let run = 0; run < 3; run++) warm = matchPass(WARM_UP, tables, warm);
  return {
    lexicon,
    size,
    match(text, reuse) {
      const raw = matchPass(text, tables, reuse?.scratch);
      // Trimmed here, outside the hot function, to keep its type feedback stable.
      return {
        count: raw.count,
        phrase: raw.phrase,
        start: raw.start,
        end: raw.end,
        sentenceStarts: raw.sentenceStarts.subarray(0, raw.sentenceCount),
        semicolons: raw.semicolons,
        numbers: raw.numbers.subarray(0, raw.numberCount),
        headers: raw.headers,
        scratch: raw,
      };
    },
  };
}

/**
 * Walks a pass's occurrences [first, last) sentence by sentence: after each `next()`, the
 * occurrences of one sentence are [first, last) and the sentence is [from, to). Occurrences
 * come by end and none crosses a sentence start, so each sentence's follow one another.
 * Sentences holding no occurrence are passed over. One walk per call, nothing shared.
 */
export class SentenceWalk {
  first = 0;
  last = 0;
  from = 0;
  to = 0;
  #sentence = 0;

  constructor(
    private readonly matches: Matches,
    private readonly textLength: number,
    first = 0,
    private readonly end = matches.count,
  ) {
    this.last = first;
  }

  /** Moves to the next sentence holding occurrences; false when there is none. */
  next(): boolean {
    const { matches, end } = this;
    const n = this.last;
    if (n >= end) return false;
    const starts = matches.sentenceStarts;
    const at = matches.start[n]!;
    let s = this.#sentence;
    while (s + 1 < starts.length && starts[s + 1]! <= at) s++;
    this.#sentence = s;
    this.from = starts[s]!;
    this.to = s + 1 < starts.length ? starts[s + 1]! : this.textLength;
    let last = n + 1;
    while (last < end && matches.start[last]! < this.to) last++;
    this.first = n;
    this.last = last;
    return true;
  }
}
