/**
 * Sorts one scan's phrase occurrences by meaning: candidate term mentions, assertion
 * triggers, section headers, modifier and site words; keeps only the triggers that are not
 * part of a longer trigger ("no" inside "no evidence of", "excluded" inside "cannot be
 * excluded"), and only section headers that stand as headers ("FINDINGS:").
 */
import type { Lexicon, PhraseEntry, SectionKind } from './lexicon';
import type { Scan } from './matcher';
import type { ModifierHit } from './modifiers';
import type { Laterality, Severity } from './schema';

type Entry<K extends PhraseEntry['kind']> = Extract<PhraseEntry, { kind: K }>;

/** A term occurrence. */
export interface TermHit {
  start: number;
  end: number;
  entry: Entry<'term'>;
}

/** A trigger or termination occurrence. */
export interface TriggerHit {
  start: number;
  end: number;
  entry: Entry<'trigger'> | Entry<'termination'>;
}

/** A section header; the section runs until the next header. */
export interface SectionHit {
  start: number;
  end: number;
  section: SectionKind;
}

/** Everything one pass found, sorted by meaning and by start. */
export interface TextEvents {
  terms: TermHit[];
  triggers: TriggerHit[];
  sections: SectionHit[];
  lateralities: ModifierHit<Laterality>[];
  severities: ModifierHit<Severity>[];
  sites: ModifierHit<Entry<'site'>>[];
  sentenceStarts: Int32Array;
  semicolons: number[];
  /** [start, end) of the words holding digits, flat and ascending. */
  numbers: number[];
}

/** True when text[start, end) is written as shown (for case-sensitive abbreviations). */
function hasRawWords(text: string, start: number, end: number, raw: string): boolean {
  const words = text
    .slice(start, end)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
  return words === raw;
}

/** A header is followed by a colon, or stands alone in capitals on its line. */
function isHeader(text: string, start: number, end: number): boolean {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === ':') return true;
  const lineStart = start === 0 || text[start - 1] === '\n';
  const lineEnd = i >= text.length || text[i] === '\n' || text[i] === '\r';
  const heading = text.slice(start, end);
  return lineStart && lineEnd && heading === heading.toUpperCase();
}

/** Keeps, of overlapping spans, those not strictly inside a longer one. */
function outermost<T extends { start: number; end: number }>(hits: T[]): T[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let maxEnd = -1;
  let i = 0;
  while (i < hits.length) {
    // A group of hits with the same span stands or falls together.
    let j = i;
    while (j < hits.length && hits[j]!.start === hits[i]!.start && hits[j]!.end === hits[i]!.end)
      j++;
    if (hits[i]!.end > maxEnd) for (let g = i; g < j; g++) kept.push(hits[g]!);
    maxEnd = Math.max(maxEnd, hits[i]!.end);
    i = j;
  }
  return kept;
}

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

const TERM = 1;
const SECTION = 2;
const kindCache = new WeakMap<Lexicon, Uint8Array>();

/** Per phrase, which kinds of meaning it has (TERM, SECTION bits), computed once per lexicon. */
function phraseKinds(lexicon: Lexicon): Uint8Array {
  let kinds = kindCache.get(lexicon);
  if (!kinds) {
    kinds = new Uint8Array(lexicon.phrases.length);
    lexicon.phrases.forEach((phrase, p) => {
      for (const entry of phrase.entries) {
        if (entry.kind === 'term') kinds![p]! |= TERM;
        if (entry.kind === 'section') kinds![p]! |= SECTION;
      }
    });
    kindCache.set(lexicon, kinds);
  }
  return kinds;
}

/** The report section headers of the whole text ("FINDINGS:", "ALLERGIES:"), by start. */
export function collectSections(text: string, scan: Scan, lexicon: Lexicon): SectionHit[] {
  const sections: SectionHit[] = [];
  const kinds = phraseKinds(lexicon);
  for (let n = 0; n < scan.count; n++) {
    if ((kinds[scan.phrase[n]!]! & SECTION) === 0) continue;
    for (const entry of lexicon.phrases[scan.phrase[n]!]!.entries) {
      if (entry.kind !== 'section') continue;
      const start = scan.start[n]!;
      const end = scan.end[n]!;
      if (isHeader(text, start, end)) sections.push({ start, end, section: entry.section });
    }
  }
  // Headers in capitals that name no known section still end the section before them.
  const known = new Set(sections.map((s) => s.end));
  for (let h = 0; h < scan.headers.length; h += 2) {
    const start = scan.headers[h]!;
    const end = scan.headers[h + 1]!; // the colon, where a known header's phrase also ends
    let name = end;
    while (name > start && /\s/.test(text[name - 1]!)) name--;
    if (!known.has(name)) sections.push({ start, end: name, section: 'other' });
  }
  return outermost(sections);
}

/** True when `hit` lies within one of `sections`' header words (sections sorted by start). */
function inHeader(sections: readonly SectionHit[], hit: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.start <= hit.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && sections[lo - 1]!.end >= hit.end;
}

/** Which part of a scan `collectEvents` sorts. */
export interface EventRange {
  /** Offsets [from, to): both sentence starts (or the text's ends). Default: the whole text. */
  from?: number;
  to?: number;
  /** A span whose sentence counts even without a term (for `assessMention`). */
  focus?: [number, number];
  /** The sections of the whole text, when already collected. */
  sections?: SectionHit[];
}

/**
 * Sorts a scan's occurrences in [from, to) by meaning. Triggers and modifier words only
 * matter next to a finding, so only those in sentences that hold a term (or the span
 * `focus`) are kept.
 */
export function collectEvents(
  text: string,
  scan: Scan,
  lexicon: Lexicon,
  { from = 0, to = text.length, focus, sections }: EventRange = {},
): TextEvents {
  const events: TextEvents = {
    terms: [],
    triggers: [],
    sections: sections ?? collectSections(text, scan, lexicon),
    lateralities: [],
    severities: [],
    sites: [],
    sentenceStarts: scan.sentenceStarts,
    semicolons: scan.semicolons,
    numbers: scan.numbers,
  };
  const starts = scan.sentenceStarts;
  const first = firstEndingAfter(scan, from);
  const last = firstEndingAfter(scan, to);
  const firstSentence = sentenceOf(starts, from);
  const relevant = new Uint8Array(
    Math.max(1, sentenceOf(starts, Math.max(from, to - 1)) - firstSentence + 1),
  );
  const phrases = lexicon.phrases;
  // First pass: terms, and the sentences they make relevant. Occurrences come in order of
  // their end, so the sentence index only moves forward. Occurrences ending at the same word
  // come longest first; a shorter term inside a kept one ("effusion" in "pleural effusion")
  // can never be chosen, so it is not kept.
  let sentence = firstSentence;
  let termEnd = -1;
  let termStart = -1;
  const kinds = phraseKinds(lexicon);
  for (let n = first; n < last; n++) {
    if ((kinds[scan.phrase[n]!]! & TERM) === 0) continue;
    const entries = phrases[scan.phrase[n]!]!.entries;
    const start = scan.start[n]!;
    const end = scan.end[n]!;
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= start) sentence++;
    for (const entry of entries) {
      if (entry.kind !== 'term') continue;
      if (end === termEnd && start > termStart) continue;
      if (!entry.caseSensitive || hasRawWords(text, start, end, entry.raw)) {
        events.terms.push({ start, end, entry });
        relevant[sentence - firstSentence] = 1;
        termEnd = end;
        termStart = start;
      }
    }
  }
  if (focus) {
    const lastFocus = sentenceOf(starts, Math.max(focus[0], focus[1] - 1));
    for (let i = sentenceOf(starts, focus[0]); i <= lastFocus; i++) {
      if (i >= firstSentence && i - firstSentence < relevant.length)
        relevant[i - firstSentence] = 1;
    }
  }
  // Second pass: triggers and modifier words in relevant sentences.
  type Span = { start: number; end: number; entry: PhraseEntry };
  const contextual: Span[] = [];
  sentence = firstSentence;
  for (let n = first; n < last; n++) {
    const start = scan.start[n]!;
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= start) sentence++;
    if (!relevant[sentence - firstSentence]) continue;
    const end = scan.end[n]!;
    for (const entry of phrases[scan.phrase[n]!]!.entries) {
      switch (entry.kind) {
        case 'trigger':
        case 'termination':
        case 'pseudo':
          contextual.push({ start, end, entry });
          break;
        case 'laterality':
          events.lateralities.push({ start, end, value: entry.value });
          break;
        case 'severity':
          events.severities.push({ start, end, value: entry.value });
          break;
        case 'site':
          events.sites.push({ start, end, value: entry });
          break;
        default:
          break;
      }
    }
  }
  // Words of a section header are not triggers ("PATIENT HISTORY:" is no "history").
  const headers = events.sections;
  for (const hit of outermost(contextual)) {
    if (hit.entry.kind !== 'trigger' && hit.entry.kind !== 'termination') continue;
    if (inHeader(headers, hit)) continue;
    events.triggers.push(hit as TriggerHit);
  }
  events.lateralities = outermost(events.lateralities);
  events.severities = outermost(events.severities);
  events.sites.sort((a, b) => a.start - b.start);
  return events;
}
