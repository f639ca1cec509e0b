/**
 * The side panel's state, as signals, and the effects that fill it: which tab it follows,
 * the findings of that tab's frames, the installed topics, and the topic on screen (read
 * from IndexedDB; the built-in copy when storage fails).
 */
import { computed, effect, signal } from '@preact/signals';
import { browser, platform } from '../../utils/platform';
import { seedTopics, seedVersion } from '../../data/index';
import type { FindingListGroup } from '../../components/FindingList';
import { COURSE_NOTE, URGENCY_RAISED } from '../../components/labels';
import type { Indicator } from '../../utils/core/schema';
import { byUrgency, higher } from '../../utils/core/urgency';
import type { StorageProblem } from '../../utils/core/storage-problem';
import { createDb, type StoredTopic } from '../../utils/db';
import { framesKey, FrameFindings, type FindingsDiff, TabFrames } from '../../utils/messaging';
import { requestPersistenceOnce } from '../../utils/persistence';
import { sendToFrames, type Sender } from '../../utils/protocol';
import { loadInstalledTopics } from '../../utils/topic-store';
import type { StorageStatus } from './note-session';
import { restoreNavigation, route } from './navigation';
import { TabMentions, type PanelMention } from './tab-mentions';

/** The panel's database connection. */
export const db = createDb();

/** The tab whose findings the panel shows. */
export const tabId = signal<number | undefined>(undefined);
/** The window the panel belongs to (lookups are for the panel of their window). */
export const windowId = signal<number | undefined>(undefined);
/** The mentions of every frame of that tab, with the frame each came from. */
export const findings = signal<PanelMention[]>([]);
/** The same, by frame, as the frames report them and their changes. */
const mentions = new TabMentions();
/** True until the first answer from the tab arrives. */
export const loading = signal(true);
/** Why findings could not be read, when they could not. */
export const findingsError = signal<string | undefined>(undefined);
/** Every installed topic (from IndexedDB, or the built-in ones when storage fails). */
export const topics = signal<readonly StoredTopic[]>([]);
/**
 * Set when IndexedDB cannot be opened (the panel shows built-in topics read-only) or is full
 * (notes cannot be saved); the banner says which and what still works.
 */
export const storageProblem = signal<StorageProblem | undefined>(undefined);
/** The panel's storage problem as note editors read and report it. */
export const storageStatus: StorageStatus = {
  current: () => storageProblem.value,
  report: (problem) => (storageProblem.value = problem),
};
/** An error reading a topic, shown in place of it. */
export const topicError = signal<string | undefined>(undefined);

/** Title and indicator of every installed topic, by id. */
export const topicInfo = computed(
  () =>
    new Map(
      topics.value.map((t) => [
        t.id,
        { title: t.title, indicator: t.indicator, category: t.category },
      ]),
    ),
);
/** Every installed topic's title by id. */
export const titles = computed(
  () => new Map([...topicInfo.value].map(([id, info]) => [id, info.title])),
);

/** The topic on screen, when the route is a topic. */
export const topic = computed(() => {
  const r = route.value;
  if (r.view !== 'topic') return undefined;
  return topics.value.find((t) => t.id === r.id);
});

/** One topic's mentions with one status, as the list shows them. */
export type FindingGroup = FindingListGroup<PanelMention>;

/** Findings grouped by status, then by topic, in document order of their first mention. */
export const groups = computed(() => {
  const byKey = new Map<string, FindingGroup>();
  for (const finding of findings.value) {
    const key = `${finding.status}\u0000${finding.topicId}`;
    let group = byKey.get(key);
    if (!group) {
      const info = topicInfo.value.get(finding.topicId);
      group = {
        topicId: finding.topicId,
        title: info?.title ?? finding.topicId,
        indicator: finding.indicator,
        status: finding.status,
        mentions: [],
      };
      byKey.set(key, group);
    }
    group.indicator = higher(group.indicator, finding.indicator);
    group.mentions.push(finding);
    for (const other of finding.differential ?? []) {
      const title = topicInfo.value.get(other)?.title ?? other;
      group.alternatives ??= [];
      if (!group.alternatives.includes(title)) group.alternatives.push(title);
    }
  }
  for (const group of byKey.values()) {
    const note = urgencyNote(group, topicInfo.value.get(group.topicId)?.indicator);
    if (note) group.urgencyNote = note;
  }
  return [...byKey.values()];
});

/** Why a group's urgency differs from its topic's: the report's wording, or a stated course. */
function urgencyNote(group: FindingGroup, topic: Indicator | undefined): string | undefined {
  if (topic === undefined || group.indicator === topic) return undefined;
  if (byUrgency(group.indicator, topic) < 0) return URGENCY_RAISED[group.indicator];
  const course = group.mentions.find((m) => m.course && m.indicator === group.indicator)?.course;
  return course ? COURSE_NOTE[course] : undefined;
}

/** Asks the frame that reported `mention` to scroll to it and flash it. */
export async function showInPage(mention: { frameId: number; id: string }): Promise<boolean> {
  const id = tabId.value;
  if (id === undefined) return false;
  try {
    const answer = (await sendToFrames(
      id,
      { type: 'findings:show', id: mention.id },
      mention.frameId,
    )) as { shown?: unknown } | undefined;
    if (answer?.shown === true) {
      await browser.tabs.update(id, { active: true }).catch(() => {});
      return true;
    }
  } catch {
    // The frame went away; the list refreshes on the next change.
  }
  return false;
}

/** Shows what the panel holds of the tab's frames. */
function publish(): void {
  findings.value = mentions.list();
  const status = mentions.status();
  findingsError.value =
    status.frames === 0
      ? 'RadLens cannot read this page (a browser page, or still loading).'
      : status.allOff
        ? 'RadLens is off on this site. Turn it on for the site in the options.'
        : undefined;
  loading.value = status.scanning;
}

/** Asks one frame of tab `id` for its whole list; false when it does not answer. */
async function askFrame(id: number, frameId: number): Promise<boolean> {
  try {
    const answer = await sendToFrames(id, { type: 'findings:get' }, frameId);
    const parsed = FrameFindings.safeParse(answer);
    if (!parsed.success || tabId.value !== id) return false;
    mentions.setWhole(frameId, parsed.data);
    return true;
  } catch {
    return false; // No content script in that frame (yet), or a restricted page.
  }
}

/** Asks every reporting frame of the tab for its whole list. */
async function refreshFindings(): Promise<void> {
  const id = tabId.value;
  if (id === undefined) return;
  const key = framesKey(id);
  const registry = TabFrames.safeParse((await platform.session.get(key))[key]);
  const frameIds = new Set([0, ...Object.keys(registry.success ? registry.data : {}).map(Number)]);
  const answered = await Promise.all([...frameIds].map((frameId) => askFrame(id, frameId)));
  if (tabId.value !== id) return;
  [...frameIds].forEach((frameId, i) => answered[i] || mentions.forget(frameId));
  publish();
}

/**
 * A frame's change: applied when it follows what the panel holds of that frame; otherwise
 * (a change missed, one too large to carry) the frame is asked for its whole list.
 */
export function onFindingsDiff(diff: FindingsDiff, sender: Sender): undefined {
  const id = tabId.value;
  const frameId = sender.frameId;
  if (id === undefined || sender.tab?.id !== id || frameId === undefined) return undefined;
  const outcome = mentions.applyDiff(frameId, diff);
  if (outcome === 'applied') publish();
  else if (outcome === 'gap') {
    // A frame that no longer answers (an iframe removed, the page left) loses its mentions.
    void askFrame(id, frameId).then((ok) => {
      if (tabId.value !== id) return;
      if (!ok) mentions.forget(frameId);
      publish();
    });
  }
  return undefined;
}

/** Loads the installed topics; IndexedDB failing leaves the built-in ones, read-only. */
export function loadTopics(): Promise<void> {
  return loadInstalledTopics(db, seedTopics, seedVersion, (load) => {
    topics.value = load.topics;
    storageProblem.value = load.problem;
  });
}

/** Reports a topic id the route names but no installed topic has. */
effect(() => {
  const r = route.value;
  topicError.value =
    r.view === 'topic' && topics.value.length > 0 && !topic.value
      ? `No topic "${r.id}" is installed.`
      : undefined;
});

/**
 * Starts the panel. `?tabId=N` pins it to one tab; otherwise it follows the active tab of its
 * window (`?windowId=N` names another window, for a panel opened as a tab).
 */
export async function startPanel(url: URL): Promise<void> {
  void loadTopics();
  // Notes are written here, so this is where the browser is asked to keep them (once).
  void requestPersistenceOnce().catch(() => {});
  await restoreNavigation();
  const param = (name: string) => {
    const value = Number(url.searchParams.get(name));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  const follow = (id: number | undefined) => {
    if (id === tabId.value) return;
    tabId.value = id;
    mentions.clear();
    findings.value = [];
    loading.value = true;
    void refreshFindings();
  };
  const pinned = param('tabId');
  if (pinned !== undefined) {
    windowId.value = await browser.tabs
      .get(pinned)
      .then((tab) => tab.windowId)
      .catch(() => undefined);
    follow(pinned);
  } else {
    windowId.value = param('windowId') ?? (await browser.windows.getCurrent()).id;
    browser.tabs.onActivated.addListener((info) => {
      if (info.windowId === windowId.value) follow(info.tabId);
    });
    const [active] = await browser.tabs.query({ active: true, windowId: windowId.value });
    follow(active?.id);
  }
  // A page loaded: its frames are asked again (their changes come as `findings:diff`).
  browser.tabs.onUpdated.addListener((id, change) => {
    if (id === tabId.value && change.status === 'complete') void refreshFindings();
  });
}
