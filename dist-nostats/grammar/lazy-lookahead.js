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
import { NonTerminal, Alternation, Option, Repetition, RepetitionMandatory, RepetitionWithSeparator, RepetitionMandatoryWithSeparator, } from './chevrotain.js';
/** By DSL method number: the GAST class of the production, and Chevrotain's prodType name. */
const PROD_CLASS = [
    Alternation, Alternation, Option, Repetition, RepetitionMandatory, RepetitionWithSeparator, RepetitionMandatoryWithSeparator,
];
const PROD_TYPE = ['', 'Alternation', 'Option', 'Repetition', 'RepetitionMandatory', 'RepetitionWithSeparator', 'RepetitionMandatoryWithSeparator'];
/** The production of class `cls` with occurrence index `idx` in a rule (not looking into subrules). */
function findProduction(defs, cls, idx) {
    for (const d of defs) {
        if (d instanceof NonTerminal)
            continue;
        const p = d;
        if (p instanceof cls && p.idx === idx)
            return p;
        if (p.definition !== undefined) {
            const found = findProduction(p.definition, cls, idx);
            if (found !== null)
                return found;
        }
    }
    return null;
}
/** Builds, caches and returns the lookahead function for `key` (see the header). */
export function buildLookahead(host, key) {
    const occurrence = key & 0xff;
    const method = (key >> 8) & 0xf;
    const rule = host.gastProductionsCache[host.shortRuleNameToFull[key & ~0xfff]];
    const prod = rule === undefined || method < 1 || method >= PROD_CLASS.length ? null : findProduction(rule.definition, PROD_CLASS[method], occurrence);
    if (prod === null)
        throw new Error(`Dyad parser: no grammar decision for lookahead key ${key}`);
    const maxLookahead = prod.maxLookahead || host.maxLookahead;
    const s = host.lookaheadStrategy;
    const fn = (method === 1
        ? s.buildLookaheadForAlternation({
            prodOccurrence: occurrence, rule, maxLookahead, hasPredicates: prod.hasPredicates === true, dynamicTokensEnabled: host.dynamicTokensEnabled,
        })
        : s.buildLookaheadForOptional({
            prodOccurrence: occurrence, rule, maxLookahead, dynamicTokensEnabled: host.dynamicTokensEnabled,
            prodType: PROD_TYPE[method],
        }));
    host.lookAheadFuncsCache.set(key, fn);
    return fn;
}
//# sourceMappingURL=lazy-lookahead.js.map