// Chevrotain's LL(k) lookahead, computed per decision on first use instead of all at start-up.
//
// performSelfAnalysis builds a lookahead function for every OR/OPTION/MANY/... of the grammar
// (~20-50 ms, most of them never needed by a given program). LazyLookahead hands Chevrotain a
// small stub per decision instead; the first call builds the real function with Chevrotain's own
// LLkLookaheadStrategy (same GAST, same result) and puts it in the parser's lookahead cache in
// place of the stub, so later parses call the real function directly. The parser is still built
// once per process; only this part of its analysis is spread over the parses that need it.
//
// The stub learns its cache key from ExprParser.setLaFuncCache (grammar/expressions.ts), which
// Chevrotain calls once per decision while it pre-computes lookahead.

import { LLkLookaheadStrategy, type ILookaheadStrategy } from './chevrotain.js';

type LaFunc = (this: unknown, alts?: unknown) => unknown;

/** A stub standing for a lookahead function not built yet. */
export interface LazyLaFunc extends LaFunc {
  /** The parser's lookahead-cache key of this decision (-1 until setLaFuncCache sets it). */
  laKey: number;
}

interface LookaheadCache {
  lookAheadFuncsCache: Map<number, LaFunc>;
}

function lazy(build: () => LaFunc): LazyLaFunc {
  let real: LaFunc | null = null;
  const stub = function (this: unknown, alts?: unknown): unknown {
    if (real === null) {
      real = build();
      if (stub.laKey >= 0) (this as LookaheadCache).lookAheadFuncsCache.set(stub.laKey, real);
    }
    return real.call(this, alts);
  } as LazyLaFunc;
  stub.laKey = -1;
  return stub;
}

export class LazyLookahead implements ILookaheadStrategy {
  private readonly llk: ILookaheadStrategy;

  constructor(maxLookahead: number) {
    this.llk = new LLkLookaheadStrategy({ maxLookahead });
  }

  validate(options: Parameters<ILookaheadStrategy['validate']>[0]): ReturnType<ILookaheadStrategy['validate']> {
    return this.llk.validate(options);
  }

  buildLookaheadForAlternation(
    options: Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0],
  ): ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']> {
    return lazy(() => this.llk.buildLookaheadForAlternation(options) as LaFunc) as ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']>;
  }

  buildLookaheadForOptional(
    options: Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0],
  ): ReturnType<ILookaheadStrategy['buildLookaheadForOptional']> {
    return lazy(() => this.llk.buildLookaheadForOptional(options) as LaFunc) as ReturnType<ILookaheadStrategy['buildLookaheadForOptional']>;
  }
}
