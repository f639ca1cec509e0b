/**
 * Characters a file someone hands RadLens may not carry in its text. Pure.
 *
 * - A lone surrogate (half of a UTF-16 pair, e.g. from `"\ud800"` in JSON) is not Unicode
 *   text at all: never allowed.
 * - C0 control characters other than tab, line feed and carriage return (U+0000–U+001F) have
 *   no place in readable text and can hide or garble what is shown.
 * - Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069)
 *   can make text display in a different order from the one it is stored in ("Trojan
 *   Source"), so a recommendation could read differently from what it says.
 */

/** Which kinds of odd character a rule refuses (lone surrogates always). */
export interface CharacterRule {
  /** C0 controls other than tab, line feed and carriage return. */
  controls: boolean;
  /** Bidirectional embedding, override and isolate controls. */
  bidi: boolean;
}

/** Pack text: no lone surrogates, control characters or bidirectional controls. */
export const PACK_TEXT: Readonly<CharacterRule> = { controls: true, bidi: true };
/** The user's own text (note bodies): anything but lone surrogates. */
export const USER_TEXT: Readonly<CharacterRule> = { controls: false, bidi: false };

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `text` breaks `rule`, naming its first odd character and where it is (1-based, in
 * UTF-16 code units as editors count them), or undefined when it is fine.
 */
export function oddCharacter(text: string, rule: CharacterRule): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const at = `at character ${i + 1}`;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `holds a lone surrogate (${hex(code)}) ${at}: it is not valid Unicode text`;
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      return `holds a lone surrogate (${hex(code)}) ${at}: it is not valid Unicode text`;
    }
    if (rule.controls && code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) {
      return `holds the control character ${hex(code)} ${at} (only tab and line breaks are allowed)`;
    }
    if (rule.bidi && ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))) {
      return `holds the bidirectional control ${hex(code)} ${at}, which can make text display in another order than it is stored`;
    }
  }
  return undefined;
}
