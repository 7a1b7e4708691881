// Syntax errors raised by the front end (tokenizer, parser, string literals, symbol table).
// The runtime turns a PySyntaxError into a Python SyntaxError/IndentationError/TabError object;
// the fields are those of CPython's SyntaxError.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    /** Python exception class name. */
    readonly type: SyntaxErrorType,
    /** The message, exactly as CPython words it (e.g. "invalid syntax", "expected ':'"). */
    readonly msg: string,
    readonly filename: string,
    /** 1-based line of the error. */
    readonly lineno: number,
    /** 1-based CHARACTER column (CPython's SyntaxError.offset), 0 if unknown. */
    readonly offset: number,
    /** The whole source line the error is on, with its '\n' if it has one; null if none. */
    readonly text: string | null,
    readonly end_lineno: number | null = null,
    /** 1-based character end column (exclusive), as CPython's SyntaxError.end_offset. */
    readonly end_offset: number | null = null,
  ) {
    super(`${type}: ${msg} (${filename}, line ${lineno})`);
  }

  /** True for the symbol table's and future.c's errors: CPython raises them with args (msg,)
   * and sets the location as attributes only (PyErr_SyntaxLocationObject). */
  locationAsAttributes = false;

  /** Marks this error as raised the symbol table's way (see locationAsAttributes). */
  fromSymtable(): this {
    this.locationAsAttributes = true;
    return this;
  }
}
