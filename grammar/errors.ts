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

  /** True for an error with no location: args (msg,) and filename, lineno... None. */
  noLocation = false;

  /** Marks this error as having no location (see noLocation). */
  withoutLocation(): this {
    this.noLocation = true;
    return this;
  }

  /** True for the errors CPython's tokenizer raises itself (tokenizer.c's syntaxerror()): their
   * text is the line of the source being tokenized, never the file's (see withFileText). */
  textFromSource = false;

  /** Marks this error as a tokenizer.c one (see textFromSource). */
  fromTokenizer(): this {
    this.textFromSource = true;
    return this;
  }

  /** This error with `text` as its source line (pegen's errors in 'exec' mode show the line of
   * the file named filename when there is one: _PyPegen_raise_error_known_location). */
  withText(text: string): PySyntaxError {
    const e = new PySyntaxError(this.type, this.msg, this.filename, this.lineno, this.offset, text, this.end_lineno, this.end_offset);
    e.locationAsAttributes = this.locationAsAttributes;
    e.textFromSource = this.textFromSource;
    e.noLocation = this.noLocation;
    return e;
  }
}

/** A warning the tokenizer or parser gives (CPython's DeprecationWarning for an invalid escape
 *  sequence, SyntaxWarning for a number followed by a keyword). */
export interface ParseWarning {
  msg: string;
  lineno: number;
  /** What it becomes when the warnings filters make it an error. */
  error: PySyntaxError;
  /** The token warned about. */
  tok?: unknown;
  /** The warning's class (default DeprecationWarning). */
  category?: 'DeprecationWarning' | 'SyntaxWarning';
}

/** The warnings of the last parse() (grammar/index.ts empties it when a parse starts). */
export const parseWarnings: ParseWarning[] = [];
