// The tree-walk backend: compile = parse tree + symbol table + one resolution pass (no code
// generation); run = evaluate the module/expression AST in a Frame on the shared runtime.

import { setupAnnotations } from './annotations.js';
import type { mod, expr } from '../../src/ast/nodes.js';
import type { PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import { None } from '../../src/objects/singletons.js';
import { buildSymtable } from '../../src/symtable/index.js';
import type { Backend, CodeObject, CompileMode } from '../../src/runtime/backend.js';
import { interp } from '../../src/runtime/interpreter.js';
import { PyModule, builtinsFromGlobals } from '../../src/runtime/module.js';
import { Resolver } from './resolve.js';
import { TWCode } from './code.js';
import { Frame } from './frame.js';
import { execBlock, RAISE } from './exec.js';
import { evalExpr } from './eval.js';
import { storeName } from './names.js';
import { leaveFrameWithError } from './functions.js';
import { installGeneratorTypes, createCoroutineWrapperType } from './generator.js';

let typesInstalled = false;

export class TreeWalkBackend implements Backend {
  readonly name = 'tree' as const;

  constructor() {
    if (!typesInstalled) {
      typesInstalled = true;
      createCoroutineWrapperType();
      installGeneratorTypes();
    }
  }

  compile(tree: mod, filename: string, mode: CompileMode, source: string, futureFlags = 0): CodeObject {
    const table = buildSymtable(tree, filename, { futureFlags }).table;
    const r = new Resolver(table, this, filename, mode);
    if (tree._type === 'Expression') {
      const code = r.expression(tree.body);
      code.lambdaBody = tree.body;
      return code;
    }
    if (tree._type === 'Module' || tree._type === 'Interactive') return r.module(tree.body);
    throw new Error(`tree-walker: cannot compile ${tree._type}`);
  }

  run(codeObj: CodeObject, globals: PyDict, locals: PyObject): PyObject {
    const code = codeObj as TWCode;
    const it = interp();
    const frame = new Frame(code, [], [], globals, builtinsFor(globals), locals, null);
    frame.back = it.frame;
    it.frame = frame;
    it.enter();
    try {
      if (code.mode === 'eval') return evalExpr(code.lambdaBody as expr, frame);
      if (code.moduleDoc !== null) storeName(code.moduleDoc[0], frame, code.moduleDoc[1]);
      setupAnnotations(code.body, locals);
      // (a function's code run by exec() would pass up its unhandled raise statements as RAISE)
      if (execBlock(code.body, frame) === RAISE) throw frame.ret;
      return None;
    } catch (e) {
      throw leaveFrameWithError(e, frame);
    } finally {
      it.frame = frame.back;
      it.depth--;
    }
  }
}

/** The builtins namespace for code running with `globals` (its __builtins__, else the real one). */
export function builtinsFor(globals: PyDict): PyDict {
  return builtinsFromGlobals(globals, interp().builtins);
}
