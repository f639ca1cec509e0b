/**
 * What the Chromium and the Firefox hostile specs share: the forged messages the background's
 * listener is handed, with the answer each must get, and the user's own hands on a selection.
 */

/** What a forged sender is made of, read in the browser under test by `senderFacts`. */
export interface SenderFacts {
  /** RadLens's own runtime id. */
  ownId: string;
  /** The tab of the sample page, as tabs.get gives it. */
  tab: { id?: number; windowId: number; url?: string };
  /** The panel's URL, an extension page. */
  panelUrl: string;
}

/** Runs in an extension context (Chrome's `chrome`, Firefox's `browser`): the facts of tab `tabId`. */
export async function senderFacts(tabId: number): Promise<SenderFacts> {
  const api = typeof browser === 'undefined' ? chrome : browser;
  const tab = await api.tabs.get(tabId);
  return { ownId: api.runtime.id, tab, panelUrl: api.runtime.getURL('sidepanel.html') };
}

/** A message handed to the background's listener as if from `sender`, and its answer. */
export interface ForgedCase {
  name: string;
  message: unknown;
  sender: object;
  /** 'ignored': the listener gives no answer. */
  answer: unknown;
}

/**
 * Messages from a page or another extension, spoiled payloads and unknown types are ignored;
 * the control, the panel asking, is answered.
 */
export const forgedSenderCases = (
  otherId: string,
  { ownId, tab, panelUrl }: SenderFacts,
): ForgedCase[] => {
  const inTab = { tab, frameId: 0, url: tab.url };
  return [
    {
      name: 'otherExtension',
      message: { type: 'findings:changed', present: 42, total: 42, urgency: 'critical' },
      sender: { id: otherId, ...inTab },
      answer: 'ignored',
    },
    {
      name: 'spoiledPayload',
      message: { type: 'findings:changed', present: 'many', total: -1 },
      sender: { id: ownId, ...inTab },
      answer: 'ignored',
    },
    {
      name: 'extraFields',
      message: { type: 'findings:changed', present: 42, total: 42, urgency: 'info', admin: true },
      sender: { id: ownId, ...inTab },
      answer: 'ignored',
    },
    {
      name: 'pageAsksForLookup',
      message: { type: 'lookup:take', windowId: tab.windowId },
      sender: { id: ownId, ...inTab },
      answer: 'ignored',
    },
    {
      name: 'unknownType',
      message: { type: 'settings:set', mode: 'off' },
      sender: { id: ownId },
      answer: 'ignored',
    },
    {
      name: 'panelAsksForLookup',
      message: { type: 'lookup:take', windowId: tab.windowId },
      sender: { id: ownId, url: panelUrl },
      answer: {}, // answered: nothing waiting
    },
  ];
};

/** The answer each case must get, by its name. */
export const expectedAnswers = (cases: ForgedCase[]): Record<string, unknown> =>
  Object.fromEntries(cases.map((c) => [c.name, c.answer]));

/** What the content script says of itself when asked for `findings:stats`. */
export interface Stats {
  firstMs?: number;
  updates: number;
  drawn: number;
}

/** A page as both Playwright and Puppeteer give it: a real mouse and keyboard. */
interface Hands {
  mouse: { move(x: number, y: number): Promise<void>; down(): Promise<void>; up(): Promise<void> };
  keyboard: { press(key: string): Promise<void> };
}

/**
 * Selects (by `select`) with the user's own mouseup and key press, which show RadLens's
 * selection button (a page's synthetic events are ignored).
 */
export async function selectByHand(page: Hands, select: () => Promise<unknown>): Promise<void> {
  await select();
  await page.mouse.move(5, 5);
  await page.mouse.down();
  await page.mouse.up(); // a real mouseup (the selection stays: no drag)
  await select();
  await page.keyboard.press('Shift');
}

/** Where the background's onMessage listener is, in the context `askListener` runs in. */
export type ListenerAt = 'chrome.runtime.onMessage' | 'window.heard';

/**
 * Runs in the browser: hands each case's forged message and sender to the background's real
 * onMessage listener, in turn, and gives back its answers by the case's name ('ignored' when
 * it gives none within `waitMs`). Chrome lets its listener be called through the event's
 * dispatch(); in Firefox it is the one a copy of the background script registered in
 * `window.heard`.
 */
export async function askListener([cases, at, waitMs]: readonly [
  ForgedCase[],
  ListenerAt,
  number,
]): Promise<Record<string, unknown>> {
  type Listener = (message: unknown, sender: object, respond: (a: unknown) => void) => unknown;
  const listener: Listener =
    at === 'chrome.runtime.onMessage'
      ? (message, sender, respond) => chrome.runtime.onMessage.dispatch(message, sender, respond)
      : (window as unknown as { heard: Record<string, Listener> }).heard['runtime.onMessage']!;
  const answers: Record<string, unknown> = {};
  for (const { name, message, sender } of cases) {
    answers[name] = await new Promise<unknown>((done) => {
      listener(message, sender, done);
      setTimeout(() => done('ignored'), waitMs);
    });
  }
  return answers;
}
