/**
 * The one message protocol between extension contexts. Each message type names its request
 * and its response. The background and extension pages parse every payload they receive
 * with zod (`parseRequest`); the content script, which keeps zod out of its bundle, checks
 * with the small guards in `utils/core/guards.ts`.
 */
import { z } from 'zod';
import type { Lexicon } from './core/lexicon';
import { Finding } from './core/schema';

/** content -> background: the compiled lexicon. */
export const GetLexicon = z.strictObject({ type: z.literal('lexicon:get') });
/** content -> background: this frame's counts changed (for the badge and the panel). */
export const FindingsChanged = z.strictObject({
  type: z.literal('findings:changed'),
  present: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
/** panel -> content (one frame): the frame's findings. */
export const GetFindings = z.strictObject({ type: z.literal('findings:get') });

/** A frame's answer to `findings:get`. */
export const FrameFindings = z.strictObject({
  findings: z.array(Finding),
  /** True while the frame has not finished its first scan. */
  scanning: z.boolean(),
});

/** Every message the background accepts. */
export const BackgroundRequest = z.discriminatedUnion('type', [GetLexicon, FindingsChanged]);

/** The protocol map: request and response type of each message. */
export interface ProtocolMap {
  'lexicon:get': { request: z.infer<typeof GetLexicon>; response: Lexicon };
  'findings:changed': { request: z.infer<typeof FindingsChanged>; response: { ok: true } };
  'findings:get': { request: z.infer<typeof GetFindings>; response: FrameFindings };
}

/** The parsed answer of a frame. */
export type FrameFindings = z.infer<typeof FrameFindings>;
/** A message the background accepts. */
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/** The storage.session key under which a tab's reporting frames and counts are kept. */
export const framesKey = (tabId: number) => `frames:${tabId}`;

/** Per frame of a tab: its present and total finding counts (no page text). */
export const TabFrames = z.record(
  z.string(),
  z.strictObject({ present: z.number().int(), total: z.number().int() }),
);
/** Parsed `TabFrames`. */
export type TabFrames = z.infer<typeof TabFrames>;
