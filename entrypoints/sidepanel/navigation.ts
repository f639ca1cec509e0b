/**
 * Where the panel is: the findings list, a topic, the notes or search results, with back and
 * forward like a browser. The place (view and topic id only, never page text or a query) is
 * kept in storage.session so closing and reopening the panel comes back to it.
 */
import { computed, signal } from '@preact/signals';
import { platform } from '../../utils/platform';
import { z } from 'zod';
import { TopicId } from '../../utils/core/schema';

/** A place in the panel. `sizes` (from the finding that opened a topic) is not persisted. */
export type Route =
  | { view: 'findings' }
  | { view: 'notes' }
  | { view: 'search' }
  | { view: 'topic'; id: string; sizes?: string[] };

const StoredRoute = z.discriminatedUnion('view', [
  z.strictObject({ view: z.literal('findings') }),
  z.strictObject({ view: z.literal('notes') }),
  z.strictObject({ view: z.literal('search') }),
  z.strictObject({ view: z.literal('topic'), id: TopicId }),
]);
const StoredNavigation = z.strictObject({
  route: StoredRoute,
  back: z.array(StoredRoute).max(50),
  forward: z.array(StoredRoute).max(50),
});

const HISTORY_LIMIT = 50;
const STORAGE_KEY = 'panel:navigation';

/** The place on screen. */
export const route = signal<Route>({ view: 'findings' });
const backStack = signal<Route[]>([]);
const forwardStack = signal<Route[]>([]);

/** Whether back / forward lead anywhere. */
export const canGoBack = computed(() => backStack.value.length > 0);
/** Whether forward leads anywhere. */
export const canGoForward = computed(() => forwardStack.value.length > 0);

const same = (a: Route, b: Route) =>
  a.view === b.view && (a.view !== 'topic' || (b.view === 'topic' && a.id === b.id));

/** What is stored of a route: the view and topic id only. */
const stored = (r: Route) => (r.view === 'topic' ? { view: r.view, id: r.id } : { view: r.view });

function persist(): void {
  const value = {
    route: stored(route.value),
    back: backStack.value.map(stored),
    forward: forwardStack.value.map(stored),
  };
  void platform.session.set({ [STORAGE_KEY]: value }).catch(() => {});
}

/** Goes to `next`, remembering where the panel was. */
export function navigate(next: Route): void {
  if (same(next, route.value)) {
    route.value = next; // Same place, maybe with the sizes of another finding.
    return;
  }
  backStack.value = [...backStack.value, route.value].slice(-HISTORY_LIMIT);
  forwardStack.value = [];
  route.value = next;
  persist();
}

/** Back one place. */
export function goBack(): void {
  const back = backStack.value;
  if (back.length === 0) return;
  forwardStack.value = [route.value, ...forwardStack.value].slice(0, HISTORY_LIMIT);
  route.value = back[back.length - 1]!;
  backStack.value = back.slice(0, -1);
  persist();
}

/** Forward one place. */
export function goForward(): void {
  const [next, ...rest] = forwardStack.value;
  if (!next) return;
  backStack.value = [...backStack.value, route.value].slice(-HISTORY_LIMIT);
  route.value = next;
  forwardStack.value = rest;
  persist();
}

/** Restores the place of the last panel, if the browser session has one. */
export async function restoreNavigation(): Promise<void> {
  try {
    const value: unknown = (await platform.session.get(STORAGE_KEY))[STORAGE_KEY];
    const parsed = StoredNavigation.safeParse(value);
    if (!parsed.success) return;
    route.value = parsed.data.route;
    backStack.value = parsed.data.back;
    forwardStack.value = parsed.data.forward;
  } catch {
    // No session storage (an old browser): start on the findings.
  }
}
