/**
 * Tests on one UTF-16 code unit that the core's text readers share: one definition each, so
 * "a blank", "a word character" and "white space" mean the same in every module.
 */

/** An ASCII letter or digit: [0-9A-Za-z]. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** An ASCII capital letter: [A-Z]. */
export function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** An ASCII lowercase letter: [a-z]. */
export function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** An ASCII digit: [0-9]. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A space or a tab: the gap allowed inside a line between a mention and its "?". */
export function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * A space, a tab or a carriage return: what may stand at a line's start or end without
 * making it any less blank (a carriage return before its line feed).
 */
export function isLineBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

/**
 * White space: what the RegExp `\s` matches, and NEXT LINE (U+0085), which Unicode counts as
 * white space and the normalizer as a line break.
 */
export function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
