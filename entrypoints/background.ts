/**
 * The background: seeds IndexedDB on install and update, serves the compiled lexicon to
 * content scripts, opens the side panel from the toolbar button, relays highlight-to-lookup
 * (context menu, keyboard command, selection button) and keeps the badge showing the number
 * of present findings in the tab. It holds no state of its own: per-frame counts live in
 * storage.session (counts only, never page text); a lookup's text waits in memory for seconds.
 */
import '../utils/zod-without-eval';
import { defineBackground } from '#imports';
import { seedTopics, seedVersion } from '../data/index';
import { compileLexicon, type Lexicon } from '../utils/core/lexicon';
import type { Indicator } from '../utils/core/schema';
import { higher } from '../utils/core/urgency';
import { createDb } from '../utils/db';
import {
  createLookupMenu,
  listenForLookups,
  handOverLookup,
  offerLookup,
  type Lookup,
} from '../utils/lookup-relay';
import { BackgroundRequest, framesKey, TabFrames } from '../utils/messaging';
import { topicsRevision } from '../utils/packs';
import { browser, platform, startEach } from '../utils/platform';
import { listen, type BackgroundProtocol, type Handlers, type Sender } from '../utils/protocol';
import { syncBuiltinTopics } from '../utils/seed';

export default defineBackground(() => {
  const db = createDb();
  let seeding: Promise<unknown> | undefined;
  const ensureSeeded = () =>
    (seeding ??= syncBuiltinTopics(db, seedTopics, seedVersion).catch((error: unknown) => {
      seeding = undefined;
      console.error('RadLens: could not write the built-in topics to IndexedDB', error);
    }));

  const extensionOrigin = browser.runtime.getURL('/');

  /** The lexicon of every stored topic; the built-in topics when storage fails. */
  const compile = async (): Promise<Lexicon> => {
    await ensureSeeded();
    try {
      const topics = await db.topics.toArray();
      if (topics.length > 0) return compileLexicon(topics);
    } catch (error) {
      console.error('RadLens: could not read topics; using the built-in ones', error);
    }
    return compileLexicon(seedTopics);
  };
  // Compiled once per topics revision and shared by every frame that asks: the seed runs
  // before the first compile, and importing or removing a pack bumps the revision.
  let compiled: { revision: number; lexicon: Promise<Lexicon> } | undefined;
  const lexicon = async (): Promise<Lexicon> => {
    const revision = await topicsRevision(db).catch(() => compiled?.revision ?? 0);
    if (compiled?.revision !== revision) compiled = { revision, lexicon: compile() };
    return compiled.lexicon;
  };

  // Per-tab frame counts are updated one message at a time so none is lost.
  let queue: Promise<unknown> = Promise.resolve();
  const updateFrames = (
    tabId: number,
    frameId: number,
    { present, total, urgency }: { present: number; total: number; urgency: Indicator },
  ) =>
    (queue = queue
      .then(async () => {
        const key = framesKey(tabId);
        const stored = TabFrames.safeParse((await platform.session.get(key))[key]);
        const frames = stored.success ? stored.data : {};
        const scans = (frames[String(frameId)]?.scans ?? 0) + 1;
        frames[String(frameId)] = { present, total, urgency, scans };
        await platform.session.set({ [key]: frames });
        const count = Object.values(frames).reduce((sum, f) => sum + f.present, 0);
        const mostUrgent = Object.values(frames).reduce<Indicator>(
          (most, f) => higher(most, f.urgency ?? 'info'),
          'info',
        );
        await platform.setBadge(tabId, count > 0 ? String(count) : '', mostUrgent);
      })
      .catch((error: unknown) => console.error('RadLens: badge update failed', error)));

  const forgetTab = (tabId: number) => {
    queue = queue.then(() => platform.session.remove(framesKey(tabId))).catch(() => {});
  };

  // Only a content script (in a tab) asks; the panel opens while the user's click counts.
  const openPanelOn = (sender: Sender, lookup: Lookup) => {
    if (!sender.tab || sender.url?.startsWith(extensionOrigin)) return undefined;
    platform.openPanel(sender.tab.windowId);
    offerLookup(lookup, sender.tab.windowId);
    return { ok: true };
  };
  const handlers: Handlers<BackgroundProtocol> = {
    'lexicon:get': () => lexicon(),
    'findings:changed': (request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined) return undefined;
      const { present, total, urgency } = request;
      return updateFrames(tabId, sender.frameId, { present, total, urgency }).then(() => ({
        ok: true as const,
      }));
    },
    'lookup:selection': (request, sender) => openPanelOn(sender, { text: request.text }),
    'lookup:topic': (request, sender) => openPanelOn(sender, { topicId: request.topicId }),
    // Extension pages only.
    'lookup:take': (request, sender) =>
      sender.url?.startsWith(extensionOrigin) ? handOverLookup(request.windowId) : undefined,
  };
  const parseRequest = (message: unknown) => {
    const parsed = BackgroundRequest.safeParse(message);
    return parsed.success ? parsed.data : undefined;
  };

  // Each part starts on its own: one the browser refuses leaves the others working.
  startEach({
    messages: () => listen<BackgroundProtocol>(parseRequest, handlers),
    install: () =>
      browser.runtime.onInstalled.addListener(() => {
        // Installed or updated: write this build's topics (never touching notes).
        seeding = undefined;
        void ensureSeeded();
        createLookupMenu();
      }),
    startup: () => browser.runtime.onStartup.addListener(() => void ensureSeeded()),
    tabs: () => {
      browser.tabs.onUpdated.addListener((tabId, change) => {
        if (change.status === 'loading') forgetTab(tabId);
      });
      browser.tabs.onRemoved.addListener(forgetTab);
    },
    toolbar: () => platform.openPanelOnToolbarClick(),
    lookups: listenForLookups,
  });
});
