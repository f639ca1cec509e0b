/**
 * Small type guards for the content script, which keeps zod out of its bundle. They check
 * the shape of messages the content script receives from its own extension.
 */

/** A request the content script answers. */
export type ContentRequest = { type: 'findings:get' };

/** True when `value` is a request the content script answers. */
export function isContentRequest(value: unknown): value is ContentRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'findings:get' &&
    Object.keys(value).length === 1
  );
}
