/**
 * Scans a document for findings, and rescans (debounced) when the page changes, until
 * `signal` aborts. Page text lives only in memory for the duration of a scan.
 */
import type { Detector } from '../core/detect';
import type { Finding } from '../core/schema';
import { extractText, type PageText } from './text-chunks';

/** What the scanner reports after each scan: the findings and the text they index into. */
export type ScanListener = (findings: Finding[], page: PageText) => void;

/** Options of `watchFindings`. */
export interface ScanOptions {
  root: Node;
  detector: Detector;
  signal: AbortSignal;
  onScan: ScanListener;
  /** Quiet time after the last mutation before rescanning, in ms. */
  debounceMs?: number;
  /** Longest a page that never stops changing waits for a rescan, in ms. */
  maxWaitMs?: number;
}

/** Scans `root` now and again whenever its content changes. */
export function watchFindings({
  root,
  detector,
  signal,
  onScan,
  debounceMs = 400,
  maxWaitMs = 2000,
}: ScanOptions): void {
  const scan = () => {
    if (signal.aborted) return;
    const page = extractText(root);
    onScan(detector.detect(page.text), page);
  };
  scan();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince = 0;
  const observer = new MutationObserver(() => {
    const now = Date.now();
    if (!pendingSince) pendingSince = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now));
    timer = setTimeout(() => {
      pendingSince = 0;
      scan();
    }, wait);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
