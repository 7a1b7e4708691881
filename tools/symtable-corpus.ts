// Symbol-table corpus check: for every .py file under DIR (default: CPython's stdlib without
// site-packages), compares formatSymtable(buildSymtable(...)) with what
// ../shared/tools/cpython_ref.py `symtable` prints, and Dyad's symtable SyntaxErrors with
// CPython's (message, line, offset).
//
//   node dist/tools/symtable-corpus.js [DIR] [--parser dyad|cpython] [--refresh] [--list N] [--diff FILE]
//
// The ASTs come from Dyad's parser (grammar/index.ts) when it works, or with --parser cpython from
// CPython via tools/ast_json.py. CPython's ASTs, symtable dumps and code-object tables are computed
// by one python3 process and cached in .cache/symtable-corpus-<key>/. Besides the dump, every code
// object compile() makes is checked against its Scope: parameters (varnames), cellvars(),
// freevars(), and the CO_GENERATOR/COROUTINE/ASYNC_GENERATOR/NESTED/VARARGS/VARKEYWORDS flags.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { mod } from '../src/ast/nodes.js';
import { PySyntaxError } from '../grammar/errors.js';
import { buildSymtable, formatSymtable, type Scope } from '../src/symtable/index.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const REF_TOOL = resolve(ROOT, '../shared/tools/cpython_ref.py');

/** JSON from tools/ast_json.py -> Dyad AST (ints become bigints). */
export function reviveAst(text: string): mod {
  return JSON.parse(text, (_k, v) => (v !== null && typeof v === 'object' && typeof v._int === 'string' ? BigInt(v._int) : v)) as mod;
}

function listPy(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (name !== 'site-packages' && name !== '__pycache__') listPy(p, out);
    } else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}

function stdlibDir(): string {
  const r = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]);
  return r.stdout.toString().trim();
}

export function formatError(e: { type: string; msg: string; lineno: number | null; offset: number | null; end_lineno?: number | null; end_offset?: number | null }): string {
  const py = (v: number | null | undefined) => (v === null || v === undefined ? 'None' : String(v));
  return `error ${e.type}: ${e.msg} line ${py(e.lineno)} offset ${py(e.offset)} end ${py(e.end_lineno)} ${py(e.end_offset)}`;
}

const CODE_NAMES: Record<string, string> = {
  top: '<module>', lambda: '<lambda>', listcomp: '<listcomp>', setcomp: '<setcomp>', dictcomp: '<dictcomp>', genexpr: '<genexpr>',
};

/** Per code object the compiler would make from each scope: "name line|params|cellvars|freevars". */
function codeTables(top: Scope): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (s: Scope) => {
    const n = s.node as { decorator_list?: { lineno: number }[] };
    const isLambdaOrComp = s.name in CODE_NAMES && s.type === 'function' && s.node._type !== 'FunctionDef' && s.node._type !== 'AsyncFunctionDef';
    const name = s.type === 'module' || isLambdaOrComp ? CODE_NAMES[s.name] : s.name;
    const line = s.type === 'module' ? 1 : n.decorator_list && n.decorator_list.length ? n.decorator_list[0].lineno : s.lineno;
    const key = `${name} ${line}`;
    let flags = 0;
    if (s.type === 'function') {
      if (s.hasVarargs) flags |= 0x4;
      if (s.hasVarkeywords) flags |= 0x8;
      if (s.isNested) flags |= 0x10;
      if (s.isGenerator && !s.isCoroutine) flags |= 0x20;
      if (!s.isGenerator && s.isCoroutine) flags |= 0x80;
      if (s.isGenerator && s.isCoroutine) flags |= 0x200;
    }
    const v = `${s.varnames.join(',')}|${s.cellvars().join(',')}|${s.freevars().join(',')}|${flags}`;
    if (!out.has(key)) out.set(key, []);
    out.get(key)!.push(v);
    for (const c of s.children) walk(c);
  };
  walk(top);
  for (const v of out.values()) v.sort();
  return out;
}

/** Compares with CPython's code objects; code objects CPython dropped as dead code are ignored. */
function compareCode(top: Scope, cpy: [string, number, string[], string[], string[], number][]): string | null {
  const ref = new Map<string, string[]>();
  for (const [name, line, params, cells, frees, flags] of cpy) {
    const key = `${name} ${line}`;
    if (!ref.has(key)) ref.set(key, []);
    ref.get(key)!.push(`${params.join(',')}|${cells.join(',')}|${frees.join(',')}|${flags}`);
  }
  const mine = codeTables(top);
  for (const [key, vals] of ref) {
    vals.sort();
    const m = mine.get(key);
    if (!m) return `${key}: no scope here`;
    // Dead code may remove some of several same-keyed code objects: every CPython one must exist here.
    const pool = [...m];
    for (const v of vals) {
      const i = pool.indexOf(v);
      if (i < 0) return `${key}: cpython ${v}, dyad ${m.join(' / ')}`;
      pool.splice(i, 1);
    }
  }
  return null;
}

async function main(argv: string[]): Promise<number> {
  let dir = '';
  let parser = 'auto';
  let refresh = false;
  let listMax = 40;
  let diffFile = '';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--parser') parser = argv[++i];
    else if (argv[i] === '--refresh') refresh = true;
    else if (argv[i] === '--list') listMax = Number(argv[++i]);
    else if (argv[i] === '--diff') diffFile = argv[++i];
    else dir = argv[i];
  }
  if (!dir) dir = stdlibDir();
  const files = listPy(resolve(dir));
  let dyadParse: ((src: string, file: string, mode: string) => mod) | null = null;
  if (parser !== 'cpython') {
    try {
      const g = await import('../grammar/index.js' as string);
      // auto: Dyad's parser as soon as it handles a smoke test.
      if (parser === 'dyad' || g.parse('def f(a):\n    return [a for b in c]\n', 'smoke.py', 'exec')._type === 'Module') dyadParse = g.parse;
    } catch (e) {
      if (parser === 'dyad') throw e;
    }
  }
  const key = createHash('sha1').update(files.join('\n')).digest('hex').slice(0, 12);
  const cache = resolve(ROOT, '.cache', `symtable-corpus-${key}`);
  if (refresh || !existsSync(join(cache, 'done'))) {
    mkdirSync(cache, { recursive: true });
    process.stderr.write(`computing CPython ASTs and symtables for ${files.length} files...\n`);
    const r = spawnSync('python3', [resolve(ROOT, 'tools/ast_json.py'), '--batch', cache, REF_TOOL], {
      input: files.join('\n') + '\n', maxBuffer: 1 << 28,
    });
    if (r.status !== 0) throw new Error('batch failed: ' + r.stderr.toString());
    spawnSync('touch', [join(cache, 'done')]);
  }
  let identical = 0, skipped = 0, rejectedBoth = 0;
  const different: string[] = [];
  const codeDifferent: string[] = [];
  let codeSame = 0;
  const crashed: string[] = [];
  const t0 = Date.now();
  let tSym = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const refText = readFileSync(join(cache, `${i}.sym`), 'utf8');
    let ref: string;
    if (refText.startsWith('{')) {
      const rec = JSON.parse(refText);
      if (rec.skip) { skipped++; continue; }
      ref = formatError(rec.error) + '\n';
    } else ref = refText;
    const source = readFileSync(file, 'utf8');
    let out: string;
    try {
      let tree: mod;
      if (dyadParse) tree = dyadParse(source, file, 'exec');
      else {
        const j = readFileSync(join(cache, `${i}.json`), 'utf8');
        if (j.startsWith('{"error"') || j.startsWith('{"skip"')) { skipped++; continue; }
        tree = reviveAst(j);
      }
      const t1 = performance.now();
      try {
        const top = buildSymtable(tree, file);
        out = formatSymtable(top);
        const codePath = join(cache, `${i}.code`);
        if (existsSync(codePath)) {
          const cpy = JSON.parse(readFileSync(codePath, 'utf8'));
          if (Array.isArray(cpy)) {
            const d = compareCode(top, cpy);
            if (d) codeDifferent.push(`${file}: ${d}`);
            else codeSame++;
          }
        }
      } finally {
        tSym += performance.now() - t1;
      }
    } catch (e) {
      if (e instanceof PySyntaxError) out = formatError({ ...e, type: e.type }) + '\n';
      else { crashed.push(`${file}: ${(e as Error).stack?.split('\n').slice(0, 4).join(' | ')}`); continue; }
    }
    if (ref.startsWith('error ') && out === ref) { rejectedBoth++; continue; }
    if (out === ref) identical++;
    else {
      different.push(file);
      if (diffFile && file.endsWith(diffFile)) {
        const a = ref.split('\n'), b = out.split('\n');
        for (let k = 0; k < Math.max(a.length, b.length); k++) {
          if (a[k] !== b[k]) { console.log(`line ${k + 1}:\n  cpython: ${a[k]}\n  dyad:    ${b[k]}`); break; }
        }
      }
    }
  }
  console.log(`symtable corpus ${dir}: ${files.length} files, ${skipped} skipped (not parsed by CPython or not UTF-8), parser: ${dyadParse ? 'dyad' : 'cpython'}`);
  console.log(`identical ${identical}  same SyntaxError ${rejectedBoth}  different ${different.length}  crashed ${crashed.length}  (${((Date.now() - t0) / 1000).toFixed(1)} s, symtable ${(tSym / 1000).toFixed(2)} s)`);
  console.log(`code objects (parameters, co_cellvars, co_freevars, generator/coroutine/nested/varargs flags vs compile()): files identical ${codeSame}  different ${codeDifferent.length}`);
  for (const [label, list] of [['different', different], ['crashed', crashed], ['code objects different', codeDifferent]] as const) {
    if (!list.length) continue;
    console.log(`\n${label}:`);
    for (const f of list.slice(0, listMax)) console.log('  ' + f);
    if (list.length > listMax) console.log(`  ... and ${list.length - listMax} more`);
  }
  return different.length || crashed.length || codeDifferent.length ? 1 : 0;
}

if (process.argv[1] && process.argv[1].endsWith('symtable-corpus.js')) {
  main(process.argv.slice(2)).then((c) => { process.exitCode = c; });
}
