/**
 * How the panel names where a finding is: its side and its site's label from the anatomy
 * vocabulary ("left kidney, lower pole", "femoral head, both sides").
 */
import anatomyFile from '../data/anatomy.json' with { type: 'json' };
import { compileAnatomy, type Anatomy } from '../utils/core/anatomy';

let anatomy: Anatomy | undefined; // compiled on first use, once per panel

/** The place of a mention with a site, in words; undefined without a known site. */
export function placeOf(mention: { site?: string; laterality?: string }): string | undefined {
  if (mention.site === undefined) return undefined;
  anatomy ??= compileAnatomy(anatomyFile);
  if (!anatomy.sites.has(mention.site)) return undefined;
  const label = anatomy.describeSite(mention.site);
  if (mention.laterality === 'left' || mention.laterality === 'right')
    return `${mention.laterality} ${label}`;
  return mention.laterality === 'bilateral' ? `${label}, both sides` : label;
}
