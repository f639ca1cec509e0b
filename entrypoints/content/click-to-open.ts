/**
 * Click-to-open: the user's own click on a highlighted mention opens its topic in the panel
 * (not on links, fields or selections, and never a click the page dispatched).
 */
import { sendToBackground } from '../../utils/protocol';
import type { Frame } from './frame';

/** Elements whose clicks are the page's own business. */
const CONTROLS = 'a, button, input, textarea, select, label, [contenteditable]';

/** Opens clicked mentions until `signal` aborts. */
export function startClickToOpen(frame: Frame, signal: AbortSignal): void {
  const { doc, highlighter } = frame;
  const onClick = (event: MouseEvent) => {
    // Only the user's own clicks: a page can dispatch clicks at a mention's position.
    if (!event.isTrusted) return;
    if (frame.mode !== 'highlight' || event.button !== 0 || highlighter.drawn === 0) return;
    if (!doc.getSelection()?.isCollapsed) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(CONTROLS)) return;
    const mention = highlighter.findingAt(event.clientX, event.clientY);
    if (mention) {
      sendToBackground({ type: 'lookup:topic', topicId: mention.finding.topicId }).catch(() => {});
    }
  };
  doc.addEventListener('click', onClick, { capture: true, passive: true, signal });
}
