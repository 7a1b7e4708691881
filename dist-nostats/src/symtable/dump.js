// The symbol table as text, exactly as ../shared/tools/cpython_ref.py `symtable` prints
// CPython's: per scope a header line, its symbols sorted by name with the final scope and the
// flags Python's `symtable` module reports, then its children, indented two spaces per level.
import { SCOPE_NAMES, compareCodePoints } from './scope.js';
function symbolLine(sym) {
    const parts = [sym.scope === 0 ? '?' : SCOPE_NAMES[sym.scope]];
    if (sym.isParameter())
        parts.push('parameter');
    if (sym.isAssigned())
        parts.push('assigned');
    if (sym.isReferenced())
        parts.push('referenced');
    if (sym.isImported())
        parts.push('imported');
    if (sym.isDeclaredGlobal())
        parts.push('declared_global');
    if (sym.isNonlocal())
        parts.push('nonlocal');
    if (sym.isAnnotated())
        parts.push('annotated');
    return `${sym.name}: ${parts.join(' ')}`;
}
function dump(scope, depth, out) {
    const pad = '  '.repeat(depth);
    out.push(`${pad}scope ${scope.type} ${scope.name} line ${scope.lineno}\n`);
    const names = [...scope.symbols.keys()].sort(compareCodePoints);
    for (const name of names)
        out.push(`${pad}  ${symbolLine(scope.symbols.get(name))}\n`);
    for (const child of scope.children)
        dump(child, depth + 1, out);
}
/** The text `cpython_ref.py symtable FILE` prints for the same program (ends with a newline). */
export function formatSymtable(scope) {
    const out = [];
    dump(scope, 0, out);
    return out.join('');
}
//# sourceMappingURL=dump.js.map