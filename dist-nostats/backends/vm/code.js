// VM code objects: CPython's code-object attributes (co_*), the instruction words, the line of
// each instruction, the exception table, and the inline-cache storage the specialiser writes
// per instruction. One per compiled block (module, class body, def, lambda, comprehension).
//
// Slot layout of a frame (CPython 3.11's "localsplus"):
//   [0, nlocals)                      co_varnames: parameters first, then other locals;
//                                     a parameter that is also a cell keeps its slot
//   [nlocals, nlocals + nplaincells)  cells that are not parameters (in co_cellvars order)
//   [.., nlocalsplus)                 free variables (co_freevars order)
//   [nlocalsplus, frameSize)          the value stack
import { PyObj } from '../../src/objects/object.js';
import { T } from '../../src/objects/types.js';
/** Slot kinds (co_localspluskinds): CPython's CO_FAST_LOCAL / CO_FAST_CELL / CO_FAST_FREE bits. */
export const FAST_LOCAL = 0x20;
export const FAST_CELL = 0x40;
export const FAST_FREE = 0x80;
let invokeHook = () => {
    throw new Error('vm: not initialised');
};
/** vm.ts provides the entry point (avoids an import cycle). */
export function setInvokeHook(h) {
    invokeHook = h;
}
/**
 * The executable copy of the instructions, with common pairs fused into superinstructions
 * (CPython 3.11's LOAD_FAST__LOAD_FAST & co.): the first word runs both and skips the second,
 * which stays in place, so jumps to it and the exception table are unaffected.
 */
function superinstructions(words) {
    const out = words.slice();
    for (let i = 0; i + 1 < words.length; i++) {
        const a = words[i];
        const b = words[i + 1];
        const opa = a & 0xff;
        const opb = b & 0xff;
        const x = a >> 8;
        const y = b >> 8;
        if (x >= 4096 || y >= 2048)
            continue;
        let fused = 0;
        if (opa === 22 /* Op.LOAD_FAST */ && opb === 22 /* Op.LOAD_FAST */)
            fused = 159 /* Op.LOAD_FAST__LOAD_FAST */;
        else if (opa === 22 /* Op.LOAD_FAST */ && opb === 6 /* Op.LOAD_CONST */)
            fused = 160 /* Op.LOAD_FAST__LOAD_CONST */;
        else if (opa === 23 /* Op.STORE_FAST */ && opb === 22 /* Op.LOAD_FAST */)
            fused = 161 /* Op.STORE_FAST__LOAD_FAST */;
        else if (opa === 23 /* Op.STORE_FAST */ && opb === 23 /* Op.STORE_FAST */)
            fused = 162 /* Op.STORE_FAST__STORE_FAST */;
        else if (opa === 6 /* Op.LOAD_CONST */ && opb === 22 /* Op.LOAD_FAST */)
            fused = 163 /* Op.LOAD_CONST__LOAD_FAST */;
        if (fused !== 0)
            out[i] = fused | ((x | (y << 12)) << 8);
    }
    return out;
}
export class VMCode extends PyObj {
    constructor(backend, mode, kind, name, qualname, filename, firstlineno) {
        super(T.code);
        this.backend = backend;
        this.mode = mode;
        this.kind = kind;
        this.co_name = name;
        this.co_qualname = qualname;
        this.co_filename = filename;
        this.co_firstlineno = firstlineno;
        this.co_argcount = 0;
        this.co_posonlyargcount = 0;
        this.co_kwonlyargcount = 0;
        this.co_nlocals = 0;
        this.co_varnames = [];
        this.co_cellvars = [];
        this.co_freevars = [];
        this.co_names = [];
        this.co_consts = [];
        this.co_flags = 0;
        this.co_stacksize = 0;
        this.code = new Int32Array(0);
        this.original = this.code;
        this.lines = new Int32Array(0);
        this.excTable = new Int32Array(0);
        this.handlerOf = new Int32Array(0);
        this.localsplusNames = [];
        this.localsplusKinds = new Uint8Array(0);
        this.nlocalsplus = 0;
        this.frameSize = 0;
        this.isGenerator = false;
        this.isCoroutine = false;
        this.isAsyncGenerator = false;
        this.simpleArgs = false;
        this.hasDocstring = false;
        this.cacheA = new Float64Array(0);
        this.cacheB = new Float64Array(0);
        this.cacheI = new Int32Array(0);
        this.cacheObj = [];
        this.cacheVal = [];
        this.counter = new Uint16Array(0);
        this.backoffExp = new Uint8Array(0);
        this.misses = new Uint8Array(0);
    }
    get filename() {
        return this.co_filename;
    }
    /** Sets the instructions and allocates the per-instruction caches. */
    setCode(words, lines) {
        this.original = words;
        this.code = superinstructions(words);
        this.lines = lines;
        const n = words.length;
        this.cacheA = new Float64Array(n);
        this.cacheB = new Float64Array(n);
        this.cacheI = new Int32Array(n);
        this.cacheObj = new Array(n).fill(null);
        this.cacheVal = new Array(n).fill(null);
        this.counter = new Uint16Array(n);
        this.backoffExp = new Uint8Array(n);
        this.misses = new Uint8Array(n);
    }
    invoke(fn, args, kwnames) {
        return invokeHook(this, fn, args, kwnames);
    }
    /** The source line of instruction `i` (the nearest earlier one with a line). */
    lineAt(i) {
        const lines = this.lines;
        for (let j = Math.min(i, lines.length - 1); j >= 0; j--)
            if (lines[j] >= 0)
                return lines[j];
        return this.co_firstlineno;
    }
    /** Name of deref slot `i` (LOAD_DEREF & co. take slot indexes). */
    slotName(i) {
        return this.localsplusNames[i];
    }
}
//# sourceMappingURL=code.js.map