/**
 * Site mode: reads the user's settings (the mode of this site: off, count only, highlight;
 * and whether to offer the selection button) and follows their changes, telling the other
 * features when the mode may have changed.
 */
import { modeFor } from '../../utils/core/site-mode';
import { browser } from '../../utils/platform';
import { emit, type Frame } from './frame';

/** The storage.local key of the settings (`SETTINGS_KEY`; messaging.ts carries zod). */
const SETTINGS_KEY = 'settings';

/** Applies `settings` to the frame and tells the other features. */
function apply(frame: Frame, settings: unknown): void {
  frame.settings = settings;
  frame.mode = modeFor(settings, frame.origin);
  emit(frame, 'mode');
}

/** Reads the settings, then follows them until `signal` aborts. */
export async function startSiteMode(frame: Frame, signal: AbortSignal): Promise<void> {
  let settings: unknown;
  try {
    settings = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    // Storage unavailable: defaults.
  }
  if (signal.aborted) return;
  const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
    if (changes[SETTINGS_KEY]) apply(frame, changes[SETTINGS_KEY].newValue);
  };
  browser.storage.local.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.local.onChanged.removeListener(onChanged));
  apply(frame, settings);
}
