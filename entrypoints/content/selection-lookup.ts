/**
 * The selection button: offered next to a text selection unless the user turned it off;
 * pressing it sends the selected text to the background, which opens the panel on it.
 */
import { lookupText } from '../../utils/core/selection';
import { watchSelection } from '../../utils/dom/selection-button';
import { sendToBackground } from '../../utils/protocol';
import type { Frame } from './frame';

/** Offers the selection button until `signal` aborts. */
export function startSelectionButton(frame: Frame, signal: AbortSignal): void {
  watchSelection({
    doc: frame.doc,
    signal,
    enabled: () =>
      (frame.settings as { selectionButton?: unknown } | undefined)?.selectionButton !== false,
    onLookup: (text) =>
      void sendToBackground({ type: 'lookup:selection', text: lookupText(text) }).catch(() => {}),
  });
}
