/**
 * The detector over every built-in topic, shared by the tests that read report phrasing
 * through it, and the one-phrase form their tables give each expected mention in.
 */
import { expect } from 'vitest';
import { seedTopics } from '../../../data/index';
import { createDetector, type Detector } from '../../../utils/core/detect';
import type { Finding, FindingStatus, Laterality, Severity } from '../../../utils/core/schema';

export const detector = createDetector(seedTopics);

/** The findings of one topic in `text`, in text order. */
export const mentionsOf = (text: string, topicId: string, by: Detector = detector): Finding[] =>
  by.detect(text).filter((f) => f.topicId === topicId);

/**
 * A mention's status, then its side and its severity when it has them: "present right mild",
 * "absent". The three words come from disjoint sets, so the phrase names all three exactly.
 */
export type Phrase = `${FindingStatus}${'' | ` ${Laterality}`}${'' | ` ${Severity}`}`;

export const phraseOf = (f: Finding | undefined): string =>
  f ? [f.status, f.laterality, f.severity].filter(Boolean).join(' ') : 'no mention';

/**
 * [sentence, topic, phrase, nth]: the topic's mention in the sentence reads as the phrase.
 * Without `nth` the topic must be mentioned exactly once; with it, `nth` (0-based, in text
 * order) picks one mention of several.
 */
export type PhraseRow = [sentence: string, topicId: string, phrase: Phrase, nth?: number];

export function expectPhrase(...[sentence, topicId, phrase, nth]: PhraseRow): void {
  const found = mentionsOf(sentence, topicId);
  if (nth === undefined) expect(found, 'mentions of the topic').toHaveLength(1);
  else expect(found.length).toBeGreaterThan(nth);
  expect(phraseOf(found[nth ?? 0])).toBe(phrase);
}
