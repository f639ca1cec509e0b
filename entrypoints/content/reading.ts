/**
 * Reading the page: starts the scanner when the detector is there and the site's mode is not
 * "off", starts it again on a route change, stops it when the mode turns "off"; after each
 * pass, keeps the frame's mentions, badge figures and ledger, and tells the other features
 * what changed.
 */
import { allMentions, type LocatedFinding, type PageFindings } from '../../utils/dom/located';
import { watchFindings, type MentionChange, type PassReport } from '../../utils/dom/scanner';
import { emit, on, type Frame } from './frame';

/** Reads the frame's page until `signal` aborts. */
export function startReading(frame: Frame, signal: AbortSignal): void {
  let run: AbortController | undefined;

  const onPass = (page: PageFindings, report: PassReport, change?: MentionChange) => {
    const handled = performance.now();
    // A first read replaces everything the frame knew.
    const gone: readonly LocatedFinding[] = change?.gone ?? allMentions(frame.page);
    frame.page = page;
    frame.scanning = false;
    const came: readonly LocatedFinding[] =
      change?.came ?? page.segments.flatMap((s) => s.findings);
    // Added first: what an update drops may be what it added (a block read twice).
    frame.tally.add(came.map((m) => m.finding));
    frame.tally.remove(gone.map((m) => m.finding));
    const told = frame.ledger.apply(gone, came);
    if (report.changed) emit(frame, 'mentions', { change: told, report });
    frame.stats.passed(report, performance.now() - handled, page.segments.length);
  };

  const start = () => {
    const detector = frame.detector;
    if (!detector) return;
    run?.abort();
    run = new AbortController();
    frame.scanning = true;
    // The whole document: a frame the page rewrites (document.open) keeps being watched.
    watchFindings({
      root: frame.doc,
      detector,
      ids: frame.ids,
      signal: AbortSignal.any([run.signal, signal]),
      onPass,
    });
  };

  const stop = () => {
    run?.abort();
    run = undefined;
    const removed = frame.ledger.clear(allMentions(frame.page));
    frame.page = { segments: [] };
    frame.tally.clear();
    frame.scanning = false;
    emit(frame, 'mentions', { change: { added: [], removed } });
  };

  let stopped = false;
  const sync = () => {
    if (frame.mode === 'off') {
      if (!stopped || run) stop();
      stopped = true;
      return;
    }
    stopped = false;
    if (!run) start();
  };
  on(frame, 'mode', sync, signal);
  on(frame, 'engine', sync, signal);
  on(frame, 'route', () => frame.mode !== 'off' && start(), signal);
}
