/**
 * The content script, one per frame: gets the lexicon from the background, reads the frame's
 * text and finds the findings (in slices, then block by block as the page changes), marks
 * them with CSS highlights, reports counts to the background and answers the side panel
 * ("which findings?", "show this one"). It obeys the site's mode (off / count only /
 * highlight), offers the selection button and hands over the selected text for the lookup
 * command. Page text stays in this frame's memory.
 */
import { ContentScriptContext, defineContentScript } from '#imports';
import { browser } from '../../utils/platform';
import { createDetectorFromLexicon, type Detector } from '../../utils/core/detect';
import { isLexicon } from '../../utils/core/lexicon';
import { mentionContext } from '../../utils/core/mention-context';
import { lookupText } from '../../utils/core/selection';
import { modeFor, type SiteMode } from '../../utils/core/site-mode';
import { FindingTally } from '../../utils/core/tally';
import { flashRange } from '../../utils/dom/flash';
import {
  canHighlight,
  createHighlighter,
  isDrawn,
  type DrawnFinding,
} from '../../utils/dom/highlighter';
import { rangeOf } from '../../utils/dom/ranges';
import {
  locatedFindings,
  watchFindings,
  type LocatedFinding,
  type PageFindings,
  type ScanParts,
} from '../../utils/dom/scanner';
import { watchSelection } from '../../utils/dom/selection-button';
import {
  listen,
  parseContentRequest,
  sendToBackground,
  type ContentProtocol,
  type Handlers,
} from '../../utils/protocol';

/** The site this frame belongs to: the tab's top origin when the browser tells it. */
function siteOrigin(): string {
  const ancestors = location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors && ancestors.length > 0) return ancestors[ancestors.length - 1]!;
  return self.origin;
}

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    // WXT ends this script when a newer copy of it announces itself with an event on the
    // page's document, which the page can forge. While this extension is alive nothing can
    // replace this script (Chrome injects no second copy), so the event is stopped before
    // it reaches WXT; once the extension is gone (updated, removed), it goes through.
    const scriptStarted =
      (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string })
        .SCRIPT_STARTED_MESSAGE_TYPE ?? `${browser.runtime.id}:content:wxt:content-script-started`;
    window.addEventListener(
      scriptStarted,
      (event) => {
        if (browser.runtime?.id) event.stopImmediatePropagation();
      },
      { capture: true, signal: ctx.signal },
    );
    // The page's findings by block; the flat list is built only when asked for.
    let page: PageFindings = { segments: [] };
    let flat: LocatedFinding[] | undefined;
    const located = () => (flat ??= locatedFindings(page));
    let scanning = true;
    let mode: SiteMode = 'highlight';
    let settings: unknown;
    // Set once the lexicon arrives.
    const engine: { detector?: Detector } = {};
    let run: AbortController | undefined;
    const highlighter = createHighlighter(document);
    const stats = {
      firstMs: undefined as number | undefined,
      drawMs: undefined as number | undefined,
      updates: 0,
      lastUpdateMs: undefined as number | undefined,
      lastUpdateBlocks: undefined as number | undefined,
      blocks: 0,
      parts: undefined as ScanParts | undefined,
    };
    const origin = siteOrigin();

    // The badge counts distinct present findings (topics), not mentions.
    const tally = new FindingTally();
    // Also tells an open panel to ask again, so it is sent after every change.
    const report = () => {
      const { present, total, urgency } = tally;
      sendToBackground({ type: 'findings:changed', present, total, urgency }).catch(() => {});
    };
    const source = {
      first(n: number): DrawnFinding[] {
        const out: DrawnFinding[] = [];
        for (const segment of page.segments) {
          for (const finding of segment.findings) {
            if (isDrawn(finding.status)) out.push({ finding, segment });
          }
          if (out.length >= n) break;
        }
        return out;
      },
      all: (): readonly DrawnFinding[] => located(),
    };
    const draw = () => {
      if (mode === 'highlight' && canHighlight()) highlighter.render(source);
      else highlighter.clear();
    };
    const stop = () => {
      run?.abort();
      run = undefined;
      page = { segments: [] };
      tally.clear();
      flat = undefined;
      scanning = false;
      highlighter.clear();
    };
    const start = () => {
      // The whole document: a frame the page rewrites (document.open) keeps being watched.
      const root = document;
      const detector = engine.detector;
      if (!detector) return;
      run?.abort();
      run = new AbortController();
      scanning = true;
      watchFindings({
        root,
        detector,
        signal: AbortSignal.any([run.signal, ctx.signal]),
        onScan(scanned, scan, change) {
          const handled = performance.now();
          page = scanned;
          scanning = false;
          if (change) {
            // Added first: what an update drops may be what it added (a block read twice).
            tally.add(change.came);
            tally.remove(change.gone);
          } else {
            tally.clear();
            for (const segment of page.segments) tally.add(segment.findings);
          }
          if (!scan.changed) {
            // Text without findings changed (a clock, a status line): nothing to redraw.
            stats.updates++;
            stats.lastUpdateMs = scan.ms;
            stats.lastUpdateBlocks = scan.blocks;
            return;
          }
          flat = undefined;
          report();
          const drawStart = performance.now();
          draw();
          const drawMs = performance.now() - drawStart;
          stats.blocks = page.segments.length;
          if (scan.kind === 'first') {
            stats.firstMs = scan.ms;
            stats.parts = scan.parts;
            stats.drawMs = drawMs;
          } else {
            stats.updates++;
            // The update's whole cost: reading and detecting, the badge, the redraw.
            stats.lastUpdateMs = scan.ms + (performance.now() - handled);
            stats.lastUpdateBlocks = scan.blocks;
          }
        },
      });
    };
    const applyMode = () => {
      const next = modeFor(settings, origin);
      const was = mode;
      mode = next;
      if (mode === 'off') {
        if (was !== 'off' || run) {
          stop();
          report();
        }
        return;
      }
      if (!run) start();
      else draw();
    };

    const handlers: Handlers<ContentProtocol> = {
      'findings:stats': () => ({ ...stats, drawn: highlighter.drawn }),
      'findings:get': () => {
        // The panel shows the sentence of each topic's first mention per status only.
        const seen = new Set<string>();
        return {
          findings: located().map(({ finding, segment }) => {
            const key = `${finding.status} ${finding.topicId}`;
            if (seen.has(key)) return finding;
            seen.add(key);
            return {
              ...finding,
              context: mentionContext(segment.text, finding.start, finding.end),
            };
          }),
          scanning: mode !== 'off' && scanning,
          mode,
          stats: { ...stats, drawn: highlighter.drawn },
        };
      },
      'findings:show': (request) => {
        const item = located()[request.index];
        const range = item && rangeOf(item.segment.chunks, item.finding.start, item.finding.end);
        return { shown: range ? flashRange(range) : false };
      },
      // A frame with nothing selected stays silent, so the frame that has it answers.
      'selection:get': () => {
        const text = lookupText(document.getSelection()?.toString());
        return text ? { text } : undefined;
      },
    };
    listen<ContentProtocol>(parseContentRequest, handlers, ctx.signal);

    const selectionButton = () =>
      (settings as { selectionButton?: unknown } | undefined)?.selectionButton !== false;
    watchSelection({
      doc: document,
      signal: ctx.signal,
      enabled: selectionButton,
      onLookup: (text) =>
        void sendToBackground({ type: 'lookup:selection', text: lookupText(text) }).catch(() => {}),
    });

    // A click on a highlighted mention opens its topic (not on links, fields or selections).
    document.addEventListener(
      'click',
      (event) => {
        // Only the user's own clicks: a page can dispatch clicks at a mention's position.
        if (!event.isTrusted) return;
        if (mode !== 'highlight' || event.button !== 0 || highlighter.drawn === 0) return;
        if (!document.getSelection()?.isCollapsed) return;
        const target = event.target instanceof Element ? event.target : null;
        if (target?.closest('a, button, input, textarea, select, label, [contenteditable]')) return;
        const finding = highlighter.findingAt(event.clientX, event.clientY);
        if (finding) {
          sendToBackground({ type: 'lookup:topic', topicId: finding.topicId }).catch(() => {});
        }
      },
      { capture: true, passive: true, signal: ctx.signal },
    );

    try {
      settings = (await browser.storage.local.get('settings')).settings;
    } catch {
      // Storage unavailable: defaults.
    }
    const onSettings = (changes: Record<string, { newValue?: unknown }>) => {
      if (!changes.settings) return;
      settings = changes.settings.newValue;
      applyMode();
    };
    browser.storage.local.onChanged.addListener(onSettings);
    ctx.signal.addEventListener('abort', () =>
      browser.storage.local.onChanged.removeListener(onSettings),
    );
    mode = modeFor(settings, origin);
    if (mode === 'off') {
      scanning = false;
      report();
    }

    const lexicon = await sendToBackground({ type: 'lexicon:get' });
    if (!isLexicon(lexicon) || ctx.signal.aborted) return;
    engine.detector = createDetectorFromLexicon(lexicon);
    applyMode();
    // A single-page app changed its route: read the page afresh. The event is dispatched on
    // the page's window, where the page could dispatch one too: only a real change of address
    // counts.
    let address = location.href;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (location.href === address) return;
      address = location.href;
      if (mode !== 'off') start();
    });
    ctx.signal.addEventListener('abort', () => highlighter.clear());
  },
});
