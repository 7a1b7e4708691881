// The bytecode backend (issue #4). CONTRACT
//
//   new VMBackend()                     Backend named 'vm' (src/runtime/backend.ts)
//   compile(tree, filename, mode, src)  AST + shared symbol table -> VMCode (compiler.ts ...)
//   run(code, globals, locals)          runs a top-level code object in the dispatch loop (vm.ts)
//
// Files: opcodes.ts (the instruction table), code.ts (code objects, superinstructions),
// compiler.ts + compile-stmt.ts / compile-blocks.ts / compile-expr.ts / compile-scopes.ts /
// compile-patterns.ts / src/runtime/const-fold.ts / unparse.ts (AST -> instructions in CPython 3.11's shapes), assemble.ts (flow analysis, dead code,
// exception table, slot layout), frame.ts, vm.ts (the dispatch loop: hot instructions),
// vm-slow.ts (the other instructions, calls of non-VM callables, exception unwinding),
// vm-support.ts (slow paths and errors), alloc.ts (fast allocation of floats, tuples, lists,
// cells), generator.ts + asyncgen.ts (generators, coroutines, async generators),
// specialize.ts (inline caches, --stats), dis.ts (disassembler, --scopes), cli.ts (dyad dis,
// --stats, --backend both).
//
// Functions made by this backend are PyFunctions whose code is a VMCode; VMCode.invoke runs them
// for any caller (builtins, the tree-walker), and the VM calls tree-walker functions through the
// same protocol, so the two backends interoperate in one process.

import type { mod } from '../../src/ast/nodes.js';
import type { PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyTuple, PyList } from '../../src/objects/tuple.js';
import { T } from '../../src/objects/types.js';
import { None } from '../../src/objects/singletons.js';
import { PyFunction, PyMethod, type Code } from '../../src/objects/function.js';
import { E, newError } from '../../src/objects/exception.js';
import { typeError, call, getAttr } from '../../src/objects/protocol.js';
import { addGetSets, addMethods, nativeFunction } from '../../src/objects/native.js';
import { newBytes } from '../../src/objects/bytes.js';
import { addressOf } from '../../src/objects/identity.js';
import type { Backend, CodeObject, CompileMode } from '../../src/runtime/backend.js';
import { PyModule } from '../../src/runtime/module.js';
import { interp } from '../../src/runtime/interpreter.js';
import { registerNativeModule } from '../../src/runtime/import.js';
import { installGeneratorTypes, createCoroutineWrapperType, PyGenerator } from '../treewalk/generator.js';
import { isVMGenerator, genNext, drainGenerator, visitGenerator } from './generator.js';
import { setGeneratorVisitor } from '../../src/builtins/iterate.js';
import { registerFastIteration, iterateGeneric } from '../../src/objects/iterate.js';
import { compileTree } from './compiler.js';
import { cachedCode, encodeCode, decodeCode } from './code-cache.js';
import { installAsyncGenerators } from './asyncgen.js';
import { VMCode } from './code.js';
import { VMFrame, newRegs } from './frame.js';
import { runEntry, initVMTypes } from './vm.js';
import { builtinsFor } from './vm-support.js';
import { disassembleRecursive, codeRepr } from './dis.js';
import { OPS, Op } from './opcodes.js';

let runtimeGlueInstalled = false;

export class VMBackend implements Backend {
  readonly name = 'vm' as const;

  constructor() {
    if (!runtimeGlueInstalled) {
      runtimeGlueInstalled = true;
      if (T.generator.slots.iternext === undefined) {
        createCoroutineWrapperType();
        installGeneratorTypes();
      }
      installAsyncGenerators();
      installGeneratorFastPath();
      initVMTypes();
      registerNativeModule('dis', makeDisModule);
    }
  }

  compile(tree: mod, filename: string, mode: CompileMode, source: string, futureFlags = 0): CodeObject {
    return compileTree(tree, this, filename, mode, source, futureFlags);
  }

  cachedModule(filename: string): CodeObject | null {
    return cachedCode(this, filename);
  }

  encodeModule(code: CodeObject): string {
    return encodeCode(code as VMCode);
  }

  decodeModule(text: string, filename: string, source: string): CodeObject {
    return decodeCode(text, this, filename, () => compileTree(parse(source, filename, 'exec'), this, filename, 'exec', source));
  }

  run(codeObj: CodeObject, globals: PyDict, locals: PyObject): PyObject {
    if (!(codeObj instanceof VMCode)) return codeObj.backend.run(codeObj, globals, locals);
    const code = codeObj;
    if (code.co_freevars.length > 0) typeError('code object passed to exec() may not contain free variables');
    const frame = new VMFrame(code, newRegs(code.frameSize), null, globals, builtinsFor(globals), locals);
    const r = runEntry(frame);
    return code.mode === 'eval' ? r : None;
  }

}


/**
 * next() on a VM generator resumes its frame directly (no iterator-protocol adapter object per
 * step); other generators keep the slot installed before.
 */
function installGeneratorFastPath(): void {
  const prior = T.generator.slots.iternext;
  if (prior === undefined) return;
  T.generator.slots.iternext = (g) => (isVMGenerator(g as PyGenerator) ? genNext(g as PyGenerator) : prior(g));
  // list(g), tuple(g), sorted(g), ...: a VM generator's items from one run of its frame.
  const iter = T.generator.slots.iter;
  if (iter !== undefined) registerFastIteration(iter, (g) => drainGenerator(g as PyGenerator) ?? iterateGeneric(g));
  // sum(g), any(g), max(g), ...: the same, visiting each item as it comes.
  setGeneratorVisitor((g, fn, quick) => visitGenerator(g as PyGenerator, fn, quick));
}

// ---- code objects as Python objects ----------------------------------------------------------------

// ---- the dis module ---------------------------------------------------------------------------------------

function codeOfObject(x: PyObject): VMCode | null {
  if (x instanceof VMCode) return x;
  if (x instanceof PyFunction) return x.code instanceof VMCode ? x.code : null;
  if (x instanceof PyMethod) return codeOfObject(x.func);
  return null;
}

export function makeDisModule(): PyModule {
  const m = new PyModule('dis');
  const d = m.dict;
  const write = (text: string) => {
    const out = interp().sysModule.dict.getStr('stdout');
    if (out !== undefined) call(getAttr(out, 'write'), [text]);
  };
  d.setStr('dis', nativeFunction('dis', (args) => {
    const x = args[0];
    if (x === undefined) throw newError(E.RuntimeError, 'no last traceback to disassemble');
    if (typeof x === 'string') {
      // Under the tree-walker (the module is importable there too) a VM backend compiles it.
      const vm = interp().backends.get('vm') ?? new VMBackend();
      const code = vm.compile(parseSource(x), '<dis>', 'exec', x) as VMCode;
      write(disassembleRecursive(code));
      return None;
    }
    const code = codeOfObject(x);
    if (code !== null) {
      write(disassembleRecursive(code));
      return None;
    }
    if (x instanceof PyModule || (x as { dict?: PyDict }).dict instanceof PyDict) {
      const dict = (x as { dict: PyDict }).dict;
      const names = [...dict.entries()].map(([k]) => k as string).filter((k) => typeof k === 'string').sort();
      for (const name of names) {
        const c = codeOfObject(dict.getStr(name)!);
        if (c === null) continue;
        write(`Disassembly of ${name}:\n${disassembleRecursive(c)}\n`);
      }
      return None;
    }
    typeError(`don't know how to disassemble ${(x as { cls?: { name: string } }).cls?.name ?? typeof x} objects`);
  }));
  const opnames: PyObject[] = [];
  for (let i = 0; i < 256; i++) opnames.push(i > 0 && i < Op.COUNT ? OPS[i].name : `<${i}>`);
  d.setStr('opname', new PyList(opnames));
  return m;
}

import { parse } from '../../grammar/index.js';
function parseSource(src: string): mod {
  return parse(src, '<dis>', 'exec');
}

export { VMCode, VMFrame };
