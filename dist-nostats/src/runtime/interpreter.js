// The process-wide runtime state both backends share: the module store (sys.modules), the
// builtins module, sys, the recursion limit and depth, the innermost frame, and the backend
// used for code that has no other (the main program, exec/eval of strings, imports).
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/tuple.js';
import { E, newError } from '../objects/exception.js';
export class Interpreter {
    constructor(backend) {
        /** sys.modules */
        this.modules = new PyDict();
        /** sys.path (a live list: programs may change it). */
        this.path = new PyList([]);
        this.recursionLimit = 1000;
        this.depth = 0;
        /** The innermost running frame of either backend. */
        this.frame = null;
        /** Optional per-module backend choice (the cross-backend test runs one module per backend). */
        this.backendForModule = null;
        this.backends = new Map();
        this.argv = [];
        this.backend = backend;
        this.backends.set(backend.name, backend);
    }
    /** Called on entry to every Python-level call by both backends. */
    enter() {
        if (++this.depth > this.recursionLimit) {
            this.depth--;
            throw newError(E.RecursionError, 'maximum recursion depth exceeded');
        }
    }
    leave() {
        this.depth--;
    }
}
let current = null;
export function setInterpreter(i) {
    current = i;
}
/** The running interpreter (one per process). */
export function interp() {
    if (current === null)
        throw new Error('no interpreter');
    return current;
}
/** The running interpreter, or null when the object model is used on its own (unit tests). */
export function currentInterpreter() {
    return current;
}
//# sourceMappingURL=interpreter.js.map