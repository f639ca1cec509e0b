/**
 * Telling what changed: after every change of the frame's mentions, the background gets the
 * badge's figures and the side panels get the change itself (mentions added or changed, ids
 * removed, numbered so a panel that missed one asks for the whole list).
 */
import { sendToBackground, sendToPanels } from '../../utils/protocol';
import { frameState, on, reported, type Frame } from './frame';

/** Most mentions a change carries; a larger one (a first read) makes panels ask for all. */
const MAX_CARRIED = 1000;

/** Reports the frame's changes until `signal` aborts. */
export function startReporting(frame: Frame, signal: AbortSignal): void {
  let told = { scanning: true, mode: frame.mode as string };
  on(
    frame,
    'mentions',
    (detail) => {
      const { present, total, urgency } = frame.tally;
      // Also tells the panels' badge readers; sent after every change.
      sendToBackground({ type: 'findings:changed', present, total, urgency }).catch(() => {});
      const change = detail?.change;
      const state = frameState(frame);
      const empty = !change || (change.added.length === 0 && change.removed.length === 0);
      if (empty && state.scanning === told.scanning && state.mode === told.mode) return;
      told = state;
      const from = frame.revision++;
      const whole = !!change && change.added.length + change.removed.length > MAX_CARRIED;
      sendToPanels({
        type: 'findings:diff',
        run: frame.run,
        from,
        revision: frame.revision,
        added: whole ? [] : (change?.added.map((m) => reported(frame, m)) ?? []),
        removed: whole ? [] : (change?.removed ?? []),
        whole,
        ...state,
      }).catch(() => {
        // No panel open: it asks for the whole list when it opens.
      });
    },
    signal,
  );
  // A frame going away (an iframe removed, the page left) says so: a change the panels cannot
  // apply, so they ask the frame for its list, get no answer and drop its mentions.
  addEventListener(
    'pagehide',
    () => {
      const from = frame.revision++;
      sendToPanels({
        type: 'findings:diff',
        run: frame.run,
        from,
        revision: frame.revision,
        added: [],
        removed: [],
        whole: true,
        ...frameState(frame),
      }).catch(() => {});
    },
    { signal },
  );
}
