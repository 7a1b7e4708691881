// Syntax errors raised by the front end (tokenizer, parser, string literals, symbol table).
// The runtime turns a PySyntaxError into a Python SyntaxError/IndentationError/TabError object;
// the fields are those of CPython's SyntaxError.
export class PySyntaxError extends Error {
    constructor(
    /** Python exception class name. */
    type, 
    /** The message, exactly as CPython words it (e.g. "invalid syntax", "expected ':'"). */
    msg, filename, 
    /** 1-based line of the error. */
    lineno, 
    /** 1-based CHARACTER column (CPython's SyntaxError.offset), 0 if unknown. */
    offset, 
    /** The whole source line the error is on, with its '\n' if it has one; null if none. */
    text, end_lineno = null, 
    /** 1-based character end column (exclusive), as CPython's SyntaxError.end_offset. */
    end_offset = null) {
        super(`${type}: ${msg} (${filename}, line ${lineno})`);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.end_lineno = end_lineno;
        this.end_offset = end_offset;
    }
}
//# sourceMappingURL=errors.js.map