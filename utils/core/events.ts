/**
 * Sorts one scan's phrase occurrences by meaning: candidate term mentions, assertion
 * triggers, section headers, modifier and site words; keeps only the triggers that are not
 * part of a longer trigger ("no" inside "no evidence of", "excluded" inside "cannot be
 * excluded"), and only section headers that stand as headers ("FINDINGS:").
 *
 * Occurrences are kept in parallel typed arrays (`SpanList`) that a caller can reuse from one
 * sentence to the next, so the detector's per-sentence work allocates nothing.
 */
import type { Lexicon, PhraseEntry } from './lexicon';
import type { Scan } from './matcher';
import { Sections, SpanList } from './spans';
import type { Course, Laterality, Severity } from './schema';

type Entry<K extends PhraseEntry['kind']> = Extract<PhraseEntry, { kind: K }>;
/** A term's meaning. */
export type TermEntry = Entry<'term'>;
/** A trigger's or termination term's meaning. */
export type TriggerEntry = Entry<'trigger'> | Entry<'termination'>;
/** A site word's meaning. */
export type SiteEntry = Entry<'site'>;

/** Everything one pass found in a stretch of text, sorted by meaning and by start. */
export interface TextEvents {
  /** Candidate term mentions, in the scan's order (by end). */
  terms: SpanList<TermEntry>;
  /** Triggers and termination terms, outermost only, by start. */
  triggers: SpanList<TriggerEntry>;
  sections: Sections;
  lateralities: SpanList<Laterality>;
  severities: SpanList<Severity>;
  /** Stated courses that lower urgency ("unchanged", "expected"). */
  courses: SpanList<Course>;
  /** Site words, by start. */
  sites: SpanList<SiteEntry>;
  sentenceStarts: Int32Array;
  semicolons: number[];
  /** [start, end) of the words holding digits, flat and ascending. */
  numbers: Int32Array;
}

/** True when text[start, end) is written as shown (for case-sensitive abbreviations). */
function hasRawWords(text: string, start: number, end: number, raw: string): boolean {
  // ASCII: compare the words as they are read, without building them.
  let r = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return hasRawWordsSlow(text, start, end, raw);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      if (!inWord) {
        if (r > 0) {
          if (raw.charCodeAt(r) !== 0x20) return false;
          r++;
        }
        inWord = true;
      }
      if (raw.charCodeAt(r) !== c) return false;
      r++;
    } else {
      inWord = false;
    }
  }
  return r === raw.length;
}

function hasRawWordsSlow(text: string, start: number, end: number, raw: string): boolean {
  const words = text
    .slice(start, end)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
  return words === raw;
}

/** True when text[start, end) reads the same in capitals. */
function isUpperCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      const heading = text.slice(start, end);
      return heading === heading.toUpperCase();
    }
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}

/** A header is followed by a colon, or stands alone in capitals on its line. */
function isHeader(text: string, start: number, end: number): boolean {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (text.charCodeAt(i) === 0x3a) return true;
  const lineStart = start === 0 || text.charCodeAt(start - 1) === 0x0a;
  const lineEnd = i >= text.length || text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d;
  return lineStart && lineEnd && isUpperCase(text, start, end);
}

/** What `/\s/` matches, for one UTF-16 code unit. */
function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return WHITESPACE.test(String.fromCharCode(c));
}
const WHITESPACE = /\s/;

/** Index of the sentence holding offset `at` (sentence starts ascending). */
function sentenceOf(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first occurrence (ordered by end) that ends after `at`. */
function firstEndingAfter(scan: Scan, at: number): number {
  let lo = 0;
  let hi = scan.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scan.end[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Phrase kind bits. */
export const TERM = 1;
const SECTION = 2;
/** Trigger, termination or pseudo-trigger. */
export const CONTEXT = 4;
const MODIFIER = 8;

/**
 * A lexicon's meanings by kind, computed once per lexicon: per phrase p, its entries of one
 * kind are `xs[xFrom[p]]` up to `xs[xFrom[p + 1]]`, in the order the phrase lists them.
 */
export interface PhraseTables {
  lexicon: Lexicon;
  /** Per phrase: TERM, SECTION, CONTEXT, MODIFIER bits. */
  kinds: Uint8Array;
  termFrom: Int32Array;
  terms: TermEntry[];
  /** Triggers, terminations and pseudo-triggers (null for a pseudo-trigger). */
  contextFrom: Int32Array;
  contexts: (TriggerEntry | null)[];
  lateralityFrom: Int32Array;
  lateralities: Laterality[];
  severityFrom: Int32Array;
  severities: Severity[];
  courseFrom: Int32Array;
  courses: Course[];
  siteFrom: Int32Array;
  sites: SiteEntry[];
  /** Per topic id: its urgency and what raises it (the lexicon's). */
  urgency: Lexicon['urgency'];
}

/** Builds the lexicon's `PhraseTables`; a detector builds them once and keeps them. */
export function phraseTables(lexicon: Lexicon): PhraseTables {
  const n = lexicon.phrases.length;
  const t: PhraseTables = {
    lexicon,
    kinds: new Uint8Array(n),
    termFrom: new Int32Array(n + 1),
    terms: [],
    contextFrom: new Int32Array(n + 1),
    contexts: [],
    lateralityFrom: new Int32Array(n + 1),
    lateralities: [],
    severityFrom: new Int32Array(n + 1),
    severities: [],
    courseFrom: new Int32Array(n + 1),
    courses: [],
    siteFrom: new Int32Array(n + 1),
    sites: [],
    urgency: lexicon.urgency,
  };
  lexicon.phrases.forEach((phrase, p) => {
    let kind = 0;
    for (const entry of phrase.entries) {
      switch (entry.kind) {
        case 'term':
          kind |= TERM;
          t.terms.push(entry);
          break;
        case 'section':
          kind |= SECTION;
          break;
        case 'trigger':
        case 'termination':
          kind |= CONTEXT;
          t.contexts.push(entry);
          break;
        case 'pseudo':
          kind |= CONTEXT;
          t.contexts.push(null);
          break;
        case 'laterality':
          kind |= MODIFIER;
          t.lateralities.push(entry.value);
          break;
        case 'severity':
          kind |= MODIFIER;
          t.severities.push(entry.value);
          break;
        case 'course':
          kind |= MODIFIER;
          t.courses.push(entry.value);
          break;
        case 'site':
          kind |= MODIFIER;
          t.sites.push(entry);
          break;
      }
    }
    t.kinds[p] = kind;
    t.termFrom[p + 1] = t.terms.length;
    t.contextFrom[p + 1] = t.contexts.length;
    t.lateralityFrom[p + 1] = t.lateralities.length;
    t.severityFrom[p + 1] = t.severities.length;
    t.courseFrom[p + 1] = t.courses.length;
    t.siteFrom[p + 1] = t.sites.length;
  });
  return t;
}

/** The report section headers of the whole text ("FINDINGS:", "ALLERGIES:"), by start. */
export function collectSections(text: string, scan: Scan, tables: PhraseTables): Sections {
  const found: Sections = new Sections();
  const { kinds, lexicon } = tables;
  for (let n = 0; n < scan.count; n++) {
    if ((kinds[scan.phrase[n]!]! & SECTION) === 0) continue;
    const start = scan.start[n]!;
    const end = scan.end[n]!;
    let header: boolean | undefined;
    for (const entry of lexicon.phrases[scan.phrase[n]!]!.entries) {
      if (entry.kind !== 'section') continue;
      header ??= isHeader(text, start, end);
      if (header) found.push(start, end, entry.section);
    }
  }
  // By start, longer first, ties in their order; they come by end, so almost sorted already.
  found.sortByStart(true);
  // Headers in capitals that name no known section still end the section before them. They
  // come by start; a known header's phrase ends where the header's name does.
  let others: Sections | undefined;
  let knownEnds: Int32Array | undefined;
  let k = 0;
  for (let h = 0; h < scan.headers.length; h += 2) {
    const start = scan.headers[h]!;
    const end = scan.headers[h + 1]!; // the colon
    let name = end;
    while (name > start && isWhitespace(text.charCodeAt(name - 1))) name--;
    if (!knownEnds) {
      knownEnds = found.end.slice(0, found.count);
      knownEnds.sort();
    }
    while (k < knownEnds.length && knownEnds[k]! < name) k++;
    if (k < knownEnds.length && knownEnds[k] === name) continue;
    (others ??= new Sections()).push(start, name, 'other');
  }
  if (!others) {
    found.keepOutermost();
    return found;
  }
  others.sortByStart(true);
  // Merged in order; at equal keys the known sections come first, as they were listed first.
  const merged: Sections = new Sections();
  let a = 0;
  let b = 0;
  while (a < found.count || b < others.count) {
    const takeFound =
      b >= others.count ||
      (a < found.count &&
        !(
          others.start[b]! < found.start[a]! ||
          (others.start[b] === found.start[a] && others.end[b]! > found.end[a]!)
        ));
    if (takeFound) {
      merged.push(found.start[a]!, found.end[a]!, found.value[a]!);
      a++;
    } else {
      merged.push(others.start[b]!, others.end[b]!, others.value[b]!);
      b++;
    }
  }
  merged.keepOutermost();
  return merged;
}

/** True when [start, end) lies within one of `sections`' header words. */
function inHeader(sections: Sections, start: number, end: number): boolean {
  const i = sections.countAtOrBefore(start) - 1;
  return i >= 0 && sections.end[i]! >= end;
}

/** A fresh, empty set of events over a scan. */
export function emptyEvents(scan: Scan, sections: Sections): TextEvents {
  return {
    terms: new SpanList<TermEntry>(),
    triggers: new SpanList<TriggerEntry>(),
    sections,
    lateralities: new SpanList<Laterality>(),
    severities: new SpanList<Severity>(),
    courses: new SpanList<Course>(),
    sites: new SpanList<SiteEntry>(),
    sentenceStarts: scan.sentenceStarts,
    semicolons: scan.semicolons,
    numbers: scan.numbers,
  };
}

/**
 * Appends the term occurrences among the scan's occurrences [first, last) to `events.terms`
 * (case-sensitive abbreviations only as written). Occurrences ending at the same word come
 * longest first; a shorter term inside a kept one ("effusion" in "pleural effusion") can
 * never be chosen, so it is not kept. Returns how many were appended.
 */
export function collectTerms(
  text: string,
  scan: Scan,
  tables: PhraseTables,
  events: TextEvents,
  first: number,
  last: number,
): number {
  const { kinds, termFrom, terms } = tables;
  const list = events.terms;
  const before = list.count;
  let termEnd = -1;
  let termStart = -1;
  for (let n = first; n < last; n++) {
    const p = scan.phrase[n]!;
    if ((kinds[p]! & TERM) === 0) continue;
    const start = scan.start[n]!;
    const end = scan.end[n]!;
    for (let e = termFrom[p]!; e < termFrom[p + 1]!; e++) {
      if (end === termEnd && start > termStart) continue;
      const entry = terms[e]!;
      if (!entry.caseSensitive || hasRawWords(text, start, end, entry.raw)) {
        list.push(start, end, entry);
        termEnd = end;
        termStart = start;
      }
    }
  }
  return list.count - before;
}

/**
 * Appends the triggers (with terminations and pseudo-triggers, for now) and the modifier and
 * site words among the scan's occurrences [first, last) to `events`; `finishContext` then
 * sorts them.
 */
export function collectContext(
  scan: Scan,
  tables: PhraseTables,
  events: TextEvents,
  contextual: SpanList<TriggerEntry | null>,
  first: number,
  last: number,
): void {
  const { kinds, contextFrom, contexts } = tables;
  for (let n = first; n < last; n++) {
    const p = scan.phrase[n]!;
    const kind = kinds[p]!;
    if ((kind & (CONTEXT | MODIFIER)) === 0) continue;
    const start = scan.start[n]!;
    const end = scan.end[n]!;
    if ((kind & CONTEXT) !== 0) {
      for (let e = contextFrom[p]!; e < contextFrom[p + 1]!; e++) {
        contextual.push(start, end, contexts[e]!);
      }
    }
    if ((kind & MODIFIER) !== 0) {
      for (let e = tables.lateralityFrom[p]!; e < tables.lateralityFrom[p + 1]!; e++) {
        events.lateralities.push(start, end, tables.lateralities[e]!);
      }
      for (let e = tables.severityFrom[p]!; e < tables.severityFrom[p + 1]!; e++) {
        events.severities.push(start, end, tables.severities[e]!);
      }
      for (let e = tables.courseFrom[p]!; e < tables.courseFrom[p + 1]!; e++) {
        events.courses.push(start, end, tables.courses[e]!);
      }
      for (let e = tables.siteFrom[p]!; e < tables.siteFrom[p + 1]!; e++) {
        events.sites.push(start, end, tables.sites[e]!);
      }
    }
  }
}

/**
 * Sorts what `collectContext` gathered: triggers not inside a longer trigger, termination
 * or pseudo-trigger, and not in a section header's words ("PATIENT HISTORY:" is no
 * "history"); modifier words not inside a longer one; sites by start.
 */
export function finishContext(events: TextEvents, contextual: SpanList<TriggerEntry | null>): void {
  contextual.keepOutermost();
  const headers = events.sections;
  const triggers = events.triggers;
  for (let i = 0; i < contextual.count; i++) {
    const entry = contextual.value[i]!;
    if (entry === null) continue; // a pseudo-trigger
    const start = contextual.start[i]!;
    const end = contextual.end[i]!;
    if (inHeader(headers, start, end)) continue;
    triggers.push(start, end, entry);
  }
  events.lateralities.keepOutermost();
  events.severities.keepOutermost();
  events.courses.keepOutermost();
  events.sites.sortByStart();
}

/** Which part of a scan `collectEvents` sorts. */
export interface EventRange {
  /** Offsets [from, to): both sentence starts (or the text's ends). Default: the whole text. */
  from?: number;
  to?: number;
  /** A span whose sentence counts even without a term (for `assessMention`). */
  focus?: [number, number];
  /** The sections of the whole text, when already collected. */
  sections?: Sections;
}

/**
 * Sorts a scan's occurrences in [from, to) by meaning. Triggers and modifier words only
 * matter next to a finding, so only those in sentences that hold a term (or the span
 * `focus`) are kept.
 */
export function collectEvents(
  text: string,
  scan: Scan,
  tables: PhraseTables,
  { from = 0, to = text.length, focus, sections }: EventRange = {},
): TextEvents {
  const events = emptyEvents(scan, sections ?? collectSections(text, scan, tables));
  const starts = scan.sentenceStarts;
  const first = firstEndingAfter(scan, from);
  const last = firstEndingAfter(scan, to);
  const firstSentence = sentenceOf(starts, from);
  const relevant = new Uint8Array(
    Math.max(1, sentenceOf(starts, Math.max(from, to - 1)) - firstSentence + 1),
  );
  // Terms, sentence by sentence, and the sentences they make relevant. Occurrences come in
  // order of their end, so the sentence index only moves forward.
  let sentence = firstSentence;
  for (let n = first; n < last;) {
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= scan.start[n]!) sentence++;
    const next = sentence + 1 < starts.length ? starts[sentence + 1]! : Infinity;
    let m = n + 1;
    while (m < last && scan.start[m]! < next) m++;
    if (collectTerms(text, scan, tables, events, n, m) > 0) relevant[sentence - firstSentence] = 1;
    n = m;
  }
  if (focus) {
    const lastFocus = sentenceOf(starts, Math.max(focus[0], focus[1] - 1));
    for (let i = sentenceOf(starts, focus[0]); i <= lastFocus; i++) {
      if (i >= firstSentence && i - firstSentence < relevant.length)
        relevant[i - firstSentence] = 1;
    }
  }
  // Triggers and modifier words in relevant sentences.
  const contextual = new SpanList<TriggerEntry | null>();
  sentence = firstSentence;
  for (let n = first; n < last; n++) {
    const start = scan.start[n]!;
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= start) sentence++;
    if (relevant[sentence - firstSentence]) {
      collectContext(scan, tables, events, contextual, n, n + 1);
    }
  }
  finishContext(events, contextual);
  return events;
}
