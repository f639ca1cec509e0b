/**
 * The guard the content script puts on the lexicon the background hands it: a cheap check of
 * its shape, so that `detect` can trust every entry it reads.
 */
import { MAX_PHRASE_WORDS, type Lexicon, type PhraseEntry } from './lexicon';

/** True when `value` is a list of string pairs. */
function isPairs(value: unknown): value is [string, string][] {
  return (
    Array.isArray(value) &&
    value.every(
      (pair) =>
        Array.isArray(pair) && pair.length === 2 && pair.every((x) => typeof x === 'string'),
    )
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when `e` has the shape of a phrase entry the detector can use. */
function isEntry(e: unknown): e is PhraseEntry {
  if (typeof e !== 'object' || e === null) return false;
  const entry = e as Record<string, unknown>;
  switch (entry.kind) {
    case 'term':
      return (
        typeof entry.topicId === 'string' &&
        typeof entry.raw === 'string' &&
        typeof entry.caseSensitive === 'boolean'
      );
    case 'head':
      return (
        typeof entry.head === 'string' &&
        typeof entry.raw === 'string' &&
        typeof entry.caseSensitive === 'boolean' &&
        (entry.normal === undefined || entry.normal === true)
      );
    case 'trigger':
      return (
        typeof entry.category === 'string' &&
        (entry.direction === 'pre' || entry.direction === 'post')
      );
    case 'pseudo':
    case 'termination':
      return true;
    case 'section':
      return typeof entry.section === 'string';
    case 'laterality':
    case 'severity':
    case 'course':
      return typeof entry.value === 'string';
    case 'site':
      return (
        typeof entry.site === 'string' &&
        (entry.raw === undefined || typeof entry.raw === 'string') &&
        (entry.side === undefined || entry.side === 'left' || entry.side === 'right')
      );
    case 'part':
      return (
        isPairs(entry.parts) &&
        (entry.side === undefined || entry.side === 'left' || entry.side === 'right')
      );
    case 'study':
      return typeof entry.study === 'string';
    default:
      return false;
  }
}

const INDICATORS: ReadonlySet<unknown> = new Set<unknown>(['info', 'warning', 'critical']);

/** True when `value` has the shape of a lexicon (a cheap guard for the content script). */
export function isLexicon(value: unknown): value is Lexicon {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Lexicon>;
  if (v.format !== 'radlens-lexicon' || v.version !== 5) return false;
  if (!isRecord(v.sites) || !Object.values(v.sites).every((p) => typeof p === 'string'))
    return false;
  for (const list of [v.sided, v.projected])
    if (!Array.isArray(list) || !list.every((id) => typeof id === 'string')) return false;
  if (
    !isRecord(v.series) ||
    !Object.values(v.series).every(
      (s) => isRecord(s) && typeof s.along === 'string' && typeof s.between === 'boolean',
    )
  )
    return false;
  if (!isRecord(v.claims) || !Object.values(v.claims).every(isPairs)) return false;
  if (
    !isRecord(v.studies) ||
    !Object.values(v.studies).every(
      (s) => isRecord(s) && typeof s.region === 'string' && isRecord(s.defaults),
    )
  )
    return false;
  if (
    !Array.isArray(v.criteria) ||
    !v.criteria.every(
      (c: unknown) =>
        isRecord(c) &&
        typeof c.topicId === 'string' &&
        typeof c.site === 'string' &&
        typeof c.atLeast === 'number' &&
        (c.strict === undefined || c.strict === true) &&
        (c.unit === 'mm' || c.unit === 'cm'),
    )
  )
    return false;
  if (typeof v.urgency !== 'object' || v.urgency === null) return false;
  if (!Object.values(v.urgency).every((u) => INDICATORS.has(u?.indicator))) return false;
  if (
    !Array.isArray(v.words) ||
    !v.words.every((w) => typeof w === 'string' && /^[a-z0-9]+$/.test(w))
  ) {
    return false;
  }
  const wordCount = v.words.length;
  if (
    !Array.isArray(v.transparent) ||
    !v.transparent.every((w) => Number.isInteger(w) && w >= 0 && w < wordCount)
  ) {
    return false;
  }
  return (
    Array.isArray(v.phrases) &&
    v.phrases.every(
      (p) =>
        typeof p === 'object' &&
        p !== null &&
        Array.isArray(p.words) &&
        p.words.length > 0 &&
        p.words.length <= MAX_PHRASE_WORDS &&
        p.words.every((w) => Number.isInteger(w) && w >= 0 && w < wordCount) &&
        Array.isArray(p.entries) &&
        p.entries.length > 0 &&
        p.entries.every(isEntry),
    )
  );
}
