/**
 * The scanner's first read of a page: the text walk and detection run in slices of a few
 * milliseconds, yielding to the page in between, and each block gets its mentions. Where
 * the time went is measured here and handed back as numbers.
 */
import type { Detector } from '../core/detect';
import type { Finding } from '../core/schema';
import type { BlockIds } from './block-index';
import { addMention, toScanned, type ScannedSegment } from './located';
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

/** Characters detected in the first piece (the engine is not warm yet). */
const FIRST_PIECE = 16_000;
const MIN_PIECE = 4_000;
const MAX_PIECE = 200_000;
/** Text before a piece that is detected with it, so sentences and sections carry over. */
const OVERLAP = 2_000;
/** Between two blocks' texts when they are detected together. */
export const SEPARATOR = '\n\n';

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
 * Hands findings over a joined text to the blocks whose own text starts at `starts[k]` in it
 * (ascending), with offsets made relative to that text (the findings are changed in place).
 * A finding outside every block's own text (in text put before a block for context) is left
 * out. Call the returned function with findings in order of their starts, in as many batches
 * as needed.
 */
export function handToBlocks(blocks: readonly ScannedSegment[], starts: readonly number[]) {
  let k = 0;
  return (findings: readonly Finding[]) => {
    for (const finding of findings) {
      while (k < blocks.length - 1 && finding.start >= starts[k + 1]!) k++;
      const block = blocks[k];
      if (!block) return;
      const offset = starts[k]!;
      if (finding.start < offset || finding.end > offset + block.text.length) continue;
      finding.start -= offset;
      finding.end -= offset;
      addMention(block, finding);
    }
  };
}

/**
 * Detects `text` in pieces, each with some text before it for context, handing findings to
 * `add` in order. A piece is sized to take about a slice: small while the engine is cold,
 * larger once it runs fast.
 */
async function detectInSlices(
  detector: Detector,
  text: string,
  sliceMs: number,
  pause: () => Promise<boolean>,
  add: (findings: Finding[]) => void,
): Promise<boolean> {
  let from = 0;
  let piece = FIRST_PIECE;
  let sliceStart = performance.now();
  while (from < text.length) {
    let to = Math.min(text.length, from + piece);
    if (to < text.length) {
      const cut = text.lastIndexOf(SEPARATOR, to);
      if (cut > from) to = cut;
    }
    let prefixStart = Math.max(0, from - OVERLAP);
    if (prefixStart > 0) {
      const cut = text.indexOf(SEPARATOR, prefixStart);
      prefixStart = cut >= 0 && cut < from ? cut : from;
    }
    const started = performance.now();
    const found = detector.detect(text.slice(prefixStart, to));
    const ms = performance.now() - started;
    const kept: Finding[] = [];
    for (const f of found) {
      if (f.start + prefixStart < from) continue;
      f.start += prefixStart;
      f.end += prefixStart;
      kept.push(f);
    }
    add(kept);
    // Next piece: what this one's speed fits in most of a slice.
    const perChar = ms / Math.max(1, to - prefixStart);
    piece = Math.round(
      Math.min(MAX_PIECE, Math.max(MIN_PIECE, (sliceMs * 0.75) / Math.max(perChar, 1e-6))),
    );
    from = to;
    if (from < text.length && performance.now() - sliceStart > sliceMs) {
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
  const starts: number[] = [];
  let at = 0;
  for (const segment of read) {
    const end = at + segment.text.length;
    segment.text = text.slice(at, end);
    starts.push(at);
    at = end + SEPARATOR.length;
  }
  const add = handToBlocks(read, starts);
  if (!(await clock.pause())) return undefined;
  if (!(await detectInSlices(detector, text, sliceMs, () => clock.pause(), add))) return undefined;
  const done = performance.now();
  return {
    segments: read,
    shadowRoots: walk.shadowRoots,
    ms: done - clock.started,
    parts: { read: readDone - clock.started, detect: done - readDone, ...clock.work(done) },
  };
}
