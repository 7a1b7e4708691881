// String literals: one or more adjacent STRING tokens (implicit concatenation) become one
// Constant (str or bytes) or JoinedStr, exactly as CPython 3.11's parser builds them
// (Parser/string_parser.c: _PyPegen_concatenate_strings, _PyPegen_parsestr, the escape
// decoders). The f-string fields are parsed in grammar/fstrings.ts.
//
// Positions: the result spans all the tokens. Inside a JoinedStr, CPython 3.11 gives the
// Constant parts and FormattedValue nodes the span of the whole concatenation too (except the
// last Constant and the JoinedStr of a format spec, which get the span of their own token);
// only the expressions inside the fields get their real positions.
import { PySyntaxError } from './errors.js';
import { PyBytesConst } from '../src/ast/constant.js';
import { lookupUnicodeName } from './unicode-names.js';
import { FStringState } from './fstrings.js';
export function raise(ctx, msg, at = null) {
    const env = ctx.env;
    if (env.syntaxError)
        throw env.syntaxError(msg, at);
    const t = at ?? ctx.last;
    const line = at ? t.startLine : t.endLine;
    const col = at ? t.startColumn : t.endColumn;
    throw new PySyntaxError('SyntaxError', msg, env.filename, line, col + 1, null);
}
function warnInvalidEscape(ctx, s, i, tok) {
    // `i` indexes the character after the backslash.
    if (!ctx.env.warn)
        return;
    const c = s.charCodeAt(i);
    const msg = c >= 0x34 && c <= 0x37 ? `invalid octal escape sequence '\\${s.slice(i, i + 3)}'` : `invalid escape sequence '\\${s[i]}'`;
    ctx.env.warn(msg, tok);
}
function scanToken(img) {
    let bytes = false;
    let raw = false;
    let fmode = false;
    let i = 0;
    for (;;) {
        const c = img.charCodeAt(i) | 0x20;
        if (c === 0x62)
            bytes = true; // b
        else if (c === 0x72)
            raw = true; // r
        else if (c === 0x66)
            fmode = true; // f
        else if (c !== 0x75)
            break; // u
        i++;
    }
    const q = img.charCodeAt(i);
    let start = i + 1;
    let end = img.length - 1;
    if (end - start >= 4 && img.charCodeAt(start) === q && img.charCodeAt(start + 1) === q) {
        start += 2;
        end -= 2;
    }
    return { bytes, raw, fmode, start, end };
}
function strConstant(value, kind, first, last) {
    return {
        _type: 'Constant', value, kind,
        lineno: first.startLine, col_offset: first.startColumn, end_lineno: last.endLine, end_col_offset: last.endColumn,
    };
}
/** make_str_node_and_del: kind 'u' only when the image of `first` starts with a lowercase u. */
export function makeStrNode(value, first, last) {
    return strConstant(value, first.image.charCodeAt(0) === 0x75 ? 'u' : null, first, last);
}
// ------------------------------------------------------------------------------ entry point
/** Adjacent STRING tokens → a Constant (str or bytes) or a JoinedStr, as CPython 3.11. */
export function parseStrings(toks, env) {
    const first = toks[0];
    const last = toks[toks.length - 1];
    if (toks.length === 1) {
        // Fast path: an unprefixed, escape-free literal.
        const img = first.image;
        const q = img.charCodeAt(0);
        if ((q === 0x27 || q === 0x22) && img.indexOf('\\') < 0) {
            const n = img.length;
            const triple = n >= 6 && img.charCodeAt(1) === q && img.charCodeAt(2) === q;
            const value = triple ? img.slice(3, n - 3) : img.slice(1, n - 1);
            return strConstant(value, null, first, first);
        }
    }
    const ctx = { env, first, last };
    let bytesmode = false;
    let byteParts = null;
    let state = null;
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        const img = t.image;
        const lit = scanToken(img);
        let value = null;
        if (!lit.fmode) {
            const bs = lit.raw ? -1 : img.indexOf('\\', lit.start);
            const hasEscape = bs >= 0 && bs < lit.end;
            if (lit.bytes) {
                for (let k = lit.start; k < lit.end; k++) {
                    if (img.charCodeAt(k) >= 0x80)
                        raise(ctx, 'bytes can only contain ASCII literal characters', t);
                }
                value = hasEscape ? decodeBytesEscapes(ctx, img, lit.start, lit.end, t) : asciiBytes(img, lit.start, lit.end);
            }
            else {
                value = hasEscape ? decodeUnicodeEscapes(ctx, img, lit.start, lit.end, t) : img.slice(lit.start, lit.end);
            }
        }
        if (i !== 0 && bytesmode !== lit.bytes)
            raise(ctx, 'cannot mix bytes and nonbytes literals');
        bytesmode = lit.bytes;
        if (bytesmode) {
            (byteParts ??= []).push(value);
            continue;
        }
        state ??= new FStringState(ctx);
        if (lit.fmode)
            state.concatFstring(t, lit.start, lit.end, lit.raw);
        else
            state.concatStr(value);
    }
    if (bytesmode) {
        const parts = byteParts;
        let bytes = parts[0];
        if (parts.length > 1) {
            let n = 0;
            for (const p of parts)
                n += p.length;
            bytes = new Uint8Array(n);
            n = 0;
            for (const p of parts) {
                bytes.set(p, n);
                n += p.length;
            }
        }
        return {
            _type: 'Constant', value: new PyBytesConst(bytes), kind: null,
            lineno: first.startLine, col_offset: first.startColumn, end_lineno: last.endLine, end_col_offset: last.endColumn,
        };
    }
    return state.finish(first, last);
}
// ------------------------------------------------------------------------------ escapes
function asciiBytes(s, start, end) {
    const out = new Uint8Array(end - start);
    for (let i = start; i < end; i++)
        out[i - start] = s.charCodeAt(i);
    return out;
}
function isHex(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
/**
 * Where index `idx` of s[start..end) lands in the buffer CPython's decode_unicode_with_escapes
 * hands to the unicode-escape codec (non-ASCII characters become 10-byte "\UXXXXXXXX", and a
 * backslash before one, or at the very end, gains "u005c"): the codec's error positions count
 * in that buffer.
 */
function escapeBufferPos(s, start, end, idx) {
    let pos = 0;
    for (let i = start; i < idx; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80) {
            pos += 1;
            if (c === 0x5c) {
                if (i + 1 >= end || s.charCodeAt(i + 1) >= 0x80)
                    pos += 5;
                else if (i + 1 < idx) {
                    // An escaped ASCII character: both bytes count 1; skip it so a second backslash is
                    // not taken as the start of another escape.
                    pos += 1;
                    i++;
                }
            }
        }
        else {
            pos += 10;
            if (c >= 0xd800 && c <= 0xdbff && i + 1 < idx) {
                const d = s.charCodeAt(i + 1);
                if (d >= 0xdc00 && d <= 0xdfff)
                    i++;
            }
        }
    }
    return pos;
}
function unicodeError(ctx, s, start, end, from, to, reason) {
    // `from` is the escape's backslash, `to` where the codec stopped (both indexes into s);
    // everything between them is ASCII except possibly when `to` is the end of the literal.
    const a = escapeBufferPos(s, start, end, from);
    const b = to >= end ? escapeBufferPos(s, start, end, end) : a + (to - from);
    const what = b - a === 1 ? `byte 0x5c in position ${a}` : `bytes in position ${a}-${b - 1}`;
    raise(ctx, `(unicode error) 'unicodeescape' codec can't decode ${what}: ${reason}`);
}
const SIMPLE_ESCAPES = {
    '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', t: '\t', n: '\n', r: '\r', v: '\v', a: '\x07',
};
/**
 * decode_unicode_with_escapes: the value of the (non-raw) str literal text s[start..end).
 * Invalid escapes are kept (backslash included) and the first one is warned about.
 */
export function decodeUnicodeEscapes(ctx, s, start, end, tok) {
    let out = '';
    let seg = start;
    let firstInvalid = -1;
    let i = start;
    while (i < end) {
        if (s.charCodeAt(i) !== 0x5c) {
            i++;
            continue;
        }
        out += s.slice(seg, i);
        const bs = i;
        i++;
        if (i >= end) {
            // A trailing backslash (an f-string literal part before "\{"): kept as is.
            out += '\\';
            seg = i;
            break;
        }
        const ch = s[i];
        const c = ch.charCodeAt(0);
        if (c >= 0x80) {
            // "\" + non-ASCII: CPython rewrites it as \u005c, a backslash; the character follows.
            out += '\\';
            seg = i;
            continue;
        }
        i++;
        const simple = SIMPLE_ESCAPES[ch];
        if (simple !== undefined) {
            out += simple;
        }
        else if (c === 0x0a) {
            // backslash-newline: nothing
        }
        else if (c >= 0x30 && c <= 0x37) {
            let v = c - 0x30;
            let k = 1;
            while (k < 3 && i < end) {
                const d = s.charCodeAt(i);
                if (d < 0x30 || d > 0x37)
                    break;
                v = v * 8 + d - 0x30;
                i++;
                k++;
            }
            if (v > 0o377 && firstInvalid < 0)
                firstInvalid = i - 3;
            out += String.fromCharCode(v);
        }
        else if (c === 0x78 || c === 0x75 || c === 0x55) {
            const count = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
            const reason = c === 0x78 ? 'truncated \\xXX escape' : c === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
            let v = 0;
            for (let k = 0; k < count; k++, i++) {
                if (i >= end || !isHex(s.charCodeAt(i)))
                    unicodeError(ctx, s, start, end, bs, i, reason);
                v = v * 16 + parseInt(s[i], 16);
            }
            if (v > 0x10ffff)
                unicodeError(ctx, s, start, end, bs, i, 'illegal Unicode character');
            out += String.fromCodePoint(v);
        }
        else if (c === 0x4e) {
            const reason = 'malformed \\N character escape';
            if (i >= end || s.charCodeAt(i) !== 0x7b)
                unicodeError(ctx, s, start, end, bs, i, reason);
            const close = s.indexOf('}', i + 1);
            if (close < 0 || close >= end)
                unicodeError(ctx, s, start, end, bs, end, reason);
            if (close === i + 1)
                unicodeError(ctx, s, start, end, bs, close, reason);
            const name = s.slice(i + 1, close);
            // eslint-disable-next-line no-control-regex
            const cp = /[^\x00-\x7f]/.test(name) ? -1 : lookupUnicodeName(name);
            if (cp < 0) {
                const a = escapeBufferPos(s, start, end, bs);
                const b = escapeBufferPos(s, start, end, close + 1);
                raise(ctx, `(unicode error) 'unicodeescape' codec can't decode bytes in position ${a}-${b - 1}: unknown Unicode character name`);
            }
            out += String.fromCodePoint(cp);
            i = close + 1;
        }
        else {
            if (firstInvalid < 0)
                firstInvalid = i - 1;
            out += '\\' + ch;
        }
        seg = i;
    }
    if (seg < end)
        out += s.slice(seg, end);
    if (firstInvalid >= 0)
        warnInvalidEscape(ctx, s, firstInvalid, tok);
    return out;
}
/** _PyBytes_DecodeEscape: the value of the (non-raw, ASCII) bytes literal text s[start..end). */
function decodeBytesEscapes(ctx, s, start, end, tok) {
    const out = new Uint8Array(end - start);
    let n = 0;
    let firstInvalid = -1;
    let i = start;
    while (i < end) {
        const c0 = s.charCodeAt(i++);
        if (c0 !== 0x5c) {
            out[n++] = c0;
            continue;
        }
        // A bytes token cannot end with a lone backslash inside its quotes.
        const ch = s[i];
        const c = s.charCodeAt(i++);
        const simple = SIMPLE_ESCAPES[ch];
        if (simple !== undefined) {
            out[n++] = simple.charCodeAt(0);
        }
        else if (c === 0x0a) {
            // backslash-newline: nothing
        }
        else if (c >= 0x30 && c <= 0x37) {
            let v = c - 0x30;
            let k = 1;
            while (k < 3 && i < end) {
                const d = s.charCodeAt(i);
                if (d < 0x30 || d > 0x37)
                    break;
                v = v * 8 + d - 0x30;
                i++;
                k++;
            }
            if (v > 0o377 && firstInvalid < 0)
                firstInvalid = i - 3;
            out[n++] = v & 0xff;
        }
        else if (c === 0x78) {
            if (i + 1 < end && isHex(s.charCodeAt(i)) && isHex(s.charCodeAt(i + 1))) {
                out[n++] = parseInt(s.slice(i, i + 2), 16);
                i += 2;
            }
            else {
                raise(ctx, `(value error) invalid \\x escape at position ${i - 2 - start}`);
            }
        }
        else {
            if (firstInvalid < 0)
                firstInvalid = i - 1;
            out[n++] = 0x5c;
            i--; // the character is taken literally
        }
    }
    if (firstInvalid >= 0)
        warnInvalidEscape(ctx, s, firstInvalid, tok);
    return n === out.length ? out : out.slice(0, n);
}
//# sourceMappingURL=strings.js.map