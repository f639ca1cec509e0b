/**
 * Highlight-to-lookup and search in the panel: takes the selection the background holds for
 * this window, resolves it through the lexicon (synonyms, abbreviations, site refinement)
 * and then free-text search, and opens the best topic or the search prefilled.
 */
import { computed, signal } from '@preact/signals';
import { createDetector } from '../../utils/core/detect';
import { createTopicIndex, resolveLookup } from '../../utils/core/search';
import { sendToBackground, type MessageOf, type PanelProtocol } from '../../utils/protocol';
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

/** Asks the background for the lookup waiting for this window, and opens it. */
async function openWaitingLookup(): Promise<void> {
  try {
    const answer = (await sendToBackground({ type: 'lookup:take', windowId: windowId.value })) as
      { text?: unknown; topicId?: unknown } | undefined;
    if (typeof answer?.topicId === 'string') navigate({ view: 'topic', id: answer.topicId });
    else if (typeof answer?.text === 'string' && answer.text.trim()) lookUp(answer.text);
  } catch {
    // The background is restarting; the next lookup comes through.
  }
}

/** The background says a lookup is waiting: the panel of its window takes it. */
export function onLookupReady(request: MessageOf<PanelProtocol, 'lookup:ready'>): undefined {
  if (request.windowId === undefined || request.windowId === windowId.value) {
    void openWaitingLookup();
  }
  return undefined;
}

/** Takes a lookup that waited for the panel to open. */
export function takeWaitingLookup(): void {
  void openWaitingLookup();
}
