/**
 * Findings a measurement defines: a site that topics declare a threshold for ("an abdominal
 * aorta of 3.0 cm or more is an aneurysm"), measured in its clause at or above it: "the
 * abdominal aorta measures 3.4 cm", "infrarenal aorta dilated to 3.2 cm", "SPLEEN: 15.5 cm".
 * Pure: reads the sentence's site words as the matcher found them.
 */
import { isWithin, type ClaimTables } from './claims';
import type { LexiconCriterion } from './lexicon';
import type { SiteEntry } from './phrase-tables';
import type { SpanList } from './spans';

/** A measured site that meets a criterion: its topic, site, the span and the size. */
export interface MeasuredFinding {
  topicId: string;
  site: string;
  /** From the site words to the end of the number. */
  start: number;
  end: number;
  siteEnd: number;
  size: string;
}

/**
 * After the site words: a verb of measuring (or a header's colon), then the number. The
 * number is the first one of the clause, so a later one that measures something else is not
 * read ("the aorta measures 2.1 cm with a 4 cm thrombus").
 */
const MEASURED =
  /^(?:\s+(?:is|are|appears?|again|now|currently|maximally|measures|measuring|measured|dilated|enlarged|ectatic|aneurysmal|to|up|of|with|a|an|maximal|maximum|diameter|caliber|calibre|length|craniocaudal|in|approximately|about)\b|\s*[:,])*\s*(\d+(?:\.\d+)?)\s*(mm|cm)\b/i;
/** A size word must follow a verb of measuring or a colon, not be any number after the site. */
const MEASURE_WORD =
  /(?:^\s*[:,]|measur|dilated|diameter|caliber|calibre|length|up to|enlarged|aneurysmal|ectatic)/i;

/**
 * The criterion findings of one sentence [from, to): each site word of a criterion's site
 * (or a part of it) measured at or above its threshold. At most one per topic.
 */
export function measuredFindings(
  text: string,
  sites: SpanList<SiteEntry>,
  tables: ClaimTables,
  criteria: readonly LexiconCriterion[],
  to: number,
): MeasuredFinding[] {
  const found: MeasuredFinding[] = [];
  if (criteria.length === 0) return found;
  for (let i = 0; i < sites.count; i++) {
    const entry = sites.value[i]!;
    if (entry.kind !== 'site') continue;
    const siteEnd = sites.end[i]!;
    for (const criterion of criteria) {
      if (found.some((f) => f.topicId === criterion.topicId)) continue;
      if (!isWithin(tables, entry.site, criterion.site)) continue;
      const after = text.slice(siteEnd, Math.min(to, siteEnd + 120));
      const m = MEASURED.exec(after);
      const before = m?.[0].slice(0, m[0].lastIndexOf(m[1]!));
      // A number right after the site ("ascending aorta 4.7 cm") measures it too.
      if (!m || (!MEASURE_WORD.test(before!) && !/^\s+$/.test(before!))) continue;
      const unit = m[2]!.toLowerCase();
      const value = Number(m[1]) * (unit === criterion.unit ? 1 : unit === 'mm' ? 0.1 : 10);
      if (criterion.strict ? value <= criterion.atLeast + 1e-9 : value + 1e-9 < criterion.atLeast)
        continue;
      const end = siteEnd + m.index + m[0].length;
      found.push({
        topicId: criterion.topicId,
        site: entry.site,
        start: sites.start[i]!,
        end,
        siteEnd,
        size: `${m[1]} ${unit}`,
      });
    }
  }
  return found;
}
