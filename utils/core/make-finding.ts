/**
 * Builds a finding object at its final shape: one literal per combination of the optional
 * fields that have a value, in the schema's order.
 */
import type { Finding } from './schema';

/**
 * A finding with the optional fields that have a value, in the schema's order. One literal
 * per combination: the object is allocated at its final size, with no properties added later
 * (each added property would cost another allocation, and the detector makes many findings).
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
): Finding {
  const shape =
    (laterality !== undefined ? 1 : 0) |
    (severity !== undefined ? 2 : 0) |
    (sizes !== undefined ? 4 : 0) |
    (site !== undefined ? 8 : 0);
  switch (shape) {
    case 0:
      return { topicId, start, end, text, status, indicator };
    case 1:
      return { topicId, start, end, text, status, indicator, laterality: laterality! };
    case 2:
      return { topicId, start, end, text, status, indicator, severity: severity! };
    case 3:
      return {
        topicId,
        start,
        end,
        text,
        status,
        indicator,
        laterality: laterality!,
        severity: severity!,
      };
    case 4:
      return { topicId, start, end, text, status, indicator, sizes: sizes! };
    case 5:
      return {
        topicId,
        start,
        end,
        text,
        status,
        indicator,
        laterality: laterality!,
        sizes: sizes!,
      };
    case 6:
      return { topicId, start, end, text, status, indicator, severity: severity!, sizes: sizes! };
    case 7:
      return {
        topicId,
        start,
        end,
        text,
        status,
        indicator,
        laterality: laterality!,
        severity: severity!,
        sizes: sizes!,
      };
    case 8:
      return { topicId, start, end, text, status, indicator, site: site! };
    case 9:
      return { topicId, start, end, text, status, indicator, laterality: laterality!, site: site! };
    case 10:
      return { topicId, start, end, text, status, indicator, severity: severity!, site: site! };
    case 11:
      return {
        topicId,
        start,
        end,
        text,
        status,
        indicator,
        laterality: laterality!,
        severity: severity!,
        site: site!,
      };
    case 12:
      return { topicId, start, end, text, status, indicator, sizes: sizes!, site: site! };
    case 13:
      return {
        topicId,
        start,
        end,
        text,
        status,
        indicator,
        laterality: laterality!,
        sizes: sizes!,
        site: site!,
      };
    case 14:
      return {
        topicId,
        start,
        end,
        text,
        status,
        indicator,
        severity: severity!,
        sizes: sizes!,
        site: site!,
      };
    default:
      return { topicId, start, end, text, status, indicator, laterality, severity, sizes, site };
  }
}
