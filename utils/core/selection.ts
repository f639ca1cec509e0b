/**
 * The text of a selection as RadLens looks it up: a lookup names a finding, so a long
 * selection is cut, wherever it is read (the page, the context menu, the panel).
 */

/** Longest selection RadLens looks up. */
export const MAX_LOOKUP_CHARS = 2000;

/** `text` trimmed and cut to `MAX_LOOKUP_CHARS`; empty when nothing is selected. */
export const lookupText = (text: string | undefined): string =>
  (text ?? '').trim().slice(0, MAX_LOOKUP_CHARS).trim();
