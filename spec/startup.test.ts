// Start-up laziness and the start-up bundle (issue 5) must not change behaviour:
//  - the parser's lookahead functions, built on first use (grammar/lazy-lookahead.ts), give the
//    same trees and the same SyntaxErrors as Chevrotain's eager ones, over the whole corpus and
//    the error fixtures, and really are lazy (none before the first parse);
//  - bin/dyad.js runs the bundle with its code cache (tools/bundle.mjs), with the same results
//    as the ES modules of dist/ (DYAD_NO_BUNDLE=1), and falls back to them when stale.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, readFixture } from './helpers/paths.js';
import { listPrograms } from './helpers/run-programs.js';
import { parse, swapParser, getParser } from '../grammar/index.js';
import { PythonParser } from '../grammar/statements.js';
import { EmbeddedActionsParser } from '../grammar/chevrotain.js';
import { PySyntaxError } from '../grammar/errors.js';
import { lookaheadTable, resetLookaheadTable } from '../grammar/lookahead-table.js';
import { dumpAst } from '../src/ast/dump.js';

type LaCache = Map<number, unknown>;
const laCache = (p: PythonParser): LaCache => (p as unknown as { lookAheadFuncsCache: LaCache }).lookAheadFuncsCache;

/** The parser with Chevrotain's own eager lookahead (every function built by performSelfAnalysis). */
const chevrotain = EmbeddedActionsParser.prototype as unknown as Record<string, unknown>;
class EagerParser extends PythonParser {}
Object.assign(EagerParser.prototype, {
  preComputeLookaheadFunctions: chevrotain.preComputeLookaheadFunctions,
  getLaFuncFromCache: chevrotain.getLaFuncFromCache,
});

interface Case { src: string; mode: 'exec' | 'eval' | 'single' }

function corpus(): Case[] {
  const cases: Case[] = listPrograms().map((f) => ({ src: readFileSync(f, 'utf8'), mode: 'exec' as const }));
  for (const name of ['statements.json', 'expressions.json']) {
    const fx = readFixture<{ ok: { src: string; mode?: string }[]; errors: { src: string; mode?: string }[] }>(name);
    for (const c of [...fx.ok, ...fx.errors]) cases.push({ src: c.src, mode: (c.mode ?? (name === 'expressions.json' ? 'eval' : 'exec')) as Case['mode'] });
  }
  return cases;
}

function outcome(c: Case): string {
  try {
    return dumpAst(parse(c.src, 'case.py', c.mode), { includeAttributes: true });
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return `${e.type}: ${e.msg} ${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset}`;
  }
}

test('lookahead is built lazily, and gives what the eager lookahead gives', () => {
  const old = swapParser(new PythonParser());
  try {
    const lazy = getParser();
    assert.is(laCache(lazy).size, 0, 'nothing built before the first parse');
    parse('', 'empty.py', 'exec');
    assert.ok(laCache(lazy).size < 5, 'an empty program builds almost nothing');
    const cases = corpus();
    const lazyOut = cases.map(outcome);
    const eager = new EagerParser();
    const all = laCache(eager).size;
    assert.ok(all > 100, `${all} lookahead decisions`);
    assert.ok(laCache(lazy).size > all / 2, `the corpus builds most decisions (${laCache(lazy).size} of ${all})`);
    for (const key of laCache(lazy).keys()) assert.ok(laCache(eager).has(key), `lookahead key ${key} is a decision of the grammar`);
    swapParser(eager);
    for (let i = 0; i < cases.length; i++) {
      const out = outcome(cases[i]);
      if (out !== lazyOut[i]) assert.fixture(lazyOut[i], out, cases[i].src.slice(0, 200));
    }
    assert.is(laCache(eager).size, all, 'the eager parser built everything up front');
    // The lazy parser made its functions from the build's table of paths (lookahead-table.ts),
    // which has every decision of the grammar.
    const table = lookaheadTable();
    assert.ok(table !== null, 'dist/grammar/lookahead.json is read');
    assert.is([...table!.keys()].sort().join(), [...laCache(eager).keys()].sort().join(), 'the table has every decision');
    // Without the table (stale), the analysis makes the same decisions.
    resetLookaheadTable(null);
    swapParser(new PythonParser());
    for (let i = 0; i < cases.length; i += 7) {
      const out = outcome(cases[i]);
      if (out !== lazyOut[i]) assert.fixture(lazyOut[i], out, cases[i].src.slice(0, 200));
    }
  } finally {
    resetLookaheadTable(undefined);
    swapParser(old);
  }
});

/** The parser as recorded by Chevrotain's own recorder (grammar/gast-recorder.ts replaces it). */
const RECORDER_METHODS = ['topLevelRuleRecord', 'consumeInternalRecord', 'subruleInternalRecord', 'optionInternalRecord',
  'atLeastOneInternalRecord', 'atLeastOneSepFirstInternalRecord', 'manyInternalRecord', 'manySepFirstInternalRecord', 'orInternalRecord'];
class ChevrotainRecordedParser extends PythonParser {}
for (const m of RECORDER_METHODS) (ChevrotainRecordedParser.prototype as unknown as Record<string, unknown>)[m] = chevrotain[m];

/** Same classes, same own properties in the same order, same values (rules by name, token types by identity). */
function sameGast(x: unknown, y: unknown, path: string): void {
  if (x === y) return;
  if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) assert.unreachable(`${path}: ${String(x)} vs ${String(y)}`);
  const a = x as Record<string, unknown>, b = y as Record<string, unknown>;
  assert.ok(Object.getPrototypeOf(a) === Object.getPrototypeOf(b), `${path}: different classes`);
  assert.is(Object.keys(a).join(), Object.keys(b).join(), `${path}: properties`);
  for (const k of Object.keys(a)) {
    if (k === 'referencedRule') assert.is((a[k] as { name?: string } | undefined)?.name, (b[k] as { name?: string } | undefined)?.name, `${path}.${k}`);
    else if (k === 'terminalType') assert.ok(a[k] === b[k], `${path}.${k}`);
    else sameGast(a[k], b[k], `${path}.${k}`);
  }
}

test('the grammar recorded with cheap GAST nodes is the one Chevrotain records', () => {
  type G = { gastProductionsCache: Record<string, unknown> };
  const ours = (new PythonParser() as unknown as G).gastProductionsCache;
  const theirs = (new ChevrotainRecordedParser() as unknown as G).gastProductionsCache;
  assert.ok(Object.keys(ours).length > 50);
  sameGast(ours, theirs, 'grammar');
});

const DYAD = join(ROOT, 'bin', 'dyad.js');

/** Things created lazily at start-up, used for the first time. */
const PROGRAM = [
  'import sys, math, time',
  'print("\\N{BULLET}", "\\N{LATIN SMALL LETTER A WITH GRAVE}")',
  'print(sys.path[-1].endswith("lib"), math.sqrt(16), type(time.time()).__name__)',
  'match {"a": [1, 2]}:',
  '    case {"a": [x, *rest]}: print("match", x, rest)',
  'print(f"{3.5:>8.2f}|{\'x\'!r}", "%05d" % 42, b"ab".hex(), "ß".upper(), "Σ".lower())',
  'try:',
  '    {}["k"]',
  'except* KeyError as g: print(repr(g.exceptions[0]))',
  'sys.setrecursionlimit(5000)',
  'def d(n): return 0 if n == 0 else 1 + d(n - 1)',
  'print(d(4000))',
  'def f(n): return f(n + 1)',
  'try:',
  '    f(0)',
  'except RecursionError as e: print("RecursionError", e)',
  'print(int("x"))',
].join('\n') + '\n';

function dyad(args: string[], env: Record<string, string> = {}, input = ''): { out: string; err: string; status: number | null } {
  const r = spawnSync(process.execPath, [DYAD, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

test('bin/dyad.js runs the bundle with its code cache, as the ES modules would', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-startup-'));
  try {
    const file = join(dir, 'lazy.py');
    writeFileSync(file, PROGRAM);
    for (const backend of ['tree', 'vm']) {
      const bundled = dyad(['--backend', backend, file], { DYAD_STARTUP_INFO: '1', DYAD_NO_BUNDLE: '0' });
      assert.match(bundled.err, /^dyad: worker thread, bundle .*dyad\.cjs, code cache accepted\n/, 'the bundle is built, fresh, and its code cache accepted');
      const modules = dyad(['--backend', backend, file], { DYAD_NO_BUNDLE: '1' });
      assert.is(bundled.out, modules.out);
      assert.is(bundled.err.split('\n').slice(1).join('\n'), modules.err);
      assert.is(bundled.status, 1);
      assert.is(modules.status, 1);
      assert.match(modules.out, /^• à\nTrue 4\.0 float\nmatch 1 \[2\]\n/);
      assert.match(modules.out, /\n4000\nRecursionError maximum recursion depth exceeded\n$/);
      assert.match(modules.err, /ValueError: invalid literal for int\(\) with base 10: 'x'\n$/);
    }
    // stdin, exit codes, the other commands
    assert.equal(dyad(['-c', 'import sys; print(input()); sys.exit(3)'], {}, 'hi\n'), { out: 'hi\n', err: '', status: 3 });
    assert.equal(dyad(['-'], {}, 'print(2 ** 70)\n'), { out: '1180591620717411303424\n', err: '', status: 0 });
    assert.equal(dyad(['-c', 'raise SystemExit("bye")']), { out: '', err: 'bye\n', status: 1 });
    const both = dyad(['--backend', 'both', file]);
    assert.is(both.status, 0, both.err);
    assert.match(both.out, /^• à\n/);
    assert.match(dyad(['ast', file]).out, /^Module\(body=\[Import\(/);
    assert.match(dyad(['dis', file]).out, /IMPORT_NAME/);
    // --stats runs the VM unless told otherwise, and refuses the tree-walker, which has no counts
    const counted = dyad(['--stats', '-c', 'for i in range(7): pass']);
    assert.match(counted.err, /\n  FOR_ITER_RANGE +7 /);
    assert.is(dyad(['--backend', 'tree', '--stats', '-c', 'pass']).status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** `bin/dyad.js ARGS` run as the `dyad` command is: by its first lines, not by `node bin/dyad.js`. */
function command(args: string[], env: Record<string, string> = {}, shell = ''): { out: string; err: string; status: number | null } {
  const r = shell
    ? spawnSync('/bin/sh', ['-c', `${shell}; exec "$0" "$@"`, DYAD, ...args], { encoding: 'utf8', env: { ...process.env, ...env } })
    : spawnSync(DYAD, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

test('the dyad command runs the VM on its main thread, with a 7 MB stack; the rest in a worker', () => {
  // The flag of the line sh runs is the one bin/dyad.js looks for.
  const text = readFileSync(DYAD, 'utf8');
  const flag = /^#!\/bin\/sh\n':' \/\/; case .* esac; exec node (--stack-size=\d+) "\$0" "\$@"\n/.exec(text)?.[1];
  assert.ok(flag, 'first lines');
  assert.ok(text.includes(`const STACK_FLAG = '${flag}';`), 'STACK_FLAG is the flag sh passes');
  const info = { DYAD_STARTUP_INFO: '1', DYAD_NO_BUNDLE: '0' };
  const where = (r: { err: string }) => /^dyad: (\w+ thread), bundle .*, code cache (\w+)\n/.exec(r.err)?.slice(1).join(', ');
  const prog = ['-c', 'import sys; print(sys.argv[1:]); sys.exit(4)', 'a'];
  const cases: [string, { out: string; err: string; status: number | null }][] = [
    ['main thread, accepted', command(prog, info)],
    ['main thread, accepted', command(['--backend', 'vm', ...prog], info)],
    ['main thread, accepted', command(['--stats', ...prog], info)],
    // (the first lines' crude look for the tree-walker: a word `tree` among the arguments or in
    // DYAD_BACKEND starts node without the stack flag, even where cli.ts then picks the VM)
    ['worker thread, accepted', command(['--stats', ...prog], { ...info, DYAD_BACKEND: 'tree' })],
    ['worker thread, accepted', command(['--backend', 'tree', ...prog], info)],
    ['worker thread, accepted', command(prog, { ...info, DYAD_BACKEND: 'tree' })],
    ['worker thread, accepted', command(prog, { ...info, DYAD_WORKER: '1' })],
    // an OS stack too small for --stack-size=7000 (V8 would crash, not raise RecursionError)
    ['worker thread, accepted', command(prog, info, 'ulimit -s 4096')],
    ['main thread, accepted', command(prog, info, 'ulimit -s 9000')],
    ['worker thread, accepted', dyad(prog, info)],
  ];
  for (const [expected, r] of cases) {
    assert.is(where(r), expected, r.err);
    assert.is(r.out, "['a']\n");
    assert.is(r.status, 4);
  }
  assert.is(where(command(['--backend=both', ...prog], info)), 'worker thread, accepted');
  const treeArg = command([...prog, 'tree'], info);
  assert.is(where(treeArg), 'worker thread, accepted');
  assert.is(treeArg.out, "['a', 'tree']\n");
  // The same results on each thread: an uncaught exception, KeyboardInterrupt's death by SIGINT,
  // stdin, and recursion through native code up to the limit (spec/programs/functions/
  // recursion_through_builtins.py in the corpus, which runs the VM on the main thread).
  const code = [
    'import sys',
    'class R:',
    '    def __init__(self, n): self.n = n',
    '    def __repr__(self): return "x" if self.n == 0 else repr(R(self.n - 1))',
    'print(len(repr(R(300))), input())',
    'def f(n): return sum(f(k) for k in [n + 1])',
    'try: f(0)',
    'except RecursionError as e: print(e)',
    'raise KeyError(sys.argv[1])',
  ].join('\n');
  const main = spawnSync(DYAD, ['-c', code, 'k'], { input: 'in\n', encoding: 'utf8' });
  const worker = spawnSync(process.execPath, [DYAD, '-c', code, 'k'], { input: 'in\n', encoding: 'utf8' });
  assert.is(main.stdout, '1 in\nmaximum recursion depth exceeded\n'); // CPython's output
  assert.equal([main.stdout, main.stderr, main.status], [worker.stdout, worker.stderr, worker.status]);
  assert.match(main.stderr, /\nKeyError: 'k'\n$/);
  assert.is(main.status, 1);
  const interrupted = spawnSync(DYAD, ['-c', 'raise KeyboardInterrupt'], { encoding: 'utf8' });
  assert.is(interrupted.signal, 'SIGINT');
});

test('a bundle older than one of its inputs is not used', () => {
  // A copy of the package holding bin/dyad.js, the bundle, and a stand-in for dist/src/cli.js.
  const root = mkdtempSync(join(tmpdir(), 'dyad-stale-'));
  try {
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'dist', 'bundle'), { recursive: true });
    mkdirSync(join(root, 'dist', 'src'));
    copyFileSync(DYAD, join(root, 'bin', 'dyad.js'));
    for (const f of ['dyad.cjs', 'dyad.cjs.cache']) copyFileSync(join(ROOT, 'dist', 'bundle', f), join(root, 'dist', 'bundle', f));
    writeFileSync(join(root, 'dist', 'bundle', 'inputs.json'), JSON.stringify(['input.js']));
    writeFileSync(join(root, 'dist', 'src', 'cli.js'), 'export function main() { process.stdout.write("modules\\n"); return 0; }\n');
    writeFileSync(join(root, 'input.js'), '');
    const run = () => execFileSync(process.execPath, [join(root, 'bin', 'dyad.js'), '-c', 'print("bundle")'],
      { encoding: 'utf8', env: { ...process.env, DYAD_NO_BUNDLE: '0' } });
    const now = Date.now() / 1000;
    utimesSync(join(root, 'input.js'), now - 100, now - 100);
    assert.is(run(), 'bundle\n');
    utimesSync(join(root, 'input.js'), now + 100, now + 100);
    assert.is(run(), 'modules\n');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test.run();
