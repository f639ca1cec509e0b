/**
 * Highlighting: in "highlight" mode, marks the page's mentions after every pass that changed
 * them and when the mode comes back; in any other mode, or when the script ends, removes
 * the marks. Each draw's time goes to the frame's statistics.
 */
import { canHighlight, isDrawn, type FindingSource } from '../../utils/dom/highlighter';
import { allMentions, type LocatedFinding } from '../../utils/dom/located';
import { on, type Frame } from './frame';

/** Draws the frame's mentions until `signal` aborts. */
export function startHighlighting(frame: Frame, signal: AbortSignal): void {
  const { highlighter } = frame;
  // Every mention, listed only when the highlighter asks (after the user scrolled).
  let all: LocatedFinding[] | undefined;
  const source: FindingSource = {
    first(n) {
      const out: LocatedFinding[] = [];
      for (const segment of frame.page.segments) {
        for (const mention of segment.findings)
          if (isDrawn(mention.finding.status)) out.push(mention);
        if (out.length >= n) break;
      }
      return out;
    },
    all: () => (all ??= allMentions(frame.page)),
  };
  const draw = () => {
    const started = performance.now();
    if (frame.mode === 'highlight' && canHighlight()) highlighter.render(source);
    else highlighter.clear();
    frame.stats.drew(performance.now() - started);
  };
  on(
    frame,
    'mentions',
    () => {
      all = undefined;
      draw();
    },
    signal,
  );
  on(frame, 'mode', () => frame.mode !== 'off' && draw(), signal);
  signal.addEventListener('abort', () => highlighter.clear(), { once: true });
}
