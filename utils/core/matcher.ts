/**
 * The automaton: one pass over the text finds every lexicon phrase (topic terms, assertion
 * triggers, section headers, modifier and site words) and the sentence boundaries.
 *
 * Two levels, both on typed arrays and built from the serialisable lexicon:
 * - a trie over folded characters recognises vocabulary words as the text streams by
 *   (case, accents, soft hyphens and plurals folded on the fly, no intermediate strings);
 * - an Aho-Corasick automaton over word ids finds phrases, so matches are word-bounded by
 *   construction. Phrases continue only across spaces, hyphens, dashes and slashes; any other
 *   punctuation or a line break ends them.
 */
import type { Lexicon, Phrase } from './lexicon';
import { MAX_PHRASE_WORDS } from './lexicon';
import {
  ALPHABET,
  APOSTROPHE,
  charClasses,
  classOf,
  COLON,
  HYPHEN,
  IGNORABLE,
  NEWLINE,
  SEMICOLON,
  SLASH,
  SPACE,
  STOP,
  singular,
  symbolOf,
  WORD_OTHER,
} from './normalize';

/** Every phrase occurrence and boundary found in one pass; offsets index the original text. */
export interface Scan {
  /** How many phrase occurrences were found. */
  count: number;
  /** Phrase id, start and end of each occurrence (first `count` entries), in order of their end. */
  phrase: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Offsets where a sentence starts (after ". ", "? ", "! " or a line break), ascending. */
  sentenceStarts: Int32Array;
  /** Offsets of semicolons (they end a trigger's scope), ascending. */
  semicolons: number[];
  /** [start, end) of every word holding a digit, flat and ascending (where sizes can be). */
  numbers: Int32Array;
  /** [start, end) of headers written in capitals before a colon ("ALLERGIES:"), ascending. */
  headers: number[];
}

/** A compiled matcher. */
export interface Matcher {
  readonly lexicon: Lexicon;
  /** Bytes held by the automaton's typed arrays. */
  readonly size: number;
  /**
   * Scans `text`. `reuse`: an earlier scan of this matcher that is no longer needed; its
   * arrays are written over when they are large enough.
   */
  scan(text: string, reuse?: Scan): Scan;
}

/**
 * The plural spellings of a vocabulary word that `singular` folds back to it ("effusion" ->
 * "effusions", "opacity" -> "opacities", "pneumothorax" -> "pneumothoraxes").
 */
function pluralsOf(word: string): string[] {
  const candidates = [`${word}s`, `${word}es`];
  if (word.endsWith('y')) candidates.push(`${word.slice(0, -1)}ies`);
  return candidates.filter((plural) => singular(plural) === word);
}

const ROOT = 1; // trie root; trie state 0 is "dead" (no vocabulary word continues)

/**
 * Builds the character trie of the vocabulary: `next` transitions and `final` word ids. Plural
 * spellings are spelled into the trie too, ending on their singular's id (a vocabulary word
 * of the same spelling keeps its own), so the scan folds plurals with no second look. States
 * are numbered breadth first: the short, frequent words ("no", "of", "the") walk through the
 * first rows of the table, which stay in the processor's cache.
 */
function buildTrie(words: readonly string[]): { next: Uint16Array; final: Int32Array } {
  const children: Map<number, number>[] = [new Map<number, number>(), new Map<number, number>()];
  const finalOf: number[] = [-1, -1];
  const insert = (word: string, id: number, replace: boolean) => {
    let state = ROOT;
    for (const ch of word) {
      const k = symbolOf(ch);
      if (k < 0) throw new Error(`lexicon word "${word}" has a character outside a-z0-9`);
      let to = children[state]!.get(k);
      if (to === undefined) {
        to = children.length;
        children.push(new Map<number, number>());
        finalOf.push(-1);
        children[state]!.set(k, to);
      }
      state = to;
    }
    if (replace || finalOf[state] === -1) finalOf[state] = id;
  };
  words.forEach((word, id) => insert(word, id, true));
  words.forEach((word, id) => pluralsOf(word).forEach((plural) => insert(plural, id, false)));
  const count = children.length;
  if (count > 0xffff)
    throw new Error('lexicon too large for the matcher (over 65,535 trie states)');
  // Breadth-first numbering: 0 stays dead, the root stays 1.
  const order = [ROOT];
  for (let q = 0; q < order.length; q++) {
    for (const k of [...children[order[q]!]!.keys()].sort((x, y) => x - y)) {
      order.push(children[order[q]!]!.get(k)!);
    }
  }
  const number = new Int32Array(count);
  order.forEach((state, i) => (number[state] = i + 1));
  const next = new Uint16Array(count * ALPHABET);
  const final = new Int32Array(count).fill(-1);
  for (const state of order) {
    const row = number[state]!;
    final[row] = finalOf[state]!;
    for (const [k, to] of children[state]!) next[row * ALPHABET + k] = number[to]!;
  }
  return { next, final };
}

/** Open-addressing table from (state, word) to the next phrase state. */
interface GotoTable {
  keys: Int32Array;
  values: Int32Array;
  shift: number;
  mask: number;
}

/** Fibonacci hashing: the high bits of the product pick the slot. */
function slotOf(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

function buildGoto(edges: Map<number, number>): GotoTable {
  let bits = 4;
  while (1 << bits < edges.size * 4) bits++; // load factor <= 1/4 keeps misses short
  const size = 1 << bits;
  const keys = new Int32Array(size).fill(-1);
  const values = new Int32Array(size);
  const shift = 32 - bits;
  const mask = size - 1;
  for (const [key, value] of edges) {
    if (key > 0x7fffffff) throw new Error('lexicon too large for the phrase automaton');
    let h = slotOf(key, shift);
    while (keys[h] !== -1) h = (h + 1) & mask;
    keys[h] = key;
    values[h] = value;
  }
  return { keys, values, shift, mask };
}

/** Builds the phrase automaton: goto table, failure links, and output links. */
function buildPhraseAutomaton(phrases: readonly Phrase[], wordCount: number) {
  const edges = new Map<number, number>();
  const children: number[][] = [[]];
  const depth: number[] = [0];
  const terminal: number[] = [-1];
  for (let p = 0; p < phrases.length; p++) {
    let state = 0;
    for (const w of phrases[p]!.words) {
      const key = state * wordCount + w;
      let to = edges.get(key);
      if (to === undefined) {
        to = children.length;
        edges.set(key, to);
        children.push([]);
        depth.push(depth[state]! + 1);
        terminal.push(-1);
        children[state]!.push(w);
      }
      state = to;
    }
    terminal[state] = p;
  }
  const n = children.length;
  const fail = new Int32Array(n);
  const out = new Int32Array(n).fill(-1); // nearest state on the failure chain (self included) with output
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    for (const w of children[state]!) {
      const child = edges.get(state * wordCount + w)!;
      if (state !== 0) {
        let f = fail[state]!;
        let to = edges.get(f * wordCount + w);
        while (to === undefined && f !== 0) {
          f = fail[f]!;
          to = edges.get(f * wordCount + w);
        }
        fail[child] = to ?? 0;
      }
      queue.push(child);
    }
  }
  for (const state of queue) {
    out[state] = terminal[state]! >= 0 ? state : state === 0 ? -1 : out[fail[state]!]!;
  }
  // `outNext[s]`: the next state with output below `s` on the failure chain.
  const outNext = new Int32Array(n).fill(-1);
  for (const state of queue) if (state !== 0) outNext[state] = out[fail[state]!]!;
  // Transitions from the root, where most words are looked up, by word id directly.
  const rootNext = new Int32Array(wordCount).fill(0);
  for (const w of children[0]!) rootNext[w] = edges.get(w)!;
  // `branch[s]`: the first state on the failure chain from `s` (itself included) that has
  // transitions (0 when none): a state without them cannot take the next word. `childBits[s]`:
  // one bit (word id mod 32) per word a transition from `s` takes, to skip most lookups that
  // would miss.
  const branch = new Int32Array(n);
  const childBits = new Int32Array(n);
  for (const state of queue) {
    for (const w of children[state]!) childBits[state]! |= 1 << (w & 31);
    branch[state] = state === 0 || children[state]!.length > 0 ? state : branch[fail[state]!]!;
  }
  // `inner[w]`: word w continues some phrase (stands after its first word); any other word
  // can only start a phrase, from the root.
  const inner = new Uint8Array(wordCount);
  for (let s = 1; s < n; s++) for (const w of children[s]!) inner[w] = 1;
  return {
    branch,
    childBits,
    inner,
    goto: buildGoto(edges),
    rootNext,
    fail,
    out,
    outNext,
    terminal: Int32Array.from(terminal),
    length: Int32Array.from(phrases.map((p) => p.words.length)),
  };
}

/**
 * After a line break, what makes it a sentence break rather than a soft wrap: a blank line, a
 * list item ("2.", "-", "•"), or a line that starts with a capital (a new statement or a
 * header). Wrapped prose goes on in lower case.
 */
function startsBlock(text: string, at: number): boolean {
  return opensBlock(text, at) || HEADER_LINE.test(text.slice(Math.max(0, at - 60), at - 1));
}
/** Before a line break: a line that ends in a colon, or stands in capitals alone (a header). */
const HEADER_LINE = /(?:^|[\n\r])[ \t]*(?:[^\n\r]*:|[A-Z][A-Z &/]{1,40})[ \t\r]*$/;
const SPACE_CHAR = /\s/;
const spaceOrEnd = (text: string, i: number) => i >= text.length || SPACE_CHAR.test(text[i]!);

/** The line from `at` is blank, a list item, or starts with a capital. */
function opensBlock(text: string, at: number): boolean {
  let i = at;
  for (; i < text.length && isBlank(text.charCodeAt(i)); i++) {
    if (text.charCodeAt(i) === 0x0d) return true; // a line break of its own
  }
  const c = text.charCodeAt(i);
  if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c === 0x2d || c === 0x2a || c === 0x2022 || c === 0xb7) return spaceOrEnd(text, i + 1);
  let d = i;
  while (d < i + 2 && text.charCodeAt(d) >= 0x30 && text.charCodeAt(d) <= 0x39) d++;
  const mark = text.charCodeAt(d);
  return d > i && (mark === 0x2e || mark === 0x29) && spaceOrEnd(text, d + 1);
}

/** Space, tab or carriage return. */
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d;
/** What `\s` matches among the characters a header line can hold. */
const isSpace = (c: number) =>
  isBlank(c) ||
  c === 0x0a ||
  c === 0x0b ||
  c === 0x0c ||
  c === 0xa0 ||
  c === 0x2028 ||
  c === 0x2029 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x1680 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff ||
  c === 0x85;

/**
 * Where a header written in capitals ends at the colon at `colon` ("PAST MEDICAL HISTORY:")
 * starts, or -1: one to six words of capitals, nothing else since the sentence began.
 */
function capitalsBefore(text: string, colon: number, sentenceStart: number): number {
  let from = colon;
  let letters = 0;
  while (from > sentenceStart && colon - from < 60) {
    const c = text.charCodeAt(from - 1);
    if (c >= 0x61 && c <= 0x7a) return -1; // a lowercase letter: prose, not a header
    if (c === 0x2e || c === 0x3a || c === 0x3b || c === 0x0a) break;
    if (c >= 0x41 && c <= 0x5a) letters++;
    from--;
  }
  while (from < colon && isBlank(text.charCodeAt(from))) from++;
  if (letters < 2 || colon - from >= 60) return -1;
  // At most six words between `from` and the colon.
  let words = 0;
  let inWord = false;
  for (let i = from; i < colon; i++) {
    const blank = isSpace(text.charCodeAt(i));
    if (!blank && !inWord) words++;
    inWord = !blank;
  }
  return words <= 6 ? from : -1;
}

/** A copy of `array` with room for `capacity` entries. */
function grow(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}

/** An array of at least `capacity` entries: `previous` (whole) when it is large enough. */
function storage(previous: Int32Array | undefined, capacity: number): Int32Array<ArrayBuffer> {
  if (previous && previous.buffer instanceof ArrayBuffer) {
    const whole = new Int32Array(previous.buffer);
    if (whole.length >= capacity) return whole;
  }
  return new Int32Array(capacity);
}

/** Builds the matcher for a lexicon. */
export function createMatcher(lexicon: Lexicon): Matcher {
  const words = lexicon.words;
  const wordCount = Math.max(1, words.length);
  const { next, final } = buildTrie(words);
  const { goto, rootNext, fail, out, outNext, terminal, length, branch, childBits, inner } =
    buildPhraseAutomaton(lexicon.phrases, wordCount);
  const classes = charClasses();
  // Per word: TRANSPARENT, INNER bits.
  const wordFlags = new Uint8Array(wordCount);
  for (let w = 0; w < wordCount; w++) if (inner[w]) wordFlags[w] = INNER;
  for (const w of lexicon.transparent) wordFlags[w]! |= TRANSPARENT;
  // Per trie state: the word it spells, with its flags in the low bits (-1 for none), so a
  // word's end costs one look-up; per state with output: its phrase and that phrase's length.
  const wordAt = new Int32Array(final.length);
  for (let t = 0; t < final.length; t++) {
    const w = final[t]!;
    wordAt[t] = w >= 0 ? (w << 2) | wordFlags[w]! : -1;
  }
  const outPhrase = new Int32Array(terminal.length);
  const outLength = new Int32Array(terminal.length);
  for (let o = 0; o < terminal.length; o++) {
    const p = terminal[o]!;
    outPhrase[o] = p;
    outLength[o] = p >= 0 ? length[p]! : 0;
  }
  const size =
    next.byteLength +
    goto.keys.byteLength +
    goto.values.byteLength +
    rootNext.byteLength +
    fail.byteLength +
    out.byteLength +
    outNext.byteLength +
    branch.byteLength +
    childBits.byteLength +
    wordAt.byteLength +
    outPhrase.byteLength +
    outLength.byteLength;
  if (ROOT !== 1 || DIGIT !== 26 || RING !== 16 || TRANSPARENT !== 1 || INNER !== 2) {
    throw new Error('scanText: constants changed');
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
    throw new Error('scanText: character classes changed in normalize.ts');
  }

  const tables: Tables = {
    next,
    final,
    classes,
    gKeys: goto.keys,
    gValues: goto.values,
    gMask: goto.mask,
    gShift: goto.shift,
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
  };
  // Run every path once on a short text, so that when a long text makes the engine optimize
  // the loop mid-way, its exit paths already have type feedback and it is not thrown away.
  // A few runs: the engine collects type feedback only from a function's second call on.
  let warm = scanText(WARM_UP, tables, undefined);
  for (let run = 0; run < 3; run++) warm = scanText(WARM_UP, tables, warm);
  return {
    lexicon,
    size,
    scan(text, reuse) {
      const raw = scanText(text, tables, reuse);
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
      };
    },
  };
}

/** Word flags: passed over by phrases; continues some phrase. */
const TRANSPARENT = 1;
const INNER = 2;

/** The automaton's tables, as `scanText` reads them. */
interface Tables {
  next: Uint16Array;
  final: Int32Array;
  classes: Uint8Array;
  gKeys: Int32Array;
  gValues: Int32Array;
  gMask: number;
  gShift: number;
  rootNext: Int32Array;
  fail: Int32Array;
  out: Int32Array;
  outNext: Int32Array;
  wordCount: number;
  wordAt: Int32Array;
  outPhrase: Int32Array;
  outLength: Int32Array;
  branch: Int32Array;
  childBits: Int32Array;
}

/** Alphabet symbols from here on are digits (a-z are 0-25). */
const DIGIT = 26;
const RING = 16; // >= MAX_PHRASE_WORDS, a power of two
const WARM_UP =
  "INDICATION: no pleural effusions; the patient's film.\n\n2. Épanchement — tiny, Ω 1.5 cm?";

/** The one pass over the text (a top-level function so its type feedback stays stable). */
function scanText(
  text: string,
  tables: Tables,
  reuse: Scan | undefined,
): Scan & { sentenceCount: number; numberCount: number } {
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
  const ringStart = new Int32Array(L_RING);

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
      if (stopAt >= 0 || startsBlock(text, i + 1)) {
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
        const from = capitalsBefore(text, i, sentenceStarts[sentences - 1]!);
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
  };
}
