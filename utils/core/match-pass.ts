/**
 * The matcher's one pass over a text: words through the trie, phrases through the
 * Aho-Corasick automaton (so matches are word-bounded by construction; phrases continue only
 * across spaces, hyphens, dashes and slashes, any other punctuation or a line break ends
 * them), and on the way the marks of the text's structure: sentence starts, headers in
 * capitals, semicolons and the words holding digits. No allocation per character.
 */
import { INNER, ROOT, TRANSPARENT, type AutomatonTables } from './automaton';
import { MAX_PHRASE_WORDS } from './lexicon';
import type { Matches } from './matcher';
import {
  ALPHABET,
  APOSTROPHE,
  classOf,
  COLON,
  HYPHEN,
  IGNORABLE,
  NEWLINE,
  SEMICOLON,
  SLASH,
  SPACE,
  STOP,
  WORD_OTHER,
} from './normalize';
import { headerBefore, lineBreakEndsSentence } from './structure';

/** A copy of `array` with room for `capacity` entries. */
function grow(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}

/** The arrays of one pass, whole, for a later pass to write over. */
export interface PassScratch {
  readonly phrase: Int32Array<ArrayBuffer>;
  readonly start: Int32Array<ArrayBuffer>;
  readonly end: Int32Array<ArrayBuffer>;
  readonly sentenceStarts: Int32Array<ArrayBuffer>;
  readonly numbers: Int32Array<ArrayBuffer>;
  /** The starts of the last words, for phrases spanning several. */
  readonly ring: Int32Array<ArrayBuffer>;
}

/** An array of at least `capacity` entries: `previous` when it is large enough. */
function storage(previous: Int32Array<ArrayBuffer> | undefined, capacity: number) {
  return previous && previous.length >= capacity ? previous : new Int32Array(capacity);
}

/** Alphabet symbols from here on are digits (a-z are 0-25). */
const DIGIT = 26;
const RING = 16; // >= MAX_PHRASE_WORDS, a power of two

/**
 * Throws unless the literal constants `matchPass` uses agree with the modules they come
 * from (imported bindings would be read from the module record at every use in the loop).
 */
export function checkPassConstants(): void {
  if (ROOT !== 1 || DIGIT !== 26 || RING !== 16 || TRANSPARENT !== 1 || INNER !== 2) {
    throw new Error('matchPass: constants changed');
  }
  if (MAX_PHRASE_WORDS > RING) throw new Error('phrase ring too small');
  if (
    ALPHABET !== 36 ||
    WORD_OTHER !== 36 ||
    SPACE !== 37 ||
    HYPHEN !== 38 ||
    NEWLINE !== 39 ||
    STOP !== 40 ||
    SEMICOLON !== 41 ||
    COLON !== 42 ||
    SLASH !== 44 ||
    APOSTROPHE !== 45 ||
    IGNORABLE !== 46
  ) {
    throw new Error('matchPass: character classes changed in normalize.ts');
  }
}

/**
 * The one pass over the text (a top-level function so its type feedback stays stable): the
 * phrase occurrences, and the sentence starts and headers by the rules of `structure.ts`.
 */
export function matchPass(
  text: string,
  tables: AutomatonTables,
  reuse: PassScratch | undefined,
): Omit<Matches, 'scratch'> & PassScratch & { sentenceCount: number; numberCount: number } {
  const {
    next,
    classes,
    gKeys,
    gValues,
    gMask,
    gShift,
    rootNext,
    fail,
    out,
    outNext,
    wordCount,
    wordAt,
    outPhrase,
    outLength,
    branch,
    childBits,
  } = tables;
  // The character classes as literal constants: imported bindings would be read from the
  // module record at every use in the hot loop (createMatcher checks they agree).
  const L_ROOT = 1;
  const L_DIGIT = 26;
  const L_RING = 16;
  const L_TRANSPARENT = 1;
  const L_INNER = 2;
  const C_ALPHABET = 36;
  const C_WORD_OTHER = 36;
  const C_SPACE = 37;
  const C_HYPHEN = 38;
  const C_NEWLINE = 39;
  const C_STOP = 40;
  const C_SEMICOLON = 41;
  const C_COLON = 42;
  const C_SLASH = 44;
  const C_APOSTROPHE = 45;
  const C_IGNORABLE = 46;
  // Sized for typical report text (about one phrase per 16 characters) so it rarely grows.
  let hitCapacity = Math.max(256, text.length >> 4);
  let hitPhrase = storage(reuse?.phrase, hitCapacity);
  let hitStart = storage(reuse?.start, hitCapacity);
  let hitEnd = storage(reuse?.end, hitCapacity);
  hitCapacity = Math.min(hitPhrase.length, hitStart.length, hitEnd.length);
  let hits = 0;
  let sentenceStarts = storage(reuse?.sentenceStarts, Math.max(64, text.length >> 5));
  let sentenceCapacity = sentenceStarts.length;
  sentenceStarts[0] = 0;
  let sentences = 1; // sentenceStarts[0] = 0
  const semicolons: number[] = [];
  let numbers = storage(reuse?.numbers, 256);
  let numberCount = 0;
  const headers: number[] = [];
  const ringStart = reuse?.ring ?? new Int32Array(L_RING);

  let ps = 0; // phrase state
  let broken = false; // punctuation since the last word: the phrase cannot continue
  let stopAt = -1; // a "." "!" "?" waiting to see whether a space follows
  let apostropheAt = -2; // offset of an apostrophe that directly followed a word
  let wordIndex = 0;
  let lastWordEnd = -1;
  let inWord = false;
  let wordStart = 0;
  let wordEnd = 0; // just past the word's last letter (invisible characters after it excluded)
  let digit = false; // the current word holds a digit
  let ts = L_ROOT; // trie state; 0 is dead (no vocabulary word continues), its row all zeros

  // One loop, no closures: this is the hot path. i === n acts as a final separator.
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let k = C_NEWLINE;
    if (i < n) {
      const c = text.charCodeAt(i);
      k = classes[c]!;
      if (k === 255) k = classOf(classes, c);
      if (k < C_ALPHABET) {
        if (!inWord) {
          inWord = true;
          wordStart = i;
          ts = L_ROOT;
          stopAt = -1; // "2.1", "e.g": the stop did not end a sentence
        }
        ts = next[ts * C_ALPHABET + k]!;
        if (k >= L_DIGIT) digit = true;
        // The rest of the word's letters in a tight loop (most characters are letters).
        let j = i + 1;
        let kj = C_NEWLINE;
        while (j < n) {
          kj = classes[text.charCodeAt(j)]!;
          if (kj >= C_ALPHABET) break;
          if (kj >= L_DIGIT) digit = true;
          ts = next[ts * C_ALPHABET + kj]!;
          j++;
        }
        wordEnd = j;
        if (kj === 255) {
          i = j - 1; // a character not classified yet: read it again from the top
          continue;
        }
        // Go on with the character that ended the word, already read.
        i = j;
        k = j < n ? kj : C_NEWLINE;
      }
      if (k === C_WORD_OTHER) {
        if (!inWord) {
          inWord = true;
          wordStart = i;
          stopAt = -1;
        }
        ts = 0;
        wordEnd = i + 1;
        continue;
      }
      if (k === C_IGNORABLE) continue;
    }

    if (inWord) {
      inWord = false;
      if (digit) {
        if (numberCount + 2 > numbers.length) numbers = grow(numbers, numbers.length * 2);
        numbers[numberCount++] = wordStart;
        numbers[numberCount++] = wordEnd;
        digit = false;
      }
      // A lone "s" right after "<word>'" is a possessive: skip it.
      const possessive =
        apostropheAt === wordStart - 1 &&
        wordEnd - wordStart === 1 &&
        (text.charCodeAt(wordStart) | 32) === 0x73;
      if (!possessive) {
        lastWordEnd = wordEnd;
        const info = wordAt[ts]!;
        const w = info >> 2; // -1 when no vocabulary word
        if ((info & L_TRANSPARENT) !== 0 && info >= 0) {
          // Passed over by phrases ("heart is mildly enlarged"); its own meaning still counts.
          for (let o = out[rootNext[w]!]!; o >= 0; o = outNext[o]!) {
            if (outLength[o] !== 1) continue;
            if (hits === hitCapacity) {
              hitCapacity *= 2;
              hitPhrase = grow(hitPhrase, hitCapacity);
              hitStart = grow(hitStart, hitCapacity);
              hitEnd = grow(hitEnd, hitCapacity);
            }
            hitPhrase[hits] = outPhrase[o]!;
            hitStart[hits] = wordStart;
            hitEnd[hits] = wordEnd;
            hits++;
          }
        } else {
          ringStart[wordIndex & (L_RING - 1)] = wordStart;
          if (broken) {
            ps = 0;
            broken = false;
          }
          if (w < 0) {
            ps = 0;
          } else {
            // Follow failure links until a state has a transition on w (or the root). Only
            // a word that continues some phrase can take a transition from a state other
            // than the root; states without transitions are skipped over.
            ps = (info & L_INNER) !== 0 ? branch[ps]! : 0;
            const bit = 1 << (w & 31);
            while (ps !== 0) {
              if ((childBits[ps]! & bit) !== 0) {
                const key = ps * wordCount + w;
                let h = (Math.imul(key, 0x9e3779b1) >>> gShift) | 0;
                let stored = gKeys[h]!;
                while (stored !== key && stored !== -1) {
                  h = (h + 1) & gMask;
                  stored = gKeys[h]!;
                }
                if (stored === key) {
                  ps = gValues[h]!;
                  break;
                }
              }
              ps = branch[fail[ps]!]!;
            }
            if (ps === 0) ps = rootNext[w]!;
            for (let o = out[ps]!; o >= 0; o = outNext[o]!) {
              const p = outPhrase[o]!;
              if (hits === hitCapacity) {
                hitCapacity *= 2;
                hitPhrase = grow(hitPhrase, hitCapacity);
                hitStart = grow(hitStart, hitCapacity);
                hitEnd = grow(hitEnd, hitCapacity);
              }
              hitPhrase[hits] = p;
              hitStart[hits] = ringStart[(wordIndex - outLength[o]! + 1) & (L_RING - 1)]!;
              hitEnd[hits] = wordEnd;
              hits++;
            }
          }
          wordIndex++;
        }
      }
    }
    if (i === n) break;

    if (k === C_SPACE) {
      if (stopAt >= 0) {
        if (sentences === sentenceCapacity) {
          sentenceCapacity *= 2;
          sentenceStarts = grow(sentenceStarts, sentenceCapacity);
        }
        sentenceStarts[sentences++] = i;
        stopAt = -1;
        broken = true;
      }
    } else if (k === C_HYPHEN || k === C_SLASH) {
      if (stopAt >= 0) broken = true;
      stopAt = -1;
    } else if (k === C_NEWLINE) {
      // A line break after a full stop, a blank line, or a line that opens a list item or
      // a header ends the sentence; any other line break is a soft wrap, like a space.
      if (stopAt >= 0 || lineBreakEndsSentence(text, i + 1)) {
        if (sentences === sentenceCapacity) {
          sentenceCapacity *= 2;
          sentenceStarts = grow(sentenceStarts, sentenceCapacity);
        }
        sentenceStarts[sentences++] = i + 1;
        broken = true;
      }
      stopAt = -1;
    } else if (k === C_STOP) {
      stopAt = i;
      broken = true;
    } else if (k === C_APOSTROPHE) {
      if (lastWordEnd === i) apostropheAt = i;
    } else {
      if (k === C_SEMICOLON) semicolons.push(i);
      else if (k === C_COLON) {
        const from = headerBefore(text, i, sentenceStarts[sentences - 1]!);
        if (from >= 0) headers.push(from, i);
      }
      stopAt = -1;
      broken = true;
    }
  }
  return {
    count: hits,
    phrase: hitPhrase,
    start: hitStart,
    end: hitEnd,
    sentenceStarts,
    sentenceCount: sentences,
    semicolons,
    numbers,
    numberCount,
    headers,
    ring: ringStart,
  };
}
