// Python-visible frame and traceback objects (types `frame` and `traceback`): views of a
// backend's FrameAccess and of an exception's traceback entries, made on demand. One frame
// object per frame (so `tb.tb_frame is tb2.tb_frame` holds), one traceback object per entry
// (so `e.__traceback__ is sys.exc_info()[2]` holds).
import { PyObj } from '../objects/object.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';
import { setTracebackObjectHook } from '../objects/exception-types.js';
import { addGetSets } from '../objects/native.js';
import { typeError, typeName } from '../objects/protocol.js';
import { addressOf } from '../objects/identity.js';
export class PyFrameObject extends PyObj {
    constructor(frame) {
        super(T.frame);
        this.frame = frame;
    }
}
export class PyTraceback extends PyObj {
    constructor(entry, next) {
        super(T.traceback);
        this.entry = entry;
        this.next = next;
    }
}
const frameObjects = new WeakMap();
/** The frame object of a backend frame. */
export function frameObject(fa) {
    let fo = frameObjects.get(fa);
    if (fo === undefined) {
        fo = new PyFrameObject(fa);
        frameObjects.set(fa, fo);
    }
    return fo;
}
const tbObjects = new WeakMap();
/** exc.__traceback__: the chain of traceback objects, outermost frame first, or None. */
export function tracebackOf(e) {
    const entries = e.traceback;
    let next = None;
    for (let i = 0; i < entries.length; i++) {
        let tb = tbObjects.get(entries[i]);
        if (tb === undefined || tb.next !== next) {
            tb = new PyTraceback(entries[i], next);
            tbObjects.set(entries[i], tb);
        }
        next = tb;
    }
    return next;
}
/** exc.with_traceback(tb) / exc.__traceback__ = tb: the entries a traceback chain stands for. */
export function entriesOf(tb) {
    if (tb === None)
        return [];
    if (!(tb instanceof PyTraceback))
        typeError('__traceback__ must be a traceback or None');
    const out = [];
    for (let t = tb; t instanceof PyTraceback; t = t.next)
        out.push(t.entry);
    return out.reverse();
}
export function installFrameObjects() {
    setTracebackObjectHook(tracebackOf, entriesOf);
    const fa = (v) => v.frame;
    addGetSets(T.frame, {
        f_code: [(v) => fa(v).code ?? None],
        f_lineno: [(v) => fa(v).lineno()],
        f_locals: [(v) => fa(v).localsMapping()],
        f_globals: [(v) => fa(v).globalsDict()],
        f_builtins: [(v) => fa(v).builtinsDict()],
        f_back: [(v) => {
                const b = fa(v).back;
                return b === null ? None : frameObject(b);
            }],
    });
    T.frame.slots.repr = (v) => `<frame at ${addressOf(v)}, file '${fa(v).filename}', line ${fa(v).lineno()}, code ${fa(v).name}>`;
    const tb = (v) => v;
    addGetSets(T.traceback, {
        tb_frame: [(v) => {
                const f = tb(v).entry.frame;
                return f === undefined ? None : frameObject(f);
            }],
        tb_lineno: [(v) => tb(v).entry.lineno],
        tb_lasti: [() => -1],
        tb_next: [(v) => tb(v).next, (v, x) => {
                if (x === null)
                    typeError("can't delete tb_next attribute");
                if (x !== None && !(x instanceof PyTraceback))
                    typeError(`expected traceback object or None, got '${typeName(x)}'`);
                tb(v).next = x;
            }],
    });
}
//# sourceMappingURL=frame-object.js.map