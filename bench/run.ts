// The whole-program benchmark suite (issue 5): every bench/programs/*.py under python3,
// `dyad --backend tree` and `dyad --backend vm`, repetitions interleaved round-robin so that
// machine load affects all three alike; checks every output against CPython's; prints the
// median wall and CPU (user + sys) times as Markdown tables with ratios and geometric means;
// writes bench/results/latest.json; compares with a saved baseline. See bench/README.md.
//
//   npm run bench -- [PROGRAM...] [--runs N] [--backends python3,tree,vm] [--baseline FILE]
//                    [--save-baseline] [--metric cpu|wall] [--threshold 0.10] [--inproc]
//                    [--dyad PATH/bin/dyad.js] [--python CMD] [--no-startup] [--out FILE]
//                    [--timeout SECONDS] [--launch command|node] [--list]
// Exit status: 1 if any output differs from CPython's, else 2 if a regression was flagged.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOnce, type RunResult } from './lib/measure.js';
import { BACKENDS, STARTUP, compare, fromJSON, makeCell, toJSON, type BackendName, type Cell, type Metric, type Results } from './lib/results.js';
import { comparisonReport, resultsTable } from './lib/table.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PROGRAMS = join(ROOT, 'bench/programs');

interface Options {
  filters: string[];
  runs: number;
  backends: BackendName[];
  baseline: string | null;
  saveBaseline: boolean;
  metric: Metric;
  threshold: number;
  inproc: boolean;
  launch: 'command' | 'node';
  dyad: string;
  python: string;
  startup: boolean;
  out: string;
  timeoutMs: number;
  list: boolean;
}

const HELP = `usage: npm run bench -- [PROGRAM...] [options]
  PROGRAM            run only programs whose name contains one of these strings
  --runs N           timed runs per program and backend (default 5); the median is reported
  --backends LIST    comma-separated subset of python3,tree,vm (default: all three)
  --baseline FILE    compare with a saved results file; regressions make the exit status 2
  --save-baseline    also write the results to bench/baseline.json
  --metric M         cpu (default) or wall: the time compared with the baseline
  --threshold X      relative change that counts (default 0.10)
  --inproc           time dyad's main() inside one process (no Node start-up, no worker)
  --dyad PATH        the bin/dyad.js to run (default: this checkout's)
  --launch HOW       command (default): run bin/dyad.js as the \`dyad\` command is, by its first two
                     lines (the VM on the main thread); node: as \`node bin/dyad.js\` (a worker)
  --python CMD       the CPython to compare with (default python3)
  --no-startup       skip the start-up row (empty program)
  --out FILE         where to write the JSON results (default bench/results/latest.json)
  --timeout SECONDS  per run (default 600)
  --list             list the programs and what each stresses`;

function fail(msg: string): never {
  process.stderr.write(`bench: ${msg}\n${HELP}\n`);
  process.exit(64);
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    filters: [], runs: 5, backends: [...BACKENDS], baseline: null, saveBaseline: false, metric: 'cpu',
    threshold: 0.1, inproc: false, launch: 'command', dyad: join(ROOT, 'bin/dyad.js'), python: 'python3', startup: true,
    out: join(ROOT, 'bench/results/latest.json'), timeoutMs: 600_000, list: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = (): string => argv[++i] ?? fail(`${a} needs a value`);
    switch (a) {
      case '--runs': o.runs = Number(val()); if (!(o.runs >= 1)) fail('--runs must be >= 1'); break;
      case '--backends': {
        const names = val().split(',').map((s) => (s === 'cpython' ? 'python3' : s));
        for (const n of names) if (!(BACKENDS as readonly string[]).includes(n)) fail(`unknown backend ${n}`);
        o.backends = BACKENDS.filter((b) => names.includes(b));
        break;
      }
      case '--baseline': o.baseline = resolve(val()); break;
      case '--save-baseline': o.saveBaseline = true; break;
      case '--metric': { const m = val(); if (m !== 'cpu' && m !== 'wall') fail('--metric is cpu or wall'); o.metric = m; break; }
      case '--threshold': o.threshold = Number(val()); break;
      case '--inproc': o.inproc = true; break;
      case '--dyad': o.dyad = resolve(val()); break;
      case '--launch': { const l = val(); if (l !== 'command' && l !== 'node') fail('--launch is command or node'); o.launch = l; break; }
      case '--python': o.python = val(); break;
      case '--no-startup': o.startup = false; break;
      case '--out': o.out = resolve(val()); break;
      case '--timeout': o.timeoutMs = Number(val()) * 1000; break;
      case '--list': o.list = true; break;
      case '-h': case '--help': process.stdout.write(HELP + '\n'); process.exit(0);
      default:
        if (a.startsWith('-')) fail(`unknown option ${a}`);
        o.filters.push(a);
    }
  }
  return o;
}

/** The first line of a program's header comment, without the '# '. */
function describe(file: string): string {
  const first = readFileSync(file, 'utf8').split('\n')[0];
  return first.startsWith('#') ? first.replace(/^#\s*/, '').replace(/:.*/, '') : '';
}

function programs(filters: string[]): string[] {
  const all = readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')).sort().map((f) => f.slice(0, -3));
  const chosen = filters.length ? all.filter((p) => filters.some((f) => p.includes(f))) : all;
  if (chosen.length === 0) fail(`no program matches ${filters.join(' ')} (programs: ${all.join(' ')})`);
  return chosen;
}

/** The command line that runs `target` (a .py file, or null for the empty program) on `b`. */
function command(o: Options, b: BackendName, target: string | null): [string, string[]] {
  const prog = target === null ? ['-c', 'pass'] : [target];
  if (b === 'python3') return [o.python, prog];
  if (o.inproc) {
    const dist = resolve(dirname(o.dyad), '../dist');
    return [process.execPath, ['--stack-size=4000', join(ROOT, 'dist/bench/inproc.js'), '--dist', dist, b, ...prog]];
  }
  return launch(o, ['--backend', b, ...prog]);
}

/** The command line that runs bin/dyad.js with `args`, launched as --launch says. */
function launch(o: Options, args: string[]): [string, string[]] {
  return o.launch === 'node' ? [process.execPath, [o.dyad, ...args]] : [o.dyad, args];
}

/** Why `r` is not CPython's result `expected`, or null when it is. */
function mismatch(r: RunResult, expected: string): string | null {
  if (r.timedOut) return 'timed out';
  if (r.status !== 0) return `exit status ${r.status ?? r.signal}: ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`;
  if (r.stdout === expected) return null;
  const got = r.stdout.split('\n');
  const want = expected.split('\n');
  let i = 0;
  while (i < got.length && got[i] === want[i]) i++;
  return `output line ${i + 1}: got ${JSON.stringify(got[i] ?? '<end>').slice(0, 120)}, CPython ${JSON.stringify(want[i] ?? '<end>').slice(0, 120)}`;
}

function tryRun(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** What bin/dyad.js says about how it loads (bundle + code cache, or the ES modules of dist/). */
function startupInfo(o: Options): string {
  const [cmd, args] = launch(o, ['-c', 'pass']);
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, DYAD_STARTUP_INFO: '1' } });
  const line = (r.stderr ?? '').trim().split('\n').pop() ?? '';
  return line.replace(/^dyad: /, '') || 'no start-up information (dist/ modules)';
}

function fmt(x: number): string {
  return Number.isFinite(x) ? x.toFixed(0) : '-';
}

function benchRow(o: Options, name: string, file: string | null): Partial<Record<BackendName, Cell>> {
  // CPython's output is the reference; this untimed run also warms the file cache
  let expected = '';
  if (file !== null) {
    const [cmd, args] = command(o, 'python3', file);
    const ref = runOnce(cmd, args, o.timeoutMs);
    if (ref.status !== 0) fail(`${o.python} ${basename(file)} failed (status ${ref.status}): ${ref.stderr.trim()}`);
    expected = ref.stdout;
  }
  const wall = new Map<BackendName, number[]>(o.backends.map((b) => [b, []]));
  const cpu = new Map<BackendName, number[]>(o.backends.map((b) => [b, []]));
  const bad = new Map<BackendName, string>();
  for (let rep = 0; rep < o.runs; rep++) {
    for (const b of o.backends) {
      const [cmd, args] = command(o, b, file);
      const r = runOnce(cmd, args, o.timeoutMs, o.inproc && b !== 'python3');
      wall.get(b)!.push(r.wallMs);
      cpu.get(b)!.push(r.cpuMs);
      const why = mismatch(r, expected);
      if (why !== null && !bad.has(b)) bad.set(b, why);
    }
  }
  const row: Partial<Record<BackendName, Cell>> = {};
  const parts: string[] = [];
  for (const b of o.backends) {
    const c = makeCell(wall.get(b)!, cpu.get(b)!);
    if (bad.has(b)) {
      c.ok = false;
      c.detail = bad.get(b);
    }
    row[b] = c;
    parts.push(`${b} ${fmt(c.wallMedian)} ms (cpu ${fmt(c.cpuMedian)})${c.ok ? '' : ' MISMATCH'}`);
  }
  process.stderr.write(`  ${name.padEnd(16)} ${parts.join(', ')}\n`);
  return row;
}

function main(): number {
  const o = parseArgs(process.argv.slice(2));
  const names = programs(o.filters);
  if (o.list) {
    for (const p of names) process.stdout.write(`${p.padEnd(16)} ${describe(join(PROGRAMS, p + '.py'))}\n`);
    return 0;
  }
  if (!existsSync(o.dyad)) fail(`no dyad at ${o.dyad}`);
  // the real interpreter, not a wrapper such as pyenv's shim script (about 60 ms per start)
  const exe = tryRun(o.python, ['-c', 'import sys; print(sys.executable)']);
  if (exe !== 'unknown' && exe !== '') o.python = exe;
  if (o.inproc && !existsSync(join(ROOT, 'dist/bench/inproc.js'))) fail('dist/bench/inproc.js missing: build first (npx tsc -p .)');
  const results: Results = {
    version: 1,
    date: new Date().toISOString(),
    commit: tryRun('git', ['-C', dirname(o.dyad), 'describe', '--always', '--dirty']),
    host: hostname(),
    node: process.version,
    python: `${tryRun(o.python, ['--version'])} (${o.python})`,
    mode: o.inproc ? 'inproc' : 'process',
    launch: o.inproc ? undefined : o.launch,
    startupInfo: startupInfo(o),
    runs: o.runs,
    loadavg: { start: loadavg()[0], end: NaN },
    backends: o.backends,
    programs: {},
  };
  process.stderr.write(`bench: ${names.length} programs x ${o.backends.join('/')} x ${o.runs} runs (${results.mode} mode${results.launch ? `, launched as ${results.launch === 'node' ? 'node bin/dyad.js' : 'the dyad command'}` : ''}, dyad ${results.commit}, load ${results.loadavg.start.toFixed(2)})\n`);
  process.stderr.write(`bench: dyad loads from ${results.startupInfo}; ${results.python}\n`);
  if (!o.inproc && !results.startupInfo.includes('bundle')) process.stderr.write('bench: WARNING: no up-to-date start-up bundle: run `node tools/bundle.mjs` (npm run bench does)\n');
  if (o.startup) results.programs[STARTUP] = benchRow(o, STARTUP, null);
  for (const p of names) results.programs[p] = benchRow(o, p, join(PROGRAMS, p + '.py'));
  results.loadavg.end = loadavg()[0];

  mkdirSync(dirname(o.out), { recursive: true });
  writeFileSync(o.out, toJSON(results));
  const what = o.inproc ? "dyad: main() in process; python3: whole process" : 'whole process';
  const load = `load average ${results.loadavg.start.toFixed(2)} -> ${results.loadavg.end.toFixed(2)}`;
  process.stdout.write(`\nWall time, median of ${o.runs} runs, ms (${what}; ${results.date}, ${load}):\n\n`);
  process.stdout.write(resultsTable(results, 'wall'));
  process.stdout.write(`\nCPU time (user + sys), median of ${o.runs} runs, ms:\n\n`);
  process.stdout.write(resultsTable(results, 'cpu'));
  process.stdout.write(`\nresults written to ${o.out}\n`);

  let status = 0;
  const mismatches: string[] = [];
  for (const [p, row] of Object.entries(results.programs)) {
    for (const b of o.backends) if (row[b]?.ok === false) mismatches.push(`  ${p} on ${b}: ${row[b]!.detail}`);
  }
  if (mismatches.length) {
    process.stdout.write(`\n!!! OUTPUT DIFFERS FROM CPYTHON (${mismatches.length}) !!!\n${mismatches.join('\n')}\n`);
    status = 1;
  }
  if (o.baseline) {
    const base = fromJSON(readFileSync(o.baseline, 'utf8'));
    const changes = compare(base, results, o.metric, o.threshold);
    process.stdout.write('\n' + comparisonReport(changes, o.metric, o.baseline, o.threshold));
    if (base.mode !== results.mode) process.stdout.write(`WARNING: the baseline was measured in ${base.mode} mode, this run in ${results.mode} mode: the times are not comparable\n`);
    else if ((base.launch ?? 'node') !== (results.launch ?? 'node')) process.stdout.write(`WARNING: the baseline launched dyad as ${base.launch ?? 'node'}, this run as ${results.launch ?? 'node'}: the start-up differs\n`);
    if (status === 0 && changes.some((c) => c.verdict === 'regression')) status = 2;
  }
  if (o.saveBaseline) {
    const file = join(ROOT, 'bench/baseline.json');
    writeFileSync(file, toJSON(results));
    process.stdout.write(`baseline written to ${file}\n`);
  }
  return status;
}

process.exitCode = main();
