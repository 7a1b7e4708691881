// tuple and list: JS arrays inside a PyObj.
import { PyObj } from './object.js';
import { T } from './types.js';
export class PyTuple extends PyObj {
    constructor(items, cls) {
        super(cls ?? T.tuple);
        this.items = items;
    }
}
export class PyList extends PyObj {
    constructor(items, cls) {
        super(cls ?? T.list);
        this.items = items;
    }
}
export let EMPTY_TUPLE;
export function initEmptyTuple() {
    EMPTY_TUPLE = new PyTuple([]);
}
//# sourceMappingURL=tuple.js.map