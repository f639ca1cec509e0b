/**
 * Differentials: findings the radiologist names as alternatives ("atelectasis versus
 * pneumonia", "atelectasis vs. pneumonia", "either atelectasis or pneumonia", "atelectasis
 * and/or pneumonia", "atelectasis, aspiration or pneumonia", "pneumonia is favored over
 * atelectasis") are each possible, not each present, and each records the others' topics.
 * A denied list ("no pneumothorax or effusion") stays denied: only mentions that the
 * sentence otherwise asserts as present or possible are read as a differential, and only a
 * run with an unhedged one among them (a hedge over them all already makes each possible).
 */
import type { Finding } from './schema';

/** Between two alternatives: a connector, with a few words (a site, a modifier) about it. */
const ALTERNATIVE =
  /^(?:[\s,]+[\p{L}\p{N}-]+){0,5}?[\s,]+(?:versus|vs\.?|or|and\/or|and or|(?:is |are )?favou?red over)(?:\s+[\p{L}\p{N}-]+){0,4}?\s+$/iu;
/**
 * Between two items of a list that an "or" later makes a differential: a comma, after a few
 * words of the first item. Words after the comma ("opacity, may represent atelectasis or
 * pneumonia") make the rest an interpretation of the first, not a list with it.
 */
const LIST_ITEM = /^(?:\s+[\p{L}\p{N}-]+){0,3}?\s*,\s+$/u;

const counts = (f: Finding) => f.status === 'present' || f.status === 'possible';

/**
 * Marks the differentials among `findings` from index `from` on (one sentence's, in text
 * order): each run of mentions joined by connectors or list commas, holding at least one
 * connector and two topics, becomes possible and names the other topics.
 */
export function markDifferentials(text: string, findings: Finding[], from: number): void {
  let i = from;
  while (i < findings.length) {
    let j = i;
    let joined = false;
    while (j + 1 < findings.length && counts(findings[j]!) && counts(findings[j + 1]!)) {
      const gap = text.slice(findings[j]!.end, findings[j + 1]!.start);
      if (ALTERNATIVE.test(gap)) joined = true;
      else if (!LIST_ITEM.test(gap)) break;
      j++;
    }
    if (joined) {
      const run = findings.slice(i, j + 1);
      const topics = [...new Set(run.map((f) => f.topicId))];
      // Alternatives all hedged already ("may represent atelectasis or pneumonia") stay as
      // the hedge reads them; a differential is what turns an unhedged one possible.
      if (topics.length > 1 && run.some((f) => f.status === 'present')) {
        for (const f of run) {
          f.status = 'possible';
          f.differential = topics.filter((t) => t !== f.topicId);
        }
      }
    }
    i = j + 1;
  }
}
