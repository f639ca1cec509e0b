/**
 * Highlight-to-lookup in the background: the context-menu item, the keyboard command and the
 * in-page selection button all end here. Each opens the side panel (synchronously, while the
 * user's gesture still counts) and leaves the selected text for the panel to take. The text
 * is held in memory only, for a few seconds, never in storage.
 */

import { lookupText } from './core/selection';
import { FrameSelection } from './messaging';
import { platform } from './platform';
import { sendToFrames, sendToPanels } from './protocol';

/** The context-menu item's id. */
export const LOOKUP_MENU_ID = 'radlens-lookup';
/** The keyboard command's name in the manifest. */
export const LOOKUP_COMMAND = 'lookup-selection';
/** How long a lookup waits for its panel to take it. */
const PENDING_MS = 30_000;

interface PendingLookup {
  /** Selected text to resolve, or the topic of a clicked highlight. */
  text?: string;
  topicId?: string;
  windowId: number | undefined;
  at: number;
}

let pending: PendingLookup | undefined;

/** What a lookup names: selected text to resolve, or the topic of a clicked highlight. */
export type Lookup = { text: string | undefined } | { topicId: string };

/** Leaves `lookup` for the panel of `windowId` and tells open panels it is there. */
export function offerLookup(lookup: Lookup, windowId: number | undefined): void {
  if ('topicId' in lookup) {
    pending = { topicId: lookup.topicId, windowId, at: Date.now() };
  } else {
    const text = lookupText(lookup.text);
    if (!text) return;
    pending = { text, windowId, at: Date.now() };
  }
  sendToPanels({ type: 'lookup:ready', windowId }).catch(() => {
    // No panel open yet: the panel takes the lookup when it starts.
  });
}

/** Hands the waiting lookup to the panel of `windowId` (once), if there is one. */
export function handOverLookup(windowId: number | undefined): { text?: string; topicId?: string } {
  const lookup = pending;
  if (!lookup || Date.now() - lookup.at > PENDING_MS) {
    pending = undefined;
    return {};
  }
  if (lookup.windowId !== undefined && windowId !== undefined && lookup.windowId !== windowId) {
    return {};
  }
  pending = undefined;
  return lookup.topicId ? { topicId: lookup.topicId } : { text: lookup.text };
}

/** The selected text of a tab: asks its frames; the frame that has a selection answers. */
async function selectionOf(tabId: number): Promise<string | undefined> {
  try {
    const answer = await sendToFrames(tabId, { type: 'selection:get' });
    const parsed = FrameSelection.safeParse(answer);
    return parsed.success ? parsed.data.text : undefined;
  } catch {
    return undefined; // A page without the content script (browser pages, the store).
  }
}

/** Registers the context-menu item (on install and update; menus persist in Chrome). */
export function createLookupMenu(): void {
  const { menus } = platform;
  if (!menus) return;
  menus.removeAll(() => {
    menus.create({
      id: LOOKUP_MENU_ID,
      title: 'Look up “%s” in RadLens',
      contexts: ['selection'],
    });
  });
}

/** The context-menu click: open the panel, then hand it the selection. */
export function onLookupMenu(
  info: { menuItemId: string | number; selectionText?: string },
  tab: { windowId?: number } | undefined,
): void {
  if (info.menuItemId !== LOOKUP_MENU_ID) return;
  platform.openPanel(tab?.windowId);
  offerLookup({ text: info.selectionText }, tab?.windowId);
}

/** The keyboard command: open the panel, then read the selection from the tab. */
export function onLookupCommand(
  command: string,
  tab: { id?: number; windowId?: number } | undefined,
): void {
  if (command !== LOOKUP_COMMAND) return;
  platform.openPanel(tab?.windowId);
  if (tab?.id === undefined) return;
  void selectionOf(tab.id).then((text) => offerLookup({ text }, tab.windowId));
}

/** Registers the context menu and command listeners. */
export function listenForLookups(): void {
  platform.menus?.onClicked.addListener(onLookupMenu);
  platform.commands?.onCommand.addListener(onLookupCommand);
}
