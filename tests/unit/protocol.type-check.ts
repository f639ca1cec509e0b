/**
 * Type-level check, run by `tsc` in `npm test`: a message the protocol map does not declare
 * cannot be sent or handled, and the zod schemas receivers parse with are exactly the
 * declared messages. If one of the refused lines stops being an error, its
 * `@ts-expect-error` fails the type check.
 */
import type { z } from 'zod';
import type { BackgroundRequest, LookupReady, PanelRequest } from '../../utils/messaging';
import {
  sendToBackground,
  sendToFrames,
  sendToPanels,
  type BackgroundProtocol,
  type ContentProtocol,
  type Handlers,
  type MessageOf,
  type MessageTo,
  type PanelProtocol,
} from '../../utils/protocol';

/** True when each of A and B can stand for the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const equal = <T extends true>(proof: T) => proof;

// What the background and the panel parse is what the map declares.
equal<Same<z.infer<typeof BackgroundRequest>, MessageTo<BackgroundProtocol>>>(true);
equal<Same<z.infer<typeof LookupReady>, MessageOf<PanelProtocol, 'lookup:ready'>>>(true);
equal<Same<z.infer<typeof PanelRequest>, MessageTo<PanelProtocol>>>(true);

// Declared messages are sent.
void sendToBackground({ type: 'lexicon:get' });
void sendToFrames(1, { type: 'findings:show', id: '3:40' }, 0);
void sendToPanels({ type: 'lookup:ready', windowId: 2 });

// @ts-expect-error A type the map does not declare.
void sendToBackground({ type: 'findings:everything' });
// @ts-expect-error A content message sent to the background.
void sendToBackground({ type: 'findings:get' });
// @ts-expect-error A declared message without its field.
void sendToFrames(1, { type: 'findings:show' });
// @ts-expect-error A field of the wrong type.
void sendToBackground({ type: 'lookup:topic', topicId: 3 });
// @ts-expect-error A background message sent to the panels.
void sendToPanels({ type: 'lookup:take' });

// Handlers: one per declared message, answering with the declared response.
export const handlers: Handlers<ContentProtocol> = {
  'findings:get': () => undefined,
  'findings:stats': () => undefined,
  'findings:show': (request) => ({ shown: request.id.length > 0 }),
  'selection:get': () => ({ text: 'x' }),
};
export const wrongAnswer: Handlers<PanelProtocol> = {
  // @ts-expect-error The panel's message answers nothing.
  'lookup:ready': () => ({ ok: true }),
  'findings:diff': () => undefined,
};
// @ts-expect-error A receiver that forgets a message of its map.
export const missing: Handlers<PanelProtocol> = {};
