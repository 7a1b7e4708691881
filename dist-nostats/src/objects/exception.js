// Exception instances and the way JS code raises them. A Python exception travels through JS
// as the PyBaseException object itself (`throw exc`): no JS Error, so no stack capture cost.
// Messages are built in one place per exception type (errors.ts) to match CPython's.
import { PyObj } from './object.js';
import { PyTuple } from './tuple.js';
import { None } from './singletons.js';
/**
 * Adds the entry for `frame` to a propagating exception unless its latest entry is already that
 * frame: CPython records a frame once where the exception first appears in it (the failing
 * statement or call), whether the frame then catches it or lets it pass. `always` is for a
 * `raise` statement, which records its frame again (`raise e` of a caught exception).
 */
export function addTracebackEntry(e, frame, filename, lineno, name, always = false) {
    const tb = e.traceback;
    if (!always && tb.length !== 0 && tb[tb.length - 1].frame === frame)
        return;
    tb.push({ filename, lineno, name, frame });
}
export class PyBaseException extends PyObj {
    constructor(cls, args) {
        super(cls);
        /** Pushed as the exception leaves each frame: innermost frame FIRST (printers reverse it). */
        this.traceback = [];
        this.suppressContext = false;
        this.notes = null;
        /** Per-type fields (StopIteration.value, SyntaxError.lineno, ...): exception-types.ts. */
        this.fields = null;
        this.args = new PyTuple(args);
        this.cause = None;
        this.context = None;
    }
}
/** Exception types by name (TypeError, ValueError, ...), filled by the bootstrap. */
export const E = {};
export function isPyException(e) {
    return e instanceof PyBaseException;
}
/** Creates an instance of a builtin exception type with a message. */
export function newError(type, msg) {
    return newException(type, msg === undefined ? [] : [msg]);
}
/**
 * Native field initialisers of builtin exception types (StopIteration.value, SystemExit.code,
 * OSError.errno, ...), run by their __init__ and by newException, so an exception the runtime
 * raises has the same attributes as one built by calling the type. Filled by exception-types.ts.
 */
export const excFieldInit = new Map();
/** An instance of a builtin exception type with the given args (no Python-level __init__ call). */
export function newException(type, args) {
    const alloc = type.alloc;
    const exc = alloc ? alloc(type) : new PyBaseException(type, []);
    exc.args = new PyTuple(args);
    if (excFieldInit.size !== 0) {
        for (const t of type.mro) {
            const init = excFieldInit.get(t);
            if (init !== undefined) {
                init(exc, args);
                break;
            }
        }
    }
    return exc;
}
//# sourceMappingURL=exception.js.map