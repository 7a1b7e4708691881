// How an uncaught SyntaxError is shown: CPython 3.11's layout (file and line, the stripped
// source line, carets under offset..end_offset, then `Type: message`).

import type { PySyntaxError } from '../grammar/errors.js';

/**
 * `pyModule`: as the `traceback` module's Python code prints it. The interpreter's C code
 * (an uncaught error, sys.excepthook) puts a single caret under an IndentationError (or
 * TabError) whatever its end_offset; the traceback module marks offset..end_offset for all.
 */
export function formatSyntaxError(e: PySyntaxError, pyModule = false): string {
  let out = '';
  let suffix = '';
  if (e.lineno) out += `  File "${e.filename}", line ${e.lineno}\n`;
  else if (e.filename && !e.noLocation) suffix = ` (${e.filename})`;
  if (e.text !== null) {
    const rtext = e.text.replace(/\n$/, '');
    const ltext = rtext.replace(/^[ \t\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out += `    ${ltext}\n`;
    if (e.offset) {
      let offset = e.offset;
      let end = e.end_offset && e.end_lineno === e.lineno ? e.end_offset : offset;
      if (end <= offset || (!pyModule && (e.type === 'IndentationError' || e.type === 'TabError'))) end = offset + 1;
      const col = Math.min(offset - 1 - spaces, ltext.length);
      // The interpreter's printer stops the range at the end of the text as given (a
      // trailing newline included); the traceback module's does not stop it.
      if (!pyModule) end = Math.min(end, e.text.length + 1);
      const endCol = pyModule ? Math.min(end - 1 - spaces, ltext.length + 1) : end - 1 - spaces;
      if (col >= 0) {
        let pad = '';
        for (let i = 0; i < col; i++) pad += /\s/.test(ltext[i]) ? ltext[i] : ' ';
        out += `    ${pad}${'^'.repeat(Math.max(1, endCol - col))}\n`;
      }
    }
  }
  out += `${e.type}: ${e.msg}${suffix}\n`;
  return out;
}
