// Chevrotain's grammar recording (performSelfAnalysis), with cheaper GAST nodes.
//
// While recording, every CONSUME/SUBRULE/OPTION/OR/MANY... of a rule adds a node to the rule's
// grammar tree (GAST). Chevrotain's node constructors copy their options with lodash's pickBy and
// assign, which on cold code costs most of the recording (~1000 nodes, ~10 ms at start-up).
// These versions of Chevrotain's *InternalRecord methods (chevrotain 11.2.0,
// lib/src/parse/parser/traits/gast_recorder.js) build the same nodes directly: same classes,
// same own properties in the same order, same values; and return the same recording-phase
// values (Chevrotain's own objects, captured once). spec/startup.test.ts compares the whole
// recorded grammar with Chevrotain's.
import { EmbeddedActionsParser, Rule, NonTerminal, Terminal, Alternative, Alternation, Option, Repetition, RepetitionMandatory, RepetitionWithSeparator, RepetitionMandatoryWithSeparator, } from './chevrotain.js';
const CHEVROTAIN = EmbeddedActionsParser.prototype;
const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
/** Chevrotain's recording-phase token and null object, from its own methods (on a dummy stack). */
let recordingToken = null;
let recordingNull = null;
function captureRecordingValues(tokType) {
    const dummy = { recordingProdStack: [{ definition: [] }] };
    recordingToken = CHEVROTAIN.consumeInternalRecord.call(dummy, tokType, 0, undefined);
    recordingNull = CHEVROTAIN.subruleInternalRecord.call(dummy, { ruleName: 'x' }, 0, undefined);
}
function prod(cls) {
    const p = Object.create(cls.prototype);
    p._definition = [];
    return p;
}
function top(host) {
    return host.recordingProdStack[host.recordingProdStack.length - 1];
}
function checkIdx(idx) {
    if (!(idx >= 0 && idx <= 255))
        throw new Error(`Invalid DSL Method idx value: <${idx}>`);
}
/** Chevrotain's recordProd: OPTION, MANY, AT_LEAST_ONE and the _SEP forms. */
function recordProd(host, cls, arg, idx, handleSep) {
    checkIdx(idx);
    const prev = top(host);
    const action = typeof arg === 'function' ? arg : arg.DEF;
    const p = prod(cls);
    p.idx = idx;
    if (handleSep)
        p.separator = arg.SEP;
    if (has(arg, 'MAX_LOOKAHEAD'))
        p.maxLookahead = arg.MAX_LOOKAHEAD;
    host.recordingProdStack.push(p);
    action.call(host);
    prev.definition.push(p);
    host.recordingProdStack.pop();
    return recordingNull;
}
/** The recording methods, installed on ExprParser.prototype (they override Chevrotain's). */
export const fastRecorder = {
    topLevelRuleRecord(name, def) {
        if (recordingToken === null)
            captureRecordingValues({ tokenTypeIdx: 0 });
        const r = prod(Rule);
        r.orgText = '';
        r.name = name;
        this.recordingProdStack.push(r);
        def.call(this);
        this.recordingProdStack.pop();
        return r;
    },
    consumeInternalRecord(tokType, idx, options) {
        checkIdx(idx);
        if (tokType === undefined || typeof tokType.tokenTypeIdx !== 'number') {
            throw new Error(`<CONSUME${idx || ''}> argument is invalid: not a TokenType`);
        }
        const t = Object.create(Terminal.prototype);
        t.idx = idx;
        t.terminalType = tokType;
        if (options?.LABEL !== undefined)
            t.label = options.LABEL;
        top(this).definition.push(t);
        return recordingToken;
    },
    subruleInternalRecord(rule, idx, options) {
        checkIdx(idx);
        if (!rule || !has(rule, 'ruleName'))
            throw new Error(`<SUBRULE${idx || ''}> argument is invalid: not a parser rule`);
        const n = prod(NonTerminal);
        n.idx = idx;
        n.nonTerminalName = rule.ruleName;
        if (options?.LABEL !== undefined)
            n.label = options.LABEL;
        top(this).definition.push(n);
        return recordingNull;
    },
    optionInternalRecord(arg, idx) {
        return recordProd(this, Option, arg, idx, false);
    },
    atLeastOneInternalRecord(idx, arg) {
        recordProd(this, RepetitionMandatory, arg, idx, false);
    },
    atLeastOneSepFirstInternalRecord(idx, arg) {
        recordProd(this, RepetitionMandatoryWithSeparator, arg, idx, true);
    },
    manyInternalRecord(idx, arg) {
        recordProd(this, Repetition, arg, idx, false);
    },
    manySepFirstInternalRecord(idx, arg) {
        recordProd(this, RepetitionWithSeparator, arg, idx, true);
    },
    orInternalRecord(arg, idx) {
        checkIdx(idx);
        const prev = top(this);
        const hasOptions = !Array.isArray(arg);
        const alts = hasOptions ? arg.DEF : arg;
        const or = prod(Alternation);
        or.idx = idx;
        or.ignoreAmbiguities = hasOptions && arg.IGNORE_AMBIGUITIES === true;
        or.hasPredicates = false;
        if (has(arg, 'MAX_LOOKAHEAD'))
            or.maxLookahead = arg.MAX_LOOKAHEAD;
        or.hasPredicates = alts.some((a) => typeof a.GATE === 'function');
        prev.definition.push(or);
        for (const alt of alts) {
            const a = prod(Alternative);
            a.ignoreAmbiguities = false;
            or.definition.push(a);
            if (has(alt, 'IGNORE_AMBIGUITIES'))
                a.ignoreAmbiguities = alt.IGNORE_AMBIGUITIES;
            else if (has(alt, 'GATE'))
                a.ignoreAmbiguities = true;
            this.recordingProdStack.push(a);
            alt.ALT.call(this);
            this.recordingProdStack.pop();
        }
        return recordingNull;
    },
};
//# sourceMappingURL=gast-recorder.js.map