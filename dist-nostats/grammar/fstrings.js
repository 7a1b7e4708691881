// f-strings, CPython 3.11 style: the whole f-string is one STRING token and its fields are
// found by scanning the token's text (Parser/string_parser.c: fstring_find_literal,
// fstring_find_expr, fstring_compile_expr, fstring_find_expr_location,
// _PyPegen_FstringParser_*). The expressions are parsed by StringEnv.parseFStringExpr.
import { raise, makeStrNode, decodeUnicodeEscapes } from './strings.js';
/** MAXLEVEL of the CPython tokenizer: how deep brackets may nest in a field. */
const MAX_NESTING = 200;
/** Bytes of s[a..b) in UTF-8. */
function utf8Len(s, a, b) {
    let n = b - a;
    for (let i = a; i < b; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) {
            if (c < 0x800)
                n += 1;
            else if (c >= 0xd800 && c <= 0xdfff)
                n += 1; // each half of a pair: 4 bytes per pair
            else
                n += 2;
        }
    }
    return n;
}
function isPySpace(c) {
    // Py_ISSPACE: space, \t, \n, \v, \f, \r
    return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
/**
 * The state of one concatenation (FstringParser): the string parts not yet turned into a
 * Constant and the parts of the JoinedStr made so far. Also used for format specs.
 */
export class FStringState {
    constructor(ctx) {
        this.ctx = ctx;
        this.lastStr = null;
        this.values = [];
        /** Whether any f-string took part (then the result is a JoinedStr). */
        this.fmode = false;
    }
    /** _PyPegen_FstringParser_ConcatAndDel: append a plain string (empty ones are dropped). */
    concatStr(v) {
        if (v.length === 0)
            return;
        this.lastStr = this.lastStr === null ? v : this.lastStr + v;
    }
    /** Append the f-string token `t`, whose text between the quotes is t.image[start..end). */
    concatFstring(t, start, end, raw) {
        const sc = new FStringScanner(this.ctx, t, start, end, raw);
        sc.concat(this, 0);
    }
    /** Turn the pending string into a Constant part (positions of the whole concatenation). */
    flushStr() {
        if (this.lastStr !== null) {
            this.values.push(makeStrNode(this.lastStr, this.ctx.first, this.ctx.last));
            this.lastStr = null;
        }
    }
    /** _PyPegen_FstringParser_Finish. */
    finish(first, last) {
        if (!this.fmode)
            return makeStrNode(this.lastStr ?? '', first, last);
        if (this.lastStr !== null) {
            this.values.push(makeStrNode(this.lastStr, first, last));
            this.lastStr = null;
        }
        return {
            _type: 'JoinedStr', values: this.values,
            lineno: first.startLine, col_offset: first.startColumn, end_lineno: last.endLine, end_col_offset: last.endColumn,
        };
    }
}
/** Scans the text of one f-string token. */
class FStringScanner {
    constructor(ctx, t, start, end, raw) {
        this.ctx = ctx;
        this.t = t;
        this.end = end;
        this.raw = raw;
        // Newline count of img[0..nlPos), for fstring_find_expr_location (fields come in order).
        this.nlPos = 0;
        this.nlCount = 0;
        this.img = t.image;
        this.pos = start;
    }
    /** _PyPegen_FstringParser_ConcatFstring. */
    concat(state, level) {
        state.fmode = true;
        const { img, end } = this;
        for (;;) {
            // fstring_find_literal_and_expr
            const [literal, doubled] = this.findLiteral(level);
            let expression = null;
            let exprText = null;
            if (!doubled && this.pos < end && img.charCodeAt(this.pos) !== 0x7d) {
                [expression, exprText] = this.findExpr(level);
            }
            if (literal !== null)
                state.concatStr(literal);
            if (exprText !== null)
                state.concatStr(exprText);
            if (doubled)
                continue;
            if (expression === null)
                break;
            state.flushStr();
            state.values.push(expression);
        }
        if (level === 0 && this.pos < end - 1)
            raise(this.ctx, 'f-string: unexpected end of string');
        if (level !== 0 && img.charCodeAt(this.pos) !== 0x7d)
            raise(this.ctx, "f-string: expecting '}'");
    }
    /**
     * fstring_find_literal: the literal text up to the next field (or the end, or at a nested
     * level the closing '}'), decoded. `doubled` when it stopped after a doubled brace, which
     * ends the literal (with one brace) but not the scan.
     */
    findLiteral(level) {
        const { img, end, raw } = this;
        const literalStart = this.pos;
        let s = literalStart;
        let doubled = false;
        while (s < end) {
            let ch = img.charCodeAt(s++);
            if (!raw && ch === 0x5c && s < end) {
                ch = img.charCodeAt(s++);
                if (ch === 0x4e) {
                    // "\N{NAME}": skip to the '}' so the '{' does not start a field.
                    if (s < end && img.charCodeAt(s++) === 0x7b) {
                        while (s < end && img.charCodeAt(s++) !== 0x7d) {
                            // skip the name
                        }
                    }
                    continue;
                }
                if (ch === 0x7b && this.ctx.env.warn)
                    this.ctx.env.warn("invalid escape sequence '\\{'", this.t);
            }
            if (ch === 0x7b || ch === 0x7d) {
                if (level === 0) {
                    if (s < end && img.charCodeAt(s) === ch) {
                        doubled = true;
                        this.pos = s + 1;
                        break;
                    }
                    if (ch === 0x7d) {
                        this.pos = s - 1;
                        raise(this.ctx, "f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (!doubled)
            this.pos = s;
        if (s === literalStart)
            return [null, doubled];
        const literal = raw ? img.slice(literalStart, s) : decodeUnicodeEscapes(this.ctx, img, literalStart, s, this.t);
        return [literal, doubled];
    }
    /** fstring_find_expr: the field at this.pos (a '{') → FormattedValue and the "=" text. */
    findExpr(level) {
        const { ctx, img, end } = this;
        if (level >= 2)
            raise(ctx, 'f-string: expressions nested too deeply');
        let pos = this.pos + 1;
        const exprStart = pos;
        let quoteChar = 0;
        let stringType = 0;
        const parens = [];
        for (; pos < end; pos++) {
            const ch = img.charCodeAt(pos);
            if (ch === 0x5c)
                raise(ctx, 'f-string expression part cannot include a backslash');
            if (quoteChar) {
                if (ch === quoteChar) {
                    if (stringType === 3) {
                        if (pos + 2 < end && img.charCodeAt(pos + 1) === ch && img.charCodeAt(pos + 2) === ch) {
                            pos += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    }
                    else {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
                continue;
            }
            if (ch === 0x27 || ch === 0x22) {
                if (pos + 2 < end && img.charCodeAt(pos + 1) === ch && img.charCodeAt(pos + 2) === ch) {
                    stringType = 3;
                    pos += 2;
                }
                else {
                    stringType = 1;
                }
                quoteChar = ch;
            }
            else if (ch === 0x5b || ch === 0x7b || ch === 0x28) {
                if (parens.length >= MAX_NESTING)
                    raise(ctx, 'f-string: too many nested parenthesis');
                parens.push(ch);
            }
            else if (ch === 0x23) {
                raise(ctx, "f-string expression part cannot include '#'");
            }
            else if (parens.length === 0 && (ch === 0x21 || ch === 0x3a || ch === 0x7d || ch === 0x3d || ch === 0x3e || ch === 0x3c)) {
                if (pos + 1 < end && img.charCodeAt(pos + 1) === 0x3d && ch !== 0x3a && ch !== 0x7d) {
                    // != == <= >=
                    pos++;
                    continue;
                }
                if (ch === 0x3e || ch === 0x3c)
                    continue;
                break;
            }
            else if (ch === 0x5d || ch === 0x7d || ch === 0x29) {
                if (parens.length === 0)
                    raise(ctx, `f-string: unmatched '${img[pos]}'`);
                const opening = parens.pop();
                if (!((opening === 0x28 && ch === 0x29) || (opening === 0x5b && ch === 0x5d) || (opening === 0x7b && ch === 0x7d))) {
                    raise(ctx, `f-string: closing parenthesis '${img[pos]}' does not match opening parenthesis '${String.fromCharCode(opening)}'`);
                }
            }
        }
        const exprEnd = pos;
        if (quoteChar)
            raise(ctx, 'f-string: unterminated string');
        if (parens.length)
            raise(ctx, `f-string: unmatched '${String.fromCharCode(parens[parens.length - 1])}'`);
        if (pos >= end)
            raise(ctx, "f-string: expecting '}'");
        const value = this.compileExpr(exprStart, exprEnd);
        let exprText = null;
        if (img.charCodeAt(pos) === 0x3d) {
            pos++;
            while (isPySpace(img.charCodeAt(pos)))
                pos++;
            if (pos >= end)
                raise(ctx, "f-string: expecting '}'");
            exprText = img.slice(exprStart, pos);
        }
        let conversion = -1;
        if (img.charCodeAt(pos) === 0x21) {
            pos++;
            if (pos >= end)
                raise(ctx, "f-string: expecting '}'");
            conversion = img.charCodeAt(pos);
            pos++;
            if (conversion !== 0x73 && conversion !== 0x72 && conversion !== 0x61) {
                raise(ctx, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        let formatSpec = null;
        if (img.charCodeAt(pos) === 0x3a) {
            pos++;
            if (pos >= end)
                raise(ctx, "f-string: expecting '}'");
            // fstring_parse: a nested f-string up to the closing '}', positioned at this token.
            this.pos = pos;
            const spec = new FStringState(ctx);
            this.concat(spec, level + 1);
            formatSpec = spec.finish(this.t, this.t);
            pos = this.pos;
        }
        if (pos >= end || img.charCodeAt(pos) !== 0x7d)
            raise(ctx, "f-string: expecting '}'");
        this.pos = pos + 1;
        if (exprText !== null && formatSpec === null && conversion === -1)
            conversion = 0x72;
        const { first, last } = ctx;
        const fv = {
            _type: 'FormattedValue', value, conversion, format_spec: formatSpec,
            lineno: first.startLine, col_offset: first.startColumn, end_lineno: last.endLine, end_col_offset: last.endColumn,
        };
        return [fv, exprText];
    }
    /** fstring_compile_expr + fstring_find_expr_location. */
    compileExpr(exprStart, exprEnd) {
        const { img } = this;
        let s = exprStart;
        for (; s < exprEnd; s++) {
            const c = img.charCodeAt(s);
            if (!(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c))
                break;
        }
        if (s === exprEnd) {
            const c = img[exprEnd];
            if (c === '!' || c === ':' || c === '=')
                raise(this.ctx, `f-string: expression required before '${c}'`);
            raise(this.ctx, 'f-string: empty expression not allowed');
        }
        const brace = exprStart - 1;
        // If only whitespace follows the '{' before a newline, CPython does not shift columns.
        let newlineAfterBrace = true;
        for (let k = exprStart;; k++) {
            const c = img.charCodeAt(k);
            if (c === 0x7d || c === 0x0a)
                break;
            if (c !== 0x20 && c !== 0x09 && c !== 0x0c) {
                newlineAfterBrace = false;
                break;
            }
        }
        // Newlines before the '{'.
        for (let k = this.nlPos; k < brace; k++)
            if (img.charCodeAt(k) === 0x0a)
                this.nlCount++;
        this.nlPos = brace;
        const lines = this.nlCount;
        let cols = 0;
        if (!newlineAfterBrace) {
            const nl = lines === 0 ? -1 : img.lastIndexOf('\n', brace);
            cols = utf8Len(img, nl + 1, brace);
        }
        const t = this.t;
        const lineno = t.startLine + lines;
        const colOffset = lines === 0 ? t.startColumn + cols : cols;
        return this.ctx.env.parseFStringExpr(img.slice(exprStart, exprEnd), lineno, colOffset);
    }
}
//# sourceMappingURL=fstrings.js.map