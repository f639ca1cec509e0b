/** The options page's user settings, in storage.local (content scripts read them too). */
import { signal } from '@preact/signals';
import { browser } from '../../utils/platform';
import { parseSettings, SETTINGS_KEY, type Settings } from '../../utils/messaging';

/** The current settings. */
export const settings = signal<Settings>(parseSettings(undefined));

/** Reads the settings and follows changes made elsewhere. */
export async function loadSettings(): Promise<void> {
  try {
    settings.value = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    // Storage unavailable: the defaults stand.
  }
  browser.storage.local.onChanged.addListener((changes) => {
    if (changes[SETTINGS_KEY]) settings.value = parseSettings(changes[SETTINGS_KEY].newValue);
  });
}

/** Changes one setting; it applies in open pages at once. */
export async function updateSettings(change: Partial<Settings>): Promise<void> {
  const next = { ...settings.value, ...change };
  settings.value = next;
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
}
