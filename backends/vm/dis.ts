// The disassembler: `dyad dis FILE` / `import dis; dis.dis(f)` print code objects in the style
// of CPython 3.11's `python -m dis` (line, jump marker, offset, opname, arg, (argval)), with the
// exception table, recursing into nested code objects; `dyad dis --scopes FILE` prints, per code
// object, its name tables and the set of variable-access instructions per name, in exactly the
// format of ../shared/tools/cpython_ref.py scopes.

import type { PyObject } from '../../src/objects/object.js';
import { repr } from '../../src/objects/protocol.js';
import { addressOf } from '../../src/objects/identity.js';
import { compareCodePoints } from '../../src/symtable/index.js';
import { Op, OPS, NB, NB_SYMBOLS, CMP_SYMBOLS } from './opcodes.js';
import { VMCode } from './code.js';

const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_CONV = ['', 'str', 'repr', 'ascii'];

export function codeRepr(c: VMCode): string {
  return `<code object ${c.co_name} at ${addressOf(c as unknown as PyObject)}, file "${c.co_filename}", line ${c.co_firstlineno}>`;
}

function constRepr(v: PyObject): string {
  return v instanceof VMCode ? codeRepr(v) : repr(v);
}

/** The instruction words to show: as compiled, or as currently specialised. */
export interface DisOptions {
  adaptive?: boolean;
}

/** One instruction's (opname, arg, argrepr). */
function describe(code: VMCode, i: number, w: number): [string, number | null, string] {
  const op = w & 0xff;
  const info = OPS[op];
  const arg = w >> 8;
  switch (info.arg) {
    case 'none':
      return [info.name, null, ''];
    case 'const':
    case 'kwnames':
      return [info.name, arg, constRepr(code.co_consts[arg])];
    case 'name':
      return [info.name, arg, code.co_names[arg]];
    case 'global':
      return [info.name, arg, (arg & 1 ? 'NULL + ' : '') + code.co_names[arg >> 1]];
    case 'local':
    case 'deref':
      return [info.name, arg, code.localsplusNames[arg]];
    case 'jump':
      // The argument CPython shows is the distance in code units; ours is the target index.
      return [info.name, arg > i ? arg - i - 1 : i + 1 - arg, `to ${arg * 2}`];
    case 'flag':
      return [info.name, arg === 0 ? null : arg, ''];
    case 'binop':
      return [info.name, arg, arg >= NB.INPLACE ? NB_SYMBOLS[arg - NB.INPLACE] + '=' : NB_SYMBOLS[arg]];
    case 'cmp':
      return [info.name, arg, CMP_SYMBOLS[arg]];
    case 'mkfn':
      return [info.name, arg, MAKE_FUNCTION_FLAGS.filter((_, k) => arg & (1 << k)).join(', ')];
    case 'format': {
      let r = FORMAT_CONV[arg & 3];
      if (arg & 4) r += r ? ', with format' : 'with format';
      return [info.name, arg & 7, r]; // (CPython has no FORMAT_VALUE_WHOLE flag)
    }
    default:
      return [info.name, arg, ''];
  }
}

/** CPython's dis.dis(code) output for one code object (no recursion). */
export function disassemble(code: VMCode, opts: DisOptions = {}): string {
  const words = opts.adaptive ? code.code : code.original;
  const n = words.length;
  let maxLine = 0;
  for (let i = 0; i < n; i++) if (code.lines[i] > maxLine) maxLine = code.lines[i];
  const lineWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const offsetWidth = (n - 1) * 2 >= 10000 ? String((n - 1) * 2).length : 4;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) if (OPS[words[i] & 0xff].arg === 'jump') targets.add(words[i] >> 8);
  for (let k = 0; k < code.excTable.length; k += 5) targets.add(code.excTable[k + 2]);
  let out = '';
  let lastLine = -1;
  for (let i = 0; i < n; i++) {
    const line = code.lines[i];
    let starts: number | null = null;
    if (line >= 0 && line !== lastLine) {
      starts = line;
      lastLine = line;
    }
    if (starts !== null && i > 0) out += '\n';
    const fields: string[] = [];
    fields.push(starts !== null ? String(starts).padStart(lineWidth) : ' '.repeat(lineWidth));
    fields.push('   ');
    fields.push(targets.has(i) ? '>>' : '  ');
    fields.push(String(i * 2).padStart(offsetWidth));
    const [name, arg, argrepr] = describe(code, i, words[i]);
    fields.push(name.padEnd(20));
    if (arg !== null) {
      fields.push(String(arg).padStart(5));
      if (argrepr) fields.push(`(${argrepr})`);
    }
    out += fields.join(' ').trimEnd() + '\n';
  }
  if (code.excTable.length > 0) {
    out += 'ExceptionTable:\n';
    for (let k = 0; k < code.excTable.length; k += 5) {
      const [start, end, target, depth, lasti] = code.excTable.subarray(k, k + 5);
      out += `  ${start * 2} to ${(end - 1) * 2} -> ${target * 2} [${depth}]${lasti ? ' lasti' : ''}\n`;
    }
  }
  return out;
}

/** dis.dis(code): the code object, then every nested code object, recursively. */
export function disassembleRecursive(code: VMCode, opts: DisOptions = {}): string {
  let out = disassemble(code, opts);
  for (const c of code.co_consts) {
    if (c instanceof VMCode) {
      out += `\nDisassembly of ${codeRepr(c)}:\n`;
      out += disassembleRecursive(c, opts);
    }
  }
  return out;
}

// ---- --scopes ---------------------------------------------------------------------------------------

const FAMILY_OPS = new Set([
  'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST',
  'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLASSDEREF', 'LOAD_CLOSURE',
  'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL',
  'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME',
]);
/** Names the compiler introduces itself (cpython_ref.py hides them). */
const HIDDEN = new Set(['__module__', '__qualname__', '__classcell__', '__class__', '__doc__', '__name__']);

function* codeObjects(code: VMCode): Generator<VMCode> {
  yield code;
  for (const c of code.co_consts) if (c instanceof VMCode) yield* codeObjects(c);
}

function sortedNames(names: string[]): string {
  return names.slice().sort(compareCodePoints).join(' ');
}

/** The variable-access instructions of a code object, as "OPNAME name" strings (a set). */
export function accesses(code: VMCode): Set<string> {
  const out = new Set<string>();
  const words = code.original;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const op = w & 0xff;
    const name = OPS[op].name;
    if (!FAMILY_OPS.has(name)) continue;
    const arg = w >> 8;
    let argval: string;
    if (op === Op.LOAD_GLOBAL) argval = code.co_names[arg >> 1];
    else if (OPS[op].arg === 'local' || OPS[op].arg === 'deref') argval = code.localsplusNames[arg];
    else argval = code.co_names[arg];
    if (HIDDEN.has(argval) || argval.startsWith('.')) continue;
    out.add(`${name} ${argval}`);
  }
  return out;
}

/** Exactly what `cpython_ref.py scopes FILE` prints for the module's code object. */
export function formatScopes(module: VMCode): string {
  const all = [...codeObjects(module)];
  all.sort((a, b) => a.co_firstlineno - b.co_firstlineno || compareCodePoints(a.co_qualname, b.co_qualname));
  let out = '';
  for (const co of all) {
    out += `code ${co.co_qualname} line ${co.co_firstlineno}\n`;
    out += `  argcount ${co.co_argcount} kwonly ${co.co_kwonlyargcount}\n`;
    out += `  varnames ${sortedNames(co.co_varnames)}\n`;
    out += `  cellvars ${sortedNames(co.co_cellvars)}\n`;
    out += `  freevars ${sortedNames(co.co_freevars)}\n`;
    for (const a of [...accesses(co)].sort(compareCodePoints)) out += `  ${a}\n`;
  }
  return out;
}
