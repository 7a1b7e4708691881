// Q3: Python str (indexed by code point) over JS strings (indexed by UTF-16 unit).
// Indexing, len() and slicing may use UTF-16 positions only when the string has no surrogates
// (every BMP string: ASCII, Latin-1, CJK...). How do we know?
//   R1  raw JS string, regex test /[\uD800-\uDFFF]/ at every len/index/slice (O(n) per op)
//   R2  raw JS string, charCodeAt loop at every op (O(n) per op)
//   R3  raw JS string, one-entry cache (last string checked, by ===) in front of the regex
//   R4  raw JS string, bounded Map<string, flag> cache (V8 caches a string's hash in the string)
//   R5  raw JS string, regex for strings up to 64 units, R3's one-entry cache for longer ones
//   W1  wrapper {s, astral} with the flag computed when the str is made (slices/concats derive
//       it from their operands without a scan)
//   W2  wrapper {s, state} with the flag computed lazily at the first len/index, then kept
// Strings with surrogates take a slow path that is not measured here (same for all).
// Also: building a string by += (V8 ropes) vs list + ''.join, and += with a read per step.
//   node dist/bench/repr/str.bench.js
import { group, summary, do_not_optimize } from 'mitata';
import { benchOps, runAndReport } from './harness.js';
class ListObj {
    constructor(items) {
        this.items = items;
    }
}
const SURR = /[\uD800-\uDFFF]/;
/** Code-point slow paths, shared by all (never reached by the measured workloads). */
function cpLen(s) {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
}
function cpAt(s, i) {
    const cps = Array.from(s);
    const j = i < 0 ? i + cps.length : i;
    if (j < 0 || j >= cps.length)
        throw new RangeError('string index out of range');
    return cps[j];
}
function cpSlice(s, a, b) {
    return Array.from(s).slice(a, b).join('');
}
function lenOther(v) {
    if (v instanceof ListObj)
        return v.items.length;
    throw new TypeError('object has no len()');
}
function indexErr() {
    throw new RangeError('string index out of range');
}
/** Python slice bounds clamped to [0, n] (step 1). */
function clamp(i, n) {
    if (i < 0)
        i += n;
    return i < 0 ? 0 : i > n ? n : i;
}
// ---------------------------------------------------------------------------------------------
// R1: regex per op
function lenR1(v) {
    if (typeof v === 'string')
        return SURR.test(v) ? cpLen(v) : v.length;
    return lenOther(v);
}
function getitemR1(v, i) {
    if (typeof v === 'string') {
        if (SURR.test(v))
            return cpAt(v, i);
        const j = i < 0 ? i + v.length : i;
        if (j >= 0 && j < v.length)
            return v[j];
        return indexErr();
    }
    if (v instanceof ListObj)
        return v.items[i < 0 ? i + v.items.length : i];
    throw new TypeError('not subscriptable');
}
function sliceR1(v, a, b) {
    if (typeof v === 'string') {
        if (SURR.test(v))
            return cpSlice(v, a, b);
        return v.slice(clamp(a, v.length), clamp(b, v.length));
    }
    throw new TypeError('not sliceable');
}
// R2: charCodeAt loop per op
function hasSurrLoop(s) {
    for (let k = 0; k < s.length; k++) {
        const c = s.charCodeAt(k);
        if (c >= 0xd800 && c <= 0xdfff)
            return true;
    }
    return false;
}
function lenR2(v) {
    if (typeof v === 'string')
        return hasSurrLoop(v) ? cpLen(v) : v.length;
    return lenOther(v);
}
function getitemR2(v, i) {
    if (typeof v === 'string') {
        if (hasSurrLoop(v))
            return cpAt(v, i);
        const j = i < 0 ? i + v.length : i;
        if (j >= 0 && j < v.length)
            return v[j];
        return indexErr();
    }
    if (v instanceof ListObj)
        return v.items[i < 0 ? i + v.items.length : i];
    throw new TypeError('not subscriptable');
}
function sliceR2(v, a, b) {
    if (typeof v === 'string') {
        if (hasSurrLoop(v))
            return cpSlice(v, a, b);
        return v.slice(clamp(a, v.length), clamp(b, v.length));
    }
    throw new TypeError('not sliceable');
}
// R3: one-entry identity cache + regex
let lastStr = '';
let lastSurr = false;
function hasSurrLast(s) {
    if (s === lastStr)
        return lastSurr;
    lastSurr = SURR.test(s);
    lastStr = s;
    return lastSurr;
}
function lenR3(v) {
    if (typeof v === 'string')
        return hasSurrLast(v) ? cpLen(v) : v.length;
    return lenOther(v);
}
function getitemR3(v, i) {
    if (typeof v === 'string') {
        if (hasSurrLast(v))
            return cpAt(v, i);
        const j = i < 0 ? i + v.length : i;
        if (j >= 0 && j < v.length)
            return v[j];
        return indexErr();
    }
    if (v instanceof ListObj)
        return v.items[i < 0 ? i + v.items.length : i];
    throw new TypeError('not subscriptable');
}
function sliceR3(v, a, b) {
    if (typeof v === 'string') {
        if (hasSurrLast(v))
            return cpSlice(v, a, b);
        return v.slice(clamp(a, v.length), clamp(b, v.length));
    }
    throw new TypeError('not sliceable');
}
// R4: bounded Map cache + regex
const surrCache = new Map();
function hasSurrMap(s) {
    if (s.length < 8)
        return SURR.test(s); // cheaper than hashing
    let f = surrCache.get(s);
    if (f === undefined) {
        f = SURR.test(s);
        if (surrCache.size >= 4096)
            surrCache.clear();
        surrCache.set(s, f);
    }
    return f;
}
function lenR4(v) {
    if (typeof v === 'string')
        return hasSurrMap(v) ? cpLen(v) : v.length;
    return lenOther(v);
}
function getitemR4(v, i) {
    if (typeof v === 'string') {
        if (hasSurrMap(v))
            return cpAt(v, i);
        const j = i < 0 ? i + v.length : i;
        if (j >= 0 && j < v.length)
            return v[j];
        return indexErr();
    }
    if (v instanceof ListObj)
        return v.items[i < 0 ? i + v.items.length : i];
    throw new TypeError('not subscriptable');
}
function sliceR4(v, a, b) {
    if (typeof v === 'string') {
        if (hasSurrMap(v))
            return cpSlice(v, a, b);
        return v.slice(clamp(a, v.length), clamp(b, v.length));
    }
    throw new TypeError('not sliceable');
}
// R5: regex per op for short strings, one-entry cache in front of it for long ones
let lastLong = '';
let lastLongSurr = false;
function hasSurrR5(s) {
    if (s.length <= 64)
        return SURR.test(s);
    if (s === lastLong)
        return lastLongSurr;
    lastLongSurr = SURR.test(s);
    lastLong = s;
    return lastLongSurr;
}
function lenR5(v) {
    if (typeof v === 'string')
        return hasSurrR5(v) ? cpLen(v) : v.length;
    return lenOther(v);
}
function getitemR5(v, i) {
    if (typeof v === 'string') {
        if (hasSurrR5(v))
            return cpAt(v, i);
        const j = i < 0 ? i + v.length : i;
        if (j >= 0 && j < v.length)
            return v[j];
        return indexErr();
    }
    if (v instanceof ListObj)
        return v.items[i < 0 ? i + v.items.length : i];
    throw new TypeError('not subscriptable');
}
function sliceR5(v, a, b) {
    if (typeof v === 'string') {
        if (hasSurrR5(v))
            return cpSlice(v, a, b);
        return v.slice(clamp(a, v.length), clamp(b, v.length));
    }
    throw new TypeError('not sliceable');
}
// ---------------------------------------------------------------------------------------------
// W1: wrapper with an eager flag
class StrW {
    constructor(s, astral) {
        this.s = s;
        this.astral = astral;
    }
}
const CHARS_W = [];
for (let c = 0; c < 256; c++)
    CHARS_W.push(new StrW(String.fromCharCode(c), false));
function mkW(s) {
    return new StrW(s, SURR.test(s));
}
function charW(s) {
    const c = s.charCodeAt(0);
    return c < 256 ? CHARS_W[c] : new StrW(s, false);
}
function lenW1(v) {
    if (v instanceof StrW)
        return v.astral ? cpLen(v.s) : v.s.length;
    return lenOther(v);
}
function getitemW1(v, i) {
    if (v instanceof StrW) {
        if (v.astral)
            return mkW(cpAt(v.s, i));
        const s = v.s;
        const j = i < 0 ? i + s.length : i;
        if (j >= 0 && j < s.length)
            return charW(s[j]);
        return indexErr();
    }
    if (v instanceof ListObj)
        return v.items[i < 0 ? i + v.items.length : i];
    throw new TypeError('not subscriptable');
}
function sliceW1(v, a, b) {
    if (v instanceof StrW) {
        if (v.astral)
            return mkW(cpSlice(v.s, a, b));
        const s = v.s;
        return new StrW(s.slice(clamp(a, s.length), clamp(b, s.length)), false);
    }
    throw new TypeError('not sliceable');
}
function concatW1(a, b) {
    // Two strings without surrogates concatenate to one without; else rescan (lone halves may pair).
    return a.astral || b.astral ? mkW(a.s + b.s) : new StrW(a.s + b.s, false);
}
// W2: wrapper with a lazy flag (-1 unknown, 0 none, 1 has surrogates)
class StrL {
    constructor(s, state) {
        this.s = s;
        this.state = state;
    }
}
const CHARS_L = [];
for (let c = 0; c < 256; c++)
    CHARS_L.push(new StrL(String.fromCharCode(c), 0));
function astralL(v) {
    let st = v.state;
    if (st < 0)
        v.state = st = SURR.test(v.s) ? 1 : 0;
    return st === 1;
}
function charL(s) {
    const c = s.charCodeAt(0);
    return c < 256 ? CHARS_L[c] : new StrL(s, 0);
}
function lenW2(v) {
    if (v instanceof StrL)
        return astralL(v) ? cpLen(v.s) : v.s.length;
    return lenOther(v);
}
function getitemW2(v, i) {
    if (v instanceof StrL) {
        if (astralL(v))
            return new StrL(cpAt(v.s, i), -1);
        const s = v.s;
        const j = i < 0 ? i + s.length : i;
        if (j >= 0 && j < s.length)
            return charL(s[j]);
        return indexErr();
    }
    if (v instanceof ListObj)
        return v.items[i < 0 ? i + v.items.length : i];
    throw new TypeError('not subscriptable');
}
function sliceW2(v, a, b) {
    if (v instanceof StrL) {
        if (astralL(v))
            return new StrL(cpSlice(v.s, a, b), -1);
        const s = v.s;
        return new StrL(s.slice(clamp(a, s.length), clamp(b, s.length)), 0);
    }
    throw new TypeError('not sliceable');
}
/** Python str equality for each representation. */
function eqOther(a, b) {
    if (a instanceof ListObj && b instanceof ListObj)
        return a.items.length === b.items.length;
    return false;
}
function eqRaw(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a === b;
    return a === b || eqOther(a, b);
}
function eqW1(a, b) {
    if (a instanceof StrW && b instanceof StrW)
        return a === b || a.s === b.s;
    return a === b || eqOther(a, b);
}
function eqW2(a, b) {
    if (a instanceof StrL && b instanceof StrL)
        return a === b || a.s === b.s;
    return a === b || eqOther(a, b);
}
function countE_R1(s, e) {
    let n = 0;
    const m = lenR1(s);
    for (let i = 0; i < m; i++)
        if (eqRaw(getitemR1(s, i), e))
            n++;
    return n;
}
function countE_R2(s, e) {
    let n = 0;
    const m = lenR2(s);
    for (let i = 0; i < m; i++)
        if (eqRaw(getitemR2(s, i), e))
            n++;
    return n;
}
function countE_R3(s, e) {
    let n = 0;
    const m = lenR3(s);
    for (let i = 0; i < m; i++)
        if (eqRaw(getitemR3(s, i), e))
            n++;
    return n;
}
function countE_R4(s, e) {
    let n = 0;
    const m = lenR4(s);
    for (let i = 0; i < m; i++)
        if (eqRaw(getitemR4(s, i), e))
            n++;
    return n;
}
function countE_R5(s, e) {
    let n = 0;
    const m = lenR5(s);
    for (let i = 0; i < m; i++)
        if (eqRaw(getitemR5(s, i), e))
            n++;
    return n;
}
function countE_W1(s, e) {
    let n = 0;
    const m = lenW1(s);
    for (let i = 0; i < m; i++)
        if (eqW1(getitemW1(s, i), e))
            n++;
    return n;
}
function countE_W2(s, e) {
    let n = 0;
    const m = lenW2(s);
    for (let i = 0; i < m; i++)
        if (eqW2(getitemW2(s, i), e))
            n++;
    return n;
}
function makeWords(len, item, eq, t) {
    // Built with new Function so each representation gets its own copy of the loop.
    return new Function('len', 'item', 'eq', 't', `return function words(ws) {
      let n = 0;
      for (let k = 0; k < ws.length; k++) {
        const w = ws[k];
        if (len(w) > 3 && eq(item(w, 0), t)) n++;
      }
      return n;
    };`)(len, item, eq, t);
}
function makeSlices(len, slice) {
    return new Function('len', 'slice', `return function slices(ws) {
      let n = 0;
      for (let k = 0; k < ws.length; k++) n += len(slice(ws[k], 1, 1e9));
      return n;
    };`)(len, slice);
}
// ---------------------------------------------------------------------------------------------
// Data: an English-like ASCII text with one non-ASCII BMP word, so no surrogates anywhere.
const VOCAB = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'interpreter', 'token', 'café', 'parse', 'tree', 'value', 'e'];
const wordsRaw = [];
for (let i = 0; i < 1000; i++)
    wordsRaw.push(VOCAB[(i * 7 + (i >> 3)) % VOCAB.length] + (i % 10 === 0 ? String(i) : ''));
const TEXT = wordsRaw.join(' ').slice(0, 1000);
// V8 stores a string with only Latin-1 characters one byte per char, and its regex engine then
// rejects /[\uD800-\uDFFF]/ without scanning. One '€' makes the whole string two-byte.
const TEXT2 = TEXT.slice(0, 999) + '€';
// Distinct string objects (as produced by split/slicing at run time), not literals.
const wordsR = wordsRaw.map((w) => (w + '.').slice(0, -1));
const wordsW1 = wordsR.map(mkW);
const wordsW2 = wordsR.map((w) => new StrL(w, -1));
const REPS = [
    { name: 'R1 raw+regex per op', len: lenR1, item: getitemR1, slice: sliceR1, eq: eqRaw, count: countE_R1, text: TEXT, text2: TEXT2, e: 'e', t: 't', words: wordsR },
    { name: 'R2 raw+loop per op', len: lenR2, item: getitemR2, slice: sliceR2, eq: eqRaw, count: countE_R2, text: TEXT, text2: TEXT2, e: 'e', t: 't', words: wordsR },
    { name: 'R3 raw+last-string cache', len: lenR3, item: getitemR3, slice: sliceR3, eq: eqRaw, count: countE_R3, text: TEXT, text2: TEXT2, e: 'e', t: 't', words: wordsR },
    { name: 'R4 raw+Map cache', len: lenR4, item: getitemR4, slice: sliceR4, eq: eqRaw, count: countE_R4, text: TEXT, text2: TEXT2, e: 'e', t: 't', words: wordsR },
    { name: 'R5 raw+regex, cache if >64', len: lenR5, item: getitemR5, slice: sliceR5, eq: eqRaw, count: countE_R5, text: TEXT, text2: TEXT2, e: 'e', t: 't', words: wordsR },
    { name: 'W1 wrapper eager flag', len: lenW1, item: getitemW1, slice: sliceW1, eq: eqW1, count: countE_W1, text: mkW(TEXT), text2: mkW(TEXT2), e: charW('e'), t: charW('t'), words: wordsW1 },
    { name: 'W2 wrapper lazy flag', len: lenW2, item: getitemW2, slice: sliceW2, eq: eqW2, count: countE_W2, text: new StrL(TEXT, -1), text2: new StrL(TEXT2, -1), e: charL('e'), t: charL('t'), words: wordsW2 },
];
// Pollution: len/getitem also see lists, as the real ones do.
{
    const lst = new ListObj([1, 2, 3]);
    for (let k = 0; k < 3000; k++) {
        for (const r of REPS) {
            do_not_optimize(r.len(lst));
            do_not_optimize(r.item(lst, 1));
            do_not_optimize(r.len(r.words[k % 100]));
            do_not_optimize(r.item(r.words[k % 100], -1));
            do_not_optimize(r.eq(lst, lst));
            do_not_optimize(r.eq(r.words[k % 100], r.t));
        }
    }
}
group('count_e: index loop over a one-byte 1000-char str (1000 s[i] + compare)', () => {
    summary(() => {
        const expect = REPS[0].count(REPS[0].text, REPS[0].e);
        for (const r of REPS) {
            if (r.count(r.text, r.e) !== expect)
                throw new Error(`count mismatch in ${r.name}`);
            benchOps(`count_e ${r.name}`, 1000, () => do_not_optimize(r.count(r.text, r.e)));
        }
    });
});
group('count_e on a two-byte 1000-char str (ASCII + one €)', () => {
    summary(() => {
        const expect = REPS[0].count(REPS[0].text2, REPS[0].e);
        for (const r of REPS) {
            if (r.count(r.text2, r.e) !== expect)
                throw new Error(`count mismatch in ${r.name}`);
            benchOps(`count_e 2-byte ${r.name}`, 1000, () => do_not_optimize(r.count(r.text2, r.e)));
        }
    });
});
group(`words: len(w) and w[0] on ${wordsR.length} distinct short strs`, () => {
    summary(() => {
        let expect = -1;
        for (const r of REPS) {
            if (r.name.startsWith('R2'))
                continue; // short strings: same as R1
            const words = makeWords(r.len, r.item, r.eq, r.t);
            const got = words(r.words);
            if (expect < 0)
                expect = got;
            else if (got !== expect)
                throw new Error(`words mismatch in ${r.name}`);
            benchOps(`words ${r.name}`, r.words.length, () => do_not_optimize(words(r.words)));
        }
    });
});
group(`slices: t = w[1:] and len(t) for ${wordsR.length} strs (a new str each)`, () => {
    summary(() => {
        for (const r of REPS) {
            if (r.name.startsWith('R2'))
                continue; // short strings: same as R1
            const slices = makeSlices(r.len, r.slice);
            benchOps(`slices ${r.name}`, r.words.length, () => do_not_optimize(slices(r.words)));
        }
    });
});
// Building a 1000-piece string. The result is then read (charCodeAt flattens V8's rope).
const PIECES = wordsR.slice(0, 1000);
function buildConcat(ps) {
    let s = '';
    for (let i = 0; i < ps.length; i++)
        s += ps[i];
    return s;
}
function buildJoin(ps) {
    const parts = [];
    for (let i = 0; i < ps.length; i++)
        parts.push(ps[i]);
    return parts.join('');
}
function buildConcatW(ps) {
    let s = new StrW('', false);
    for (let i = 0; i < ps.length; i++)
        s = concatW1(s, ps[i]);
    return s;
}
function buildConcatRead(ps) {
    // s += piece; then look at s[-1] each step: the rope is flattened every time.
    let s = '';
    let n = 0;
    for (let i = 0; i < ps.length; i++) {
        s += ps[i];
        if (s.charCodeAt(s.length - 1) === 101)
            n++;
    }
    return n + s.length;
}
function buildJoinRead(ps) {
    // The same with parts kept in a list and the last piece read instead.
    const parts = [];
    let n = 0;
    for (let i = 0; i < ps.length; i++) {
        parts.push(ps[i]);
        const last = parts[parts.length - 1];
        if (last.charCodeAt(last.length - 1) === 101)
            n++;
    }
    return n + parts.join('').length;
}
group('build a str from 1000 pieces', () => {
    summary(() => {
        const ps = PIECES;
        const pw = wordsW1.slice(0, 1000);
        benchOps('build s += piece (rope), then read', ps.length, () => {
            const s = buildConcat(ps);
            do_not_optimize(s.charCodeAt(s.length >> 1));
        });
        benchOps("build list + ''.join, then read", ps.length, () => {
            const s = buildJoin(ps);
            do_not_optimize(s.charCodeAt(s.length >> 1));
        });
        benchOps('build W1 wrapper s = s + piece, then read', ps.length, () => {
            const s = buildConcatW(pw);
            do_not_optimize(s.s.charCodeAt(s.s.length >> 1));
        });
        benchOps('build s += piece with s[-1] read per step', ps.length, () => do_not_optimize(buildConcatRead(ps)));
        benchOps('build list.append with last piece read per step', ps.length, () => do_not_optimize(buildJoinRead(ps)));
    });
});
await runAndReport('Q3 str representation');
//# sourceMappingURL=str.bench.js.map