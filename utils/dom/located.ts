/**
 * The page's findings as the DOM layer keeps them: blocks read from the page (their text,
 * nodes, frame-local id and place in document order) and the mentions found in each, every
 * mention with an id that stays the same while its block is unchanged.
 */
import type { Detector } from '../core/detect';
import type { Finding } from '../core/schema';
import type { ReportPlace } from '../core/sections';
import { Segment, type TextChunk } from './text-chunks';

/**
 * One block of the page as read and detected: `id` is the block's frame-local number (the
 * same for the same element all the frame's life), `order` its place in document order
 * (ascending along the page; an update slots new blocks between their neighbours' values).
 */
export class ScannedSegment extends Segment {
  order = 0;
  findings: LocatedFinding[] = [];
  /** Where in its report the block was read: where the block before it ended. */
  placeAtStart: ReportPlace | undefined = undefined;
  /** Where the report stands at the block's end (section, header organs, study). */
  placeAtEnd: ReportPlace | undefined = undefined;

  // Its own object, every field declared: fields added to a read segment would each page's
  // tens of thousands of blocks an out-of-object property store.
  constructor(
    read: Segment,
    readonly id: number,
  ) {
    super(read.block, read.text, ScannedSegment.keptNodes(read));
  }

  private static keptNodes(read: Segment): TextChunk[] | undefined {
    return (read as ScannedSegment).nodes;
  }
}

/**
 * One mention in the page: the finding (offsets in its block's text), the block whose text
 * nodes those offsets index, and its place among the block's mentions that start where it
 * starts. Its id (block id and offset, "12:40") is worked out when asked for, not kept: a
 * page holds tens of thousands of mentions, and most are never addressed by id.
 */
export class LocatedFinding {
  /** The block order the side panels were told this mention with; unset while they don't know it. */
  toldOrder: number | undefined = undefined;

  constructor(
    readonly finding: Finding,
    readonly segment: ScannedSegment,
    /** How many mentions of the block start where this one starts, before it. */
    readonly nth: number,
  ) {}

  /** Block id and offset ("12:40"), stable while the block's text is unchanged before it. */
  get id(): string {
    const base = `${this.segment.id}:${this.finding.start}`;
    return this.nth === 0 ? base : `${base}.${this.nth + 1}`;
  }
}

/** The findings of the page, as blocks in document order. */
export interface PageFindings {
  readonly segments: readonly ScannedSegment[];
}

/** A mention's id as a frame gives it: block id and offset ("12:40", "12:40.2"). */
export const MENTION_ID = /^\d{1,15}:\d{1,15}(?:\.\d{1,6})?$/;

/** Makes `segment` a scanned block with id `id`, no place yet and no findings. */
export function toScanned(segment: Segment, id: number): ScannedSegment {
  return new ScannedSegment(segment, id);
}

/** Between two blocks' texts: blocks read one after another are read as if so joined. */
export const SEPARATOR = '\n\n';
/** Longest text detected in one call: a longer block is read in parts, at blank lines. */
const MAX_PART = 200_000;

/**
 * Detects `segment`'s text where the block before it ended in its report, and gives it its
 * mentions and the place at its end (where the next block starts). A block longer than
 * `MAX_PART` is read in parts cut at blank lines, each where the last one ended.
 */
export function detectBlock(
  detector: Detector,
  segment: ScannedSegment,
  placeAtStart: ReportPlace | undefined,
): void {
  const { text } = segment;
  segment.placeAtStart = placeAtStart;
  let place = placeAtStart;
  for (let from = 0; from < text.length;) {
    let to = text.length;
    if (to - from > MAX_PART) {
      const cut = text.lastIndexOf(SEPARATOR, from + MAX_PART);
      if (cut > from) to = cut;
    }
    const reading = detector.read(from === 0 && to === text.length ? text : text.slice(from, to), {
      atStart: place,
    });
    for (const finding of reading.findings) {
      finding.start += from;
      finding.end += from;
      addMention(segment, finding);
    }
    place = reading.atEnd;
    from = to;
  }
  segment.placeAtEnd = place;
}

/**
 * Adds `finding` (offsets in the block's text) to `segment`'s mentions, which come in order
 * of their starts; mentions sharing a start are told apart by a suffix ("12:40", "12:40.2").
 */
export function addMention(segment: ScannedSegment, finding: Finding): LocatedFinding {
  let same = 0;
  const list = segment.findings;
  for (let i = list.length - 1; i >= 0 && list[i]!.finding.start === finding.start; i--) same++;
  const mention = new LocatedFinding(finding, segment, same);
  list.push(mention);
  return mention;
}

/** Every mention of the page, in document order. */
export function allMentions(page: PageFindings): LocatedFinding[] {
  const out: LocatedFinding[] = [];
  for (const segment of page.segments) for (const mention of segment.findings) out.push(mention);
  return out;
}

/** The mention with id `id` in `page`, if there is one. */
export function mentionById(page: PageFindings, id: string): LocatedFinding | undefined {
  const block = Number(id.slice(0, id.indexOf(':')));
  const segment = page.segments.find((s) => s.id === block);
  return segment?.findings.find((m) => m.id === id);
}
