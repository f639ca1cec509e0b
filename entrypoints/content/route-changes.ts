/**
 * Route changes: when a single-page app changes its address, the page is read afresh. WXT
 * dispatches its event on the page's window, where the page could dispatch one too: only a
 * real change of address counts.
 */
import type { ContentScriptContext } from '#imports';
import { emit, type Frame } from './frame';

/** Follows the frame's address until the script ends. */
export function startRouteChanges(frame: Frame, ctx: ContentScriptContext): void {
  let address = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (location.href === address) return;
    address = location.href;
    emit(frame, 'route');
  });
}
