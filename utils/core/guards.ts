/**
 * Small type guards for the content script, which keeps zod out of its bundle. They check
 * the shape of messages the content script receives from its own extension.
 */

/** A request the content script answers. */
export type ContentRequest =
  | { type: 'findings:get' }
  | { type: 'findings:stats' }
  | { type: 'findings:show'; index: number }
  | { type: 'selection:get' };

/** True when `value` is a request the content script answers. */
export function isContentRequest(value: unknown): value is ContentRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { type, index } = value as { type?: unknown; index?: unknown };
  if (type === 'findings:get' || type === 'findings:stats' || type === 'selection:get') {
    return keys.length === 1;
  }
  if (type === 'findings:show') {
    return keys.length === 2 && typeof index === 'number' && Number.isInteger(index) && index >= 0;
  }
  return false;
}

/** Site modes, as the content script reads them from settings without zod. */
export type PageMode = 'off' | 'count' | 'highlight';

/** The mode for `origin` from raw settings: its own, else the default, else "highlight". */
export function modeFor(settings: unknown, origin: string): PageMode {
  const isMode = (v: unknown): v is PageMode => v === 'off' || v === 'count' || v === 'highlight';
  if (typeof settings !== 'object' || settings === null) return 'highlight';
  const { siteModes, defaultMode } = settings as { siteModes?: unknown; defaultMode?: unknown };
  if (typeof siteModes === 'object' && siteModes !== null && Object.hasOwn(siteModes, origin)) {
    const own = (siteModes as Record<string, unknown>)[origin];
    if (isMode(own)) return own;
  }
  return isMode(defaultMode) ? defaultMode : 'highlight';
}
