/**
 * `npm run bench:page`: RadLens in a real Chromium on pages this script generates from the
 * OpenI report text (read in place from ../shared/eval, served from memory, never saved):
 * (1) 5.6 MB of report text in about 140k text nodes; (2) the same as a virtual list that
 * swaps its rows while scrolling; (3) a report page that mutates 60 times a second. Prints
 * first scan + highlight time, the longest main-thread task, time per 100-node mutation
 * batch, scripting time added per second on page 3, heap held by the content script and the
 * number of DOM mutations the extension caused, each beside a baseline from the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from '../support/extension';
import { createDetector } from '../../utils/core/detect';
import { csvRecords } from './csv';
import { table } from './metrics';
import { seedTopics } from './topics';

const root = resolve(import.meta.dirname, '../..');
const evalDir = resolve(process.env.RADLENS_EVAL_DIR ?? resolve(root, '../shared/eval'));
const file = resolve(evalDir, 'openi/indiana_reports.csv');
if (!existsSync(file)) {
  console.error(`bench:page: ${file} not found; the OpenI reports live in ../shared/eval.`);
  process.exit(1);
}
const reports = csvRecords(readFileSync(file, 'utf8')).map((r) => ({
  findings: r.findings ?? '',
  impression: r.impression ?? '',
}));

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Splits text into pieces of about `size` characters at spaces. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let to = Math.min(text.length, at + size);
    if (to < text.length) {
      const space = text.indexOf(' ', to);
      to = space < 0 ? text.length : space + 1;
    }
    out.push(text.slice(at, to));
    at = to;
  }
  return out;
}

/** Report HTML rows until `bytes` of text: every ~40 characters its own text node. */
function reportRows(bytes: number): { html: string[]; text: string; chars: number; nodes: number } {
  const html: string[] = [];
  const texts: string[] = [];
  let chars = 0;
  let nodes = 0;
  for (let i = 0; chars < bytes; i++) {
    const r = reports[i % reports.length]!;
    const parts: string[] = [];
    for (const [label, text] of [
      ['FINDINGS', r.findings],
      ['IMPRESSION', r.impression],
    ] as const) {
      texts.push(`${label}: ${text}`);
      const bits = pieces(`${label}: ${text}`, 40);
      chars += bits.reduce((n, b) => n + b.length, 0);
      nodes += bits.length;
      parts.push(
        `<p>${bits.map((b, k) => (k % 2 ? `<span>${escapeHtml(b)}</span>` : escapeHtml(b))).join('')}</p>`,
      );
    }
    html.push(`<div class="report" id="r${i}"><h3>Report ${i + 1}</h3>${parts.join('')}</div>`);
    texts.push(`Report ${i + 1}`);
    nodes++;
  }
  return { html, text: texts.join('\n\n'), chars, nodes };
}

const TARGET_BYTES = 5.6e6;
const big = reportRows(TARGET_BYTES);
const page1 = `<!doctype html><html><head><meta charset="utf-8"><title>bench 1</title>
<style>body{font:13px/1.4 Arial,sans-serif;margin:8px}.report{margin:6px 0}</style></head>
<body>${big.html.join('\n')}</body></html>`;

// Page 2: a virtual list of the same rows; 40 rows in the DOM, swapped on scroll.
const rowsJson = JSON.stringify(reportRows(TARGET_BYTES).html);
const page2 = `<!doctype html><html><head><meta charset="utf-8"><title>bench 2</title>
<style>body{margin:0;font:13px/1.4 Arial,sans-serif}#viewport{height:100vh;overflow:auto}#spacer{position:relative}.row{position:absolute;left:0;right:0;height:120px;overflow:hidden}</style></head>
<body><div id="viewport"><div id="spacer"></div></div><script>
const rows = ${rowsJson};
const ROW = 120, SHOWN = 40;
const viewport = document.getElementById('viewport'), spacer = document.getElementById('spacer');
spacer.style.height = rows.length * ROW + 'px';
const pool = [];
for (let i = 0; i < SHOWN; i++) { const d = document.createElement('div'); d.className = 'row'; spacer.append(d); pool.push(d); }
let first = -1;
function render() {
  const top = Math.floor(viewport.scrollTop / ROW);
  if (top === first) return;
  first = top;
  pool.forEach((d, i) => { const n = top + i; d.style.top = n * ROW + 'px'; d.innerHTML = rows[n] || ''; });
}
viewport.addEventListener('scroll', render);
render();
</script></body></html>`;

// Page 3: a report plus a clock that changes 60 times a second.
const small = reportRows(100_000);
const page3 = `<!doctype html><html><head><meta charset="utf-8"><title>bench 3</title></head>
<body><div id="clock">0</div>${small.html.join('\n')}<script>
let n = 0;
const clock = document.getElementById('clock');
(function tick() { clock.textContent = 'Updated ' + (n++) + ' frames ago'; requestAnimationFrame(tick); })();
</script></body></html>`;

const pages: Record<string, string> = {
  '/page1.html': page1,
  '/page2.html': page2,
  '/page3.html': page3,
};
const server = createServer((req, res) => {
  const body = pages[req.url ?? ''];
  res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body ?? 'not found');
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** Watches the page from its own world: long tasks and DOM mutations after parsing. */
const PROBE = () => {
  const w = window as unknown as { bench: { longest: number; tasks: number; mutations: number } };
  w.bench = { longest: 0, tasks: 0, mutations: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      w.bench.tasks++;
      w.bench.longest = Math.max(w.bench.longest, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () =>
    new MutationObserver((records) => (w.bench.mutations += records.length)).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    }),
  );
};

interface FrameStats {
  parts?: { read: number; detect: number; work: number; longestSlice: number };
  firstMs?: number;
  drawMs?: number;
  updates: number;
  lastUpdateMs?: number;
  lastUpdateBlocks?: number;
  blocks: number;
  drawn: number;
}

async function statsOf(ext: ExtensionBrowser, tabId: number): Promise<FrameStats | undefined> {
  const answer = await ext.worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'findings:stats' }, { frameId: 0 }),
    tabId,
  );
  return answer as FrameStats | undefined;
}

/** The time of the tab's next update after its `before`th, waiting up to 3 s for it. */
async function nextUpdateMs(
  ext: ExtensionBrowser,
  tabId: number,
  page: Page,
  before: number,
): Promise<number | undefined> {
  for (let i = 0; i < 60; i++) {
    const stats = await statsOf(ext, tabId);
    if ((stats?.updates ?? 0) > before) return stats!.lastUpdateMs;
    await page.waitForTimeout(50);
  }
  return undefined;
}

const probe = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { bench: { longest: number; tasks: number; mutations: number } }).bench,
  );

async function setMode(ext: ExtensionBrowser, mode: 'off' | 'highlight'): Promise<void> {
  await ext.worker.evaluate(
    (m) => chrome.storage.local.set({ settings: { defaultMode: m } }),
    mode,
  );
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const f1 = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(1));

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

async function main(): Promise<void> {
  const ext = await launchWithExtension();
  try {
    await ext.context.addInitScript(PROBE);
    const rows: string[][] = [['measure', 'RadLens', 'baseline', 'ratio', 'note']];

    // Page 1 with the site off first: the page's own longest task, the baseline for ours.
    console.error('bench:page: page 1 (site off, baseline)…');
    await setMode(ext, 'off');
    const bare = await ext.context.newPage();
    await bare.goto(`${origin}/page1.html`);
    await bare.waitForTimeout(1500);
    const bareProbe = await probe(bare);
    await bare.close();
    await setMode(ext, 'highlight');

    // Page 1: first scan and highlight.
    console.error('bench:page: page 1 (first scan)…');
    const page = await ext.context.newPage();
    await page.goto(`${origin}/page1.html`);
    const tabId = await tabIdOf(ext, page);
    const baselineMs = await page.evaluate(() => {
      // Baseline: a bare TreeWalker over every text node, summing their lengths.
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        n += node.nodeValue!.length;
      return performance.now() - t0 + n * 0;
    });
    let stats: FrameStats | undefined;
    for (let i = 0; i < 200 && !(stats = await statsOf(ext, tabId))?.firstMs; i++) {
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(300);
    const first = await probe(page);
    stats = await statsOf(ext, tabId);
    const firstTotal = (stats?.firstMs ?? NaN) + (stats?.drawMs ?? 0);
    const parts = stats?.parts;
    const work = (parts?.work ?? NaN) + (stats?.drawMs ?? 0);
    rows.push([
      'page 1: first scan + highlight, wall (ms)',
      f1(firstTotal),
      f1(baselineMs),
      (firstTotal / baselineMs).toFixed(1),
      `${(big.chars / 1e6).toFixed(1)} MB, ${big.nodes} text nodes, ${stats?.blocks} blocks, ${stats?.drawn} drawn; read ${f1(parts?.read)}, detect ${f1(parts?.detect)}, draw ${f1(stats?.drawMs)}; baseline: a bare TreeWalker reading every text node`,
    ]);
    rows.push([
      'page 1: first scan + highlight, RadLens main-thread time (ms)',
      f1(work),
      f1(baselineMs),
      (work / baselineMs).toFixed(1),
      'wall time less the time handed back to the page between slices',
    ]);
    rows.push([
      'page 1: longest task (ms)',
      f1(first.longest),
      f1(bareProbe.longest),
      (first.longest / bareProbe.longest).toFixed(2),
      `${first.tasks} tasks over 50 ms (${bareProbe.tasks} with the site off = baseline: the page's own parsing and layout); RadLens's longest slice ${f1(parts?.longestSlice)} ms, the last one then draws (${f1(stats?.drawMs)} ms)`,
    ]);
    rows.push(['page 1: host DOM mutations', String(first.mutations), '0', '-', 'after parsing']);

    // The floors of the first scan on this machine, in the same run: reading every text node
    // from a fresh isolated world (as an extension must: each node it touches gets a wrapper
    // of its own there), and detecting the page's text alone (Node, cold then warm).
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'bench-floor',
    });
    const floorRead = await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      returnByValue: true,
      expression: `(() => {
        const t0 = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let n = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) n += node.data.length;
        return performance.now() - t0 + n * 0;
      })()`,
    });
    await cdp.detach();
    const readFloor = floorRead.result.value as number;
    const text = big.text;
    const detector = createDetector(seedTopics);
    const detectAll = () => {
      const t0 = performance.now();
      for (let at = 0; at < text.length; at += 120_000)
        detector.detect(text.slice(at, at + 120_000));
      return performance.now() - t0;
    };
    const cold = detectAll();
    const warm = Math.min(detectAll(), detectAll());
    rows.push([
      'page 1: floors of a first scan here (ms)',
      f1(readFloor + warm),
      f1(baselineMs),
      ((readFloor + warm) / baselineMs).toFixed(1),
      `reading every text node from a fresh isolated world ${f1(readFloor)}; detecting the same ${(text.length / 1e6).toFixed(1)} MB in Node, cold ${f1(cold)}, warm ${f1(warm)}`,
    ]);

    // 100-node mutation batches: replace the text of 100 spans, one batch a second.
    console.error('bench:page: page 1 (mutation batches)…');
    const batchTimes: number[] = [];
    const pageBatch: number[] = [];
    for (let b = 0; b < 8; b++) {
      const before = (await statsOf(ext, tabId))?.updates ?? 0;
      const pageMs = await page.evaluate((k) => {
        const spans = document.querySelectorAll('span');
        const t0 = performance.now();
        for (let i = 0; i < 100; i++) {
          const span = spans[(k * 997 + i * 131) % spans.length]!;
          span.textContent = `small left pleural effusion ${k} `;
        }
        return performance.now() - t0;
      }, b);
      pageBatch.push(pageMs);
      const ms = await nextUpdateMs(ext, tabId, page, before);
      if (ms !== undefined) batchTimes.push(ms);
      await page.waitForTimeout(1100);
    }
    rows.push([
      'page 1: 100-node mutation batch (ms, median)',
      f1(median(batchTimes)),
      f1(median(pageBatch)),
      (median(batchTimes) / median(pageBatch)).toFixed(1),
      `max ${f1(Math.max(...batchTimes))}; baseline: the page's own 100 text changes`,
    ]);

    // Heap held by the content script: the page with RadLens on, then off (site mode).
    const heapOn = await heapMb(page);
    await setMode(ext, 'off');
    await page.waitForTimeout(500);
    const heapOff = await heapMb(page);
    rows.push([
      'page 1: heap held by RadLens (MB)',
      f1(heapOn - heapOff),
      f1(heapOff),
      ((heapOn - heapOff) / heapOff).toFixed(2),
      'heap on minus heap with the site off; baseline: the page heap',
    ]);
    await setMode(ext, 'highlight');
    await page.close();
    if (process.argv.includes('--only-page-1')) {
      console.log(table(rows));
      return;
    }

    // Page 2: virtual list, scrolled.
    const list = await ext.context.newPage();
    await list.goto(`${origin}/page2.html`);
    const listTab = await tabIdOf(ext, list);
    for (let i = 0; i < 100 && !(await statsOf(ext, listTab))?.firstMs; i++)
      await list.waitForTimeout(50);
    const scrollTimes: number[] = [];
    for (let s = 1; s <= 6; s++) {
      const before = (await statsOf(ext, listTab))?.updates ?? 0;
      await list.evaluate(
        (k) => (document.getElementById('viewport')!.scrollTop = k * 120 * 400),
        s,
      );
      const ms = await nextUpdateMs(ext, listTab, list, before);
      if (ms !== undefined) scrollTimes.push(ms);
      await list.waitForTimeout(1100);
    }
    const listProbe = await probe(list);
    rows.push([
      'page 2: rows swapped by a scroll (ms, median)',
      f1(median(scrollTimes)),
      '-',
      '-',
      `40 rows replaced per scroll; longest task ${f1(listProbe.longest)} ms`,
    ]);
    await list.close();

    // Page 3: 60 Hz mutations; scripting time per second with RadLens on vs off.
    const scripting = async (mode: 'off' | 'highlight') => {
      await setMode(ext, mode);
      const p = await ext.context.newPage();
      await p.goto(`${origin}/page3.html`);
      await p.waitForTimeout(2000);
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Performance.enable');
      const metric = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!
          .value;
      const a = await metric();
      await p.waitForTimeout(5000);
      const b = await metric();
      await cdp.detach();
      await p.close();
      return ((b - a) / 5) * 1000;
    };
    const off = await scripting('off');
    const on = await scripting('highlight');
    rows.push([
      'page 3: scripting per second at 60 Hz (ms/s)',
      f1(on),
      f1(off),
      (on / off).toFixed(2),
      `added by RadLens: ${f1(on - off)} ms/s (site off = baseline)`,
    ]);
    await setMode(ext, 'highlight');
    console.log(table(rows));
  } finally {
    await ext.close();
    server.close();
  }
}

await main();
