/**
 * The content script, one per frame: gets the lexicon from the background, finds the
 * findings in the frame's text, rescans when the page changes, reports counts to the
 * background and answers the side panel ("which findings?", "show this one"). It also offers
 * the selection button and hands the background the selected text for the lookup command.
 * Page text stays in this frame's memory.
 */
import { browser, defineContentScript } from '#imports';
import { createDetectorFromLexicon } from '../../utils/core/detect';
import { isContentRequest, type ContentRequest } from '../../utils/core/guards';
import { isLexicon } from '../../utils/core/lexicon';
import { mentionContext } from '../../utils/core/mention-context';
import type { Finding } from '../../utils/core/schema';
import { flashRange } from '../../utils/dom/flash';
import { rangeOf } from '../../utils/dom/ranges';
import { watchFindings } from '../../utils/dom/scanner';
import { watchSelection } from '../../utils/dom/selection-button';
import type { PageText } from '../../utils/dom/text-chunks';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    let findings: Finding[] = [];
    let page: PageText = { text: '', chunks: [] };
    let scanning = true;

    const answer = (request: ContentRequest): unknown => {
      switch (request.type) {
        case 'findings:get':
          return {
            findings: findings.map((f) => ({
              ...f,
              context: mentionContext(page.text, f.start, f.end),
            })),
            scanning,
          };
        case 'findings:show': {
          const finding = findings[request.index];
          const range = finding && rangeOf(page.chunks, finding.start, finding.end);
          return { shown: range ? flashRange(range) : false };
        }
        case 'selection:get': {
          const text = document.getSelection()?.toString().trim();
          return text ? { text: text.slice(0, 2000) } : undefined;
        }
      }
    };

    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || !isContentRequest(message)) return false;
      const response = answer(message);
      // A frame with nothing to say stays silent, so the frame that has it answers.
      if (response !== undefined) sendResponse(response);
      return false;
    });

    let selectionButton = true;
    const readSettings = (value: unknown) => {
      const settings = value as { selectionButton?: unknown } | undefined;
      selectionButton = settings?.selectionButton !== false;
    };
    void browser.storage.local
      .get('settings')
      .then((stored) => readSettings(stored.settings))
      .catch(() => {});
    browser.storage.local.onChanged.addListener((changes) => {
      if (changes.settings) readSettings(changes.settings.newValue);
    });
    watchSelection({
      doc: document,
      signal: ctx.signal,
      enabled: () => selectionButton,
      onLookup: (text) =>
        void browser.runtime.sendMessage({ type: 'lookup:selection', text }).catch(() => {}),
    });

    const lexicon: unknown = await browser.runtime.sendMessage({ type: 'lexicon:get' });
    if (!isLexicon(lexicon) || ctx.signal.aborted) return;
    const root = document.body ?? document.documentElement;
    if (!root) return;

    watchFindings({
      root,
      detector: createDetectorFromLexicon(lexicon),
      signal: ctx.signal,
      onScan(next, text) {
        findings = next;
        page = text;
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
