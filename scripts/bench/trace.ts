/**
 * Where a page's main-thread time goes while it loads, from a Chromium performance trace with
 * the CPU slowed 4× and a phone's viewport, as Lighthouse's mobile run does.
 *
 *   node scripts/bench/trace.ts [--site dist] [--page /] [--runs 3] [--trace FILE]
 *
 * Each run loads the page in a fresh context from the production server (compression, caching
 * headers) and records until the load event plus two seconds. The renderer main thread's CPU
 * time (each event's thread time, which a loaded machine does not stretch the way it stretches
 * wall time; the 4× slowdown is not in it either) is summed by event, each event counted by its
 * self time (its own less that of the events inside it). Long tasks (over 50 ms of wall time,
 * the ones that count as blocking time) are listed with their CPU and what filled them.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../tests/support/chromium.ts';
import { startStaticServer } from '../static-server.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: CPU the thread spent in the event, without waiting for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'toplevel',
  'v8.execute',
  'blink',
].join(',');

/** The renderer main thread of the page: the thread named CrRendererMain with the most work. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const candidates = events.filter(
    (event) =>
      event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  let best = { pid: 0, tid: 0, busy: -1 };
  for (const candidate of candidates) {
    const busy = events
      .filter((e) => e.pid === candidate.pid && e.tid === candidate.tid && e.name === 'RunTask')
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    if (busy > best.busy) best = { pid: candidate.pid, tid: candidate.tid, busy };
  }
  return best;
}

export interface Breakdown {
  /** Self time by event name, ms. */
  byName: Map<string, number>;
  busyMs: number;
  longTasks: { ms: number; cpuMs: number; top: string }[];
}

/** Self time of every complete event on the main thread, by name. */
export function breakdown(events: TraceEvent[]): Breakdown {
  const thread = mainThread(events);
  const mine = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byName = new Map<string, number>();
  const cpu = (event: TraceEvent) => event.tdur ?? event.dur ?? 0;
  const stack: { end: number; name: string; child: number; dur: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
      const done = stack.pop();
      if (!done) break;
      byName.set(done.name, (byName.get(done.name) ?? 0) + (done.dur - done.child) / 1000);
      const parent = stack.at(-1);
      if (parent) parent.child += done.dur;
    }
  };
  for (const event of mine) {
    close(event.ts);
    stack.push({
      end: event.ts + (event.dur ?? 0),
      name: event.name,
      child: 0,
      dur: event.dur ?? 0,
    });
  }
  close(Number.POSITIVE_INFINITY);
  const tasks = mine.filter((e) => e.name === 'RunTask');
  const longTasks = tasks
    .filter((task) => (task.dur ?? 0) > 50_000)
    .map((task) => {
      const inside = new Map<string, number>();
      for (const e of mine) {
        if (e === task || e.ts < task.ts || e.ts >= task.ts + (task.dur ?? 0)) continue;
        inside.set(e.name, (inside.get(e.name) ?? 0) + cpu(e) / 1000);
      }
      const top = [...inside.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
        .join(', ');
      return { ms: (task.dur ?? 0) / 1000, cpuMs: cpu(task) / 1000, top };
    });
  const busyMs = tasks.reduce((sum, task) => sum + cpu(task), 0) / 1000;
  return { byName, busyMs, longTasks };
}

async function traceOnce(url: string): Promise<TraceEvent[]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await browser.startTracing(page, { categories: CATEGORIES.split(',') });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(2000);
    const buffer = await browser.stopTracing();
    const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
    return parsed.traceEvents;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'dist' },
      page: { type: 'string', default: '/' },
      runs: { type: 'string', default: '3' },
      trace: { type: 'string' },
    },
  });
  const server = await startStaticServer(values.site, 0, '127.0.0.1', { production: true });
  try {
    const runs: Breakdown[] = [];
    for (let i = 0; i < Number(values.runs); i += 1) {
      const events = await traceOnce(server.url(values.page));
      if (values.trace && i === 0)
        writeFileSync(values.trace, JSON.stringify({ traceEvents: events }));
      runs.push(breakdown(events));
    }
    const names = new Set(runs.flatMap((run) => [...run.byName.keys()]));
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const rows = [...names]
      .map((name) => ({ name, ms: runs.map((run) => run.byName.get(name) ?? 0) }))
      .filter((row) => median(row.ms) >= 1 && row.name !== 'RunTask')
      .sort((a, b) => median(b.ms) - median(a.ms))
      .slice(0, 20);
    console.log(
      `main thread of ${values.page}, CPU 4× slower, ${runs.length} runs (CPU ms of the main thread, median and each run)\n`,
    );
    console.log('| event | median ms | runs |\n|---|---:|---|');
    console.log(
      `| busy (all tasks) | ${median(runs.map((r) => r.busyMs)).toFixed(0)} | ${runs.map((r) => r.busyMs.toFixed(0)).join(' / ')} |`,
    );
    for (const row of rows) {
      console.log(
        `| ${row.name} | ${median(row.ms).toFixed(0)} | ${row.ms.map((ms) => ms.toFixed(0)).join(' / ')} |`,
      );
    }
    console.log('\nlong tasks (> 50 ms) per run:');
    for (const [i, run] of runs.entries()) {
      console.log(
        `run ${i + 1}: ${run.longTasks.map((t) => `${t.ms.toFixed(0)} ms wall, ${t.cpuMs.toFixed(0)} ms CPU (${t.top})`).join('; ') || 'none'}`,
      );
    }
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
