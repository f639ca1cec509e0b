/**
 * The detector: finds every topic mention in a text, resolves generic terms to the
 * site-specific topic the sentence names, says what the sentence asserts about the mention,
 * and reads its laterality, severity, sizes and site. Pure: runs the same in a content
 * script, a test or a Node script.
 */
import { assess, sentenceBounds } from './context';
import { collectEvents, collectSections, type TermHit, type TextEvents } from './events';
import { compileLexicon, type Lexicon, type LexiconTopic } from './lexicon';
import { createMatcher } from './matcher';
import { clauseBreakBetween, nearestHit, readSizes } from './modifiers';
import type { Finding } from './schema';

/** Detects findings in text. */
export interface Detector {
  detect(text: string): Finding[];
  /** Bytes held by the compiled automaton. */
  readonly size: number;
}

/** Leftmost-longest, non-overlapping choice among term occurrences. */
function chooseMentions(terms: TermHit[]): TermHit[] {
  terms.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: TermHit[] = [];
  let reach = -1;
  for (const t of terms) {
    if (t.start < reach) continue;
    chosen.push(t);
    reach = t.end;
  }
  return chosen;
}

/** The topic a generic term means here: the site-specific topic a nearby site word claims. */
function refine(
  mention: TermHit,
  events: TextEvents,
  window: [number, number],
  sentence: [number, number],
): { topicId: string; site?: string } {
  const { entry } = mention;
  if (!entry.generic) return { topicId: entry.topicId };
  const claims = (hit: (typeof events.sites)[number]) =>
    hit.value.refines.some(([generic]) => generic === entry.topicId);
  // The mention's own stretch of the sentence first, then the whole sentence ("hip joint
  // space loss ... with marginal osteophytes": the osteophytes are the hip's too).
  const hit =
    nearestHit(events.sites, window[0], window[1], mention.start, mention.end, claims) ??
    nearestHit(events.sites, sentence[0], sentence[1], mention.start, mention.end, claims);
  if (!hit) return { topicId: entry.topicId };
  const refined = hit.value.refines.find(([generic]) => generic === entry.topicId)![1];
  return { topicId: refined, site: hit.value.site };
}

/** Characters of text sorted into events at a time (whole sentences). */
const BLOCK = 16_384;

/** Turns the mentions among `events` into findings, appended to `findings`. */
function detectIn(text: string, events: TextEvents, findings: Finding[]): void {
  const mentions = chooseMentions(events.terms);
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    if (mention.entry.topicId === '') continue; // names no finding ("cystic fibrosis")
    const { start, end } = mention;
    const sentence = sentenceBounds(events, start, text.length);
    // A mention's own stretch of the sentence ends at its neighbouring mentions.
    const previous = mentions[m - 1];
    const next = mentions[m + 1];
    const window: [number, number] = [
      previous && previous.end > sentence[0] ? previous.end : sentence[0],
      next && next.start < sentence[1] ? next.start : sentence[1],
    ];
    const { topicId, site: refinedSite } = refine(mention, events, window, sentence);
    const laterality = nearestHit(events.lateralities, window[0], window[1], start, end);
    const severity = nearestHit(
      events.severities,
      window[0],
      window[1],
      start,
      end,
      (hit) =>
        !clauseBreakBetween(
          text,
          hit.end <= start ? hit.end : end,
          hit.end <= start ? start : hit.start,
        ),
    );
    const sizes = readSizes(text, window[0], window[1], events.numbers);
    const site =
      mention.entry.site ??
      refinedSite ??
      nearestHit(events.sites, window[0], window[1], start, end)?.value.site;
    // Built field by field: object spreads cost more than the rest of the loop.
    const finding: Finding = {
      topicId,
      start,
      end,
      text: text.slice(start, end),
      status: assess(text, events, start, end).status,
    };
    if (laterality) finding.laterality = laterality.value;
    if (severity) finding.severity = severity.value;
    if (sizes.length > 0) finding.sizes = sizes;
    if (site) finding.site = site;
    findings.push(finding);
  }
}

/** Builds a detector from a compiled lexicon (what content scripts receive). */
export function createDetectorFromLexicon(lexicon: Lexicon): Detector {
  const matcher = createMatcher(lexicon);
  return {
    size: matcher.size,
    detect(text) {
      const scan = matcher.scan(text);
      const sections = collectSections(text, scan, lexicon);
      const findings: Finding[] = [];
      // Block by block, each ending at a sentence start, so the working set stays small on
      // long pages and time grows linearly with the text.
      const starts = scan.sentenceStarts;
      let from = 0;
      let s = 0;
      while (from < text.length) {
        // The last sentence start within BLOCK of `from`, else the next one, else the end.
        while (s < starts.length && starts[s]! <= from + BLOCK) s++;
        let to = text.length;
        if (s > 0 && starts[s - 1]! > from) to = starts[s - 1]!;
        else if (s < starts.length) to = starts[s]!;
        const events = collectEvents(text, scan, lexicon, { from, to, sections });
        detectIn(text, events, findings);
        from = to;
      }
      return findings;
    },
  };
}

/** Builds a detector for the terms of `topics`. */
export function createDetector(topics: readonly LexiconTopic[]): Detector {
  return createDetectorFromLexicon(compileLexicon(topics));
}
