/**
 * The scanner's first read of a page: the text walk and detection run in slices of a few
 * milliseconds, yielding to the page in between; each block is detected in the section the
 * block before it ended in, and gets its mentions. Where the time went is measured here and
 * handed back as numbers.
 */
import type { Detector } from '../core/detect';
import type { ReportPlace } from '../core/sections';
import type { BlockIds } from './block-index';
import { detectBlock, SEPARATOR, toScanned, type ScannedSegment } from './located';
import { walkText } from './text-chunks';

/** Where a first read's time went, in ms. */
export interface FirstReadParts {
  read: number;
  detect: number;
  /** Main-thread time RadLens itself spent (the rest went to the page between slices). */
  work: number;
  /** The longest stretch RadLens held the main thread without yielding. */
  longestSlice: number;
}

/** What a first read found. */
export interface FirstRead {
  segments: ScannedSegment[];
  shadowRoots: ShadowRoot[];
  ms: number;
  parts: FirstReadParts;
}

/** Characters detected between two looks at the clock. */
const CHARS_PER_LOOK = 4_000;

/** Yields to the page: a new task without setTimeout's 4 ms clamp. */
export const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
};

/**
 * Detects the blocks one after another, each in the section the block before it ended in,
 * yielding to the page whenever a slice is used up; false when aborted meanwhile.
 */
async function detectInSlices(
  detector: Detector,
  blocks: readonly ScannedSegment[],
  sliceMs: number,
  pause: () => Promise<boolean>,
): Promise<boolean> {
  let place: ReportPlace | undefined;
  let sliceStart = performance.now();
  let chars = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    detectBlock(detector, block, place);
    place = block.placeAtEnd;
    chars += block.text.length;
    if (chars < CHARS_PER_LOOK || i + 1 === blocks.length) continue;
    chars = 0;
    if (performance.now() - sliceStart > sliceMs) {
      if (!(await pause())) return false;
      sliceStart = performance.now();
    }
  }
  return true;
}

/** A clock of one read: the time RadLens held the main thread, and its longest slice. */
export function sliceClock(signal: AbortSignal) {
  const started = performance.now();
  let away = 0;
  let resumed = started;
  let longest = 0;
  return {
    started,
    get resumed() {
      return resumed;
    },
    /** Yields to the page; false when the read was aborted meanwhile. */
    async pause(): Promise<boolean> {
      const left = performance.now();
      longest = Math.max(longest, left - resumed);
      await nextTask();
      resumed = performance.now();
      away += resumed - left;
      return !signal.aborted;
    },
    /** Main-thread time so far and the longest slice, as of `now`. */
    work(now: number) {
      return { work: now - started - away, longestSlice: Math.max(longest, now - resumed) };
    },
  };
}

/** Reads and detects `root` in slices; undefined when `signal` aborts first. */
export async function readFirst(
  root: Node,
  detector: Detector,
  ids: BlockIds,
  signal: AbortSignal,
  clock: ReturnType<typeof sliceClock>,
  sliceMs: number,
): Promise<FirstRead | undefined> {
  const walk = walkText(root, { keepNodes: false });
  while (!walk.step(sliceMs)) if (!(await clock.pause())) return undefined;
  const read = walk.segments.map((s) => toScanned(s, ids.of(s.block)));
  const readDone = performance.now();
  if (!(await clock.pause())) return undefined;
  const text = read.map((s) => s.text).join(SEPARATOR);
  // Each block's text becomes a slice of the joined text: one small string each instead of
  // the pieces it was built from.
  let at = 0;
  for (const segment of read) {
    const end = at + segment.text.length;
    segment.text = text.slice(at, end);
    at = end + SEPARATOR.length;
  }
  if (!(await clock.pause())) return undefined;
  if (!(await detectInSlices(detector, read, sliceMs, () => clock.pause()))) return undefined;
  const done = performance.now();
  return {
    segments: read,
    shadowRoots: walk.shadowRoots,
    ms: done - clock.started,
    parts: { read: readDone - clock.started, detect: done - readDone, ...clock.work(done) },
  };
}
