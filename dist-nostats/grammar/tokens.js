// Token types of the Python tokenizer (grammar/tokenizer.ts) as Chevrotain token types.
// The tokenizer is hand-written (indentation, f-strings and byte columns need it); these
// types exist so the Chevrotain parser can CONSUME them. Every pattern is Lexer.NA.
import { createToken, Lexer } from './chevrotain.js';
const tokenTypes = [];
function tok(name, categories) {
    // (`categories: undefined` must not be passed: Chevrotain would then crash on load.)
    const t = createToken(categories ? { name, pattern: Lexer.NA, categories } : { name, pattern: Lexer.NA });
    tokenTypes.push(t);
    return t;
}
// Categories (never produced directly).
export const AugAssign = tok('AugAssign');
export const Keyword = tok('Keyword');
export const Name = tok('Name');
export const Number = tok('Number');
export const String = tok('String');
export const Newline = tok('Newline');
export const Indent = tok('Indent');
export const Dedent = tok('Dedent');
export const EndMarker = tok('EndMarker');
/**
 * Text that is no Python token: `$`, `?`, a backquote, or `<>` (CPython's tokenizer passes these
 * on and its parser rejects them with "invalid syntax" at the token). No grammar rule consumes
 * it. With `tokenize(src, { deferErrors: true })` the tokenizer also ends the token list with an
 * ErrorToken whose `payload` is the PySyntaxError of an error CPython reports only when the
 * parser reaches it (see grammar/tokenizer.ts).
 */
export const ErrorToken = tok('ErrorToken');
// Hard keywords (soft keywords `match`, `case`, `_` are Name tokens).
export const KEYWORDS = Object.create(null);
function kw(word) {
    const t = tok('Kw_' + word, [Keyword]);
    KEYWORDS[word] = t;
    return t;
}
export const False_ = kw('False');
export const None_ = kw('None');
export const True_ = kw('True');
export const And = kw('and');
export const As = kw('as');
export const Assert = kw('assert');
export const Async = kw('async');
export const Await = kw('await');
export const Break = kw('break');
export const Class = kw('class');
export const Continue = kw('continue');
export const Def = kw('def');
export const Del = kw('del');
export const Elif = kw('elif');
export const Else = kw('else');
export const Except = kw('except');
export const Finally = kw('finally');
export const For = kw('for');
export const From = kw('from');
export const Global = kw('global');
export const If = kw('if');
export const Import = kw('import');
export const In = kw('in');
export const Is = kw('is');
export const Lambda = kw('lambda');
export const Nonlocal = kw('nonlocal');
export const Not = kw('not');
export const Or = kw('or');
export const Pass = kw('pass');
export const Raise = kw('raise');
export const Return = kw('return');
export const Try = kw('try');
export const While = kw('while');
export const With = kw('with');
export const Yield = kw('yield');
// Operators and delimiters, keyed by their text.
export const OPERATORS = Object.create(null);
function op(text, name, categories) {
    const t = tok(name, categories);
    OPERATORS[text] = t;
    return t;
}
export const LPar = op('(', 'LPar');
export const RPar = op(')', 'RPar');
export const LSqb = op('[', 'LSqb');
export const RSqb = op(']', 'RSqb');
export const LBrace = op('{', 'LBrace');
export const RBrace = op('}', 'RBrace');
export const Colon = op(':', 'Colon');
export const Comma = op(',', 'Comma');
export const Semi = op(';', 'Semi');
export const Plus = op('+', 'Plus');
export const Minus = op('-', 'Minus');
export const Star = op('*', 'Star');
export const Slash = op('/', 'Slash');
export const VBar = op('|', 'VBar');
export const Amper = op('&', 'Amper');
export const Less = op('<', 'Less');
export const Greater = op('>', 'Greater');
export const Equal = op('=', 'Equal');
export const Dot = op('.', 'Dot');
export const Percent = op('%', 'Percent');
export const EqEqual = op('==', 'EqEqual');
export const NotEqual = op('!=', 'NotEqual');
export const LessEqual = op('<=', 'LessEqual');
export const GreaterEqual = op('>=', 'GreaterEqual');
export const Tilde = op('~', 'Tilde');
export const Circumflex = op('^', 'Circumflex');
export const LeftShift = op('<<', 'LeftShift');
export const RightShift = op('>>', 'RightShift');
export const DoubleStar = op('**', 'DoubleStar');
export const DoubleSlash = op('//', 'DoubleSlash');
export const At = op('@', 'At');
export const RArrow = op('->', 'RArrow');
export const Ellipsis = op('...', 'Ellipsis');
export const ColonEqual = op(':=', 'ColonEqual');
export const Exclamation = op('!', 'Exclamation'); // only meaningful inside f-string fields
export const PlusEqual = op('+=', 'PlusEqual', [AugAssign]);
export const MinEqual = op('-=', 'MinEqual', [AugAssign]);
export const StarEqual = op('*=', 'StarEqual', [AugAssign]);
export const SlashEqual = op('/=', 'SlashEqual', [AugAssign]);
export const PercentEqual = op('%=', 'PercentEqual', [AugAssign]);
export const AmperEqual = op('&=', 'AmperEqual', [AugAssign]);
export const VBarEqual = op('|=', 'VBarEqual', [AugAssign]);
export const CircumflexEqual = op('^=', 'CircumflexEqual', [AugAssign]);
export const LeftShiftEqual = op('<<=', 'LeftShiftEqual', [AugAssign]);
export const RightShiftEqual = op('>>=', 'RightShiftEqual', [AugAssign]);
export const DoubleStarEqual = op('**=', 'DoubleStarEqual', [AugAssign]);
export const DoubleSlashEqual = op('//=', 'DoubleSlashEqual', [AugAssign]);
export const AtEqual = op('@=', 'AtEqual', [AugAssign]);
/** Every token type, for the parser's constructor. */
export const allTokens = tokenTypes;
//# sourceMappingURL=tokens.js.map