/**
 * Text folding shared by every matching step: case, Unicode compatibility forms and accents,
 * hyphens and dashes, whitespace and line breaks, soft hyphens and other invisible
 * characters, and simple English plurals and possessives.
 *
 * Every UTF-16 code unit gets a class: a letter or digit of the matching alphabet (a-z,
 * 0-9, after folding), another letter, or one kind of separator. The matcher reads these
 * classes in its single pass over the text; `normalize` uses the same classes to build a
 * folded string with an offset map back to the original.
 */

/** Size of the matching alphabet: a-z then 0-9. Classes below it are alphabet symbols. */
export const ALPHABET = 36;
/** A letter or digit outside the alphabet (Greek, CJK, ...): part of a word, matches nothing. */
export const WORD_OTHER = 36;
/** Spaces, tabs, carriage returns, no-break and other Unicode spaces. */
export const SPACE = 37;
/** Hyphen, non-breaking hyphen, en and em dashes, minus. */
export const HYPHEN = 38;
/** Line feed and other line or paragraph separators. */
export const NEWLINE = 39;
/** Sentence-ending punctuation: . ! ? */
export const STOP = 40;
/** ; */
export const SEMICOLON = 41;
/** : */
export const COLON = 42;
/** , */
export const COMMA = 43;
/** / (as in "s/p", "r/o", "L4/5"). */
export const SLASH = 44;
/** Apostrophes: ' ’ ʼ */
export const APOSTROPHE = 45;
/** Soft hyphen, zero-width characters, combining marks: skipped entirely. */
export const IGNORABLE = 46;
/** Any other punctuation or symbol. */
export const PUNCT = 47;
const UNKNOWN = 255;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const WHITESPACE = /^\s$/u;

/** The class of one UTF-16 code unit (without a table: `classOf` caches it in one). */
export function classify(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x30 && c <= 0x39) return 26 + c - 0x30;
  switch (c) {
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x85:
    case 0x2028:
    case 0x2029:
      return NEWLINE;
    case 0x2e:
    case 0x21:
    case 0x3f:
      return STOP;
    case 0x3b:
      return SEMICOLON;
    case 0x3a:
      return COLON;
    case 0x2c:
      return COMMA;
    case 0x2f:
      return SLASH;
    case 0x27:
    case 0x2019:
    case 0x02bc:
      return APOSTROPHE;
    case 0x2d:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xfe58:
    case 0xfe63:
    case 0xff0d:
      return HYPHEN;
    case 0xad:
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
      return IGNORABLE;
  }
  if (c >= 0xd800 && c <= 0xdfff) return PUNCT; // astral: emoji and rare scripts
  const ch = String.fromCharCode(c);
  if (WHITESPACE.test(ch)) return SPACE;
  if (MARK.test(ch)) return IGNORABLE;
  if (
    (c >= 0xfe00 && c <= 0xfe0f) ||
    (c >= 0x200e && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e)
  ) {
    return IGNORABLE; // variation selectors and bidirectional marks
  }
  if (LETTER_OR_DIGIT.test(ch)) {
    // Accented Latin letters and full-width forms fold to their base letter.
    const base = ch.normalize('NFKD');
    if (base.length >= 1) {
      const b = base.charCodeAt(0);
      const rest = base.slice(1);
      if (b < 0x80 && (rest === '' || [...rest].every((m) => MARK.test(m)))) {
        const k = classify(b);
        if (k < ALPHABET) return k;
      }
    }
    return WORD_OTHER;
  }
  return PUNCT;
}

/**
 * A class table, filled eagerly for ASCII and Latin and lazily for the rest (`classOf`). Each
 * matcher and lexicon build owns one, so no table is shared between callers.
 */
export function charClasses(): Uint8Array {
  const t = new Uint8Array(65536).fill(UNKNOWN);
  for (let c = 0; c < 0x250; c++) t[c] = classify(c);
  return t;
}

/** The class of code unit `c`, computing and caching it on first sight. */
export function classOf(t: Uint8Array, c: number): number {
  const k = t[c]!;
  return k === UNKNOWN ? (t[c] = classify(c)) : k;
}

/** The alphabet symbol of a lowercase ASCII letter or digit, or -1. */
export function symbolOf(ch: string): number {
  const k = classify(ch.charCodeAt(0));
  return k < ALPHABET ? k : -1;
}

/** The folded character of an alphabet symbol. */
export function symbolChar(k: number): string {
  return k < 26 ? String.fromCharCode(0x61 + k) : String.fromCharCode(0x30 + k - 26);
}

/** A folded text and, for each of its characters, the offset of its source in the original. */
export interface NormalizedText {
  text: string;
  /** `offsets[i]` is where folded char i came from; `offsets[text.length]` is the end. */
  offsets: Int32Array;
}

/**
 * Simple English singular of a folded word: "effusions" -> "effusion", "opacities" ->
 * "opacity", "hip's" handled by `normalize`. Words of 3 letters or fewer, and words ending in
 * "ss", "us" or "is", are left alone.
 */
export function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * Folds `text` for comparison: lowercase ASCII letters and digits, accents and compatibility
 * forms removed, every run of spaces, hyphens, dashes and line breaks as one space, invisible
 * characters dropped, possessive "'s" dropped, and (with `singularize`) each word made
 * singular. Other characters are kept, lowercased. Leading and trailing space is trimmed.
 */
export function normalize(
  text: string,
  { singularize = false, classes = charClasses() } = {},
): NormalizedText {
  const t = classes;
  const out: string[] = [];
  const offsets: number[] = [];
  let word = '';
  let wordOffsets: number[] = [];
  const flushWord = () => {
    if (!word) return;
    const folded = singularize ? singular(word) : word;
    for (let j = 0; j < folded.length; j++) {
      out.push(folded[j]!);
      offsets.push(wordOffsets[Math.min(j, wordOffsets.length - 1)]!);
    }
    word = '';
    wordOffsets = [];
  };
  const pushSpace = (at: number) => {
    if (out.length > 0 && out[out.length - 1] !== ' ') {
      out.push(' ');
      offsets.push(at);
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = classOf(t, c);
    if (k < ALPHABET) {
      word += symbolChar(k);
      wordOffsets.push(i);
      continue;
    }
    if (k === WORD_OTHER) {
      word += text[i]!.toLowerCase().slice(0, 1);
      wordOffsets.push(i);
      continue;
    }
    if (k === IGNORABLE) continue;
    flushWord();
    if (k === SPACE || k === HYPHEN || k === NEWLINE) {
      pushSpace(i);
    } else if (k === APOSTROPHE && /^s(?![\p{L}\p{N}])/u.test(text.slice(i + 1, i + 3))) {
      i += 1; // possessive 's
    } else {
      out.push(text[i]!);
      offsets.push(i);
    }
  }
  flushWord();
  while (out.length > 0 && out[out.length - 1] === ' ') {
    out.pop();
    offsets.pop();
  }
  const result = new Int32Array(out.length + 1);
  result.set(offsets);
  result[out.length] = text.length;
  // The end offset is just past the source of the last folded character.
  if (out.length > 0) result[out.length] = offsets[out.length - 1]! + 1;
  return { text: out.join(''), offsets: result };
}
