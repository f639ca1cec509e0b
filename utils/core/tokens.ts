/**
 * Word tokens of a text with their offsets: runs of letters and digits. Everything else
 * (spaces, hyphens, punctuation) separates tokens, so "joint-space" and "joint space" give
 * the same tokens.
 */

/** One word of the text: `raw` as written, `folded` lowercased, and its span. */
export interface Token {
  raw: string;
  folded: string;
  start: number;
  end: number;
  /** False when punctuation that ends a phrase (".", ",", ";", a blank line) precedes it. */
  joined: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Separators a multi-word term may span: spaces, single line breaks, hyphens, dashes. */
const JOINER = /^(?:[ \t\u00a0\u00ad\u2010-\u2014-]|\r?\n(?!\s*\r?\n))*$/;

/** Splits `text` into word tokens; offsets index into `text` itself. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const joined = tokens.length > 0 && JOINER.test(text.slice(previousEnd, start));
    tokens.push({ raw, folded: raw.toLowerCase(), start, end: start + raw.length, joined });
    previousEnd = start + raw.length;
  }
  return tokens;
}
