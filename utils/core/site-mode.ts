/**
 * What RadLens does on a site: nothing, count findings (badge and panel), or also mark them;
 * declared once here for the settings schema, the options page and the content script, which
 * reads the mode from raw settings without zod.
 */

/** The site modes, from doing least to most. */
export const SITE_MODES = ['off', 'count', 'highlight'] as const;
/** A site mode. */
export type SiteMode = (typeof SITE_MODES)[number];

/** True when `value` is a site mode. */
export const isSiteMode = (value: unknown): value is SiteMode =>
  (SITE_MODES as readonly unknown[]).includes(value);

/** The mode for `origin` from raw settings: its own, else the default, else "highlight". */
export function modeFor(settings: unknown, origin: string): SiteMode {
  if (typeof settings !== 'object' || settings === null) return 'highlight';
  const { siteModes, defaultMode } = settings as { siteModes?: unknown; defaultMode?: unknown };
  if (typeof siteModes === 'object' && siteModes !== null && Object.hasOwn(siteModes, origin)) {
    const own = (siteModes as Record<string, unknown>)[origin];
    if (isSiteMode(own)) return own;
  }
  return isSiteMode(defaultMode) ? defaultMode : 'highlight';
}
