/**
 * The findings a sentence's measured sites define (`criteria.ts` reads the measurement), as
 * findings beside the sentence's others: in text order, and none for a topic the sentence
 * already names. Pure.
 */
import { statusAt } from './assertion';
import { measuredFindings } from './criteria';
import type { TextEvents } from './events';
import { makeFinding } from './make-finding';
import type { Matches } from './matcher';
import type { PhraseTables } from './phrase-tables';
import type { Finding } from './schema';
import { mentionIndicator } from './urgency';

/** True when one of the pass's occurrences [first, last) names a site a criterion measures. */
export function measuresSite(
  matches: Matches,
  tables: PhraseTables,
  first: number,
  last: number,
): boolean {
  for (let n = first; n < last; n++) if (tables.measured[matches.phrase[n]!] === 1) return true;
  return false;
}

/** Appends the findings the sentence's measured sites define, but for topics already found. */
export function addMeasured(
  text: string,
  events: TextEvents,
  tables: PhraseTables,
  sentenceFrom: number,
  sentenceTo: number,
  findings: Finding[],
  sentenceFirst: number,
): void {
  const lexicon = tables.lexicon;
  for (const measured of measuredFindings(
    text,
    events.sites,
    lexicon,
    lexicon.criteria,
    sentenceTo,
  )) {
    let known = false;
    for (let f = sentenceFirst; f < findings.length && !known; f++)
      known = findings[f]!.topicId === measured.topicId;
    if (known) continue;
    const { start, end, topicId } = measured;
    const sizes = [measured.size];
    const finding = makeFinding(
      topicId,
      start,
      end,
      text.slice(start, end),
      statusAt(text, events, start, end, sentenceFrom, sentenceTo),
      mentionIndicator(tables.urgency[topicId], { sizes }),
      undefined,
      undefined,
      sizes,
      measured.site,
      undefined,
      text.slice(start, measured.siteEnd),
    );
    // Keep text order within the sentence.
    let at = findings.length;
    while (at > sentenceFirst && findings[at - 1]!.start > start) at--;
    findings.splice(at, 0, finding);
  }
}
