/**
 * Grading systems: how a guideline's own grade ("Class I, level C", "1B", "Conditional; low
 * certainty") reads on RadLens's strength and evidence scales. The systems and their words live
 * in `data/grading.json`; this module only reads them, so a topic's grade is checked against
 * the system its reference declares.
 */
import gradingFile from '../../data/grading.json' with { type: 'json' };

type StrengthWord = 'strong' | 'moderate' | 'weak' | 'consensus';
type EvidenceWord = 'high' | 'moderate' | 'low' | 'very-low' | 'expert-opinion' | 'not-graded';

/** One grading system as `data/grading.json` declares it. */
interface GradingSystem {
  name: string;
  format: string;
  strength?: Record<string, StrengthWord>;
  evidence?: Record<string, EvidenceWord>;
  both?: Record<string, [StrengthWord, EvidenceWord]>;
  fixedEvidence?: EvidenceWord;
}

// The file's shape is checked against the schema's enums by tests/unit/data/grading.test.ts.
const SYSTEMS = gradingFile.systems as unknown as Record<string, GradingSystem>;

/** The ids a reference may name in `grading`. */
export const GRADING_SYSTEMS: readonly string[] = Object.freeze(Object.keys(SYSTEMS));

/** What a source's grade means on RadLens's scales. */
export interface GradeMeaning {
  strength: StrengthWord;
  evidence: EvidenceWord;
}

/** Every grade a system can state, each with its meaning, written in the system's format. */
export function gradesOf(system: string): ReadonlyMap<string, GradeMeaning> {
  const spec = SYSTEMS[system];
  const grades = new Map<string, GradeMeaning>();
  if (spec === undefined) return grades;
  if (spec.both) {
    for (const [g, [strength, evidence]] of Object.entries(spec.both)) {
      grades.set(spec.format.replace('{g}', g), { strength, evidence });
    }
    return grades;
  }
  const evidences: [string, EvidenceWord][] = spec.evidence
    ? Object.entries(spec.evidence)
    : [['', spec.fixedEvidence ?? 'not-graded']];
  for (const [s, strength] of Object.entries(spec.strength ?? {})) {
    for (const [e, evidence] of evidences) {
      grades.set(spec.format.replace('{s}', s).replace('{e}', e), { strength, evidence });
    }
  }
  return grades;
}

/** The meaning of `grade` in `system`, or undefined when the system cannot state it. */
export function readGrade(system: string, grade: string): GradeMeaning | undefined {
  return gradesOf(system).get(grade);
}

/** The system's name, for messages. */
export function gradingName(system: string): string | undefined {
  return SYSTEMS[system]?.name;
}

/** The parts of a graded item and of the reference that graded it that must agree. */
interface GradedItem {
  strength: string;
  evidence: string;
  grade?: string;
}

/**
 * Why an item's grade does not hold against the reference that graded it, or undefined when
 * it does: the reference must declare a known system, the item must state a grade of that
 * system, and the item's strength and evidence must be what that grade means.
 */
export function gradeProblem(
  item: GradedItem,
  reference: { id: string; grading?: string },
): string | undefined {
  if (reference.grading === undefined) {
    return `is graded by "${reference.id}", which declares no grading system`;
  }
  if (SYSTEMS[reference.grading] === undefined) {
    return `cites "${reference.id}" graded by "${reference.grading}", which is not one of: ${GRADING_SYSTEMS.join(', ')}`;
  }
  if (item.grade === undefined) return `is graded by "${reference.id}" but states no grade`;
  const meaning = readGrade(reference.grading, item.grade);
  if (meaning === undefined) {
    const examples = [...gradesOf(reference.grading).keys()].slice(0, 3).join('", "');
    return `states grade "${item.grade}", which ${reference.grading} does not give (e.g. "${examples}")`;
  }
  if (meaning.strength !== item.strength || meaning.evidence !== item.evidence) {
    return `states grade "${item.grade}" (${reference.grading}: ${meaning.strength} / ${meaning.evidence}) but is marked ${item.strength} / ${item.evidence}`;
  }
  return undefined;
}

/**
 * Who graded an item and how, as the panel and the copied summary show it ("ESC 2015: Class I,
 * level C"), or undefined when the item names no source.
 */
export function gradeSource(
  item: { gradedBy?: string; grade?: string },
  references: readonly { id: string; short?: string; source: string; year: number }[],
): string | undefined {
  const reference = references.find((r) => r.id === item.gradedBy);
  if (reference === undefined) return undefined;
  const name = reference.short ?? `${reference.source} ${reference.year}`;
  return item.grade ? `${name}: ${item.grade}` : name;
}
