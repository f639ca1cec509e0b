/**
 * The side panel's state, as signals, and the effects that fill it: which tab it follows,
 * the findings of that tab's frames, and the topic on screen (read from IndexedDB).
 */
import { computed, signal } from '@preact/signals';
import { browser } from '#imports';
import type { Finding } from '../../utils/core/schema';
import { createDb, type StoredTopic } from '../../utils/db';
import { framesKey, FrameFindings, TabFrames } from '../../utils/messaging';
import { seedTopics, seedVersion } from '../../data/index';
import { syncBuiltinTopics } from '../../utils/seed';

const db = createDb();

/** The tab whose findings the panel shows. */
export const tabId = signal<number | undefined>(undefined);
/** The findings of every frame of that tab, in document order per frame. */
export const findings = signal<Finding[]>([]);
/** True until the first answer from the tab arrives. */
export const loading = signal(true);
/** Why findings could not be read, when they could not. */
export const findingsError = signal<string | undefined>(undefined);
/** Every stored topic's title by id, for labelling findings. */
export const titles = signal<ReadonlyMap<string, string>>(new Map());
/** The topic on screen, or undefined for the findings list. */
export const topic = signal<StoredTopic | undefined>(undefined);
/** An error reading a topic, shown in place of it. */
export const topicError = signal<string | undefined>(undefined);

/** Findings of the same topic and status, as the list shows them. */
export interface FindingGroup {
  topicId: string;
  title: string;
  status: Finding['status'];
  mentions: Finding[];
}

/** Findings grouped by status, then by topic, in the order the list shows them. */
export const groups = computed(() => {
  const byKey = new Map<string, FindingGroup>();
  for (const finding of findings.value) {
    const key = `${finding.status}\u0000${finding.topicId}`;
    let group = byKey.get(key);
    if (!group) {
      const title = titles.value.get(finding.topicId) ?? finding.topicId;
      group = { topicId: finding.topicId, title, status: finding.status, mentions: [] };
      byKey.set(key, group);
    }
    group.mentions.push(finding);
  }
  return [...byKey.values()];
});

/** Opens a topic by id. */
export async function openTopic(id: string): Promise<void> {
  topicError.value = undefined;
  try {
    const stored = await db.topics.get(id);
    if (stored) {
      topic.value = stored;
      return;
    }
    const builtin = seedTopics.find((t) => t.id === id);
    if (builtin) topic.value = { ...builtin, source: 'builtin' };
    else topicError.value = `No topic "${id}" is installed.`;
  } catch (error) {
    // Storage failed: the built-in topic still shows.
    const builtin = seedTopics.find((t) => t.id === id);
    if (builtin) topic.value = { ...builtin, source: 'builtin' };
    else topicError.value = `Could not read topic "${id}": ${String(error)}`;
  }
}

/** Back to the findings list. */
export function closeTopic(): void {
  topic.value = undefined;
}

/** Asks every reporting frame of the tab for its findings. */
async function refreshFindings(): Promise<void> {
  const id = tabId.value;
  if (id === undefined) return;
  const key = framesKey(id);
  const registry = TabFrames.safeParse((await browser.storage.session.get(key))[key]);
  const frameIds = new Set([0, ...Object.keys(registry.success ? registry.data : {}).map(Number)]);
  const answers = await Promise.all(
    [...frameIds].map(async (frameId) => {
      try {
        const answer: unknown = await browser.tabs.sendMessage(
          id,
          { type: 'findings:get' },
          { frameId },
        );
        const parsed = FrameFindings.safeParse(answer);
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined; // No content script in that frame (yet), or a restricted page.
      }
    }),
  );
  if (tabId.value !== id) return;
  const answered = answers.filter((a) => a !== undefined);
  findings.value = answered.flatMap((a) => a.findings);
  findingsError.value =
    answered.length === 0
      ? 'RadLens cannot read this page (a browser page, or still loading).'
      : undefined;
  loading.value = answered.some((a) => a.scanning);
}

async function loadTitles(): Promise<void> {
  try {
    await syncBuiltinTopics(db, seedTopics, seedVersion);
    const topics = await db.topics.toArray();
    titles.value = new Map(topics.map((t) => [t.id, t.title]));
  } catch {
    titles.value = new Map(seedTopics.map((t) => [t.id, t.title]));
  }
}

/**
 * Starts the panel. `?tabId=N` pins it to one tab; otherwise it follows the active tab of its
 * window (`?windowId=N` names another window, for a panel opened as a tab).
 */
export function startPanel(url: URL): void {
  void loadTitles();
  const param = (name: string) => {
    const value = Number(url.searchParams.get(name));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  const follow = (id: number | undefined) => {
    if (id === tabId.value) return;
    tabId.value = id;
    findings.value = [];
    loading.value = true;
    void refreshFindings();
  };
  const pinned = param('tabId');
  if (pinned !== undefined) {
    follow(pinned);
  } else {
    void (async () => {
      const windowId = param('windowId') ?? (await browser.windows.getCurrent()).id;
      browser.tabs.onActivated.addListener((info) => {
        if (info.windowId === windowId) follow(info.tabId);
      });
      const [active] = await browser.tabs.query({ active: true, windowId });
      follow(active?.id);
    })();
  }
  browser.tabs.onUpdated.addListener((id, change) => {
    if (id === tabId.value && change.status === 'complete') void refreshFindings();
  });
  browser.storage.session.onChanged.addListener((changes) => {
    if (tabId.value !== undefined && framesKey(tabId.value) in changes) void refreshFindings();
  });
}
