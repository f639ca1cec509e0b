/**
 * Where a mention stands in its report: the section in force (a section runs from its header
 * to the next one), the organs its header names ("KIDNEYS:", "LUNGS AND PLEURA:") and the
 * study the report said it is ("CT of the chest"), which holds until another is named. The
 * one place that answers these. Before a text's first header or study, what the text was
 * given holds (`ReportPlace`: where a previous block of the same report ended).
 */
import type { SectionKind } from './lexicon';
import type { Laterality } from './schema';
import type { Matches } from './matcher';
import { MODIFIER, SECTION, type PhraseTables } from './phrase-tables';
import { firstAfter } from './sorted';
import { SpanList } from './spans';
import { headerNameEnd, standsAsHeader } from './structure';

/** Where a block of a report starts or ends: its section, header organs and study. */
export interface ReportPlace {
  readonly section?: SectionKind;
  /** Sites the header in force names, in order; none under a header that names none. */
  readonly organs?: readonly string[];
  /** The study id (`data/studies.json`) the report said it is. */
  readonly study?: string;
}

/** True when two places are the same place. */
export function samePlace(a: ReportPlace | undefined, b: ReportPlace | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return isEmptyPlace(a ?? b!);
  return a.section === b.section && a.study === b.study && sameOrgans(a.organs, b.organs);
}

/** True when two header organ lists name the same organs in order (none is an empty list). */
function sameOrgans(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  const n = a?.length ?? 0;
  if (n !== (b?.length ?? 0)) return false;
  for (let i = 0; i < n; i++) if (a![i] !== b![i]) return false;
  return true;
}

const isEmptyPlace = (p: ReportPlace) =>
  p.section === undefined && p.study === undefined && (p.organs ?? []).length === 0;

/** Sections a study named in does not make the report that study ("COMPARISON: CT chest"). */
const NOT_THE_STUDY: ReadonlySet<SectionKind | undefined> = new Set<SectionKind | undefined>([
  'comparison',
  'indication',
  'past-history',
  'family-history',
]);

/**
 * Section headers [start, end) of the name, by start, each with the section it opens.
 * Detection asks for sections in text order, so the list remembers its last answer and walks
 * on from it; the memory belongs to the list, which a detector fills for one text at a time.
 */
export class SectionHeaders extends SpanList<SectionKind> {
  private hint = 0;
  /** Where the text starts; its section holds before the first header. */
  atStart: ReportPlace;
  /** The section in force before the first header, if any. */
  sectionAtStart: SectionKind | undefined;
  /** Per header, the sites its name holds (undefined: none). */
  organs: (readonly string[] | undefined)[] = [];
  /** Per header that names organs, the side it names ("RIGHT KIDNEY:"), if any. */
  sides: (Laterality | undefined)[] = [];
  /** Study names outside the sections that only refer to other studies: start, and the id. */
  readonly studyStarts: number[] = [];
  readonly studyIds: string[] = [];

  /** An empty list; `atStart` holds before its first header. */
  constructor(atStart: ReportPlace = {}) {
    super();
    this.atStart = atStart;
    this.sectionAtStart = atStart.section;
  }

  /**
   * Empties the list for another text starting at `atStart`, keeping its storage: a page
   * is read in thousands of small blocks, and building a list for each was a good part of
   * reading one.
   */
  restart(atStart: ReportPlace = {}): this {
    this.clear();
    this.atStart = atStart;
    this.sectionAtStart = atStart.section;
    this.organs = [];
    this.sides = [];
    this.studyStarts.length = 0;
    this.studyIds.length = 0;
    return this;
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

  /** The organs the header in force at `at` names, if it names any. */
  organsAt(at: number): readonly string[] | undefined {
    const n = this.countAtOrBefore(at - 1);
    return n > 0 ? this.organs[n - 1] : this.atStart.organs;
  }

  /** The side the organ header in force at `at` names, if any. */
  sideAt(at: number): Laterality | undefined {
    const n = this.countAtOrBefore(at - 1);
    return n > 0 && this.organs[n - 1] ? this.sides[n - 1] : undefined;
  }

  /** The study the report said it is, before `at`. */
  studyAt(at: number): string | undefined {
    const n = firstAfter(this.studyStarts, this.studyStarts.length, at - 1);
    return n > 0 ? this.studyIds[n - 1] : this.atStart.study;
  }

  /** Where the text ends: what the next block of the report starts in. */
  placeAtEnd(): ReportPlace {
    const section = this.sectionAtEnd();
    const organs = this.count > 0 ? this.organs[this.count - 1] : this.atStart.organs;
    const n = this.studyIds.length;
    const study = n > 0 ? this.studyIds[n - 1] : this.atStart.study;
    // The same object when nothing changed, so that blocks of one report share it; this
    // runs once per block of a page, so the unchanged place allocates nothing.
    const start = this.atStart;
    if (section === start.section && study === start.study && sameOrgans(organs, start.organs))
      return start;
    const end: { -readonly [K in keyof ReportPlace]: ReportPlace[K] } = {};
    if (section !== undefined) end.section = section;
    if (organs !== undefined) end.organs = organs;
    if (study !== undefined) end.study = study;
    return end;
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
  atStart: ReportPlace = {},
  /** A list of an earlier text, no longer read, to fill instead of a new one. */
  reuse?: SectionHeaders,
): SectionHeaders {
  const headers = collectHeaders(text, matches, tables, atStart, reuse);
  markOrgansAndStudies(text, matches, tables, headers);
  return headers;
}

/**
 * The sites each header's name holds ("KIDNEYS:", "LUNGS AND PLEURA:"), and the studies the
 * text names where a study name means the study itself.
 */
function markOrgansAndStudies(
  text: string,
  matches: Matches,
  tables: PhraseTables,
  headers: SectionHeaders,
): void {
  const { kinds, siteFrom, sites, studyFrom, studies, lateralityFrom, lateralities } = tables;
  headers.organs = new Array<readonly string[] | undefined>(headers.count);
  headers.sides = new Array<Laterality | undefined>(headers.count);
  for (let n = 0; n < matches.count; n++) {
    const p = matches.phrase[n]!;
    if ((kinds[p]! & SECTION) === 0 || studyFrom[p]! === studyFrom[p + 1]!) continue;
    const start = matches.start[n]!;
    if (!NOT_THE_STUDY.has(headers.sectionAt(start))) {
      headers.studyStarts.push(start);
      headers.studyIds.push(studies[studyFrom[p]!]!);
    }
  }
  // The site and side words of each header's name: occurrences come by end.
  for (let h = 0; h < headers.count; h++) {
    const from = headers.start[h]!;
    const to = headers.end[h]!;
    for (let n = firstAfter(matches.end, matches.count, from); n < matches.count; n++) {
      const end = matches.end[n]!;
      if (end > to) break;
      const start = matches.start[n]!;
      const p = matches.phrase[n]!;
      if (start < from || (kinds[p]! & MODIFIER) === 0) continue;
      if (lateralityFrom[p]! < lateralityFrom[p + 1]!)
        headers.sides[h] ??= lateralities[lateralityFrom[p]!];
      for (let e = siteFrom[p]!; e < siteFrom[p + 1]!; e++) {
        const entry = sites[e]!;
        if (entry.kind !== 'site' || entry.side !== undefined) continue;
        if (entry.raw !== undefined && !sameWords(text, start, end, entry.raw)) continue;
        const list = (headers.organs[h] ??= []) as string[];
        if (!list.includes(entry.site)) list.push(entry.site);
      }
    }
  }
  // A header that names the study ("CT CHEST:") names no organ its findings are in.
  for (const start of headers.studyStarts) {
    const h = headers.countAtOrBefore(start) - 1;
    if (h >= 0 && headers.end[h]! > start) headers.organs[h] = undefined;
  }
}

/** True when text[start, end) holds exactly the words `raw`, case kept. */
export function sameWords(text: string, start: number, end: number, raw: string): boolean {
  return (
    text
      .slice(start, end)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .join(' ') === raw
  );
}

/** The section headers of the text, by start (see `collectSections`). */
function collectHeaders(
  text: string,
  matches: Matches,
  tables: PhraseTables,
  atStart: ReportPlace,
  reuse: SectionHeaders | undefined,
): SectionHeaders {
  const found = reuse ? reuse.restart(atStart) : new SectionHeaders(atStart);
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
  const merged = new SectionHeaders(atStart);
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
