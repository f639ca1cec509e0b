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

/** A live Range over text offsets [start, end), or undefined when the page changed under it. */
export function rangeOf(
  chunks: readonly TextChunk[],
  start: number,
  end: number,
): Range | undefined {
  if (chunks.length === 0 || end <= start) return undefined;
  const first = chunks[chunkAt(chunks, start)]!;
  const last = chunks[chunkAt(chunks, end - 1)]!;
  const startOffset = start - first.start;
  const endOffset = end - last.start;
  if (!first.node.isConnected || !last.node.isConnected) return undefined;
  if (startOffset > first.node.length || endOffset > last.node.length) return undefined;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, Math.max(0, startOffset));
  range.setEnd(last.node, endOffset);
  return range;
}
