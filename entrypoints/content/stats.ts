/**
 * The frame's timings, fed by the features (the reading feature per pass, the highlighting
 * feature per draw) and read by `npm run bench:page` through `findings:stats`. Numbers
 * only: no page text.
 */
import type { FirstReadParts, PassReport } from '../../utils/dom/scanner';
import type { FrameStats } from '../../utils/messaging';

/** The timings of one frame's scans and draws. */
export class PageStats {
  firstMs: number | undefined;
  drawMs: number | undefined;
  updates = 0;
  lastUpdateMs: number | undefined;
  lastUpdateBlocks: number | undefined;
  blocks = 0;
  parts: FirstReadParts | undefined;
  /** The last draw's time (the first pass's is kept as `drawMs`). */
  #lastDraw: number | undefined;

  /** A draw (or the clearing of the marks) took `ms`. */
  drew(ms: number): void {
    this.#lastDraw = ms;
  }

  /**
   * A scanner's pass: `handledMs` is what the frame then spent on it (the badge, the panels,
   * the redraw); `blocks` the page's blocks after it.
   */
  passed(report: PassReport, handledMs: number, blocks: number): void {
    if (!report.changed) {
      // Text without mentions changed (a clock, a status line): nothing was redrawn.
      this.updates++;
      this.lastUpdateMs = report.ms;
      this.lastUpdateBlocks = report.blocks;
      return;
    }
    this.blocks = blocks;
    if (report.kind === 'first') {
      this.firstMs = report.ms;
      this.parts = report.parts;
      this.drawMs = this.#lastDraw;
    } else {
      this.updates++;
      // The update's whole cost: reading and detecting, the badge, the redraw.
      this.lastUpdateMs = report.ms + handledMs;
      this.lastUpdateBlocks = report.blocks;
    }
  }

  /** The figures as `findings:stats` answers them, with the mentions drawn now. */
  snapshot(drawn: number): FrameStats {
    const { firstMs, drawMs, updates, lastUpdateMs, lastUpdateBlocks, blocks, parts } = this;
    return { firstMs, drawMs, updates, lastUpdateMs, lastUpdateBlocks, blocks, parts, drawn };
  }
}
