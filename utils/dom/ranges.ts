/**
 * Maps offsets in extracted page text back to DOM ranges, so a finding can be shown in the
 * page. Works on the chunks `extractText` returned; a chunk whose node left the document
 * gives no range.
 */
import type { TextChunk } from './text-chunks';

/** Index of the chunk holding text offset `offset` (binary search over chunk starts). */
function chunkAt(chunks: readonly TextChunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The nodes and offsets of text offsets [start, end), or undefined when the page changed. */
function boundsOf(
  chunks: readonly TextChunk[],
  start: number,
  end: number,
): StaticRangeInit | undefined {
  if (chunks.length === 0 || end <= start) return undefined;
  const first = chunks[chunkAt(chunks, start)]!;
  const last = chunks[chunkAt(chunks, end - 1)]!;
  const startOffset = start - first.start;
  const endOffset = end - last.start;
  if (!first.node.isConnected || !last.node.isConnected) return undefined;
  if (startOffset > first.node.length || endOffset > last.node.length) return undefined;
  return {
    startContainer: first.node,
    startOffset: Math.max(0, startOffset),
    endContainer: last.node,
    endOffset,
  };
}

/** A live Range over text offsets [start, end), or undefined when the page changed under it. */
export function rangeOf(
  chunks: readonly TextChunk[],
  start: number,
  end: number,
): Range | undefined {
  const bounds = boundsOf(chunks, start, end);
  return bounds && liveRange(bounds);
}

/**
 * A StaticRange over text offsets [start, end): what highlights are drawn with. The browser
 * updates every live Range of a document at each change to it, so a thousand drawn live
 * ranges would tax a page that changes often; static ones cost nothing until drawn. A
 * changed block is read again and drawn with new ranges.
 */
export function staticRangeOf(
  chunks: readonly TextChunk[],
  start: number,
  end: number,
): StaticRange | undefined {
  const bounds = boundsOf(chunks, start, end);
  return bounds && new StaticRange(bounds);
}

/** A live Range with the bounds of `bounds`, or undefined if they no longer fit the page. */
export function liveRange(bounds: StaticRangeInit | AbstractRange): Range | undefined {
  const range = bounds.startContainer.ownerDocument?.createRange();
  if (!range) return undefined;
  try {
    range.setStart(bounds.startContainer, bounds.startOffset);
    range.setEnd(bounds.endContainer, bounds.endOffset);
    return range;
  } catch {
    return undefined;
  }
}
