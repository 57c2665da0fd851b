/**
 * Measures one command: wall time, CPU time, and the peak memory of its whole process tree
 * (Astro's Node process, sharp's threads live inside it, and Pagefind's own binary beside it).
 *
 * Peak RSS is sampled from /proc every `intervalMs`: the sum of the tree's resident memory at
 * each sample (what the machine must have free), and each process's own high-water mark
 * (VmHWM, exact, read while the process lives). Without /proc (not Linux) both are 0.
 *
 * CPU time is read from a cgroup of the command's own (cgroup v1 `cpuacct`, as root), which
 * counts every process it starts. /usr/bin/time counts only children that were waited for, and
 * Pagefind's binary is killed at the end of a build and never waited for: at 5,000 entries time
 * reported 35 CPU-s for a bare build whose Pagefind process alone had used 46. Without the
 * cgroup, /usr/bin/time's figure is used and a warning says it is short.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Measured {
  exitCode: number;
  output: string;
  wallSeconds: number;
  /** User + system CPU seconds of every process the command started (its cgroup), else of the
   * waited-for tree (/usr/bin/time), else 0. */
  cpuSeconds: number;
  /** Highest sum of resident memory of the tree at one sample, in bytes. */
  peakTreeRss: number;
  /** Highest VmHWM of any one process of the tree, in bytes. */
  peakProcessRss: number;
  /**
   * CPU seconds the whole machine spent outside this command while it ran (from /proc/stat):
   * other people's work on a shared machine, which slows the wall time. 0 where unknown.
   */
  otherCpuSeconds: number;
}

/** CPU seconds the machine has been busy since boot (all cores), from /proc/stat. */
function machineBusySeconds(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line
      .trim()
      .split(/\s+/)
      .map(Number);
    return (user + nice + system + irq + softirq + steal) / 100; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

function treeOf(root: number): number[] {
  const children = childrenOf();
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

const GNU_TIME = '/usr/bin/time';
const TIME_MARK = 'bh-time:';
const CPUACCT = '/sys/fs/cgroup/cpuacct';
let groups = 0;

/** A new cpuacct cgroup for one command, or undefined where none can be made. */
function cpuGroup(): string | undefined {
  const dir = join(CPUACCT, `bh-bench-${process.pid}-${groups++}`);
  try {
    mkdirSync(dir);
    return dir;
  } catch {
    return undefined;
  }
}

/** The group's CPU seconds; the group is removed once its processes are gone. */
function closeCpuGroup(dir: string): number {
  const seconds = Number(readFileSync(join(dir, 'cpuacct.usage'), 'utf8')) / 1e9;
  try {
    rmdirSync(dir);
  } catch {
    // A process of the command still runs; the kernel keeps the group until it ends.
  }
  return seconds;
}

/** Runs `command args` and measures it; `onLine` sees each line of its output as it comes. */
export function measure(
  command: string,
  args: string[],
  options: {
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    intervalMs?: number;
    onLine?: (line: string) => void;
  },
): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime
    ? [GNU_TIME, ['-f', `${TIME_MARK} %U %S`, command, ...args]]
    : [command, args];
  const group = cpuGroup();
  if (!group) console.warn(`no cgroup under ${CPUACCT}: CPU time leaves out orphaned processes`);
  // The shell joins the group, then becomes the command: all it starts is counted.
  const [groupFile, groupArgv] = group
    ? ['sh', ['-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', group, file, ...argv]]
    : [file, argv];
  const started = performance.now();
  const busyBefore = machineBusySeconds();
  const child = spawn(groupFile, groupArgv, {
    env: options.env ?? process.env,
    cwd: options.cwd ?? process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let pending = '';
  const take = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output += text;
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLine?.(line);
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);

  let peakTreeRss = 0;
  const hwm = new Map<number, number>();
  const hasProc = existsSync('/proc/self/status');
  const sample = () => {
    if (!hasProc || child.pid === undefined) return;
    let sum = 0;
    for (const pid of treeOf(child.pid)) {
      if (pid === child.pid && useTime) continue; // GNU time itself
      const memory = memoryOf(pid);
      sum += memory.rss;
      hwm.set(pid, Math.max(hwm.get(pid) ?? 0, memory.hwm));
    }
    peakTreeRss = Math.max(peakTreeRss, sum);
  };
  const timer = setInterval(sample, options.intervalMs ?? 200);

  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      if (pending) options.onLine?.(pending);
      const wallSeconds = (performance.now() - started) / 1000;
      const times = new RegExp(`${TIME_MARK} ([\\d.]+) ([\\d.]+)`).exec(output);
      const timeSeconds = times ? Number(times[1]) + Number(times[2]) : 0;
      const cpuSeconds = group ? Math.max(timeSeconds, closeCpuGroup(group)) : timeSeconds;
      const busy = machineBusySeconds() - busyBefore;
      done({
        otherCpuSeconds: busyBefore > 0 && cpuSeconds > 0 ? Math.max(0, busy - cpuSeconds) : 0,
        exitCode: code ?? 1,
        output,
        wallSeconds,
        cpuSeconds,
        peakTreeRss,
        peakProcessRss: Math.max(0, ...hwm.values()),
      });
    });
  });
}
