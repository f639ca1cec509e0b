/**
 * `npm run bench`: the detector's speed on the OpenI findings + impression text (about
 * 1.5 MB) and a 10x copy, in one process after warm-up, as medians of several runs, beside
 * two baselines measured in the same run: a bare loop reading every char code, and the
 * RegExp a user would write for the same terms (escaped, longest first, `\b(?:...)\b`, `gi`). Ratios are the figures
 * that count; absolute times on these machines only mean something side by side.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { seedTopics } from './topics';
import { createDetector } from '../../utils/core/detect';
import { compileLexicon } from '../../utils/core/lexicon';
import { createMatcher } from '../../utils/core/matcher';
import { phraseTables } from '../../utils/core/phrase-tables';
import { collectSections } from '../../utils/core/sections';
import { csvRecords } from './csv';
import { table } from './metrics';

const root = resolve(import.meta.dirname, '../..');
const evalDir = resolve(process.env.RADLENS_EVAL_DIR ?? resolve(root, '../shared/eval'));
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const WARM_UP = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Each timed sample lasts at least this long (fast functions are repeated within it). */
const SAMPLE_SECONDS = 0.2;
/** Time spent on one measurement's samples, at most (slow functions get fewer samples). */
const BUDGET_SECONDS = 6;

function seconds(fn: () => unknown, reps: number): number {
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < reps; r++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e9 / reps;
}

/**
 * Median seconds per call of `fn`: after warm-up, samples of `reps` calls each lasting at
 * least SAMPLE_SECONDS, at least 3 and at most RUNS samples within BUDGET_SECONDS. (Forcing
 * a full collection before each sample was tried: it made every later sample slower, as the
 * heap then had to grow again, so it is not done.)
 */
function time(fn: () => unknown): number {
  let estimate = seconds(fn, 1);
  if (estimate < 1) estimate = seconds(fn, WARM_UP);
  const reps = Math.max(1, Math.ceil(SAMPLE_SECONDS / estimate));
  const runs = Math.max(3, Math.min(RUNS, Math.floor(BUDGET_SECONDS / (estimate * reps))));
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    times.push(seconds(fn, reps));
  }
  return median(times);
}

/**
 * Median seconds per call of each of `fns`, their samples taken in turn (a, b, a, b, ...), so
 * that every function meets the same heap and machine state: their ratio is steadier than
 * that of separate `time` calls.
 */
function timeInTurn(fns: (() => unknown)[]): number[] {
  const reps = fns.map((fn) => {
    let estimate = seconds(fn, 1);
    if (estimate < 1) estimate = seconds(fn, WARM_UP);
    return Math.max(1, Math.ceil(SAMPLE_SECONDS / estimate));
  });
  const times: number[][] = fns.map(() => []);
  for (let r = 0; r < RUNS; r++) fns.forEach((fn, f) => times[f]!.push(seconds(fn, reps[f]!)));
  return times.map(median);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function main(): void {
  const file = resolve(evalDir, 'openi/indiana_reports.csv');
  if (!existsSync(file)) {
    console.error(`bench: ${file} not found; the OpenI reports live in ../shared/eval.`);
    process.exit(1);
  }
  const reports = csvRecords(readFileSync(file, 'utf8'));
  const corpus = reports
    .map((r) => `FINDINGS: ${r.findings ?? ''}\nIMPRESSION: ${r.impression ?? ''}`)
    .join('\n\n');
  const corpus10 = Array.from({ length: 10 }, () => corpus).join('\n\n');

  const heapBefore = process.memoryUsage().heapUsed;
  const detector = createDetector(seedTopics);
  const heapAfter = process.memoryUsage().heapUsed;
  const terms = seedTopics.flatMap((t) => t.terms);
  const lexicon = compileLexicon(seedTopics);
  // The RegExp a user would write: the terms as written, escaped, longest first, one
  // \b-bounded, case-insensitive alternation.
  const alternatives = [...new Set(terms.map((t) => t.text.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map(escape);
  const combined = new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');

  const loop = (text: string) => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    return sum;
  };
  const regex = (text: string) => {
    let n = 0;
    combined.lastIndex = 0;
    while (combined.exec(text)) n++;
    return n;
  };

  const rows: string[][] = [
    ['corpus', 'chars', 'loop MB/s', 'RegExp MB/s', 'detect MB/s', 'detect/loop', 'detect/RegExp'],
  ];
  // detect on 1x and 10x, in turn: the linearity figure compares the two.
  const detectTimes = timeInTurn([() => detector.detect(corpus), () => detector.detect(corpus10)]);
  for (const [name, text] of [
    ['1x', corpus],
    ['10x', corpus10],
  ] as const) {
    const mb = text.length / 1e6;
    const tLoop = time(() => loop(text));
    const tRegex = time(() => regex(text));
    const tDetect = detectTimes[name === '1x' ? 0 : 1]!;
    rows.push([
      name,
      String(text.length),
      (mb / tLoop).toFixed(0),
      (mb / tRegex).toFixed(1),
      (mb / tDetect).toFixed(1),
      (tLoop / tDetect).toFixed(3),
      (tRegex / tDetect).toFixed(2),
    ]);
  }
  // Where detect's time goes: the match (the matcher's one pass over the text), the
  // report sections, and the rest (sentences holding a term: mentions, modifiers, assertion,
  // the Finding objects).
  const matcher = createMatcher(lexicon);
  const tables = phraseTables(lexicon);
  // match/loop is the most detect/loop could be if every stage after the pass cost nothing.
  const stages: string[][] = [
    ['corpus', 'match ms', 'sections ms', 'rest ms', 'detect ms', 'match/loop'],
  ];
  for (const [name, text] of [
    ['1x', corpus],
    ['10x', corpus10],
  ] as const) {
    const matches = matcher.match(text);
    const tScan = time(() => matcher.match(text));
    const tSections = time(() => collectSections(text, matches, tables));
    const tDetect = time(() => detector.detect(text));
    const tLoop = time(() => loop(text));
    stages.push([
      name,
      (tScan * 1e3).toFixed(1),
      (tSections * 1e3).toFixed(1),
      ((tDetect - tScan - tSections) * 1e3).toFixed(1),
      (tDetect * 1e3).toFixed(1),
      (tLoop / tScan).toFixed(3),
    ]);
  }
  const findings1 = detector.detect(corpus).length;
  console.log(
    `RadLens detector benchmark (medians of 3-${RUNS} samples of at least ${SAMPLE_SECONDS} s after warm-up, detect's 1x and 10x samples taken in turn; MB = 10^6 characters)`,
  );
  console.log(table(rows));
  console.log(table(stages));
  const linearity = detectTimes[1]! / (10 * detectTimes[0]!);
  console.log(`time 10x / (10 x time 1x): ${linearity.toFixed(3)} (1.000 = linear)`);
  console.log(`findings in the 1x corpus: ${findings1}; RegExp matches: ${regex(corpus)}`);
  console.log(
    `topics: ${seedTopics.length}; terms: ${terms.length}; lexicon phrases (terms, triggers, sections, modifiers): ${lexicon.phrases.length}; vocabulary words: ${lexicon.words.length}`,
  );
  console.log(
    `compiled automaton: ${(detector.size / 1024).toFixed(1)} KiB of typed arrays; lexicon as JSON: ${(JSON.stringify(lexicon).length / 1024).toFixed(1)} KiB (${(gzipSync(JSON.stringify(lexicon)).length / 1024).toFixed(1)} KiB gzipped); heap growth building the detector: ${((heapAfter - heapBefore) / 1024).toFixed(0)} KiB`,
  );
  const content = resolve(root, '.output/chrome-mv3/content-scripts/content.js');
  if (existsSync(content)) {
    const bytes = readFileSync(content);
    console.log(
      `content script: ${(bytes.length / 1024).toFixed(1)} KiB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB gzipped`,
    );
  } else {
    console.log('content script: not built (npm run build)');
  }
}

main();
