/**
 * Keeps the page from ending the script. WXT ends this script when a newer copy of it
 * announces itself with an event on the page's document, which the page can forge. While
 * this extension is alive nothing can replace this script (Chrome injects no second copy),
 * so the event is stopped before it reaches WXT; once the extension is gone (updated,
 * removed), it goes through.
 */
import { ContentScriptContext } from '#imports';
import { browser } from '../../utils/platform';

/** Stops forged "newer copy started" events until `signal` aborts. */
export function guardScript(signal: AbortSignal): void {
  const scriptStarted =
    (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string })
      .SCRIPT_STARTED_MESSAGE_TYPE ?? `${browser.runtime.id}:content:wxt:content-script-started`;
  window.addEventListener(
    scriptStarted,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
