/**
 * `npx tsx tests/tools/bench-ab.ts DIR_A DIR_B`: the detectors of two checkouts of RadLens
 * (this one and, say, a `git worktree` of an older commit) on the same 1.1 MB of OpenI report
 * text in one process, alternated 40 times after warm-up; prints A/B of the median and the
 * minimum. The copy imported first tends to run a few per cent slower, so run both orders.
 * With `--blocks`, the same text is read as a page is, block by block (a header or a sentence
 * each), every block where the one before it ended.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvRecords } from './csv';

interface Detect {
  detect(text: string): unknown[];
  read(text: string, options?: { atStart?: unknown }): { atEnd: unknown };
}

const blocks = process.argv.includes('--blocks');
const [dirA, dirB] = process.argv
  .slice(2)
  .filter((a) => a !== '--blocks')
  .map((d) => resolve(d));
if (!dirA || !dirB) {
  console.error('usage: tsx tests/tools/bench-ab.ts DIR_A DIR_B (two RadLens checkouts)');
  process.exit(1);
}
const evalDir = resolve(import.meta.dirname, '../../../shared/eval');
const rows = csvRecords(readFileSync(resolve(evalDir, 'openi/indiana_reports.csv'), 'utf8'));
const text = rows
  .map((r) => `FINDINGS: ${r.findings ?? ''}\n\nIMPRESSION: ${r.impression ?? ''}`)
  .join('\n\n')
  .slice(0, 1_100_000);

async function detectorOf(dir: string): Promise<Detect> {
  const core = (await import(resolve(dir, 'utils/core/detect.ts'))) as {
    createDetector(topics: unknown): Detect;
  };
  const data = (await import(resolve(dir, 'tests/tools/topics.ts'))) as { seedTopics: unknown };
  return core.createDetector(data.seedTopics);
}

// A page's blocks: each header, and each sentence of its section.
const pieces = rows.flatMap((r) => [
  'FINDINGS:',
  ...(r.findings ?? '').split(/(?<=\.) /),
  'IMPRESSION:',
  ...(r.impression ?? '').split(/(?<=\.) /),
]);

const a = await detectorOf(dirA);
const b = await detectorOf(dirB);
const time = (d: Detect) => {
  const t0 = performance.now();
  if (blocks) {
    let place: unknown;
    for (const piece of pieces) place = d.read(piece, { atStart: place }).atEnd;
  } else d.detect(text);
  return performance.now() - t0;
};
for (let i = 0; i < 10; i++) {
  time(a);
  time(b);
}
const ta: number[] = [];
const tb: number[] = [];
for (let i = 0; i < 40; i++) {
  // Alternate which goes first, so neither always runs after the other's garbage.
  if (i % 2) {
    ta.push(time(a));
    tb.push(time(b));
  } else {
    tb.push(time(b));
    ta.push(time(a));
  }
}
const median = (v: number[]) => [...v].sort((x, y) => x - y)[v.length >> 1]!;
const min = (v: number[]) => Math.min(...v);
console.log(
  `A/B median ${(median(ta) / median(tb)).toFixed(3)}, min ${(min(ta) / min(tb)).toFixed(3)} ` +
    `(A ${min(ta).toFixed(1)} ms, B ${min(tb).toFixed(1)} ms per ` +
    (blocks ? `${pieces.length} blocks of the OpenI reports)` : '1.1 MB)'),
);
