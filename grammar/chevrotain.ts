// Chevrotain, loaded from its single-file ESM bundle. The package's default entry is ~100 small
// modules that take ~300 ms to load; the bundle (lib/chevrotain.min.mjs, shipped in the same
// package) loads in ~15 ms (start-up target: issue 5). Types come from the package's declarations.

import type * as Chevrotain from 'chevrotain';

// The package's main entry is lib/src/api.js; the bundle sits in lib/. (tools/bundle.mjs replaces
// these two lines with a static import of the same file.)
const bundleUrl = new URL('../chevrotain.min.mjs', import.meta.resolve('chevrotain'));
const chev = (await import(bundleUrl.href)) as typeof Chevrotain;

export const createToken = chev.createToken;
export const Lexer = chev.Lexer;
export const EmbeddedActionsParser = chev.EmbeddedActionsParser;
export const isRecognitionException = chev.isRecognitionException;
export const LLkLookaheadStrategy = chev.LLkLookaheadStrategy;
export const getLookaheadPaths = chev.getLookaheadPaths;
// The recorded grammar's node classes (grammar/lazy-lookahead.ts, grammar/gast-recorder.ts).
export const Rule = chev.Rule;
export type Rule = Chevrotain.Rule;
export const Terminal = chev.Terminal;
export const Alternative = chev.Alternative;
export const NonTerminal = chev.NonTerminal;
export const Alternation = chev.Alternation;
export const Option = chev.Option;
export const Repetition = chev.Repetition;
export const RepetitionMandatory = chev.RepetitionMandatory;
export const RepetitionWithSeparator = chev.RepetitionWithSeparator;
export const RepetitionMandatoryWithSeparator = chev.RepetitionMandatoryWithSeparator;
export type { IToken, TokenType, IParserConfig, IRecognitionException, IOrAlt, ILookaheadStrategy, IProduction } from 'chevrotain';
