/**
 * The messages between RadLens's contexts: one map per receiver (the background, a frame's
 * content script, the side panels), each message naming its request and its response, and
 * the only functions that send or listen. It holds no zod, so the content script uses it too;
 * every receiver parses what arrives (zod schemas in `messaging.ts` for extension pages, the
 * guard below for the content script), and a sender parses the answer it gets.
 */
import type { Lexicon } from './core/lexicon';
import type { Indicator } from './core/schema';
import { MENTION_ID } from './dom/located';
import type { FindingsDiff, FrameFindings, FrameStats } from './messaging';
import { browser } from './platform';

/** Messages the background answers (from content scripts and extension pages). */
export interface BackgroundProtocol {
  /** content: the compiled lexicon. */
  'lexicon:get': { request: object; response: Lexicon };
  /** content: this frame's counts changed (for the badge and the panel). */
  'findings:changed': {
    request: { present: number; total: number; urgency: Indicator };
    response: { ok: true };
  };
  /** content: the user pressed the selection button; open the panel on it. */
  'lookup:selection': { request: { text: string }; response: { ok: boolean } };
  /** content: the user clicked a highlighted mention; open its topic. */
  'lookup:topic': { request: { topicId: string }; response: { ok: boolean } };
  /** panel: hand over the lookup waiting for this window, if any. */
  'lookup:take': {
    request: { windowId?: number };
    response: { text?: string; topicId?: string };
  };
}

/** Messages a frame's content script answers (from the panel and the background). */
export interface ContentProtocol {
  /** The frame's whole list of mentions, with each group's first sentence, and its revision. */
  'findings:get': { request: object; response: FrameFindings };
  /** The frame's scan timings only (numbers; read by the page benchmark). */
  'findings:stats': { request: object; response: FrameStats };
  /** Scroll to the mention with id `id` (as the frame reported it) and flash it. */
  'findings:show': { request: { id: string }; response: { shown: boolean } };
  /** The selected text; frames without a selection stay silent. */
  'selection:get': { request: object; response: { text: string } };
}

/** Messages the side panels hear (from the background and the content scripts). */
export interface PanelProtocol {
  /** background: a lookup is waiting; its text is handed over by `lookup:take`. */
  'lookup:ready': { request: { windowId?: number }; response: void };
  /** content: what changed in the frame's mentions since revision `from`. */
  'findings:diff': { request: Omit<FindingsDiff, 'type'>; response: void };
}

/** A protocol map: per message type, its request and response. */
type Protocol<P> = { [K in keyof P]: { request: object; response: unknown } };
/** The message of type `K` in protocol `P`, as sent. */
export type MessageOf<P extends Protocol<P>, K extends keyof P> = { type: K } & P[K]['request'];
/** Any message of protocol `P`. */
export type MessageTo<P extends Protocol<P>> = { [K in keyof P]: MessageOf<P, K> }[keyof P];
/** The answer a receiver gives to message `K` of `P`. */
export type ResponseOf<P extends Protocol<P>, K extends keyof P> = P[K]['response'];

/** Who sent a message, as the browser tells the receiver. */
export type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

/**
 * A receiver's handlers, one per message of its protocol. A handler answers, or returns
 * undefined to stay silent (a sender it refuses, a frame with nothing to say).
 */
export type Handlers<P extends Protocol<P>> = {
  [K in keyof P]: (
    request: MessageOf<P, K>,
    sender: Sender,
  ) => ResponseOf<P, K> | Promise<ResponseOf<P, K>> | undefined;
};

/** Sends to the background. The answer is unknown until the caller parses it. */
export function sendToBackground<K extends keyof BackgroundProtocol>(
  message: MessageOf<BackgroundProtocol, K>,
): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** Sends to the content scripts of a tab: one frame, or every frame when none is named. */
export function sendToFrames<K extends keyof ContentProtocol>(
  tabId: number,
  message: MessageOf<ContentProtocol, K>,
  frameId?: number,
): Promise<unknown> {
  return frameId === undefined
    ? browser.tabs.sendMessage(tabId, message)
    : browser.tabs.sendMessage(tabId, message, { frameId });
}

/**
 * Sends to every open side panel (and other extension pages, which do not listen): from the
 * background, or from a content script (the background hears it too, and ignores it).
 */
export function sendToPanels<K extends keyof PanelProtocol>(
  message: MessageOf<PanelProtocol, K>,
): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/**
 * Listens for the messages of one protocol from this extension only: `parse` turns what
 * arrives into a message of the protocol (or undefined), the matching handler answers.
 * Aborting `signal` removes the listener.
 */
export function listen<P extends Protocol<P>>(
  parse: (message: unknown) => MessageTo<P> | undefined,
  handlers: Handlers<P>,
  signal?: AbortSignal,
): void {
  const listener = (message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    const request = parse(message);
    if (request === undefined) return false;
    const handle = handlers[request.type] as (m: typeof request, s: Sender) => unknown;
    const answer = handle(request, sender);
    if (answer === undefined) return false;
    if (answer instanceof Promise) {
      void answer.then(sendResponse);
      return true; // the answer comes later
    }
    sendResponse(answer);
    return false;
  };
  if (signal?.aborted) return;
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

const isMentionId = (v: unknown) => typeof v === 'string' && MENTION_ID.test(v);

/**
 * Per message the content script answers, a check of each field its request declares: the
 * type makes this table list exactly the fields of `ContentProtocol`, so the guard follows
 * the map.
 */
const CONTENT_FIELDS: Readonly<{
  [K in keyof ContentProtocol]: {
    readonly [F in keyof ContentProtocol[K]['request']]-?: (value: unknown) => boolean;
  };
}> = {
  'findings:get': {},
  'findings:stats': {},
  'findings:show': { id: isMentionId },
  'selection:get': {},
};

/** The content script's parser (it keeps zod out of its bundle): exactly the declared fields. */
export function parseContentRequest(value: unknown): MessageTo<ContentProtocol> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { type } = value as { type?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(CONTENT_FIELDS, type)) return undefined;
  const fields: Record<string, (v: unknown) => boolean> =
    CONTENT_FIELDS[type as keyof ContentProtocol];
  if (Object.keys(value).length !== Object.keys(fields).length + 1) return undefined;
  for (const [name, check] of Object.entries(fields)) {
    if (!Object.hasOwn(value, name) || !check((value as Record<string, unknown>)[name])) {
      return undefined;
    }
  }
  return value as MessageTo<ContentProtocol>;
}
