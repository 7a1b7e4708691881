// The source line CPython's compiler and symbol table put in SyntaxError.text.
//
// compile.c (compiler_error) and symtable.c / future.c (PyErr_SyntaxLocationObject) do not take
// the line from the source being compiled: they call PyErr_ProgramTextObject(filename, lineno),
// which reopens the file *named* filename. So compile(src, 'fz', 'exec') or exec(src) gives
// text None (no such file), and a script's own error shows the line as it is on disk.

import { readFileSync } from 'node:fs';

/** A getter of line `lineno` (1-based, newline normalised to '\n') of the file `filename`,
 * or null when there is no such file or line. The file is read at most once per getter. */
export function programTextGetter(filename: string): (lineno: number) => string | null {
  let lines: string[] | null | undefined;
  return (lineno: number) => {
    if (lines === undefined) {
      try {
        lines = readFileSync(filename, 'utf8').split(/(?<=\r\n|\n|\r)/);
      } catch {
        lines = null;
      }
    }
    if (lines === null || lineno < 1 || lineno > lines.length) return null;
    return lines[lineno - 1].replace(/\r\n?$/, '\n');
  };
}
