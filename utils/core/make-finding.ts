/**
 * Builds a finding with only the optional fields that have a value.
 */
import type { Finding } from './schema';

/**
 * A finding with the optional fields that have a value; an absent one is left out, not set
 * to undefined, so a finding holds only what its sentence states. The fields are added in
 * the order findings have always had (course last), which their JSON keeps.
 */
export function makeFinding(
  topicId: string,
  start: number,
  end: number,
  text: string,
  status: Finding['status'],
  indicator: Finding['indicator'],
  laterality: Finding['laterality'],
  severity: Finding['severity'],
  sizes: string[] | undefined,
  site: string | undefined,
  course: Finding['course'],
  siteText?: string,
): Finding {
  const finding: Finding = { topicId, start, end, text, status, indicator };
  if (laterality !== undefined) finding.laterality = laterality;
  if (severity !== undefined) finding.severity = severity;
  if (sizes !== undefined) finding.sizes = sizes;
  if (site !== undefined) finding.site = site;
  if (siteText !== undefined) finding.siteText = siteText;
  if (course !== undefined) finding.course = course;
  return finding;
}
