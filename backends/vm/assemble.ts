// From a compiled unit to a VMCode: frame-entry instructions (MAKE_CELL, COPY_FREE_VARS), one
// flow pass over the instructions (reachability, stack depth, the exception-handler stack at
// every instruction: CPython's stackdepth + label_exception_targets), removal of unreachable
// code and pseudo-instructions, jump resolution, the exception table, unused-constant removal
// (CPython keeps co_consts[0]), and the slot layout of cells and free variables.

import type { SourcePos } from '../../src/objects/exception.js';
import { CoFlags } from '../../src/objects/function.js';
import { PYCF_MASK } from '../../src/symtable/index.js';
import { None } from '../../src/objects/singletons.js';
import { Op, OPS, word } from './opcodes.js';
import { VMCode, FAST_LOCAL, FAST_CELL, FAST_FREE } from './code.js';
import type { Compiler, Unit, Instr, Label } from './compiler.js';

interface ExcNode {
  readonly target: Label;
  readonly lasti: boolean;
  readonly parent: ExcNode | null;
}

const DEREF_OPS = new Set<Op>([Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLOSURE, Op.LOAD_CLASSDEREF, Op.MAKE_CELL]);

function isSetup(op: Op): boolean {
  return op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH;
}

export function assemble(c: Compiler, u: Unit): VMCode {
  // The implicit `return None` (unreachable ones are removed below).
  const noneIdx = u.addConst(None);
  u.instrs.push({ op: Op.LOAD_CONST, arg: noneIdx, target: null, line: u.line, pos: null }, { op: Op.RETURN_VALUE, arg: 0, target: null, line: u.line, pos: null });

  // Frame-entry instructions.
  const prefix: Instr[] = [];
  for (let i = 0; i < u.cellvars.length; i++) prefix.push({ op: Op.MAKE_CELL, arg: i, target: null, line: -1, pos: null });
  if (u.freevars.length > 0) prefix.push({ op: Op.COPY_FREE_VARS, arg: u.freevars.length, target: null, line: -1, pos: null });
  const instrs = prefix.length ? prefix.concat(u.instrs) : u.instrs;
  if (prefix.length) {
    const seen = new Set<Label>();
    for (const ins of u.instrs) {
      const t = ins.target;
      if (t !== null && !seen.has(t)) {
        seen.add(t);
        t.pos += prefix.length;
      }
    }
  }

  // Flow pass.
  const n = instrs.length;
  const depthAt = new Int32Array(n).fill(-1);
  const excAt: (ExcNode | null)[] = new Array(n).fill(null);
  let maxDepth = 0;
  const work: [number, number, ExcNode | null][] = [[0, 0, null]];
  while (work.length > 0) {
    let [i, depth, exc] = work.pop()!;
    for (;;) {
      if (i >= n) throw new Error(`vm assembler: control falls off the end of ${u.qualname}`);
      if (depthAt[i] >= 0) {
        if (depthAt[i] !== depth) throw new Error(`vm assembler: inconsistent stack depth at ${i} in ${u.qualname} (${depthAt[i]} vs ${depth}, ${OPS[instrs[i].op].name})`);
        break;
      }
      if (depth < 0) throw new Error(`vm assembler: negative stack depth at ${i} in ${u.qualname}`);
      depthAt[i] = depth;
      excAt[i] = exc;
      if (depth > maxDepth) maxDepth = depth;
      const ins = instrs[i];
      const info = OPS[ins.op];
      if (isSetup(ins.op)) {
        const d = depth + info.jump!(ins.arg);
        if (d > maxDepth) maxDepth = d;
        work.push([ins.target!.pos, d, exc]);
        exc = { target: ins.target!, lasti: ins.op !== Op.SETUP_FINALLY, parent: exc };
        i++;
        continue;
      }
      if (ins.op === Op.POP_BLOCK) {
        if (exc === null) throw new Error(`vm assembler: POP_BLOCK without a block in ${u.qualname}`);
        exc = exc.parent;
        i++;
        continue;
      }
      if (info.jump !== null && ins.target !== null) {
        const d = depth + info.jump(ins.arg);
        if (d > maxDepth) maxDepth = d;
        work.push([ins.target.pos, d, exc]);
      }
      if (info.terminal) break;
      depth += info.effect(ins.arg);
      if (depth > maxDepth) maxDepth = depth;
      i++;
    }
  }

  // Keep reachable, real instructions.
  const keep: number[] = [];
  const newIndex = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const op = instrs[i].op;
    if (depthAt[i] >= 0 && !isSetup(op) && op !== Op.POP_BLOCK && op !== Op.NOP) keep.push(i);
  }
  {
    let k = keep.length;
    newIndex[n] = k;
    for (let i = n - 1, j = keep.length - 1; i >= 0; i--) {
      if (j >= 0 && keep[j] === i) {
        k = j;
        j--;
      }
      newIndex[i] = k;
    }
  }

  // Slot layout: varnames, cells that are not parameters, free variables.
  const nlocals = u.varnames.length;
  const derefSlot: number[] = [];
  const names: string[] = u.varnames.slice();
  const kinds: number[] = u.varnames.map(() => FAST_LOCAL);
  for (const cell of u.cellvars) {
    const vi = u.varnames.indexOf(cell);
    if (vi >= 0) {
      derefSlot.push(vi);
      kinds[vi] |= FAST_CELL;
    } else {
      derefSlot.push(names.length);
      names.push(cell);
      kinds.push(FAST_CELL);
    }
  }
  for (const free of u.freevars) {
    derefSlot.push(names.length);
    names.push(free);
    kinds.push(FAST_FREE);
  }

  // CPython 3.11 trims only the unused constants after the last one used (co_consts[0] stays).
  let maxConst = 0;
  for (const i of keep) {
    const ins = instrs[i];
    if ((ins.op === Op.LOAD_CONST || ins.op === Op.KW_NAMES) && ins.arg > maxConst) maxConst = ins.arg;
  }
  const consts = u.consts.slice(0, maxConst + 1);

  // Instruction words, lines.
  const m = keep.length;
  const words = new Int32Array(m);
  const lines = new Int32Array(m);
  const positions: (SourcePos | null)[] = new Array(m);
  for (let j = 0; j < m; j++) {
    const ins = instrs[keep[j]];
    let op = ins.op;
    let arg = ins.arg;
    if (ins.target !== null) {
      arg = newIndex[ins.target.pos];
      if (op === Op.JUMP || op === Op.JUMP_NO_INTERRUPT) op = arg > j ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
    } else if (DEREF_OPS.has(op)) {
      arg = derefSlot[arg];
    }
    words[j] = word(op, arg);
    lines[j] = ins.line;
    positions[j] = ins.pos;
  }

  // Exception table: runs of instructions with the same innermost handler.
  const table: number[] = [];
  const handlerOf = new Int32Array(m).fill(-1);
  let cur: ExcNode | null = null;
  let start = 0;
  const flush = (end: number) => {
    if (cur === null || end <= start) return;
    const target = newIndex[cur.target.pos];
    const depth = depthAt[cur.target.pos] - 1 - (cur.lasti ? 1 : 0);
    const entry = table.length / 5;
    table.push(start, end, target, depth, cur.lasti ? 1 : 0);
    for (let j = start; j < end; j++) handlerOf[j] = entry;
  };
  for (let j = 0; j < m; j++) {
    const e = excAt[keep[j]];
    const same = e === cur || (e !== null && cur !== null && e.target === cur.target && e.lasti === cur.lasti);
    if (!same) {
      flush(j);
      cur = e;
      start = j;
    }
  }
  flush(m);

  // The code object.
  const scope = u.scope;
  const code = new VMCode(c.backend, c.mode, u.kind, u.name, u.qualname, c.filename, u.firstlineno);
  code.co_argcount = u.argcount + u.posonlyargcount;
  code.co_posonlyargcount = u.posonlyargcount;
  code.co_kwonlyargcount = u.kwonlyargcount;
  code.co_nlocals = nlocals;
  code.co_varnames = u.varnames.slice();
  code.co_cellvars = u.cellvars.slice();
  code.co_freevars = u.freevars.slice();
  code.co_names = u.names.slice();
  code.co_consts = consts;
  code.astNode = u.node;
  code.co_stacksize = maxDepth;
  let flags = 0;
  if (scope.type === 'function') {
    flags |= CoFlags.OPTIMIZED | CoFlags.NEWLOCALS;
    if (scope.isNested) flags |= CoFlags.NESTED;
    if (scope.isGenerator && !scope.isCoroutine) flags |= CoFlags.GENERATOR;
    if (!scope.isGenerator && scope.isCoroutine) flags |= CoFlags.COROUTINE;
    if (scope.isGenerator && scope.isCoroutine) flags |= CoFlags.ASYNC_GENERATOR;
    if (scope.hasVarargs) flags |= CoFlags.VARARGS;
    if (scope.hasVarkeywords) flags |= CoFlags.VARKEYWORDS;
  }
  flags |= c.table.futureFlags & PYCF_MASK;
  code.co_flags = flags;
  code.isGenerator = scope.type === 'function' && scope.isGenerator && !scope.isCoroutine;
  code.isCoroutine = scope.type === 'function' && scope.isCoroutine && !scope.isGenerator;
  code.isAsyncGenerator = scope.type === 'function' && scope.isGenerator && scope.isCoroutine;
  code.localsplusNames = names;
  code.localsplusKinds = Uint8Array.from(kinds);
  code.nlocalsplus = names.length;
  code.frameSize = names.length + maxDepth + 1;
  code.simpleArgs = (flags & (CoFlags.VARARGS | CoFlags.VARKEYWORDS)) === 0 && u.kwonlyargcount === 0 && !code.isGenerator && !code.isCoroutine && !code.isAsyncGenerator;
  code.kwBindable = (flags & (CoFlags.VARARGS | CoFlags.VARKEYWORDS)) === 0 && !code.isGenerator && !code.isCoroutine && !code.isAsyncGenerator;
  code.varargsOnly = (flags & (CoFlags.VARARGS | CoFlags.VARKEYWORDS)) === CoFlags.VARARGS && u.kwonlyargcount === 0 && !code.isGenerator && !code.isCoroutine && !code.isAsyncGenerator;
  code.genArgs = code.isGenerator && (flags & (CoFlags.VARARGS | CoFlags.VARKEYWORDS)) === 0 && u.kwonlyargcount === 0 ? code.co_argcount : -1;
  code.hasDocstring = u.hasDocstring;
  code.excTable = Int32Array.from(table);
  code.handlerOf = handlerOf;
  code.setCode(words, lines);
  code.positions = positions;
  return code;
}

