// The bytecode backend (issue #4). CONTRACT
//
//   new VMBackend()                     Backend named 'vm' (src/runtime/backend.ts)
//   compile(tree, filename, mode, src)  AST + shared symbol table -> VMCode (compiler.ts ...)
//   run(code, globals, locals)          runs a top-level code object in the dispatch loop (vm.ts)
//
// Files: opcodes.ts (the instruction table), code.ts (code objects, superinstructions),
// compiler.ts + compile-stmt.ts / compile-blocks.ts / compile-expr.ts / compile-scopes.ts /
// compile-patterns.ts / fold.ts / unparse.ts (AST -> instructions in CPython 3.11's shapes), assemble.ts (flow analysis, dead code,
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
import { PyDict } from '../../src/objects/dict.js';
import { PyTuple, PyList } from '../../src/objects/tuple.js';
import { T } from '../../src/objects/types.js';
import { None } from '../../src/objects/singletons.js';
import { PyFunction, PyMethod } from '../../src/objects/function.js';
import { E, newError } from '../../src/objects/exception.js';
import { typeError, call, getAttr } from '../../src/objects/protocol.js';
import { addGetSets, addMethods, nativeFunction } from '../../src/objects/native.js';
import { newBytes } from '../../src/objects/bytes.js';
import { addressOf } from '../../src/objects/identity.js';
import { PyModule } from '../../src/runtime/module.js';
import { interp } from '../../src/runtime/interpreter.js';
import { registerNativeModule } from '../../src/runtime/import.js';
import { installGeneratorTypes, createCoroutineWrapperType } from '../treewalk/generator.js';
import { isVMGenerator, genNext } from './generator.js';
import { compileTree } from './compiler.js';
import { installAsyncGenerators } from './asyncgen.js';
import { VMCode } from './code.js';
import { VMFrame, newRegs } from './frame.js';
import { runEntry, initVMTypes } from './vm.js';
import { builtinsFor } from './vm-support.js';
import { disassembleRecursive, codeRepr } from './dis.js';
import { OPS } from './opcodes.js';
let runtimeGlueInstalled = false;
export class VMBackend {
    constructor() {
        this.name = 'vm';
        if (!runtimeGlueInstalled) {
            runtimeGlueInstalled = true;
            if (T.generator.slots.iternext === undefined) {
                createCoroutineWrapperType();
                installGeneratorTypes();
            }
            installCodeAttributes();
            installAsyncGenerators();
            installGeneratorFastPath();
            initVMTypes();
            registerNativeModule('dis', makeDisModule);
        }
    }
    compile(tree, filename, mode, source) {
        return compileTree(tree, this, filename, mode, source);
    }
    run(codeObj, globals, locals) {
        if (!(codeObj instanceof VMCode))
            return codeObj.backend.run(codeObj, globals, locals);
        const code = codeObj;
        if (code.co_freevars.length > 0)
            typeError('code object passed to exec() may not contain free variables');
        const frame = new VMFrame(code, newRegs(code.frameSize), null, globals, builtinsFor(globals), locals);
        const r = runEntry(frame);
        return code.mode === 'eval' ? r : None;
    }
}
/**
 * next() on a VM generator resumes its frame directly (no iterator-protocol adapter object per
 * step); other generators keep the slot installed before.
 */
function installGeneratorFastPath() {
    const prior = T.generator.slots.iternext;
    if (prior === undefined)
        return;
    T.generator.slots.iternext = (g) => (isVMGenerator(g) ? genNext(g) : prior(g));
}
function codeOf(v) {
    return v;
}
function strTuple(a) {
    return new PyTuple(a === undefined ? [] : a.slice());
}
/** co_* attributes on the `code` type, read from either backend's code objects. */
function installCodeAttributes() {
    const t = T.code;
    if (t.dict.getStr('co_name') !== undefined)
        return;
    addGetSets(t, {
        co_name: [(v) => codeOf(v).co_name],
        co_qualname: [(v) => codeOf(v).co_qualname],
        co_filename: [(v) => codeOf(v).co_filename],
        co_firstlineno: [(v) => codeOf(v).co_firstlineno],
        co_argcount: [(v) => codeOf(v).co_argcount],
        co_posonlyargcount: [(v) => codeOf(v).co_posonlyargcount],
        co_kwonlyargcount: [(v) => codeOf(v).co_kwonlyargcount],
        co_nlocals: [(v) => codeOf(v).co_nlocals ?? codeOf(v).co_varnames.length],
        co_varnames: [(v) => strTuple(codeOf(v).co_varnames)],
        co_cellvars: [(v) => strTuple(codeOf(v).co_cellvars)],
        co_freevars: [(v) => strTuple(codeOf(v).co_freevars)],
        co_names: [(v) => strTuple(codeOf(v).co_names)],
        co_consts: [(v) => new PyTuple((codeOf(v).co_consts ?? []).slice())],
        co_flags: [(v) => codeOf(v).co_flags],
        co_stacksize: [(v) => codeOf(v).co_stacksize ?? 0],
        co_code: [(v) => newBytes(v instanceof VMCode ? codeBytes(v) : new Uint8Array(0))],
        co_linetable: [(v) => newBytes(v instanceof VMCode ? lineBytes(v) : new Uint8Array(0))],
    });
    addMethods(t, {
        co_lines: (self) => new PyList(v(self).map(([s, e, l]) => new PyTuple([s, e, l < 0 ? None : l]))),
        replace: (self) => self,
    });
    const v = (self) => {
        if (!(self instanceof VMCode))
            return [];
        const out = [];
        const lines = self.lines;
        for (let i = 0; i < lines.length; i++) {
            const last = out[out.length - 1];
            if (last !== undefined && last[2] === lines[i])
                last[1] = (i + 1) * 2;
            else
                out.push([i * 2, (i + 1) * 2, lines[i]]);
        }
        return out;
    };
    if (t.slots.repr === undefined) {
        t.slots.repr = (c) => (c instanceof VMCode ? codeRepr(c) : `<code object ${codeOf(c).co_name} at ${addressOf(c)}, file "${codeOf(c).co_filename}", line ${codeOf(c).co_firstlineno}>`);
    }
}
/** co_code: (opcode, arg & 0xff) byte pairs, as far as a 24-bit-argument format maps to CPython's. */
function codeBytes(c) {
    const out = new Uint8Array(c.original.length * 2);
    for (let i = 0; i < c.original.length; i++) {
        out[2 * i] = c.original[i] & 0xff;
        out[2 * i + 1] = (c.original[i] >> 8) & 0xff;
    }
    return out;
}
/** co_linetable: one (line) entry per instruction, little-endian 32-bit. */
function lineBytes(c) {
    const out = new Uint8Array(c.lines.length * 4);
    new DataView(out.buffer).setInt32(0, 0, true);
    for (let i = 0; i < c.lines.length; i++)
        new DataView(out.buffer).setInt32(4 * i, c.lines[i], true);
    return out;
}
// ---- the dis module ---------------------------------------------------------------------------------------
function codeOfObject(x) {
    if (x instanceof VMCode)
        return x;
    if (x instanceof PyFunction)
        return x.code instanceof VMCode ? x.code : null;
    if (x instanceof PyMethod)
        return codeOfObject(x.func);
    return null;
}
function makeDisModule() {
    const m = new PyModule('dis');
    const d = m.dict;
    const write = (text) => {
        const out = interp().sysModule.dict.getStr('stdout');
        if (out !== undefined)
            call(getAttr(out, 'write'), [text]);
    };
    d.setStr('dis', nativeFunction('dis', (args) => {
        const x = args[0];
        if (x === undefined)
            throw newError(E.RuntimeError, 'no last traceback to disassemble');
        if (typeof x === 'string') {
            const it = interp();
            const code = it.backends.get('vm').compile(parseSource(x), '<dis>', 'exec', x);
            write(disassembleRecursive(code));
            return None;
        }
        const code = codeOfObject(x);
        if (code !== null) {
            write(disassembleRecursive(code));
            return None;
        }
        if (x instanceof PyModule || x.dict instanceof PyDict) {
            const dict = x.dict;
            const names = [...dict.entries()].map(([k]) => k).filter((k) => typeof k === 'string').sort();
            for (const name of names) {
                const c = codeOfObject(dict.getStr(name));
                if (c === null)
                    continue;
                write(`Disassembly of ${name}:\n${disassembleRecursive(c)}\n`);
            }
            return None;
        }
        typeError(`don't know how to disassemble ${x.cls?.name ?? typeof x} objects`);
    }));
    const opnames = [];
    for (let i = 0; i < 256; i++)
        opnames.push(i > 0 && i < 164 /* Op.COUNT */ ? OPS[i].name : `<${i}>`);
    d.setStr('opname', new PyList(opnames));
    return m;
}
import { parse } from '../../grammar/index.js';
function parseSource(src) {
    return parse(src, '<dis>', 'exec');
}
export { VMCode, VMFrame };
//# sourceMappingURL=index.js.map