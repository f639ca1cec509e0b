/**
 * Answering the side panel and the background: the frame's mentions (the whole list, with
 * the revision it is at), its timings, "show this mention" by id, and the selected text for
 * the lookup command. Requests are read field by field without zod (`parseContentRequest`).
 */
import { lookupText } from '../../utils/core/selection';
import { flashRange } from '../../utils/dom/flash';
import { allMentions, mentionById } from '../../utils/dom/located';
import { rangeOf } from '../../utils/dom/ranges';
import {
  listen,
  parseContentRequest,
  type ContentProtocol,
  type Handlers,
} from '../../utils/protocol';
import { frameState, reported, type Frame } from './frame';

/** Answers requests to this frame until `signal` aborts. */
export function startAnswering(frame: Frame, signal: AbortSignal): void {
  const handlers: Handlers<ContentProtocol> = {
    'findings:stats': () => frame.stats.snapshot(frame.highlighter.drawn),
    'findings:get': () => ({
      findings: allMentions(frame.page).map((m) => reported(frame, m)),
      ...frameState(frame),
      run: frame.run,
      revision: frame.revision,
      stats: frame.stats.snapshot(frame.highlighter.drawn),
    }),
    'findings:show': (request) => {
      const mention = mentionById(frame.page, request.id);
      const range =
        mention && rangeOf(mention.segment.chunks, mention.finding.start, mention.finding.end);
      return { shown: range ? flashRange(range) : false };
    },
    // A frame with nothing selected stays silent, so the frame that has it answers.
    'selection:get': () => {
      const text = lookupText(frame.doc.getSelection()?.toString());
      return text ? { text } : undefined;
    },
  };
  listen<ContentProtocol>(parseContentRequest, handlers, signal);
}
