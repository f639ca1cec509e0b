/**
 * The content script, one per frame: a few features, each in its own file and each started
 * with the script's AbortSignal, which removes every listener it added. Reading the page
 * (`reading.ts`), highlighting (`highlighting.ts`), telling the background and the panels
 * what changed (`reporting.ts`), answering them (`answers.ts`), the selection button
 * (`selection-lookup.ts`), click-to-open (`click-to-open.ts`), the site's mode
 * (`site-mode.ts`) and route changes (`route-changes.ts`) share the frame's state
 * (`frame.ts`). Page text stays in this frame's memory.
 */
import { defineContentScript } from '#imports';
import { createDetectorFromLexicon } from '../../utils/core/detect';
import { isLexicon } from '../../utils/core/lexicon-guard';
import { sendToBackground } from '../../utils/protocol';
import { startAnswering } from './answers';
import { startClickToOpen } from './click-to-open';
import { createFrame, emit } from './frame';
import { startHighlighting } from './highlighting';
import { startReading } from './reading';
import { startReporting } from './reporting';
import { startRouteChanges } from './route-changes';
import { guardScript } from './script-guard';
import { startSelectionButton } from './selection-lookup';
import { startSiteMode } from './site-mode';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const { signal } = ctx;
    guardScript(signal);
    const frame = createFrame(document);
    // Reporting before highlighting: the badge is told of a change before it is drawn.
    startReporting(frame, signal);
    startHighlighting(frame, signal);
    startReading(frame, signal);
    startAnswering(frame, signal);
    startSelectionButton(frame, signal);
    startClickToOpen(frame, signal);
    startRouteChanges(frame, ctx);
    await startSiteMode(frame, signal);

    const lexicon = await sendToBackground({ type: 'lexicon:get' });
    if (!isLexicon(lexicon) || signal.aborted) return;
    frame.detector = createDetectorFromLexicon(lexicon);
    emit(frame, 'engine');
  },
});
