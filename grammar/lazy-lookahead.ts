// Chevrotain's LL(k) lookahead, computed per decision on first use instead of all at start-up.
//
// performSelfAnalysis ends by building a lookahead function for every OR/OPTION/MANY/... of the
// grammar (preComputeLookaheadFunctions: ~10-20 ms at start-up, most of them never needed by a
// given program). ExprParser (grammar/expressions.ts) skips that step and, when the parser asks
// its cache for a decision's function and it is not there yet, builds it here, with Chevrotain's
// own lookahead strategy from the same recorded grammar (so the function is the one the eager
// step would have built), and caches it. The parser is still built once per process; only this
// part of its analysis is spread over the parses that need it.
//
// A cache key is Chevrotain's getKeyForAutomaticLookahead(rule, method, occurrence)
// (chevrotain/lib/src/parse/grammar/keys.js): the occurrence in the low 8 bits, the DSL method
// in the next 4 (OR 1, OPTION 2, MANY 3, AT_LEAST_ONE 4, MANY_SEP 5, AT_LEAST_ONE_SEP 6), and
// the rule's short name (its index << 12) above.

import {
  NonTerminal, getLookaheadPaths, type TokenType, Alternation, Option, Repetition, RepetitionMandatory,
  RepetitionWithSeparator, RepetitionMandatoryWithSeparator, type ILookaheadStrategy, type Rule, type IProduction,
} from './chevrotain.js';

import { lookaheadTable, lookaheadFromEntry, type TableEntry } from './lookahead-table.js';

export type LaFunc = (this: unknown, alts?: unknown) => unknown;

/** The parser state a lookahead build reads (Chevrotain internals, present at runtime). */
export interface LookaheadHost {
  lookAheadFuncsCache: Map<number, LaFunc>;
  shortRuleNameToFull: Record<number, string>;
  gastProductionsCache: Record<string, Rule>;
  lookaheadStrategy: ILookaheadStrategy;
  maxLookahead: number;
  dynamicTokensEnabled: boolean;
  tokensMap: Record<string, TokenType>;
}

/** By DSL method number: the GAST class of the production, and Chevrotain's prodType name. */
const PROD_CLASS: (abstract new (...a: never[]) => IProduction)[] = [
  Alternation, Alternation, Option, Repetition, RepetitionMandatory, RepetitionWithSeparator, RepetitionMandatoryWithSeparator,
];
const PROD_TYPE = ['', 'Alternation', 'Option', 'Repetition', 'RepetitionMandatory', 'RepetitionWithSeparator', 'RepetitionMandatoryWithSeparator'];

/** The production of class `cls` with occurrence index `idx` in a rule (not looking into subrules). */
function findProduction(defs: IProduction[], cls: PROD_CLASS_T, idx: number): (IProduction & ProdFields) | null {
  for (const d of defs) {
    if (d instanceof NonTerminal) continue;
    const p = d as IProduction & ProdFields;
    if (p instanceof cls && p.idx === idx) return p;
    if (p.definition !== undefined) {
      const found = findProduction(p.definition, cls, idx);
      if (found !== null) return found;
    }
  }
  return null;
}
type PROD_CLASS_T = (typeof PROD_CLASS)[number];
interface ProdFields {
  idx: number;
  maxLookahead?: number;
  hasPredicates?: boolean;
  definition?: IProduction[];
}

/** Builds, caches and returns the lookahead function for `key` (see the header). */
export function buildLookahead(host: LookaheadHost, key: number): LaFunc {
  const occurrence = key & 0xff;
  const method = (key >> 8) & 0xf;
  // From the paths computed at build time (grammar/lookahead-table.ts), when there are some.
  const entry = host.dynamicTokensEnabled ? undefined : lookaheadTable()?.get(key);
  if (entry !== undefined) {
    const fn = lookaheadFromEntry(method, entry, host.tokensMap);
    host.lookAheadFuncsCache.set(key, fn);
    return fn;
  }
  const rule = host.gastProductionsCache[host.shortRuleNameToFull[key & ~0xfff]];
  const prod = rule === undefined || method < 1 || method >= PROD_CLASS.length ? null : findProduction(rule.definition, PROD_CLASS[method], occurrence);
  if (prod === null) throw new Error(`Dyad parser: no grammar decision for lookahead key ${key}`);
  const maxLookahead = prod.maxLookahead || host.maxLookahead;
  const s = host.lookaheadStrategy;
  const fn = (method === 1
    ? s.buildLookaheadForAlternation({
      prodOccurrence: occurrence, rule, maxLookahead, hasPredicates: prod.hasPredicates === true, dynamicTokensEnabled: host.dynamicTokensEnabled,
    })
    : s.buildLookaheadForOptional({
      prodOccurrence: occurrence, rule, maxLookahead, dynamicTokensEnabled: host.dynamicTokensEnabled,
      prodType: PROD_TYPE[method] as Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0]['prodType'],
    })) as LaFunc;
  host.lookAheadFuncsCache.set(key, fn);
  return fn;
}

/** Every decision of the grammar with its lookahead paths, for the table (tools/lookahead-table.mjs). */
export function allDecisions(host: LookaheadHost): Map<number, TableEntry> {
  const out = new Map<number, TableEntry>();
  const name = (t: TokenType) => t.name;
  for (const shortKey in host.shortRuleNameToFull) {
    const short = Number(shortKey);
    const rule = host.gastProductionsCache[host.shortRuleNameToFull[short]];
    if (rule === undefined) continue;
    const visit = (defs: IProduction[]) => {
      for (const d of defs) {
        if (d instanceof NonTerminal) continue;
        const p = d as IProduction & ProdFields;
        const method = PROD_CLASS.indexOf(p.constructor as PROD_CLASS_T, 1);
        if (method >= 1) {
          const maxLookahead = p.maxLookahead || host.maxLookahead;
          const paths = getLookaheadPaths({
            occurrence: p.idx, rule, maxLookahead,
            prodType: PROD_TYPE[method] as Parameters<typeof getLookaheadPaths>[0]['prodType'],
          }) as TokenType[][][];
          // An OR: the paths of each alternative; an optional production: those inside it.
          const alts = method === 1 ? paths : [paths[0]];
          out.set(short | (method << 8) | p.idx, [p.hasPredicates === true ? 1 : 0, alts.map((a) => a.map((path) => path.map(name)))]);
        }
        if (p.definition !== undefined) visit(p.definition);
      }
    };
    visit(rule.definition);
  }
  return out;
}
