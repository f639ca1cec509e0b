/**
 * Builds the matcher's automaton from the serialisable lexicon, on typed arrays:
 * - a trie over folded characters that recognises vocabulary words as the text streams by
 *   (plurals spelled into it, ending on their singular's word id);
 * - an Aho-Corasick automaton over word ids that finds phrases, with failure and output
 *   links, a hashed goto table and the shortcuts the pass relies on.
 * `match-pass.ts` runs the tables over a text.
 */
import type { Lexicon, Phrase } from './lexicon';
import { ALPHABET, charClasses, singular, symbolOf } from './normalize';

/**
 * The plural spellings of a vocabulary word that `singular` folds back to it ("effusion" ->
 * "effusions", "opacity" -> "opacities", "pneumothorax" -> "pneumothoraxes").
 */
function pluralsOf(word: string): string[] {
  const candidates = [`${word}s`, `${word}es`];
  if (word.endsWith('y')) candidates.push(`${word.slice(0, -1)}ies`);
  return candidates.filter((plural) => singular(plural) === word);
}

/** The trie's root state; trie state 0 is "dead" (no vocabulary word continues). */
export const ROOT = 1; // trie root; trie state 0 is "dead" (no vocabulary word continues)

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

/** Word flag: passed over by phrases ("heart is mildly enlarged"). */
export const TRANSPARENT = 1;
/** Word flag: continues some phrase (stands after its first word). */
export const INNER = 2;

/** The automaton's tables, as the pass (`matchPass`) reads them. */
export interface AutomatonTables {
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

/** Builds the automaton of a lexicon; `size`: bytes held by its typed arrays. */
export function buildAutomaton(lexicon: Lexicon): { tables: AutomatonTables; size: number } {
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

  const tables: AutomatonTables = {
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
  return { tables, size };
}
