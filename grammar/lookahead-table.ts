// The grammar's lookahead paths, computed at build time (tools/lookahead-table.mjs ->
// dist/grammar/lookahead.json), so that a decision's lookahead function is made from its paths
// on first use instead of by Chevrotain's grammar analysis.
//
// grammar/lazy-lookahead.ts builds each decision's function when the parser first needs it. The
// analysis behind it (the token sequences that lead into each alternative: Chevrotain's
// getLookaheadPaths) ran cold in every process: ~15 ms of a 60-line program's ~16 ms parse.
// The paths depend only on the grammar, so the build writes them for every decision, and this
// file turns a decision's paths into the function Chevrotain's LL(k) strategy would have built
// from them: the first alternative (in order) with a path matching the next tokens wins (after
// its GATE, for a decision with predicates); an optional production is entered when one of
// its "inside" paths matches. A token matches a path element of its own type or of a category
// that includes it. Single-token decisions use a table by token type, as Chevrotain's do.
//
// The table is used only when it is at least as new as every file of the compiled grammar
// (dist/grammar/*.js); a decision missing from it falls back to the analysis.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../src/paths.js';
import type { TokenType } from './chevrotain.js';
import type { LaFunc } from './lazy-lookahead.js';

const DIR = packagePath('dist', 'grammar');
const FILE = join(DIR, 'lookahead.json');

/** A decision as the table keeps it: [has predicates (0/1), alternatives -> paths -> token names]. */
export type TableEntry = [number, string[][][]];

interface Tok {
  tokenTypeIdx: number;
}
interface TokType extends TokenType {
  tokenTypeIdx: number;
  categoryMatches?: number[];
  categoryMatchesMap?: Record<number, boolean>;
  isParent?: boolean;
}
interface LaHost {
  LA_FAST(i: number): Tok;
}

let table: Map<number, TableEntry> | null | undefined;

/** The precomputed table, or null (absent or older than the grammar). Read once. */
export function lookaheadTable(): Map<number, TableEntry> | null {
  if (table !== undefined) return table;
  table = null;
  try {
    const t = statSync(FILE).mtimeMs;
    for (const f of readdirSync(DIR)) if (f.endsWith('.js') && statSync(join(DIR, f)).mtimeMs > t) return null;
    const data = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, TableEntry>;
    const m = new Map<number, TableEntry>();
    for (const k in data) m.set(Number(k), data[k]);
    table = m;
  } catch {
    table = null;
  }
  return table;
}

/** Tests: forget the table (null: do without it) or read it again (undefined). */
export function resetLookaheadTable(t: Map<number, TableEntry> | null | undefined): void {
  table = t;
}

function matches(tok: Tok, type: TokType): boolean {
  return tok.tokenTypeIdx === type.tokenTypeIdx || (type.isParent === true && type.categoryMatchesMap![tok.tokenTypeIdx] === true);
}

/** Index of the first path of `paths` the next tokens match, or -1. */
function firstMatch(host: LaHost, paths: TokType[][]): number {
  next: for (let j = 0; j < paths.length; j++) {
    const path = paths[j];
    for (let i = 0; i < path.length; i++) if (!matches(host.LA_FAST(i + 1), path[i])) continue next;
    return j;
  }
  return -1;
}

/** Token types by index that start one of `paths` (all one token long); `value` for each. */
function byFirstToken<V>(paths: TokType[][], value: V, into: V[]): void {
  for (const path of paths) {
    const t = path[0];
    if (into[t.tokenTypeIdx] === undefined) into[t.tokenTypeIdx] = value;
    for (const sub of t.categoryMatches ?? []) if (into[sub] === undefined) into[sub] = value;
  }
}

const oneToken = (alts: TokType[][][]) => alts.every((paths) => paths.every((p) => p.length === 1));

/**
 * The lookahead function of a decision from its table entry: an OR (method 1) returns the chosen
 * alternative's index or undefined; an optional production (OPTION, MANY, ...) returns whether to
 * enter it.
 */
export function lookaheadFromEntry(method: number, entry: TableEntry, tokens: Record<string, TokenType>): LaFunc {
  const alts = entry[1].map((paths) => paths.map((p) => p.map((name) => {
    const t = tokens[name] as TokType | undefined;
    if (t === undefined) throw new Error(`Dyad parser: unknown token ${name} in the lookahead table`);
    return t;
  })));
  if (method !== 1) {
    const paths = alts[0];
    if (oneToken(alts)) {
      const enter: (true | undefined)[] = [];
      byFirstToken(paths, true, enter);
      return function (this: unknown) {
        return enter[(this as LaHost).LA_FAST(1).tokenTypeIdx] === true;
      };
    }
    return function (this: unknown) {
      return firstMatch(this as LaHost, paths) >= 0;
    };
  }
  if (entry[0] === 1) {
    return function (this: unknown, orAlts?: unknown) {
      const gates = orAlts as { GATE?: (this: unknown) => boolean }[];
      for (let t = 0; t < alts.length; t++) {
        const gate = gates[t].GATE;
        if (gate !== undefined && gate.call(this) === false) continue;
        if (firstMatch(this as LaHost, alts[t]) >= 0) return t;
      }
      return undefined;
    };
  }
  if (oneToken(alts)) {
    const choice: number[] = [];
    alts.forEach((paths, t) => byFirstToken(paths, t, choice));
    return function (this: unknown) {
      return choice[(this as LaHost).LA_FAST(1).tokenTypeIdx];
    };
  }
  return function (this: unknown) {
    for (let t = 0; t < alts.length; t++) if (firstMatch(this as LaHost, alts[t]) >= 0) return t;
    return undefined;
  };
}
