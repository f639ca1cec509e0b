/**
 * Report sections: the headers of a text and the section in force at any offset, the one
 * place that answers which section a mention is in. A section runs from its header to the
 * next one; before the first header of a text, the section in force is the one the text was
 * given (`sectionAtStart`: the section a previous block of the same report ended in).
 */
import type { SectionKind } from './lexicon';
import type { Matches } from './matcher';
import { SECTION, type PhraseTables } from './phrase-tables';
import { firstAfter } from './sorted';
import { SpanList } from './spans';
import { headerNameEnd, standsAsHeader } from './structure';

/**
 * Section headers [start, end) of the name, by start, each with the section it opens.
 * Detection asks for sections in text order, so the list remembers its last answer and walks
 * on from it; the memory belongs to the list, which one call of the detector builds and reads.
 */
export class SectionHeaders extends SpanList<SectionKind> {
  private hint = 0;
  /** The section in force before the first header, if any. */
  sectionAtStart: SectionKind | undefined;

  /** An empty list; `sectionAtStart` holds before its first header. */
  constructor(sectionAtStart?: SectionKind) {
    super();
    this.sectionAtStart = sectionAtStart;
  }

  override push(start: number, end: number, value: SectionKind): void {
    super.push(start, end, value);
    this.hint = 0;
  }

  override clear(): void {
    super.clear();
    this.hint = 0;
  }

  /** How many headers start at or before offset `at`. */
  countAtOrBefore(at: number): number {
    const { count, start } = this;
    let n = this.hint <= count ? this.hint : 0;
    if (n > 0 && start[n - 1]! > at) n = -1; // behind: search
    for (let step = 0; n >= 0 && n < count && start[n]! <= at; step++) {
      if (step === 8)
        n = -1; // far ahead: search
      else n++;
    }
    if (n < 0) n = firstAfter(start, count, at);
    this.hint = n;
    return n;
  }

  /** The section a mention starting at `at` is in: the last header starting before it. */
  sectionAt(at: number): SectionKind | undefined {
    const n = this.countAtOrBefore(at - 1);
    return n > 0 ? this.value[n - 1] : this.sectionAtStart;
  }

  /** The section in force at the end of the text: what the next block starts in. */
  sectionAtEnd(): SectionKind | undefined {
    return this.count > 0 ? this.value[this.count - 1] : this.sectionAtStart;
  }

  /** True when [start, end) lies within one of the headers. */
  inHeader(start: number, end: number): boolean {
    const i = this.countAtOrBefore(start) - 1;
    return i >= 0 && this.end[i]! >= end;
  }
}

/**
 * The section headers of the whole text ("FINDINGS:", "ALLERGIES:"), by start: the lexicon's
 * section names that stand as headers, and the headers in capitals the pass found, which open
 * an 'other' section unless they are a known one. Before the first, `sectionAtStart` holds.
 */
export function collectSections(
  text: string,
  matches: Matches,
  tables: PhraseTables,
  sectionAtStart?: SectionKind,
): SectionHeaders {
  const found = new SectionHeaders(sectionAtStart);
  const { kinds, lexicon } = tables;
  for (let n = 0; n < matches.count; n++) {
    if ((kinds[matches.phrase[n]!]! & SECTION) === 0) continue;
    const start = matches.start[n]!;
    const end = matches.end[n]!;
    let header: boolean | undefined;
    for (const entry of lexicon.phrases[matches.phrase[n]!]!.entries) {
      if (entry.kind !== 'section') continue;
      header ??= standsAsHeader(text, start, end);
      if (header) found.push(start, end, entry.section);
    }
  }
  // By start, longer first, ties in their order; they come by end, so almost sorted already.
  found.sortByStart(true);
  // Headers in capitals that name no known section still end the section before them. They
  // come by start; a known header's phrase ends where the header's name does.
  let others: SectionHeaders | undefined;
  let knownEnds: Int32Array | undefined;
  let k = 0;
  for (let h = 0; h < matches.headers.length; h += 2) {
    const start = matches.headers[h]!;
    const name = headerNameEnd(text, start, matches.headers[h + 1]!);
    if (!knownEnds) {
      knownEnds = found.end.slice(0, found.count);
      knownEnds.sort();
    }
    while (k < knownEnds.length && knownEnds[k]! < name) k++;
    if (k < knownEnds.length && knownEnds[k] === name) continue;
    (others ??= new SectionHeaders()).push(start, name, 'other');
  }
  if (!others) {
    found.keepOutermost();
    return found;
  }
  others.sortByStart(true);
  // Merged in order; at equal keys the known sections come first, as they were listed first.
  const merged = new SectionHeaders(sectionAtStart);
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
