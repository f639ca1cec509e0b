/**
 * The words of topic search: folding (case, accents, punctuation), compound words, edit
 * distance with transpositions, and how well one query word matches one indexed word (exact,
 * prefix while typing, typos by length). Pure.
 */

/** Folds text for matching: accents off, lower case, anything but letters and digits a space. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Match qualities: exact over prefix over typo. */
const EXACT = 1;
export const PREFIX = 0.7;
const TYPO = 0.5;
const TYPO2 = 0.45;
export const TYPO_PREFIX = 0.4;
/** Three rows of work for `editDistance`, reused by one query word over every index word. */
export interface DistanceRows {
  rows: [Int32Array, Int32Array, Int32Array];
}

const distanceRows = (n: number): DistanceRows => ({
  rows: [new Int32Array(n), new Int32Array(n), new Int32Array(n)],
});

/** Edit distance with transpositions (optimal string alignment), or `max + 1` past `max`. */
export function editDistance(
  a: string,
  b: string,
  max: number,
  work: DistanceRows = distanceRows(b.length + 1),
): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (work.rows[0].length <= n) work.rows = distanceRows(n * 2 + 1).rows;
  let [prev2, prev, row] = work.rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[n]!;
}

/** Letters present in each prefix of `word`, as bits: one edit changes at most two bits. */
export function prefixMasks(word: string): Uint32Array {
  const masks = new Uint32Array(word.length + 1);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    masks[i + 1] = masks[i]! | (1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6)));
  }
  return masks;
}

function bitCount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/** Typos forgiven for a query word of this length. */
const typos = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/** A folded query word with its letter masks. */
export interface QueryWord {
  text: string;
  mask: number;
  /** Prefix matches allowed: the last word (still being typed) or 3+ letters. */
  prefixOk: boolean;
  /** The last word: may be a misspelt prefix. */
  last: boolean;
  /** Its work rows for edit distances: one query word is compared with thousands of words. */
  work: DistanceRows;
}

export function queryWord(text: string, k: number, count: number): QueryWord {
  const last = k === count - 1;
  return {
    text,
    mask: prefixMasks(text)[text.length]!,
    prefixOk: last || text.length >= 3,
    last,
    work: distanceRows(64),
  };
}

/** How well query word `q` matches word `w` (EXACT, PREFIX, TYPO, TYPO2, TYPO_PREFIX or 0). */
export function wordMatch(q: QueryWord, w: string, masks: Uint32Array = prefixMasks(w)): number {
  const t = q.text;
  if (t === w) return EXACT;
  if (q.prefixOk && w.startsWith(t)) return PREFIX;
  const allowed = typos(t.length);
  if (allowed === 0) return 0;
  if (
    Math.abs(w.length - t.length) <= allowed &&
    bitCount(q.mask ^ masks[w.length]!) <= 2 * allowed
  ) {
    const d = editDistance(t, w, allowed, q.work);
    if (d <= allowed) return d <= 1 ? TYPO : TYPO2;
  }
  // Still typing, with a typo: the query is one edit from a prefix of the word.
  if (q.last && w.length > t.length) {
    for (let n = t.length - 1; n <= t.length + 1 && n < w.length; n++) {
      if (bitCount(q.mask ^ masks[n]!) <= 2 && editDistance(t, w.slice(0, n), 1, q.work) <= 1) {
        return TYPO_PREFIX;
      }
    }
  }
  return 0;
}

/** Words of `text`, plus hyphenated or slashed compounds joined ("TI-RADS" -> "tirads"). */
export function words(text: string): string[] {
  const out = foldForSearch(text).split(' ');
  for (const compound of text.match(/[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+/gu) ?? []) {
    out.push(foldForSearch(compound).replaceAll(' ', ''));
  }
  return out.filter(Boolean);
}
