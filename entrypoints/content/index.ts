/**
 * The content script, one per frame: gets the lexicon from the background, finds the
 * findings in the frame's text, rescans when the page changes, reports counts to the
 * background and answers the side panel. Page text stays in this frame's memory.
 */
import { browser, defineContentScript } from '#imports';
import { createDetectorFromLexicon } from '../../utils/core/detect';
import { isContentRequest } from '../../utils/core/guards';
import { isLexicon } from '../../utils/core/lexicon';
import type { Finding } from '../../utils/core/schema';
import { watchFindings } from '../../utils/dom/scanner';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    let findings: Finding[] = [];
    let scanning = true;

    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || !isContentRequest(message)) return false;
      sendResponse({ findings, scanning });
      return false;
    });

    const lexicon: unknown = await browser.runtime.sendMessage({ type: 'lexicon:get' });
    if (!isLexicon(lexicon) || ctx.signal.aborted) return;
    const root = document.body ?? document.documentElement;
    if (!root) return;

    watchFindings({
      root,
      detector: createDetectorFromLexicon(lexicon),
      signal: ctx.signal,
      onScan(next) {
        findings = next;
        scanning = false;
        // The badge counts distinct present findings (topics), not mentions.
        const present = new Set(next.filter((f) => f.status === 'present').map((f) => f.topicId))
          .size;
        void browser.runtime
          .sendMessage({ type: 'findings:changed', present, total: next.length })
          .catch(() => {});
      },
    });
  },
});
