// None, NotImplemented and Ellipsis: one PyObj each, created by the bootstrap.
import { PyObj } from './object.js';
export class PySingleton extends PyObj {
    constructor(cls, reprText) {
        super(cls);
        this.reprText = reprText;
    }
}
// Assigned by the bootstrap before any Python code runs; `let` exports are live bindings.
export let None;
export let NotImplemented;
export let Ellipsis;
export function initSingletons(noneType, niType, ellipsisType) {
    None = new PySingleton(noneType, 'None');
    NotImplemented = new PySingleton(niType, 'NotImplemented');
    Ellipsis = new PySingleton(ellipsisType, 'Ellipsis');
}
//# sourceMappingURL=singletons.js.map