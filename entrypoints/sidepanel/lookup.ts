/**
 * Highlight-to-lookup and search in the panel: takes the selection the background holds for
 * this window, resolves it through the lexicon (synonyms, abbreviations, site refinement)
 * and then free-text search, and opens the best topic or the search prefilled.
 */
import { computed, signal } from '@preact/signals';
import { createDetector } from '../../utils/core/detect';
import { createTopicIndex, resolveLookup } from '../../utils/core/search';
import { LookupReady } from '../../utils/messaging';
import { listen, sendToBackground, type PanelProtocol } from '../../utils/protocol';
import { navigate } from './navigation';
import { topics, windowId } from './state';

/** The search box's text. Kept in memory only: it may be text selected in a page. */
export const query = signal('');
/** Set when a lookup found nothing: the search shows this note above its box. */
export const lookupMiss = signal<string | undefined>(undefined);

const index = computed(() => createTopicIndex(topics.value));
const detector = computed(() => createDetector(topics.value));

/** Search hits for the current query. */
export const hits = computed(() => (query.value.trim() ? index.value.search(query.value, 20) : []));

/** Looks `text` up and opens what it names. */
export function lookUp(text: string): void {
  if (topics.value.length === 0) {
    // Topics still loading: try again in a moment.
    setTimeout(() => lookUp(text), 50);
    return;
  }
  const found = resolveLookup(text, detector.value, index.value);
  if (found.topicId !== undefined) {
    lookupMiss.value = undefined;
    navigate({ view: 'topic', id: found.topicId });
    return;
  }
  query.value = found.query;
  lookupMiss.value = found.query;
  navigate({ view: 'search' });
}

/** Asks the background for a lookup waiting for this window. */
async function takeLookup(): Promise<void> {
  try {
    const answer = (await sendToBackground({ type: 'lookup:take', windowId: windowId.value })) as
      { text?: unknown; topicId?: unknown } | undefined;
    if (typeof answer?.topicId === 'string') navigate({ view: 'topic', id: answer.topicId });
    else if (typeof answer?.text === 'string' && answer.text.trim()) lookUp(answer.text);
  } catch {
    // The background is restarting; the next lookup comes through.
  }
}

/** Takes a waiting lookup now and whenever the background says one is ready. */
export function listenForLookups(): void {
  const parse = (message: unknown) => {
    const parsed = LookupReady.safeParse(message);
    return parsed.success ? parsed.data : undefined;
  };
  listen<PanelProtocol>(parse, {
    'lookup:ready': (request) => {
      if (request.windowId === undefined || request.windowId === windowId.value) void takeLookup();
      return undefined;
    },
  });
  void takeLookup();
}
