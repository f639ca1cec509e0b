/**
 * The page's findings as the DOM layer keeps them: blocks read from the page (their text,
 * nodes, frame-local id and place in document order) and the mentions found in each, every
 * mention with an id that stays the same while its block is unchanged.
 */
import type { Finding } from '../core/schema';
import type { Segment } from './text-chunks';

/**
 * One block of the page as read and detected: `id` is the block's frame-local number (the
 * same for the same element all the frame's life), `order` its place in document order
 * (ascending along the page; an update slots new blocks between their neighbours' values).
 */
export type ScannedSegment = Segment & {
  id: number;
  order: number;
  findings: LocatedFinding[];
};

/**
 * One mention in the page: the finding (offsets in its block's text), the block whose text
 * nodes those offsets index, and its id: block id and offset ("12:40"), stable while the
 * block's text is unchanged before it.
 */
export interface LocatedFinding {
  readonly id: string;
  readonly finding: Finding;
  readonly segment: ScannedSegment;
}

/** The findings of the page, as blocks in document order. */
export interface PageFindings {
  readonly segments: readonly ScannedSegment[];
}

/** Makes `segment` a scanned block with id `id`, no place yet and no findings. */
export function toScanned(segment: Segment, id: number): ScannedSegment {
  const scanned = segment as ScannedSegment;
  scanned.id = id;
  scanned.order = 0;
  scanned.findings = [];
  return scanned;
}

/**
 * Adds `finding` (offsets in the block's text) to `segment`'s mentions, which come in order
 * of their starts; mentions sharing a start are told apart by a suffix ("12:40", "12:40.2").
 */
export function addMention(segment: ScannedSegment, finding: Finding): LocatedFinding {
  const base = `${segment.id}:${finding.start}`;
  let same = 0;
  const list = segment.findings;
  for (let i = list.length - 1; i >= 0 && list[i]!.finding.start === finding.start; i--) same++;
  const mention = { id: same === 0 ? base : `${base}.${same + 1}`, finding, segment };
  list.push(mention);
  return mention;
}

/** Every mention of the page, in document order. */
export function allMentions(page: PageFindings): LocatedFinding[] {
  const out: LocatedFinding[] = [];
  for (const segment of page.segments) for (const mention of segment.findings) out.push(mention);
  return out;
}
