/**
 * The detector: finds every topic mention in a text (a topic's term, or a finding head whose
 * site decides its topic), binds it to its site, says what the sentence asserts about it,
 * and reads its laterality, severity and sizes; and the findings a measured site defines.
 * Pure: runs the same in a content script, a test or a Node script.
 */
import { statusAt } from './assertion';
import { bindSite, type BoundSite, type SiteContext } from './binding';
import { readingWithin } from './site-words';
import {
  claimedInSentence,
  claimedTopic,
  isWithin,
  studySite,
  termAtSite,
  withinAny,
} from './claims';
import { mayNameSeveral, severalFindings } from './enumeration';
import { markDifferentials } from './differentials';
import {
  collectQualifiers,
  collectTerms,
  emptyEvents,
  finishQualifiers,
  type TextEvents,
} from './events';
import { makeFinding } from './make-finding';
import { addMeasured, measuresSite } from './measured';
import { compileLexicon, type Lexicon, type LexiconTopic } from './lexicon';
import { createMatcher, SentenceWalk, type Matches } from './matcher';
import { nearestHit, sideOf, sizesIn, sizeSplit } from './modifiers';
import { phraseTables, type PhraseTables, type TriggerEntry } from './phrase-tables';
import { foldRestatements } from './restatements';
import type { Finding } from './schema';
import { collectSections, type ReportPlace } from './sections';
import { firstAtOrAfter } from './sorted';
import { SpanList } from './spans';
import { mentionIndicator } from './urgency';

/** Where a text stands in its report: what `Detector.read` is told about the text before. */
export interface ReadOptions {
  /**
   * Where the text starts (the `atEnd` of the block before it in the same report, or what
   * the page says of the report, such as its study): before the text's first header its
   * section and organs hold, and its study until the text names another.
   */
  atStart?: ReportPlace;
}

/** What `Detector.read` finds in a text. */
export interface Reading {
  /** The findings, in text order, offsets into the text. */
  findings: Finding[];
  /** Where the text ends: pass it as the next block's `atStart`. */
  atEnd: ReportPlace;
}

/** Detects findings in text. */
export interface Detector {
  /** The findings of a text read on its own (a whole report, or a text with no section). */
  detect(text: string): Finding[];
  /**
   * Reads one block of a report that goes on from an earlier block: its findings as if the
   * blocks were read together, separated by a blank line, and the section at its end.
   */
  read(text: string, options?: ReadOptions): Reading;
  /** Bytes held by the compiled automaton. */
  readonly size: number;
}

/**
 * Leftmost-longest, non-overlapping choice among the term occurrences (sorted first by start,
 * longest first), in place.
 */
function chooseMentions(terms: SpanList<unknown>): void {
  terms.sortByStart(true);
  const { start, end, value } = terms;
  let chosen = 0;
  let reach = -1;
  for (let i = 0; i < terms.count; i++) {
    if (start[i]! < reach) continue;
    start[chosen] = start[i]!;
    end[chosen] = end[i]!;
    value[chosen] = value[i]!;
    chosen++;
    reach = end[i]!;
  }
  terms.count = chosen;
}

/** The working state of one `detect` call's sentences, kept for the next call. */
interface Work {
  events: TextEvents;
  /** Trigger candidates before `finishQualifiers` sorts them. */
  candidates: SpanList<TriggerEntry | null>;
  /** Index of the first number word (in `events.numbers`) ending after the last window start. */
  number: number;
  /** What site binding reads, its text and headers set per call. */
  context: SiteContext;
  /** `within(site, of)` for folding restatements (`of` '' asks for a whole-body site). */
  within: (site: string, of: string) => boolean;
  /** Whether a site takes a side. */
  sided: (site: string) => boolean;
}

/**
 * Turns the term mentions of one sentence [sentenceFrom, sentenceTo), whose occurrences are
 * pass's [first, last), into findings appended to `findings`. Everything a mention's
 * finding depends on lies in its sentence, so sentences are read one at a time.
 */
function detectSentence(
  text: string,
  matches: Matches,
  tables: PhraseTables,
  work: Work,
  first: number,
  last: number,
  sentenceFrom: number,
  sentenceTo: number,
  findings: Finding[],
): void {
  const { events, candidates } = work;
  const terms = events.terms;
  terms.clear();
  collectTerms(text, matches, tables, events, first, last);
  chooseMentions(terms);
  // A sentence names a finding when it holds a topic's term or a head; a normality head
  // ("normal", "normal in size") only beside a site some topic claims it at, or under an
  // organ header: "the lungs are clear" or "contours are normal" is read no further.
  let named = false;
  let normal = false;
  for (let m = 0; m < terms.count; m++) {
    const entry = terms.value[m]!;
    if (entry.kind === 'head' && entry.normal) normal = true;
    else named ||= entry.kind === 'head' || entry.topicId !== '';
  }
  let normalClaimable = false;
  if (normal) {
    normalClaimable = events.headers.organsAt(sentenceFrom) !== undefined;
    for (let n = first; n < last && !normalClaimable; n++)
      normalClaimable = tables.normalSite[matches.phrase[n]!] === 1;
    named ||= normalClaimable;
  }
  const measures = measuresSite(matches, tables, first, last);
  if (!named && !measures) return;
  events.triggers.clear();
  events.lateralities.clear();
  events.severities.clear();
  events.courses.clear();
  events.sites.clear();
  candidates.clear();
  collectQualifiers(matches, tables, events, candidates, first, last);
  finishQualifiers(text, events, candidates);
  const { start: mStart, end: mEnd, value: mEntry } = terms;
  const { lateralities, severities, courses, sites, headers } = events;
  const context = work.context;
  context.text = text;
  context.headers = headers;
  const sentenceFirst = findings.length;
  let splitBefore = -1;
  let previousSite: BoundSite | undefined;
  for (let m = 0; m < terms.count; m++) {
    const entry = mEntry[m]!;
    if (entry.kind === 'term' && entry.topicId === '') continue; // names no finding
    if (entry.kind === 'head' && entry.normal && !normalClaimable) continue;
    const start = mStart[m]!;
    const end = mEnd[m]!;
    // A mention's own stretch of the sentence ends at its neighbouring mentions.
    const windowFrom = m > 0 && mEnd[m - 1]! > sentenceFrom ? mEnd[m - 1]! : sentenceFrom;
    const windowTo =
      m + 1 < terms.count && mStart[m + 1]! < sentenceTo ? mStart[m + 1]! : sentenceTo;
    context.organs = headers.organsAt(start);
    let bound = bindSite(
      context,
      start,
      end,
      sentenceFrom,
      sentenceTo,
      windowTo,
      entry.kind === 'head',
      m > 0 ? mStart[m - 1]! : -1,
      m > 0 ? mEnd[m - 1]! : -1,
    );
    // "Reticulation and honeycombing at both lung bases": findings joined by "and" or "or"
    // share the site said after the last of them.
    const nextTo = m + 2 < terms.count && mStart[m + 2]! < sentenceTo ? mStart[m + 2]! : sentenceTo;
    if (
      !bound &&
      m + 1 < terms.count &&
      mStart[m + 1]! - end < 12 &&
      siteBetween(sites, mEnd[m + 1]!, nextTo) &&
      COORDINATED.test(text.slice(end, mStart[m + 1]))
    ) {
      const shared = bindSite(
        context,
        mStart[m + 1]!,
        mEnd[m + 1]!,
        sentenceFrom,
        sentenceTo,
        nextTo,
        mEntry[m + 1]!.kind === 'head',
        start,
        end,
      );
      if (shared && !shared.inside && !shared.subject && shared.from >= mEnd[m + 1]!)
        bound = shared;
    }
    // Under an organ header, a word of a whole-body region the organ is not in names a part
    // of the organ ("GALLBLADDER: ... a stone in the neck"), not the region.
    if (
      bound &&
      !bound.inside &&
      context.organs &&
      !tables.lexicon.sites[bound.site] &&
      !someWithin(tables, context.organs, bound.site)
    ) {
      bound = undefined;
    }
    // An alternative or an interpretation of the mention before ("stone in the gallbladder
    // neck versus a polyp", "consolidation in the right lower lobe, consistent with
    // pneumonia") is where that mention is, when it names no site of its own. A term keeps
    // its own organ over the words of another term ("pleural effusion or atelectasis"); a
    // head has none, so it is where the term before it is ("aortic aneurysm or dissection").
    // A term's own tissue of the whole body is no site of its own here ("sclerotic focus in
    // the left 2nd rib, likely a bone island").
    if (
      (!bound || (bound.inside && !tables.lexicon.sites[bound.site])) &&
      previousSite &&
      (!previousSite.inside || entry.kind === 'head') &&
      INTERPRETS.test(text.slice(windowFrom, start))
    ) {
      bound = previousSite;
    }
    previousSite = bound;
    let topicId: string | undefined;
    let site = bound?.site;
    let sentenceSite = -1;
    if (entry.kind === 'term') {
      if (!bound) site = context.organs?.[0]; // under "LIVER:", a finding is the liver's
      topicId =
        entry.head && bound && !bound.inside
          ? bound.subject
            ? (claimedTopic(tables.lexicon, entry.head, bound.site, false) ?? entry.topicId)
            : termAtSite(tables, entry, bound.site)
          : entry.topicId;
    } else if (bound) {
      topicId = claimedTopic(tables.lexicon, entry.head, bound.site);
      // A region named ("masses within the right chest") holds the study's site for the head;
      // so does a subject the finding is only said beside ("the lungs are clear without
      // effusion" on a chest film), when nothing claims the head at the subject itself.
      const study = headers.studyAt(start);
      const inStudy = studySite(tables.lexicon, entry.head, study);
      if (
        topicId === undefined &&
        inStudy &&
        (isWithin(tables.lexicon, inStudy, bound.site) ||
          (bound.subject &&
            isWithin(tables.lexicon, bound.site, tables.lexicon.studies[study!]!.region)))
      ) {
        site = inStudy;
        topicId = claimedTopic(tables.lexicon, entry.head, inStudy);
      }
    } else if (
      claimedTopic(tables.lexicon, entry.head, undefined) !== undefined &&
      (sentenceSite = claimedInSentence(context, entry.head, start, end)) >= 0
    ) {
      // A head that names a finding anywhere, with no site in its clause: a site of the
      // sentence that claims it ("hip joint space loss, ..., with small marginal osteophytes").
      site = (sites.value[sentenceSite] as { site: string }).site;
      topicId = claimedTopic(tables.lexicon, entry.head, site, false);
    } else if (context.organs) {
      // Under an organ header: the header's organs, in order; they block any other site.
      for (const organ of context.organs) {
        topicId = claimedTopic(tables.lexicon, entry.head, organ);
        if (topicId !== undefined) {
          site = organ;
          break;
        }
      }
    } else {
      site = studySite(tables.lexicon, entry.head, headers.studyAt(start));
      topicId = claimedTopic(tables.lexicon, entry.head, site);
    }
    // The stretch whose modifiers are this mention's ends where the next one's words begin
    // ("2 cm cyst in the liver and a 5 mm stone"); with no such break, both share the gap.
    const split = windowTo < sentenceTo ? sizeSplit(text, end, windowTo) : -1;
    const sizeTo = split >= 0 ? split : windowTo;
    const sizeStart = splitBefore >= 0 ? splitBefore : windowFrom;
    splitBefore = split;
    if (topicId === undefined) continue; // a site no topic claims the head at
    if (entry.kind === 'term') {
      // Words that name a part of the topic's own organ read so ("thoracic kyphosis").
      const claimed = tables.claimSites.get(topicId);
      if (claimed && (site === undefined || !withinAny(tables.lexicon, site, claimed))) {
        const reading = readingWithin(context, claimed, start, end);
        if (reading) {
          bound = reading;
          site = reading.site;
        }
      }
    }
    let status = statusAt(text, events, start, end, sentenceFrom, sentenceTo);
    if (entry.kind === 'head' && entry.normal) {
      // "The spleen is normal in size" rules splenomegaly out; a normality denied, doubted
      // or of the past ("was normal in size") rules nothing out.
      if (status !== 'present') continue;
      status = 'absent';
    }
    const laterality =
      sideOf(
        text,
        lateralities,
        bound,
        sizeStart,
        sizeTo,
        start,
        end,
        site === undefined || work.sided(site),
      ) ?? headers.sideAt(start);
    const severity = nearestHit(severities, sizeStart, sizeTo, start, end, text);
    // Sizes only where the pass saw a number: the first number word ending after the window
    // start (windows start in text order) must start before its end.
    const numbers = events.numbers;
    let p = work.number;
    while (2 * p + 1 < numbers.length && numbers[2 * p + 1]! <= sizeStart) p++;
    work.number = p;
    const sizes =
      2 * p < numbers.length && numbers[2 * p]! < sizeTo
        ? sizesIn(text, sizeStart, sizeTo)
        : undefined;
    const severityValue = severity >= 0 ? severities.value[severity] : undefined;
    const sizesValue = sizes !== undefined && sizes.length > 0 ? sizes : undefined;
    const stated = nearestHit(courses, sizeStart, sizeTo, start, end);
    const course = stated >= 0 ? courses.value[stated] : undefined;
    const finding = makeFinding(
      topicId,
      start,
      end,
      text.slice(start, end),
      status,
      mentionIndicator(tables.urgency[topicId], {
        term: entry.kind === 'term' ? entry.indicator : undefined,
        severity: severityValue,
        sizes: sizesValue,
        course,
      }),
      laterality,
      severityValue,
      sizesValue,
      site,
      course,
      bound ? text.slice(bound.from, bound.to) : undefined,
    );
    const several = mayNameSeveral(text, finding, bound, sizeTo)
      ? severalFindings(context, tables, entry, finding, bound, sizeTo)
      : undefined;
    if (several) findings.push(...several);
    else findings.push(finding);
  }
  if (measures) {
    addMeasured(text, events, tables, sentenceFrom, sentenceTo, findings, sentenceFirst);
  }
  foldRestatements(text, findings, sentenceFirst, work.within, work.sided);
  markDifferentials(text, findings, sentenceFirst);
}

/**
 * True when one of `organs` lies within `site`. A loop, not a closure: a closure anywhere in
 * `detectSentence` costs every sentence and every mention a scope object.
 */
function someWithin(tables: PhraseTables, organs: readonly string[], site: string): boolean {
  for (const organ of organs) if (isWithin(tables.lexicon, organ, site)) return true;
  return false;
}

/** True when a site word starts in [from, to). */
function siteBetween(sites: SpanList<unknown>, from: number, to: number): boolean {
  const i = firstAtOrAfter(sites.start, sites.count, from);
  return i < sites.count && sites.start[i]! < to;
}

/** Between findings that share what is said after the last ("A and B in the liver"). */
const COORDINATED = /^\s*(?:,|and|or|and\/or|,\s*and|,\s*or)\s*$/i;

/** Between a finding and an alternative or interpretation of it. */
const INTERPRETS =
  /^\s*[,:(]\s*$|^[^;]*\b(?:versus|vs|or|likely|probably|possibly|consistent with|compatible with|suggestive of|suggesting|suggests|represents?|representing|concerning for|suspicious for|in keeping with|favou?ring|due to)\b[^;]*$/i;

/** Builds a detector from a compiled lexicon (what content scripts receive). */
export function createDetectorFromLexicon(lexicon: Lexicon): Detector {
  const matcher = createMatcher(lexicon);
  const tables = phraseTables(lexicon);
  // `within(site, '')`: the site is a whole-body tissue or region, part of nothing.
  const within = (site: string, of: string) =>
    of === '' ? !lexicon.sites[site] : isWithin(lexicon, site, of);
  let work: Work | undefined;
  let previousMatches: Matches | undefined; // their arrays are reused by the next pass
  const read = (text: string, { atStart }: ReadOptions = {}): Reading => {
    const matches = matcher.match(text, previousMatches);
    previousMatches = undefined; // a read() called from within this one matches afresh
    // The last read's headers are refilled: nothing it returned refers to them.
    const headers = collectSections(text, matches, tables, atStart, work?.events.headers);
    const findings: Finding[] = [];
    const current = work ?? {
      events: emptyEvents(matches, headers),
      candidates: new SpanList(),
      number: 0,
      context: { text, sites: new SpanList(), tables: lexicon, organs: undefined, headers },
      within,
      // A whole-body tissue (bone, lymph node) is in some place that may have a side.
      sided: (site: string) => tables.sided.has(site) || !lexicon.sites[site],
    };
    current.context.sites = current.events.sites;
    work = undefined; // a read() called from within this one gets its own
    current.events.headers = headers;
    current.events.sentenceStarts = matches.sentenceStarts;
    current.events.semicolons = matches.semicolons;
    current.events.numbers = matches.numbers;
    current.number = 0;
    const sentences = new SentenceWalk(matches, text.length);
    while (sentences.next()) {
      const { first, last, from, to } = sentences;
      detectSentence(text, matches, tables, current, first, last, from, to, findings);
    }
    work = current;
    previousMatches = matches;
    return { findings, atEnd: headers.placeAtEnd() };
  };
  return {
    size: matcher.size,
    read,
    detect: (text) => read(text).findings,
  };
}

/** Builds a detector for the terms of `topics`. */
export function createDetector(topics: readonly LexiconTopic[]): Detector {
  return createDetectorFromLexicon(compileLexicon(topics));
}
