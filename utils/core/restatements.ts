/**
 * One finding said twice in a sentence is one finding: "a 6 mm hypodense lesion in segment 5
 * likely represents a cyst", "Bosniak IIF cystic lesion", "intimal flap ..., consistent with
 * type A dissection". A later mention of the same topic that restates or interprets an earlier
 * one, with no site or size of its own that tells them apart, is folded into the first: the
 * first keeps its words and status (the lesion is there; the interpretation is the hedge),
 * and takes what the later one adds. Findings from `from` on are one sentence's, text order.
 */
import type { Finding } from './schema';
import { higher } from './urgency';

/** Between a finding and its restatement: nothing, a comma, or words that interpret. */
const RESTATES =
  /^(?:[\s,:(-]*(?:[\p{L}\p{N}]+[\s-]+){0,2}|.*?(?:,|\b(?:likely|probably|possibly|consistent|compatible|suggestive|suggesting|suggests|represent|represents|representing|represented|concerning|suspicious|favou?ring|favou?red|keeping|versus|vs|or|with|due|which|from|characteri[sz]ed|typical|diagnostic)\b).*)$/isu;
/**
 * A new finding begins after these, not a restatement ("... and a 3 mm nodule"); a bare
 * "and" joins two signs of one finding ("reticulation and honeycombing").
 */
const NEW_FINDING =
  /(?:\band\s+(?:an?|the|one|two|three|several|multiple|\d)\b|;|\balso\b|\badditional\b|\banother\b|\bsecond\b|\bseparate\b)/i;

/**
 * True when `a` and `b` name no different sites: equal, unknown, one within the other, or one
 * a tissue of the whole body (`within(x, '')`: "joint" in "joint space narrowing").
 */
function sameSite(a: Finding, b: Finding, within: (site: string, of: string) => boolean): boolean {
  if (a.site === undefined || b.site === undefined || a.site === b.site) return true;
  if (within(a.site, '') || within(b.site, '')) return true;
  return within(a.site, b.site) || within(b.site, a.site);
}

/** Folds restatements into the finding they restate, in place (see the file's comment). */
export function foldRestatements(
  text: string,
  findings: Finding[],
  from: number,
  within: (site: string, of: string) => boolean,
  sided: (site: string) => boolean = () => true,
): void {
  // Compacts in place (kept findings before `kept`), looking back a few kept findings only,
  // so a page of one endless sentence stays linear.
  let kept = findings.length > from ? from + 1 : from;
  for (let i = from + 1; i < findings.length; i++) {
    const b = findings[i]!;
    const a = restated(text, findings, from, kept, b, within);
    if (!a) {
      findings[kept++] = b;
      continue;
    }
    if (
      b.site !== undefined &&
      (a.site === undefined || within(a.site, '') || within(b.site, a.site))
    ) {
      // A side said loose beside a finding of no site is no side of an organ that has none
      // ("transition point in the right lower quadrant, consistent with small bowel
      // obstruction").
      if (a.site === undefined && a.laterality !== 'bilateral' && !sided(b.site))
        delete a.laterality;
      a.site = b.site;
      if (b.siteText !== undefined) a.siteText = b.siteText;
      else delete a.siteText;
    }
    a.sizes ??= b.sizes;
    a.laterality ??= b.laterality;
    a.severity ??= b.severity;
    a.course ??= b.course;
    a.indicator = higher(a.indicator, b.indicator);
  }
  findings.length = kept;
}

/** How many kept findings back a restatement's finding is looked for. */
const LOOKBACK = 8;

/**
 * The finding among findings[from, kept) that `b` restates, if any: of the same topic, with
 * only restating words since the last finding of that topic, and of the same site (of
 * several lesions listed before, "fractures of T7 and L2, the T7 fracture ...", the one at
 * its site).
 */
function restated(
  text: string,
  findings: Finding[],
  from: number,
  kept: number,
  b: Finding,
  within: (site: string, of: string) => boolean,
): Finding | undefined {
  const stop = Math.max(from, kept - LOOKBACK);
  let j = kept - 1;
  while (j >= stop && findings[j]!.topicId !== b.topicId) j--;
  if (j < stop) return undefined;
  const gap = text.slice(findings[j]!.end, b.start);
  if (NEW_FINDING.test(gap) || !RESTATES.test(gap)) return undefined;
  for (let k = j; k >= stop; k--) {
    const a = findings[k]!;
    if (a.topicId !== b.topicId || !sameSite(a, b, within)) continue;
    if (a.sizes && b.sizes) return undefined; // two measured things
    if (a.laterality && b.laterality && a.laterality !== b.laterality) return undefined;
    return a;
  }
  return undefined;
}
