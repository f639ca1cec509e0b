/**
 * The text of a selection as RadLens looks it up: a lookup names a finding, so a long
 * selection is cut, wherever it is read (the page, the context menu, the panel).
 */

/** Longest selection RadLens looks up. */
export const MAX_LOOKUP_CHARS = 2000;

/** At most `max` UTF-16 units of `text`, never ending inside a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** `text` trimmed and cut to `MAX_LOOKUP_CHARS`; empty when nothing is selected. */
export const lookupText = (text: string | undefined): string =>
  cut((text ?? '').trim(), MAX_LOOKUP_CHARS).trim();
