/**
 * The zod schemas of the messages extension pages and the background receive, and of the
 * answers they parse; `utils/protocol.ts` declares the messages themselves (and
 * tests/unit/protocol.type-check.ts keeps the two equal). Also the settings and the
 * session-storage registry of frames.
 */
import { z } from 'zod';
import { Finding, Indicator, TopicId } from './core/schema';
import { MAX_LOOKUP_CHARS } from './core/selection';
import { SITE_MODES } from './core/site-mode';
import { MENTION_ID } from './dom/located';

/** What RadLens does on a site (see `utils/core/site-mode.ts`), as zod parses it. */
export const SiteMode = z.enum(SITE_MODES);

/** content -> background: the compiled lexicon. */
export const GetLexicon = z.strictObject({ type: z.literal('lexicon:get') });
/** content -> background: this frame's counts changed (for the badge and the panel). */
export const FindingsChanged = z.strictObject({
  type: z.literal('findings:changed'),
  present: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** The most urgent present mention's urgency (the badge colour). */
  urgency: Indicator,
});
/** content -> background: the user pressed the selection button; open the panel on it. */
export const LookupSelection = z.strictObject({
  type: z.literal('lookup:selection'),
  text: z.string().max(MAX_LOOKUP_CHARS),
});
/** content -> background: the user clicked a highlighted mention; open its topic. */
export const LookupTopic = z.strictObject({
  type: z.literal('lookup:topic'),
  topicId: TopicId,
});
/** panel -> background: hand over the lookup waiting for this window, if any. */
export const TakeLookup = z.strictObject({
  type: z.literal('lookup:take'),
  windowId: z.number().int().optional(),
});
/** background -> panels: a lookup is waiting (its text is handed over by `lookup:take`). */
export const LookupReady = z.strictObject({
  type: z.literal('lookup:ready'),
  windowId: z.number().int().optional(),
});

/** A mention's id, frame-local (see `MENTION_ID` in utils/dom/located.ts). */
export const MentionId = z.string().regex(MENTION_ID);

/** A mention as a frame reports it: its id, its place, and its sentence for the panel only. */
export const ReportedFinding = Finding.extend({
  /** Stable while the mention's block is unchanged before it. */
  id: MentionId,
  /** Its block's place in the page: mentions sort by (order, start). */
  order: z.number(),
  /** The mention's sentence, cut to at most about 240 characters; never stored. */
  context: z.strictObject({ before: z.string(), after: z.string() }).optional(),
});

/** content -> panels: what changed in a frame's mentions since revision `from`. */
export const FindingsDiff = z.strictObject({
  type: z.literal('findings:diff'),
  /** This run of the frame's script (another after a reload). */
  run: z.string().max(20),
  from: z.number().int().nonnegative(),
  revision: z.number().int().nonnegative(),
  /** Mentions new or changed (a changed one replaces the mention with its id). */
  added: z.array(ReportedFinding),
  removed: z.array(MentionId),
  /** The change was too large to carry: the panel asks for the whole list. */
  whole: z.boolean(),
  scanning: z.boolean(),
  mode: SiteMode,
});

/** A frame's answer to `findings:get`. */
export const FrameFindings = z.strictObject({
  findings: z.array(ReportedFinding),
  /** The run and revision the list is at; `findings:diff` messages go on from there. */
  run: z.string().max(20),
  revision: z.number().int().nonnegative(),
  /** True while the frame has not finished its first scan. */
  scanning: z.boolean(),
  /** The frame's site mode ("off": nothing is read). */
  mode: SiteMode.optional(),
  /** Timings of the frame's scans (numbers only; read by `npm run bench:page`). */
  stats: z
    .strictObject({
      firstMs: z.number().optional(),
      drawMs: z.number().optional(),
      updates: z.number().int(),
      lastUpdateMs: z.number().optional(),
      lastUpdateBlocks: z.number().int().optional(),
      blocks: z.number().int(),
      drawn: z.number().int(),
      parts: z
        .strictObject({
          read: z.number(),
          detect: z.number(),
          work: z.number(),
          longestSlice: z.number(),
        })
        .optional(),
    })
    .optional(),
});

/** Every message the side panels accept. */
export const PanelRequest = z.discriminatedUnion('type', [LookupReady, FindingsDiff]);

/** A frame's answer to `selection:get` (frames without a selection do not answer). */
export const FrameSelection = z.strictObject({ text: z.string() });

/** Every message the background accepts. */
export const BackgroundRequest = z.discriminatedUnion('type', [
  GetLexicon,
  FindingsChanged,
  LookupSelection,
  LookupTopic,
  TakeLookup,
]);

/** A message the side panels accept. */
export type PanelRequest = z.infer<typeof PanelRequest>;
/** A frame's change, as the panel receives it. */
export type FindingsDiff = z.infer<typeof FindingsDiff>;
/** A finding with its sentence, as the panel receives it. */
export type ReportedFinding = z.infer<typeof ReportedFinding>;
/** The parsed answer of a frame. */
export type FrameFindings = z.infer<typeof FrameFindings>;
/** A frame's scan timings (its answer to `findings:stats`). */
export type FrameStats = NonNullable<FrameFindings['stats']>;
/** A message the background accepts. */
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/** The storage.session key under which a tab's reporting frames and counts are kept. */
export const framesKey = (tabId: number) => `frames:${tabId}`;

/** Per frame of a tab: its present and total finding counts (no page text). */
export const TabFrames = z.record(
  z.string(),
  z.strictObject({
    present: z.number().int(),
    total: z.number().int(),
    urgency: Indicator.optional(),
    /** Scans reported so far: changes on every rescan, so the panel re-reads the findings. */
    scans: z.number().int().optional(),
  }),
);
/** Parsed `TabFrames`. */
export type TabFrames = z.infer<typeof TabFrames>;

/** The storage.local key of the user's settings. */
export const SETTINGS_KEY = 'settings';

/** A site's origin as settings key it: scheme, host and port ("https://ehr.example.org"). */
export const SiteOrigin = z
  .string()
  .max(300)
  .regex(/^(https?|file):\/\/[^/\s]*$/, 'must be an origin such as "https://ehr.example.org"');

/** The user's settings (storage.local), with their defaults. */
export const Settings = z.strictObject({
  /** Show the small "look up" button next to a text selection in pages. */
  selectionButton: z.boolean().default(true),
  /** The mode of every site without its own. */
  defaultMode: SiteMode.default('highlight'),
  /** Per-site modes, by origin. */
  siteModes: z.record(SiteOrigin, SiteMode).default({}),
});
/** Parsed `Settings`. */
export type Settings = z.infer<typeof Settings>;

/** Reads settings from a storage value; anything malformed falls back to the defaults. */
export function parseSettings(value: unknown): Settings {
  const parsed = Settings.safeParse(value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}
