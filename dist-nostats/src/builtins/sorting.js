// Sorting for sorted() and dir(): the containers' list.sort (src/objects/sort.ts, CPython's
// timsort semantics: stable, `<` only, keys computed once, reverse keeps equal items' order).
import { PyList } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { listSort } from '../objects/sort.js';
/** Sorts `items` in place; `key` is a callable or null. */
export function sortItems(items, key, reverse) {
    listSort(new PyList(items), key ?? None, reverse);
}
//# sourceMappingURL=sorting.js.map