/**
 * Fields that V8 must not take for constants.
 *
 * V8 marks each field of a hidden class constant until an object of that class overwrites it.
 * Optimised code may rely on the mark: a constant object's field is folded to its value, and
 * a field load leaves a loop. The first overwrite throws that code away ("code dependencies"
 * in --trace-deopt), and V8 optimises it again later.
 *
 * Some fields of the interpreter's objects change only now and then:
 * - a pooled frame's function and globals change at its first reuse;
 * - the JIT's direct-call depth changes at the first call from compiled code;
 * - a cell's value changes at the first `nonlocal` store.
 * Their first overwrite then falls inside a user's hot loop, often in its first call, which
 * then runs unoptimised twice. `markMutable` overwrites such fields once, when the first object
 * is made, with a value of the same kind, and puts the old value back.
 */

/**
 * Overwrites each of `fields` of `obj` with another value of the same kind, then restores it.
 * The stand-in is a different number, the other boolean, or `others[field]` when given (an
 * object of the same class keeps V8's field type); otherwise an empty object (for fields that
 * hold null or objects of several classes anyway).
 */
export function markMutable(obj: object, fields: readonly string[], others?: Record<string, unknown>): void {
  const o = obj as Record<string, unknown>;
  for (const k of fields) {
    // (A misspelt name would add a field.)
    if (!(k in o)) throw new Error(`markMutable: no field ${k}`);
    const v = o[k];
    let stand: unknown;
    if (others !== undefined && k in others) stand = others[k];
    else if (typeof v === 'number') stand = v === 0 ? 1 : 0;
    else if (typeof v === 'boolean') stand = !v;
    else stand = {};
    o[k] = stand;
    o[k] = v;
  }
}

/** A record (a module's singleton state) whose fields are all mutable from the start. */
export function mutableRecord<T extends object>(record: T): T {
  markMutable(record, Object.keys(record));
  return record;
}
