/**
 * `npm run eval`: the detector's figures on the public evaluation sets in ../shared/eval
 * (read in place, never copied): (a) the NegEx mention set, (b) OpenI chest X-ray reports,
 * dev and test split separately, (c) every topic's own examples.
 * `--only negex|openi|examples` runs one part; `--errors N` prints N dev-split errors per
 * OpenI label (the test split's reports are never printed). Rules are tuned on the OpenI dev
 * split only; the NegEx set is for measuring, so its errors are not printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seedTopics } from './topics';
import { createAssessor } from '../../utils/core/assertion';
import { createDetector } from '../../utils/core/detect';
import type { Finding } from '../../utils/core/schema';
import { csvRecords } from './csv';
import { count, f3, scores, sum, table, zero, type Counts } from './metrics';

const assessMention = createAssessor();

const root = resolve(import.meta.dirname, '../..');
const evalDir = resolve(process.env.RADLENS_EVAL_DIR ?? resolve(root, '../shared/eval'));
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const errorsToShow = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;

function read(path: string): string {
  const file = resolve(evalDir, path);
  if (!existsSync(file)) {
    console.error(
      `eval: ${file} not found. The evaluation data lives in ../shared/eval beside the project.`,
    );
    process.exit(1);
  }
  return readFileSync(file, 'utf8');
}

/**
 * Finds the condition in its sentence: the occurrence written in capitals, else any. Some
 * annotated conditions run past their sentence; then the longest run of their words that the
 * sentence holds stands for them.
 */
function locate(sentence: string, condition: string): [number, number] | undefined {
  const words = condition.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let size = words.length; size > 0; size--) {
    for (let first = 0; first + size <= words.length; first++) {
      // Words in order, whatever spacing or punctuation stands between them.
      const re = new RegExp(words.slice(first, first + size).join('[^\\p{L}\\p{N}]+'), 'giu');
      let fallback: [number, number] | undefined;
      for (const m of sentence.matchAll(re)) {
        const span: [number, number] = [m.index, m.index + m[0].length];
        if (m[0] === m[0].toUpperCase()) return span;
        fallback ??= span;
      }
      if (fallback) return fallback;
    }
  }
  return undefined;
}

/**
 * Each mention's report, from the report-order file: the sentences of the same report that
 * come before the mention's sentence, so section headers ("PAST MEDICAL HISTORY:") count as
 * they do in a real report, and the report's index (for the dev / held-out halves).
 */
function reportContexts(): Map<string, { before: string; report: number }> {
  const rows = read('negex/annotations-1-120-experiencer.txt').split(/\r?\n/).filter(Boolean);
  const contexts = new Map<string, { before: string; report: number }>();
  let report: string[] = [];
  let index = -1;
  for (const row of rows) {
    const [, condition = '', sentence = ''] = row.split('\t');
    if (sentence.startsWith('S_O_H') || index < 0) {
      report = [];
      index++;
    }
    const key = `${condition}\t${sentence}`;
    if (!contexts.has(key)) contexts.set(key, { before: report.join('\n\n'), report: index });
    if (report[report.length - 1] !== sentence) report.push(sentence);
  }
  return contexts;
}

/**
 * The NegEx set is split by report: mentions of even-numbered reports are the "dev" half,
 * those of odd-numbered reports the "held-out" half. The NegEx set is for measuring; once
 * (2026-11-25) the dev half's errors were read while fixing assertion rules, the held-out
 * half never, so its figure is the one no rule has seen. All three are printed; the issue's
 * figure is "sentence, all" (each mention located in its sentence).
 */
type NegexHalf = 'dev' | 'held-out' | 'all';

function negex(): void {
  const lines = read('negex/rsAnnotations-1-120-random.txt')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean);
  const contexts = reportContexts();
  const results: string[][] = [
    [
      'mentions',
      'n',
      'negation P',
      'R',
      'F1',
      'accuracy',
      'historical P',
      'R',
      'F1',
      'experiencer acc.',
    ],
  ];
  let unlocated = 0;
  let withContext = 0;
  for (const mode of ['sentence', 'in report'] as const) {
    const negation = { dev: zero(), 'held-out': zero(), all: zero() };
    const historical = { dev: zero(), 'held-out': zero(), all: zero() };
    const experiencerRight = { dev: 0, 'held-out': 0, all: 0 };
    const size = { dev: 0, 'held-out': 0, all: 0 };
    for (const line of lines) {
      const [, condition = '', sentence = '', neg = '', temporality = '', experiencer = ''] =
        line.split('\t');
      const span = locate(sentence, condition);
      if (!span && mode === 'sentence') unlocated++;
      const [start, end] = span ?? [0, sentence.length];
      const context = contexts.get(`${condition}\t${sentence}`);
      const half: NegexHalf = (context?.report ?? 0) % 2 === 0 ? 'dev' : 'held-out';
      const before = mode === 'in report' ? context?.before : undefined;
      if (before !== undefined && mode === 'in report') withContext++;
      const prefix = before ? `${before}\n\n` : '';
      const a = assessMention(prefix + sentence, prefix.length + start, prefix.length + end);
      const goldNegated = neg.trim() === 'Negated';
      const goldHistorical = temporality.trim() === 'Historical';
      const goldPatient = experiencer.trim() === 'Patient';
      for (const h of [half, 'all'] as const) {
        size[h]++;
        count(negation[h], goldNegated, a.negated);
        count(historical[h], goldHistorical, a.historical);
        if (goldPatient === (a.experiencer === 'patient')) experiencerRight[h]++;
      }
    }
    for (const h of ['dev', 'held-out', 'all'] as const) {
      const n = scores(negation[h]);
      const t = scores(historical[h]);
      results.push([
        `${mode}, ${h}`,
        String(size[h]),
        f3(n.p),
        f3(n.r),
        f3(n.f1),
        f3(n.accuracy),
        f3(t.p),
        f3(t.r),
        f3(t.f1),
        f3(experiencerRight[h] / size[h]),
      ]);
    }
  }
  console.log(
    `\n(a) NegEx set: ${lines.length} mentions (${unlocated} not located (whole sentence used); a condition that runs past its sentence is located by its longest run of words; ${withContext} placed in their report)`,
  );
  console.log(table(results));
  console.log(
    '"sentence": the mention\'s sentence alone; "in report": after the earlier sentences of its report (report-order file). dev = mentions of even-numbered reports (errors once read), held-out = odd (never read).',
  );
  console.log(
    'anchors: GenNegEx negation F1 0.946, genConText 0.981; ConText historical P 0.74 / R 0.67',
  );
}

/** OpenI label -> topic id (../shared/eval/README.md). */
const LABELS: Record<string, string> = {
  Atelectasis: 'atelectasis',
  Cardiomegaly: 'cardiomegaly',
  Effusion: 'pleural-effusion',
  Infiltration: 'airspace-opacity',
  Mass: 'lung-mass',
  Nodule: 'pulmonary-nodule',
  Pneumonia: 'pneumonia',
  Pneumothorax: 'pneumothorax',
  Consolidation: 'consolidation',
  Edema: 'pulmonary-edema',
  Emphysema: 'emphysema',
  Fibrosis: 'pulmonary-fibrosis',
  Pleural_Thickening: 'pleural-thickening',
};

/**
 * When a mention counts as positive: present; present or possible; or present or named in a
 * differential ("atelectasis versus pneumonia": OpenI's gold counts each named one).
 */
type Policy = 'present' | 'present-or-possible' | 'present-or-differential';
const POLICIES: readonly Policy[] = ['present', 'present-or-possible', 'present-or-differential'];
const positive = (f: Finding, policy: Policy) =>
  f.status === 'present' ||
  (policy === 'present-or-possible' && f.status === 'possible') ||
  (policy === 'present-or-differential' && f.status === 'possible' && !!f.differential);

/**
 * OpenI is a collection of chest radiographs; its report text has no title line, so the
 * evaluation says the study as an EHR's report title does. The figure with nothing said is
 * printed beside it.
 */
const OPENI_STUDY = { study: 'chest' } as const;

function openi(): void {
  const reports = new Map(
    csvRecords(read('openi/indiana_reports.csv')).map((r) => [`CXR${r.uid}`, r]),
  );
  const gold = csvRecords(read('openi/openi_gld_std14.csv'));
  const testIds = new Set(read('openi/openi-testset.txt').split(/\s+/).filter(Boolean));
  const detector = createDetector(seedTopics);
  const have = new Set(seedTopics.map((t) => t.id));
  const covered = Object.entries(LABELS).filter(([, topic]) => have.has(topic));
  const missing = Object.entries(LABELS).filter(([, topic]) => !have.has(topic));

  for (const split of ['dev', 'test'] as const) {
    const rows = gold.filter((g) => testIds.has(g.filename!) === (split === 'test'));
    const counts = new Map<string, Record<Policy, Counts>>(
      covered.map(([label]) => [
        label,
        { present: zero(), 'present-or-possible': zero(), 'present-or-differential': zero() },
      ]),
    );
    const errors = new Map<string, string[]>();
    const untold = zero();
    let withText = 0;
    for (const g of rows) {
      const report = reports.get(g.filename!);
      if (!report) continue;
      withText++;
      const text = `FINDINGS: ${report.findings ?? ''}\nIMPRESSION: ${report.impression ?? ''}`;
      const findings = detector.read(text, { atStart: OPENI_STUDY }).findings;
      const findingsUntold = detector.detect(text);
      for (const [label, topic] of covered) {
        const isGold = g[label] === '1';
        count(
          untold,
          isGold,
          findingsUntold.some((f) => f.topicId === topic && positive(f, 'present-or-differential')),
        );
        for (const policy of POLICIES) {
          const predicted = findings.some((f) => f.topicId === topic && positive(f, policy));
          count(counts.get(label)![policy], isGold, predicted);
          if (split === 'dev' && policy === 'present' && isGold !== predicted && errorsToShow > 0) {
            const list = errors.get(label) ?? [];
            const mentions = findings
              .filter((f) => f.topicId === topic)
              .map((f) => `${f.text}=${f.status}`);
            list.push(
              `${isGold ? 'FN' : 'FP'} ${g.filename}: ${text.replace(/\s+/g, ' ')} [${mentions.join('; ')}]`,
            );
            errors.set(label, list);
          }
        }
      }
    }
    console.log(
      `\n(b) OpenI ${split} split: ${withText} reports, read as chest radiographs (study told)`,
    );
    for (const policy of POLICIES) {
      const lines: string[][] = [['label', 'topic', 'gold+', 'P', 'R', 'F1']];
      const all: Counts[] = [];
      const f1s: number[] = [];
      for (const [label, topic] of covered) {
        const c = counts.get(label)![policy];
        const s = scores(c);
        all.push(c);
        f1s.push(s.f1);
        lines.push([label, topic, String(c.tp + c.fn), f3(s.p), f3(s.r), f3(s.f1)]);
      }
      if (covered.length > 0) {
        const micro = scores(sum(all));
        const macro = f1s.reduce((a, b) => a + b, 0) / f1s.length;
        lines.push([
          'micro',
          '',
          String(sum(all).tp + sum(all).fn),
          f3(micro.p),
          f3(micro.r),
          f3(micro.f1),
        ]);
        lines.push(['macro', '', '', '', '', f3(macro)]);
      }
      console.log(`policy: ${policy}`);
      console.log(table(lines));
    }
    console.log(
      `with no study told (a head with no site names no topic), present-or-differential micro-F1: ${f3(scores(untold).f1)}`,
    );
    if (missing.length > 0) {
      console.log(
        `not covered (no topic yet): ${missing.map(([l, t]) => `${l} -> ${t}`).join(', ')}`,
      );
    }
    for (const [label, list] of errors) {
      console.log(`\n${label}: ${list.length} dev errors; first ${errorsToShow}:`);
      for (const e of list.slice(0, errorsToShow)) console.log(`  ${e.slice(0, 400)}`);
    }
  }
  console.log('anchors: NIH labeler P 0.90 / R 0.91 / F1 0.90 (8 findings); NegBio F1 about 0.87');
}

function examples(): boolean {
  const detector = createDetector(seedTopics);
  let total = 0;
  const failures: string[] = [];
  for (const topic of seedTopics) {
    for (const example of topic.examples) {
      total++;
      const found = detector.detect(example.sentence).filter((f) => f.topicId === topic.id);
      if (!found.some((f) => f.status === example.status)) {
        failures.push(
          `  ${topic.id}: "${example.sentence}" expected ${example.status}, got ${found.map((f) => f.status).join(', ') || 'nothing'}`,
        );
      }
    }
  }
  console.log(
    `\n(c) topic examples: ${total - failures.length} of ${total} pass (${seedTopics.length} topics)`,
  );
  for (const f of failures) console.log(f);
  return failures.length === 0;
}

if (!only || only === 'negex') negex();
if (!only || only === 'openi') openi();
const examplesPass = !only || only === 'examples' ? examples() : true;
if (!examplesPass) process.exitCode = 1;
