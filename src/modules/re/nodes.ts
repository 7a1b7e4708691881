// The regex syntax tree the parser (parser.ts) builds and the compiler (compile.ts) turns into
// a matcher program, plus the flag bits (CPython's SRE_FLAG_* values) and the parse error.
// Flags that change matching (IGNORECASE, MULTILINE, DOTALL, ASCII) are resolved per node at
// parse time, so scoped flags (?i:...) need no later pass.

export const FLAG_TEMPLATE = 1;
export const FLAG_IGNORECASE = 2;
export const FLAG_LOCALE = 4;
export const FLAG_MULTILINE = 8;
export const FLAG_DOTALL = 16;
export const FLAG_UNICODE = 32;
export const FLAG_VERBOSE = 64;
export const FLAG_DEBUG = 128;
export const FLAG_ASCII = 256;

/** Repetition bound meaning "no limit" (CPython's MAXREPEAT is 2**32 - 1). */
export const MAXREPEAT = 4294967295;

/** Character class members. */
export const enum Cat { Digit, NotDigit, Space, NotSpace, Word, NotWord }
export type SetItem =
  | { t: 'lit'; c: number }
  | { t: 'range'; lo: number; hi: number }
  | { t: 'cat'; cat: Cat };

/** Zero-width positions. */
export const enum At { Beginning, BeginningLine, BeginningString, End, EndLine, EndString, Boundary, NonBoundary }

/** Per-node case and character-class mode: ignorecase and ascii flags. */
export interface CaseMode { i: boolean; a: boolean }

export type Node =
  | { k: 'lit'; c: number; m: CaseMode }
  | { k: 'any'; dotall: boolean }
  | { k: 'set'; items: SetItem[]; neg: boolean; m: CaseMode }
  | { k: 'cat'; items: Node[] }
  | { k: 'alt'; items: Node[] }
  | { k: 'group'; g: number; body: Node }
  | { k: 'rep'; min: number; max: number; mode: RepMode; body: Node }
  | { k: 'at'; at: At; ascii: boolean }
  | { k: 'ref'; g: number; m: CaseMode }
  | { k: 'look'; behind: boolean; neg: boolean; body: Node }
  | { k: 'atomic'; body: Node }
  | { k: 'cond'; g: number; yes: Node; no: Node | null };

export const enum RepMode { Greedy, Lazy, Possessive }

/** A pattern syntax error: CPython's re.error(msg, pattern, pos); pos -1 when it has none. */
export class ReSyntaxError {
  constructor(readonly msg: string, readonly pos: number) {}
}

/** The result of parsing: the tree, the group count (group 0 included), names, final flags. */
export interface Parsed {
  root: Node;
  groups: number;
  groupNames: Map<string, number>;
  flags: number;
  /** Widths of the groups, [min, max] (for look-behind widths). */
  groupWidths: ([number, number] | null)[];
}
