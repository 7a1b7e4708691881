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

import {
  EmbeddedActionsParser, Rule, NonTerminal, Terminal, Alternative, Alternation, Option, Repetition,
  RepetitionMandatory, RepetitionWithSeparator, RepetitionMandatoryWithSeparator, type TokenType,
} from './chevrotain.js';

type Action = () => unknown;
interface Prod { _definition: unknown[]; definition: unknown[] }
interface Host { recordingProdStack: Prod[] }
interface ProdArg { DEF?: Action; SEP?: TokenType; MAX_LOOKAHEAD?: number; IGNORE_AMBIGUITIES?: boolean }
interface AltArg { ALT: Action; GATE?: () => boolean; IGNORE_AMBIGUITIES?: boolean }
type Ctor = abstract new (...a: never[]) => object;

const CHEVROTAIN = EmbeddedActionsParser.prototype as unknown as Record<string, (this: unknown, ...a: unknown[]) => unknown>;
const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Chevrotain's recording-phase token and null object, from its own methods (on a dummy stack). */
let recordingToken: unknown = null;
let recordingNull: unknown = null;
function captureRecordingValues(tokType: TokenType): void {
  const dummy = { recordingProdStack: [{ definition: [] as unknown[] }] };
  recordingToken = CHEVROTAIN.consumeInternalRecord.call(dummy, tokType, 0, undefined);
  recordingNull = CHEVROTAIN.subruleInternalRecord.call(dummy, { ruleName: 'x' }, 0, undefined);
}

function prod(cls: Ctor): Prod {
  const p = Object.create(cls.prototype) as Prod;
  p._definition = [];
  return p;
}

function top(host: Host): Prod {
  return host.recordingProdStack[host.recordingProdStack.length - 1];
}

function checkIdx(idx: number): void {
  if (!(idx >= 0 && idx <= 255)) throw new Error(`Invalid DSL Method idx value: <${idx}>`);
}

/** Chevrotain's recordProd: OPTION, MANY, AT_LEAST_ONE and the _SEP forms. */
function recordProd(host: Host, cls: Ctor, arg: Action | ProdArg, idx: number, handleSep: boolean): unknown {
  checkIdx(idx);
  const prev = top(host);
  const action = typeof arg === 'function' ? arg : (arg.DEF as Action);
  const p = prod(cls) as Prod & { idx: number; separator?: TokenType; maxLookahead?: number };
  p.idx = idx;
  if (handleSep) p.separator = (arg as ProdArg).SEP;
  if (has(arg, 'MAX_LOOKAHEAD')) p.maxLookahead = (arg as ProdArg).MAX_LOOKAHEAD;
  host.recordingProdStack.push(p);
  action.call(host);
  prev.definition.push(p);
  host.recordingProdStack.pop();
  return recordingNull;
}

/** The recording methods, installed on ExprParser.prototype (they override Chevrotain's). */
export const fastRecorder = {
  topLevelRuleRecord(this: Host, name: string, def: Action): Prod {
    if (recordingToken === null) captureRecordingValues({ tokenTypeIdx: 0 } as unknown as TokenType);
    const r = prod(Rule) as Prod & { orgText: string; name: string };
    r.orgText = '';
    r.name = name;
    this.recordingProdStack.push(r);
    def.call(this);
    this.recordingProdStack.pop();
    return r;
  },
  consumeInternalRecord(this: Host, tokType: TokenType, idx: number, options?: { LABEL?: string }): unknown {
    checkIdx(idx);
    if (tokType === undefined || typeof (tokType as { tokenTypeIdx?: number }).tokenTypeIdx !== 'number') {
      throw new Error(`<CONSUME${idx || ''}> argument is invalid: not a TokenType`);
    }
    const t = Object.create(Terminal.prototype) as { idx: number; terminalType: TokenType; label?: string };
    t.idx = idx;
    t.terminalType = tokType;
    if (options?.LABEL !== undefined) t.label = options.LABEL;
    top(this).definition.push(t);
    return recordingToken;
  },
  subruleInternalRecord(this: Host, rule: { ruleName?: string }, idx: number, options?: { LABEL?: string }): unknown {
    checkIdx(idx);
    if (!rule || !has(rule, 'ruleName')) throw new Error(`<SUBRULE${idx || ''}> argument is invalid: not a parser rule`);
    const n = prod(NonTerminal) as Prod & { idx: number; nonTerminalName: string; label?: string };
    n.idx = idx;
    n.nonTerminalName = rule.ruleName as string;
    if (options?.LABEL !== undefined) n.label = options.LABEL;
    top(this).definition.push(n);
    return recordingNull;
  },
  optionInternalRecord(this: Host, arg: Action | ProdArg, idx: number): unknown {
    return recordProd(this, Option, arg, idx, false);
  },
  atLeastOneInternalRecord(this: Host, idx: number, arg: Action | ProdArg): void {
    recordProd(this, RepetitionMandatory, arg, idx, false);
  },
  atLeastOneSepFirstInternalRecord(this: Host, idx: number, arg: ProdArg): void {
    recordProd(this, RepetitionMandatoryWithSeparator, arg, idx, true);
  },
  manyInternalRecord(this: Host, idx: number, arg: Action | ProdArg): void {
    recordProd(this, Repetition, arg, idx, false);
  },
  manySepFirstInternalRecord(this: Host, idx: number, arg: ProdArg): void {
    recordProd(this, RepetitionWithSeparator, arg, idx, true);
  },
  orInternalRecord(this: Host, arg: AltArg[] | (ProdArg & { DEF: AltArg[] }), idx: number): unknown {
    checkIdx(idx);
    const prev = top(this);
    const hasOptions = !Array.isArray(arg);
    const alts = hasOptions ? arg.DEF : arg;
    const or = prod(Alternation) as Prod & { idx: number; ignoreAmbiguities: boolean; hasPredicates: boolean; maxLookahead?: number };
    or.idx = idx;
    or.ignoreAmbiguities = hasOptions && arg.IGNORE_AMBIGUITIES === true;
    or.hasPredicates = false;
    if (has(arg, 'MAX_LOOKAHEAD')) or.maxLookahead = (arg as ProdArg).MAX_LOOKAHEAD;
    or.hasPredicates = alts.some((a) => typeof a.GATE === 'function');
    prev.definition.push(or);
    for (const alt of alts) {
      const a = prod(Alternative) as Prod & { ignoreAmbiguities: boolean };
      a.ignoreAmbiguities = false;
      or.definition.push(a);
      if (has(alt, 'IGNORE_AMBIGUITIES')) a.ignoreAmbiguities = alt.IGNORE_AMBIGUITIES as boolean;
      else if (has(alt, 'GATE')) a.ignoreAmbiguities = true;
      this.recordingProdStack.push(a);
      alt.ALT.call(this);
      this.recordingProdStack.pop();
    }
    return recordingNull;
  },
};
