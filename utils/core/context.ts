/**
 * ConText-style assertion of a mention: does its sentence deny it, hedge it, place it in the
 * past, make it hypothetical, or attribute it to someone other than the patient?
 *
 * Trigger phrases act forward ("pre": "no pleural effusion") or backward ("post": "pleural
 * effusion has resolved") within the mention's sentence, and a termination term ("but",
 * "however", "which") or a semicolon ends a trigger's scope. Pseudo-triggers ("no change")
 * look like triggers but are not. The lists follow NegEx (Chapman et al., J Biomed Inform
 * 2001) and ConText (Harkema et al., J Biomed Inform 2009), written anew.
 */
import type { FindingStatus } from './schema';

/** What a trigger asserts. */
export type TriggerCategory = 'negated' | 'possible' | 'historical' | 'hypothetical' | 'other';

/** One rule: a phrase, what it asserts, and which way its scope runs. */
export interface ContextRule {
  phrase: string;
  category: TriggerCategory | 'pseudo' | 'termination';
  direction: 'pre' | 'post' | 'both';
}

/** The assertion of one mention. */
export interface Assertion {
  negated: boolean;
  possible: boolean;
  historical: boolean;
  hypothetical: boolean;
  experiencer: 'patient' | 'other';
  status: FindingStatus;
}

const pre = (category: ContextRule['category'], ...phrases: string[]): ContextRule[] =>
  phrases.map((phrase) => ({ phrase, category, direction: 'pre' }));
const post = (category: ContextRule['category'], ...phrases: string[]): ContextRule[] =>
  phrases.map((phrase) => ({ phrase, category, direction: 'post' }));

/** The built-in rule set. */
export const defaultRules: readonly ContextRule[] = [
  ...pre(
    'negated',
    'no',
    'not',
    'without',
    'no evidence of',
    'no signs of',
    'negative for',
    'free of',
    'absence of',
    'no new',
    'denies',
    'ruled out',
    'resolution of',
    'never',
  ),
  ...post(
    'negated',
    'is not seen',
    'are not seen',
    'not seen',
    'not identified',
    'not present',
    'is absent',
    'are absent',
    'has resolved',
    'have resolved',
    'resolved',
    'ruled out',
    'is excluded',
    'are excluded',
    'was excluded',
  ),
  ...pre(
    'possible',
    'possible',
    'possibly',
    'probable',
    'probably',
    'may represent',
    'may be',
    'might be',
    'could be',
    'could represent',
    'suspicious for',
    'suspected',
    'questionable',
    'question of',
    'concerning for',
    'cannot exclude',
    'can not exclude',
    'cannot rule out',
    'differential diagnosis',
    'equivocal',
    'versus',
    'vs',
  ),
  ...post(
    'possible',
    'cannot be excluded',
    'can not be excluded',
    'not excluded',
    'cannot be ruled out',
    'is suspected',
    'is possible',
    'is questioned',
    'versus',
    'vs',
  ),
  ...pre(
    'historical',
    'history of',
    'hx of',
    'prior',
    'previous',
    'previously',
    'old',
    'healed',
    'remote',
    'status post',
    's p',
  ),
  ...pre(
    'hypothetical',
    'evaluate for',
    'evaluation for',
    'eval for',
    'assess for',
    'rule out',
    'r o',
    'to exclude',
    'if',
    'should',
    'in case of',
  ),
  ...pre(
    'other',
    'family history of',
    'family history',
    'mother',
    'father',
    'sister',
    'brother',
    'sibling',
    'aunt',
    'uncle',
    'grandmother',
    'grandfather',
  ),
  ...pre(
    'pseudo',
    'no change',
    'no interval change',
    'no significant change',
    'not only',
    'not necessarily',
    'without change',
    'no increase',
    'no definite change',
    'not certain if',
    'not clear if',
    'gram negative',
    'year old',
    'years old',
    'month old',
    'no further',
    'not been',
  ),
  ...post('pseudo', 'not excluded but'),
  ...pre(
    'termination',
    'but',
    'however',
    'although',
    'though',
    'which',
    'except',
    'aside from',
    'apart from',
    'otherwise',
    'nevertheless',
    'yet',
  ),
];

interface CompiledRules {
  pre: RegExp;
  post: RegExp;
  preCategory: Map<string, ContextRule['category']>;
  postCategory: Map<string, ContextRule['category']>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase's words may be separated by any run of non-word characters ("s/p", "r/o"). */
const phrasePattern = (phrase: string) => phrase.split(/\s+/).map(escape).join('[^\\p{L}\\p{N}]+');
const normalKey = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

function compileSide(
  rules: readonly ContextRule[],
): [RegExp, Map<string, ContextRule['category']>] {
  const categories = new Map<string, ContextRule['category']>();
  for (const rule of rules) {
    const key = normalKey(rule.phrase);
    // A pseudo-trigger or termination wins over a trigger with the same words.
    if (!categories.has(key) || rule.category === 'pseudo') categories.set(key, rule.category);
  }
  const phrases = [...categories.keys()].sort((a, b) => b.length - a.length);
  const source = `(?<![\\p{L}\\p{N}])(?:${phrases.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}])`;
  return [new RegExp(source, 'giu'), categories];
}

/** Compiles a rule set into the two scanners (before and after the mention). */
export function compileRules(rules: readonly ContextRule[] = defaultRules): CompiledRules {
  const [preRe, preCategory] = compileSide(rules.filter((r) => r.direction !== 'post'));
  const [postRe, postCategory] = compileSide(rules.filter((r) => r.direction !== 'pre'));
  return { pre: preRe, post: postRe, preCategory, postCategory };
}

const defaultCompiled = compileRules();

/** How far a sentence may reach either side of a mention. */
const MAX_SENTENCE = 400;

/** The bounds of the sentence around [start, end), capped at a few hundred characters. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - MAX_SENTENCE);
  while (from > floor) {
    const c = text.charCodeAt(from - 1);
    if (c === 10 || c === 13) break;
    if ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(from))) break;
    from--;
  }
  let to = end;
  const ceiling = Math.min(text.length, end + MAX_SENTENCE);
  while (to < ceiling) {
    const c = text.charCodeAt(to);
    if (c === 10 || c === 13) break;
    if (
      (c === 46 || c === 33 || c === 63) &&
      (to + 1 >= text.length || isSpace(text.charCodeAt(to + 1)))
    )
      break;
    to++;
  }
  return [from, to];
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

/** Categories of the triggers whose scope reaches the mention, on one side. */
function scan(
  segment: string,
  re: RegExp,
  categories: Map<string, ContextRule['category']>,
  side: 'pre' | 'post',
): Set<TriggerCategory> {
  const hits: { index: number; category: ContextRule['category'] }[] = [];
  re.lastIndex = 0;
  for (const m of segment.matchAll(re)) {
    hits.push({ index: m.index, category: categories.get(normalKey(m[0])) ?? 'pseudo' });
  }
  // A semicolon also ends a scope.
  for (let i = segment.indexOf(';'); i >= 0; i = segment.indexOf(';', i + 1)) {
    hits.push({ index: i, category: 'termination' });
  }
  hits.sort((a, b) => a.index - b.index);
  const found = new Set<TriggerCategory>();
  if (side === 'pre') {
    // Walk back from the mention until a termination.
    for (let i = hits.length - 1; i >= 0; i--) {
      const { category } = hits[i]!;
      if (category === 'termination') break;
      if (category !== 'pseudo') found.add(category);
    }
  } else {
    for (const { category } of hits) {
      if (category === 'termination') break;
      if (category !== 'pseudo') found.add(category);
    }
  }
  return found;
}

/** Assesses the mention text.slice(start, end) in its sentence. */
export function assessMention(
  text: string,
  start: number,
  end: number,
  rules: CompiledRules = defaultCompiled,
): Assertion {
  const [from, to] = sentenceAround(text, start, end);
  const before = scan(text.slice(from, start), rules.pre, rules.preCategory, 'pre');
  const after = scan(text.slice(end, to), rules.post, rules.postCategory, 'post');
  const has = (c: TriggerCategory) => before.has(c) || after.has(c);
  const negated = has('negated');
  const possible = has('possible');
  const historical = has('historical');
  const hypothetical = has('hypothetical');
  const experiencer = has('other') ? 'other' : 'patient';
  const status: FindingStatus =
    experiencer === 'other'
      ? 'other-person'
      : negated
        ? 'absent'
        : hypothetical
          ? 'hypothetical'
          : possible
            ? 'possible'
            : historical
              ? 'historical'
              : 'present';
  return { negated, possible, historical, hypothetical, experiencer, status };
}
