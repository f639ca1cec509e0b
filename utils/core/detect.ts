/**
 * The detector: finds every topic mention in a text, resolves generic terms to the
 * site-specific topic the sentence names, says what the sentence asserts about the mention,
 * and reads its laterality, severity, sizes and site. Pure: runs the same in a content
 * script, a test or a Node script.
 */
import { assessStatus, lastAtOrBefore } from './context';
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

/** The site-specific topic a nearby site word claims a generic term for, and the site. */
function refine(
  mention: TermHit,
  events: TextEvents,
  windowFrom: number,
  windowTo: number,
  sentenceFrom: number,
  sentenceTo: number,
): { topicId: string; site?: string } {
  const { entry } = mention;
  const claims = (hit: (typeof events.sites)[number]) =>
    hit.value.refines.some(([generic]) => generic === entry.topicId);
  // The mention's own stretch of the sentence first, then the whole sentence ("hip joint
  // space loss ... with marginal osteophytes": the osteophytes are the hip's too).
  const hit =
    nearestHit(events.sites, windowFrom, windowTo, mention.start, mention.end, claims) ??
    nearestHit(events.sites, sentenceFrom, sentenceTo, mention.start, mention.end, claims);
  if (!hit) return { topicId: entry.topicId };
  const refined = hit.value.refines.find(([generic]) => generic === entry.topicId)![1];
  return { topicId: refined, site: hit.value.site };
}

/** The severity word nearest the mention, not across a comma, semicolon or colon. */
function nearestSeverity(
  text: string,
  hits: TextEvents['severities'],
  from: number,
  to: number,
  start: number,
  end: number,
): TextEvents['severities'][number] | undefined {
  let best: TextEvents['severities'][number] | undefined;
  let bestDistance = Infinity;
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < hits.length; i++) {
    const hit = hits[i]!;
    if (hit.start >= to) break;
    if (hit.end > to) continue;
    const distance =
      hit.start >= start && hit.end <= end
        ? 0
        : hit.end <= start
          ? start - hit.end + 1
          : (hit.start - end) * 1.5 + 1;
    if (
      distance < bestDistance &&
      !clauseBreakBetween(
        text,
        hit.end <= start ? hit.end : end,
        hit.end <= start ? start : hit.start,
      )
    ) {
      best = hit;
      bestDistance = distance;
    }
  }
  return best;
}

/** Characters of text sorted into events at a time (whole sentences). */
const BLOCK = 16_384;

/** Turns the mentions among `events` into findings, appended to `findings`. */
function detectIn(text: string, events: TextEvents, findings: Finding[]): void {
  const mentions = chooseMentions(events.terms);
  const starts = events.sentenceStarts;
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    const { entry, start, end } = mention;
    if (entry.topicId === '') continue; // names no finding ("cystic fibrosis")
    const s = lastAtOrBefore(starts, start);
    const sentenceFrom = s >= 0 ? starts[s]! : 0;
    const sentenceTo = s + 1 < starts.length ? starts[s + 1]! : text.length;
    // A mention's own stretch of the sentence ends at its neighbouring mentions.
    const previous = mentions[m - 1];
    const next = mentions[m + 1];
    const windowFrom = previous && previous.end > sentenceFrom ? previous.end : sentenceFrom;
    const windowTo = next && next.start < sentenceTo ? next.start : sentenceTo;
    let topicId = entry.topicId;
    let refinedSite: string | undefined;
    if (entry.generic) {
      const refined = refine(mention, events, windowFrom, windowTo, sentenceFrom, sentenceTo);
      topicId = refined.topicId;
      refinedSite = refined.site;
    }
    const laterality = nearestHit(events.lateralities, windowFrom, windowTo, start, end);
    const severity = nearestSeverity(text, events.severities, windowFrom, windowTo, start, end);
    const sizes = readSizes(text, windowFrom, windowTo, events.numbers);
    const site =
      entry.site ??
      refinedSite ??
      nearestHit(events.sites, windowFrom, windowTo, start, end)?.value.site;
    // Built field by field: object spreads cost more than the rest of the loop.
    const finding: Finding = {
      topicId,
      start,
      end,
      text: text.slice(start, end),
      status: assessStatus(text, events, start, end, sentenceFrom, sentenceTo),
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
