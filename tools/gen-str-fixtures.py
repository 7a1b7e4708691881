#!/usr/bin/env python3
"""Writes spec/fixtures/str.json, bytes.json and format.json: operations on str, bytes and
bytearray and the formatting machinery, with CPython's result or exception (type, message).

Each case is [op, args, kwargs, expected]. Values are encoded so that JSON keeps Python's
types apart: str -> JSON string, small int -> JSON number, bool -> true/false, None -> null,
{"int": "digits"} (big int), {"float": "repr"}, {"bytes": "latin-1 text"}, {"bytearray": "..."},
{"list": [..]}, {"tuple": [..]}, {"dict": [[k, v], ..]}, {"slice": [start, stop, step]},
{"obj": "Index3"} (instances of the small classes below: __index__, __int__, __float__, __bytes__).
An exception is {"exc": "TypeError", "msg": <encoded args[0], or str(e)>}.

Ops: "m:NAME" (method NAME called on args[0] with the other args), "static:T.NAME",
"getitem", "len", "contains" (args[1] in args[0]), "iter" (list(iter(x))), "add", "mul",
"mod", "cmp:OP", "hasheq", "repr", "str", "format" (format(v, spec)), "new:T" (T(*args)),
"setitem", "delitem", "iadd", "imul", "mut:NAME" (bytearray method: [result, bytearray]),
"ascii", "intfmt"/"floatfmt" (format() of numbers, for the format-spec helpers),
"fmtfloat" (formatFloat(x, type, precision, alt) against '%' formatting).

    python3 tools/gen-str-fixtures.py
"""
import json
import math
import os
import random
import sys

random.seed(20240611)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAFE = 2**53 - 1


class Index3:
    def __index__(self): return 3


class Int7:
    def __int__(self): return 7


class Float15:
    def __float__(self): return 1.5


class Bytes2:
    def __bytes__(self): return b"xy"


OBJS = (Index3, Int7, Float15, Bytes2)


def enc(v):
    if isinstance(v, OBJS):
        return {"obj": type(v).__name__}
    if v is None or isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, int):
        return v if -SAFE <= v <= SAFE else {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, bytes):
        return {"bytes": v.decode("latin-1")}
    if isinstance(v, bytearray):
        return {"bytearray": v.decode("latin-1")}
    if isinstance(v, list):
        return {"list": [enc(x) for x in v]}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, slice):
        return {"slice": [enc(v.start), enc(v.stop), enc(v.step)]}
    raise TypeError(repr(v))


def run(op, args, kw):
    if op.startswith("m:"):
        return getattr(args[0], op[2:])(*args[1:], **kw)
    if op.startswith("static:"):
        t, name = op[7:].split(".")
        return getattr({"str": str, "bytes": bytes, "bytearray": bytearray}[t], name)(*args, **kw)
    if op.startswith("new:"):
        return {"str": str, "bytes": bytes, "bytearray": bytearray}[op[4:]](*args, **kw)
    if op.startswith("mut:"):
        ba = args[0]
        r = getattr(ba, op[4:])(*args[1:], **kw)
        return [r, ba]
    if op.startswith("cmp:"):
        a, b = args
        return {"<": lambda: a < b, "<=": lambda: a <= b, "==": lambda: a == b, "!=": lambda: a != b,
                ">": lambda: a > b, ">=": lambda: a >= b}[op[4:]]()
    a = args
    if op == "getitem": return a[0][a[1]]
    if op == "len": return len(a[0])
    if op == "contains": return a[1] in a[0]
    if op == "iter": return list(iter(a[0]))
    if op == "add": return a[0] + a[1]
    if op == "mul": return a[0] * a[1]
    if op == "mod": return a[0] % a[1]
    if op == "hasheq": return hash(a[0]) == hash(a[1])
    if op == "repr": return repr(a[0])
    if op == "str": return str(a[0])
    if op == "ascii": return ascii(a[0])
    if op in ("format", "intfmt", "floatfmt"): return format(a[0], a[1])
    if op == "fmtfloat":
        x, t, p, alt = a
        return ("%" + ("#" if alt else "") + "." + str(p) + t) % x if t != "%" else format(x, ("#" if alt else "") + "." + str(p) + "%")
    if op == "setitem":
        b = a[0]; b[a[1]] = a[2]; return b
    if op == "delitem":
        b = a[0]; del b[a[1]]; return b
    if op == "iadd":
        b = a[0]; b += a[1]; return b
    if op == "imul":
        b = a[0]; b *= a[1]; return b
    raise ValueError(op)


def copy(v):
    if isinstance(v, bytearray): return bytearray(v)
    if isinstance(v, list): return [copy(x) for x in v]
    if isinstance(v, dict): return {k: copy(x) for k, x in v.items()}
    return v


def case(out, op, args, kw=None):
    kw = kw or {}
    try:
        r = enc(run(op, [copy(a) for a in args], kw))
    except Exception as e:
        msg = enc(e.args[0]) if len(e.args) == 1 and not isinstance(e, UnicodeError) else str(e)
        r = {"exc": type(e).__name__, "msg": msg}
    out.append([op, [enc(a) for a in args], {k: enc(v) for k, v in kw.items()}, r])


# ---------------------------------------------------------------- str
S = ["", "a", "abc", "Hello World", "  spaced  out  ", "a,b,,c", "ß", "ǅungla", "ΑΣ ΟΔΟΣ", "straße",
     "\U0001f600a\U0001f600b", "x\U0001f600y", "İstanbul", "ﬁle ﬂow", "\t tab\tsep\n",
     "l1\nl2\r\nl3\rl4\x0bx\x0cy\x1cz\x1dw\x1ev\x85u\u2028t\u2029s", "١٢٣", "²³", "½", "一二三", "Ⅷ", "ǈ",
     "hello_world1", "1abc", "_x", "ℌ", "\x00\x7f", "a\u0301", "ǲ", "ᾳ ᾼ", "ŉ", "ǰ", "Ꭰꭰ", "\u0345",
     "aΣ", "Σa", "ΑΣ.", "a.Σ", "ΑΣ\u0301 ", "\ud800", "x\udc00y", "HELLO", "hello", "Title Case Here",
     "they're bill's friends", "MiXeD 123 CaSe", "\u00a0\u2000x\u3000", "\u200b", "é", "ԱԲ", "ǉ",
     "a\tb\tc", "12", "-42", "+7", "3.14", " \t\n", "\U00010400\U00010428", "𝐀𝐁", "ꟓ", "ƛ"]
NOARG = ["capitalize", "casefold", "lower", "upper", "swapcase", "title", "isalnum", "isalpha", "isascii",
         "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
         "isupper", "__getnewargs__", "__sizeof__"]
SUBS = ["", "a", "b", "ab", "l", "o", "\U0001f600", "xyz", "Σ", ","]
RANGES = [(), (1,), (-2,), (1, 3), (None, -1), (10,), (-100, 100), (2, 1), (0, 0), (3, None)]


def gen_str():
    out = []
    for s in S:
        for m in NOARG:
            case(out, "m:" + m, [s])
        case(out, "len", [s])
        case(out, "iter", [s])
        case(out, "repr", [s])
        case(out, "ascii", [s])
    for s in S[:24] + ["hello world hello", "aaaa", "abababa"]:
        for sub in SUBS:
            for r in RANGES[:5]:
                for m in ("find", "rfind", "count", "index", "rindex") if r == () else ("find", "rfind", "count"):
                    case(out, "m:" + m, [s, sub, *r])
        for r in RANGES:
            for m in ("startswith", "endswith"):
                case(out, "m:" + m, [s, "a", *r])
                case(out, "m:" + m, [s, ("x", s[:2], s[-1:]), *r])
    for s in ["a b  c", "  a b  ", "a,b,,c,", ",", "", "a\x1cb\x85c\u3000d\u200be", "abcabcab", "x\U0001f600y\U0001f600z"]:
        for sep in [None, " ", ",", "ab", "", "\U0001f600"]:
            for mx in [-1, 0, 1, 2, 5]:
                case(out, "m:split", [s, sep, mx])
                case(out, "m:rsplit", [s, sep, mx])
        case(out, "m:split", [s], {"maxsplit": 1})
        case(out, "m:rsplit", [s], {"sep": ","})
        for sep in [",", "b", "", "\U0001f600", "zz"]:
            case(out, "m:partition", [s, sep])
            case(out, "m:rpartition", [s, sep])
    for s in S:
        case(out, "m:splitlines", [s])
        case(out, "m:splitlines", [s, True])
        case(out, "m:expandtabs", [s])
        case(out, "m:expandtabs", [s, 4])
        case(out, "m:strip", [s])
        case(out, "m:lstrip", [s, "ha "])
        case(out, "m:rstrip", [s, "\U0001f600b"])
        for w in (0, 5, 12):
            case(out, "m:center", [s, w])
            case(out, "m:ljust", [s, w, "*"])
            case(out, "m:rjust", [s, w, "\U0001f600"])
            case(out, "m:zfill", [s, w])
    for s, old, new, n in [("aaa", "a", "b", -1), ("aaa", "a", "b", 2), ("aaa", "", "-", -1), ("aaa", "", "-", 2),
                           ("", "", "x", -1), ("abc", "abc", "", -1), ("aaa", "a", "b", 0), ("a😀b😀", "😀", "!", 1),
                           ("a😀b", "", "|", -1), ("a😀b", "", "|", 2), ("banana", "an", "AN", -1), ("aaaa", "aa", "b", -1)]:
        case(out, "m:replace", [s, old, new, n])
        case(out, "m:replace", [s, old, new])
    for s in ["", "ab", "xyz"]:
        for it in [[], ["a"], ["a", "b", "c"], ("x", "y"), "abc", ["a", 1], ["😀", "é"]]:
            case(out, "m:join", [s, it])
    for s in ["abc", "a😀c", "hello"]:
        for tbl in [{97: "xy", 98: None, 99: 100}, {97: 1.5}, {97: 0x110000}, {97: -1}, "xyz", [], {0x1f600: "!"}, {}]:
            case(out, "m:translate", [s, tbl])
    for a in [({"a": 1, 2: "x", 3: None},), ("ab", "cd", "e"), (1,), ("ab", "c"), ({"ab": 1},), ({1.5: 1},), (1, "b"),
              ("a", 1), ("a", "b", 1), ("a😀", "b!")]:
        case(out, "static:str.maketrans", list(a))
    for s in ["abc", "héllo", "a€😀", "a\ud800b", "a\udc80\udcffb", "\ud800\ud801", "ab😀"]:
        for e in ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "UTF8", "Latin 1", "bogus"]:
            for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
                case(out, "m:encode", [s, e, err])
        case(out, "m:encode", [s])
        case(out, "m:encode", [s], {"errors": "replace", "encoding": "ascii"})
    # indexing and slicing
    for s in ["abcdef", "a😀c😀e", "", "😀"]:
        for k in [0, 1, -1, 5, -7, 10, True, slice(None), slice(1, 3), slice(None, None, -1), slice(-100, 100, 3),
                  slice(5, 1, -2), slice(None, None, 2), slice(1, None, -1), slice(0, 0), slice(2**70, None),
                  slice(-2**70, 2**70, 2**70), slice(None, None, -2**70), 1.5, "x", slice(1, 2, 0), slice("a", None)]:
            case(out, "getitem", [s, k])
    for a, b in [("a", "b"), ("abc", "abd"), ("", "a"), ("a", "a"), ("\U0001f600", "\uffff"), ("\ufffe", "\U00010000"),
                 ("a\U0001f600", "a\ue000"), ("Z", "a"), ("abc", "ab"), ("a", 1), ("\ud800", "\ue000")]:
        for op in ["<", "<=", "==", "!=", ">", ">="]:
            case(out, "cmp:" + op, [a, b])
        case(out, "hasheq", [a, a + ""])
    for a, b in [("a", "b"), ("", ""), ("a", 1), ("a", None), ("a", b"x")]:
        case(out, "add", [a, b])
    for a, b in [("ab", 3), ("ab", 0), ("ab", -2), ("ab", True), (2, "ab"), ("ab", 2.0), (2.0, "ab"), ("a", "b"),
                 ("a", 2**62), ("a", 2**63), ("ab", 2**62), ("", 2**62), ("a", [1])]:
        case(out, "mul", [a, b])
    for a, b in [("abc", "b"), ("abc", ""), ("abc", "abcd"), ("a😀", "😀"), ("abc", 1), ("", "")]:
        case(out, "contains", [a, b])
    # constructor
    for a, kw in [([], {}), (["x"], {}), ([5], {}), ([b"abc"], {}), ([b"abc", "ascii"], {}), ([b"\xff", "ascii", "replace"], {}),
                  ([], {"errors": "strict"}), ([b"a"], {"errors": "strict"}), ([], {"object": "q"}), ([5], {"errors": "x"}),
                  ([bytearray(b"x"), "ascii"], {}), (["a", "utf-8"], {}), ([b"a", 1], {}), ([b"a", "utf-8", 1], {}),
                  ([1, 2, 3, 4], {}), ([], {"zz": 1}), ([None], {}), ([True], {}), ([b"\xe9", "latin-1"], {})]:
        case(out, "new:str", a, kw)
    # argument errors
    for op, args, kw in [
        ("m:find", ["a"], {}), ("m:zfill", ["a"], {}), ("m:join", ["a"], {}), ("m:split", ["a", 1, 2, 3], {}),
        ("m:upper", ["a", 1], {}), ("m:center", ["a"], {}), ("m:find", ["a", 1], {}), ("m:startswith", ["a", 1], {}),
        ("m:center", ["a", 2, "ab"], {}), ("m:center", ["a", "x"], {}), ("m:split", ["a", 1], {}), ("m:replace", ["a", 1, "b"], {}),
        ("m:replace", ["a", "a", 1], {}), ("m:replace", ["a", "a", "b", "c"], {}), ("m:count", ["a", 1], {}), ("m:strip", ["a", 1], {}),
        ("m:partition", ["a", 1], {}), ("m:partition", ["a", ""], {}), ("m:split", ["a", ""], {}), ("m:encode", ["a", 1], {}),
        ("m:encode", ["a", "xx"], {}), ("m:expandtabs", ["a", "a"], {}), ("m:splitlines", ["a", "a"], {}),
        ("m:removeprefix", ["a", 1], {}), ("m:translate", ["a", 1], {}), ("m:index", ["a", "b"], {}), ("m:rindex", ["a", "b"], {}),
        ("m:format_map", ["a", 1], {}), ("m:split", ["a"], {"maxsplit": "a"}), ("m:split", ["a"], {"sep": 1}),
        ("m:split", ["a"], {"x": 1}), ("m:find", ["a", "a", "x"], {}), ("m:find", ["a", "a", 1.5], {}),
        ("m:center", ["a", 5, 1], {}), ("m:center", ["a", 5, ""], {}), ("m:startswith", ["a", (1,)], {}),
        ("m:startswith", ["a", ("a", 1)], {}), ("m:endswith", ["a", ["a"]], {}), ("m:join", ["a", 5], {}),
        ("m:encode", ["a"], {"errors": 1}), ("m:__format__", ["a"], {}), ("m:__format__", ["a", 1], {}),
        ("m:zfill", ["a", 2**70], {}), ("m:center", ["a", 2**70], {}), ("m:split", ["a b"], {"maxsplit": 2**70}),
        ("m:splitlines", ["a\nb"], {"keepends": 1.5}), ("m:find", ["a"], {"x": 1}), ("m:center", ["a", 3], {"fillchar": "x"}),
        ("m:encode", ["a", "utf-8", "strict", 1], {}), ("m:encode", ["a", "utf-8"], {"encoding": "x"}),
        ("m:removesuffix", ["ab", "b"], {}), ("m:find", ["a", "a", 0, 1, 2], {}), ("m:count", ["a"], {}),
        ("m:ljust", ["a"], {}), ("m:ljust", ["a", 1, 2, 3], {}), ("m:strip", ["a", "b", "c"], {}),
        ("m:isalpha", ["a"], {"x": 1}), ("m:casefold", ["a", 1], {}), ("m:expandtabs", ["a", 1, 2], {}),
    ]:
        case(out, op, args, kw)
    return out


# ---------------------------------------------------------------- bytes
B = [b"", b"a", b"abc", b"Hello World", b"  spaced  out  ", b"a,b,,c", b"\xe9\xff\x00", b"hello_world1",
     b"MiXeD 123 CaSe", b"\t tab\tsep\n", b"l1\nl2\r\nl3\rl4\x0bx\x0cy\x1cz\x85w", b"12", b"-42", b"+7",
     b" \t\n\x0b\x0c\r", b"\x1c", b"Ab Cd", b"they're bill's"]


def gen_bytes():
    out = []
    for T in (bytes, bytearray):
        for b0 in B:
            b = T(b0)
            for m in ["capitalize", "lower", "upper", "swapcase", "title", "isalnum", "isalpha", "isascii", "isdigit",
                      "islower", "isspace", "istitle", "isupper", "hex", "splitlines", "strip", "lstrip", "rstrip", "decode"]:
                case(out, "m:" + m, [b])
            case(out, "m:splitlines", [b, True])
            case(out, "m:expandtabs", [b, 4])
            case(out, "m:strip", [b, b"ha "])
            case(out, "len", [b])
            case(out, "iter", [b])
            case(out, "repr", [b])
            case(out, "str", [b])
            for w in (0, 5, 12):
                case(out, "m:center", [b, w])
                case(out, "m:ljust", [b, w, b"*"])
                case(out, "m:rjust", [b, w, bytearray(b"!")])
                case(out, "m:zfill", [b, w])
            for sub in [b"", b"a", b"l", b"ab", ord("l"), 300, "a", 1.5, bytearray(b"o")]:
                for r in [(), (1,), (-2,), (1, 3)] if b0 in B[:6] else [()]:
                    for m in ("find", "rfind", "count", "index", "rindex") if r == () else ("find", "rfind"):
                        case(out, "m:" + m, [b, sub, *r])
                case(out, "contains", [b, sub])
            for p in [b"a", b"", (b"x", b"H"), "a", 1, (b"x", "a")]:
                case(out, "m:startswith", [b, p])
                case(out, "m:endswith", [b, p, 0, 3])
            for sep in [None, b" ", b",", b"ab", b""] if b0 in B[:8] else [None, b","]:
                for mx in [-1, 0, 1, 2]:
                    case(out, "m:split", [b, sep, mx])
                    case(out, "m:rsplit", [b, sep, mx])
            for sep in [b",", b"l", b"", "x"]:
                case(out, "m:partition", [b, sep])
                case(out, "m:rpartition", [b, sep])
            case(out, "m:replace", [b, b"l", b"LL"])
            case(out, "m:replace", [b, b"", b"-", 2])
            case(out, "m:removeprefix", [b, b"H"])
            case(out, "m:removesuffix", [b, bytearray(b"c")])
            case(out, "m:join", [b, [b"x", bytearray(b"y"), b"z"]])
            case(out, "m:translate", [b, bytes.maketrans(b"abc", b"xyz")])
            case(out, "m:translate", [b, None, b"aeiou"])
            case(out, "m:hex", [b, ":"])
            case(out, "m:hex", [b, b"-", -2])
            case(out, "m:hex", [b, ":", 2])
            for k in [0, -1, 5, slice(1, 3), slice(None, None, -1), slice(None, None, 2), "x", 1.5]:
                case(out, "getitem", [b, k])
            for e, err in [("utf-8", "strict"), ("ascii", "replace"), ("latin-1", "strict"), ("utf-8", "surrogateescape"),
                           ("utf-8", "backslashreplace"), ("utf-16", "replace"), ("cp1252", "strict")]:
                case(out, "m:decode", [b, e, err])
        case(out, "static:%s.fromhex" % T.__name__, ["ab cd\tEF\n"])
        case(out, "static:%s.maketrans" % T.__name__, [b"ab", b"xy"])
    for a, b in [(b"abc", b"abd"), (b"abc", bytearray(b"abc")), (bytearray(b"ab"), b"b"), (b"a", "a"), (b"", b"\x00"),
                 (b"\xff", b"\x7f")]:
        for op in ["<", "==", "!=", ">="]:
            case(out, "cmp:" + op, [a, b])
    case(out, "hasheq", [b"abc", "abc"])
    case(out, "hasheq", [b"\xe9", "\xe9"])
    for a, b in [(b"ab", b"cd"), (b"ab", bytearray(b"cd")), (bytearray(b"ab"), b"cd"), (b"a", "a"), (b"a", 1),
                 (bytearray(b"a"), "a")]:
        case(out, "add", [a, b])
    for a, b in [(b"ab", 3), (b"ab", -1), (2, bytearray(b"ab")), (b"ab", 1.5), (b"a", True)]:
        case(out, "mul", [a, b])
    # constructors
    for T in ("bytes", "bytearray"):
        for a, kw in [([], {}), (["a"], {}), ([1, "utf-8"], {}), ([-1], {}), ([[256]], {}), ([["a"]], {}), ([1.5], {}),
                      ([None], {}), ([3], {}), ([[1, 2, True]], {}), (["é", "utf-8"], {}), (["é"], {"encoding": "latin-1"}),
                      (["é", "ascii", "ignore"], {}), ([], {"errors": "strict"}), ([], {"x": 3}), ([b"a", "utf-8"], {}),
                      (["a", "utf-8", "strict", 1], {}), ([b"abc"], {}), ([bytearray(b"xy")], {}), (["ab", "ascii"], {}),
                      ([[1, 2], "ascii"], {}), (["a"], {"errors": "strict"}), ([[-1]], {}), ([(5, 6)], {}),
                      ([2**70], {}), (["a", 1], {}), ([True], {})]:
            case(out, "new:" + T, a, kw)
    # bytearray mutation
    for k, v in [(0, ord("x")), (0, "x"), (0, 300), (5, 1), (slice(0, 2), 5), (slice(0, 2), "xy"), (slice(0, 3, 2), b"x"),
                 (slice(0, 3, 2), b"xy"), (slice(0, 2), [1, 2, 3]), (slice(0, 2), [1, "a"]), (slice(None, None, -1), b"xyz"),
                 (slice(1, 5, 2), None), (slice(4, 1), b"XY"), (-1, 65), ("a", 1), (slice(0, 0), bytearray(b"QQ")),
                 (slice(10, 20), b"!"), (True, 66)]:
        case(out, "setitem", [bytearray(b"abcdef"), k, v])
    for k in [slice(1, 5, 2), 10, -1, slice(None), slice(None, None, -2), "x", slice(2, 2)]:
        case(out, "delitem", [bytearray(b"abcdef"), k])
    for v in [b"gh", bytearray(b"ij"), "x", 1, []]:
        case(out, "iadd", [bytearray(b"ab"), v])
    for v in [2, 0, -1, "x"]:
        case(out, "imul", [bytearray(b"ab"), v])
    for m, a in [("pop", []), ("pop", [0]), ("pop", [5]), ("pop", ["a"]), ("append", [ord("z")]), ("append", ["x"]),
                 ("append", [256]), ("extend", [b"xy"]), ("extend", [[1, 2]]), ("extend", [5]), ("extend", ["ab"]),
                 ("extend", [[300]]), ("insert", [0, 65]), ("insert", [-10, 65]), ("insert", [10, 65]), ("insert", [0, 300]),
                 ("insert", ["x", 3]), ("remove", [ord("b")]), ("remove", [ord("z")]), ("remove", [300]),
                 ("remove", [b"a"]), ("reverse", []), ("clear", []), ("copy", []), ("pop", [-7])]:
        case(out, "mut:" + m, [bytearray(b"abcdef"), *a])
    case(out, "mut:pop", [bytearray()])
    # decoding: fixed cases and random byte strings
    fixed = [b"\xff", b"\xe0\x80", b"\xe0", b"\xc3", b"\xc3(", b"\xf0\x90\x80", b"\xed\xa0\x80", b"\xed\xa0\x80x",
             b"a\xed\xb0\x80", b"\xed\xa0", b"\xf4\x90\x80\x80", b"\xf0\x80\x80\x80", b"\xc0\xaf", b"a\x80b",
             "héllo €😀".encode(), b"\xe2\x82", b"\xe2\x82\xac\xe2"]
    pool = [0x41, 0x80, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x8f, 0x90]
    rnd = [bytes(random.choice(pool) for _ in range(random.randint(1, 7))) for _ in range(150)]
    for b in fixed + rnd:
        for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass", "xmlcharrefreplace"]:
            case(out, "m:decode", [b, "utf-8", err])
    for b in [b"a\x00b", b"\x00\xd8", b"\x00\xd8a\x00", b"\x00\xdca\x00", b"\x00\xd8\x00", b"\x00\xd8\x00\xdc",
              b"=\xd8\x00\xde", b"\xff\xfe\x00\xd8", b"\xfe\xff\x00a", b"a\x00\x00\x00", b"\x00\xd8\x00\x00",
              b"\x00\x00\x11\x00", b"a\x00\x00", b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a"]:
        for e in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
            for err in ["strict", "replace", "backslashreplace"]:
                case(out, "m:decode", [b, e, err])
    for s in ["ab\x80", "a\x80\x81"]:
        for err in ["surrogateescape", "backslashreplace", "replace", "strict"]:
            case(out, "m:decode", [s.encode("latin-1"), "ascii", err])
    # argument errors
    for op, args, kw in [
        ("m:center", [b"abc", 5, "x"], {}), ("m:center", [b"abc", 5, b"xy"], {}), ("m:decode", [b"abc", "xx"], {}),
        ("m:hex", [b"abc", "::"], {}), ("m:hex", [b"abc", "\xe9"], {}), ("m:hex", [b"abc", 1], {}), ("m:hex", [b"abc", b""], {}),
        ("m:hex", [b"abcde", ":", 0], {}), ("m:hex", [b"abcde", ":", 10], {}), ("m:hex", [b"abc", None, 2], {}),
        ("m:split", [b"abc", 1], {}), ("m:split", [b"abc", "b"], {}), ("m:join", [b"abc", [b"a", "b"]], {}),
        ("m:join", [b"-", b"ab"], {}), ("m:strip", [b"abc", "a"], {}), ("m:replace", [b"abc", "a", b"b"], {}),
        ("m:translate", [b"abc", b"x"], {}), ("m:translate", [b"abc", "x" * 256], {}), ("m:translate", [b"abc", None], {"delete": b"a"}),
        ("m:translate", [b"abc"], {"table": None}), ("m:zfill", [b"abc", "a"], {}), ("m:find", [b"abc"], {}),
        ("m:upper", [b"abc", 1], {}), ("m:split", [b"a"], {"zz": 1}), ("m:decode", [b"a", 1], {}),
        ("m:decode", [b"a"], {"errors": "replace"}), ("m:decode", [b"\xff"], {"encoding": "utf-8", "errors": "bogus"}),
        ("static:bytes.maketrans", ["a", b"b"], {}), ("static:bytes.maketrans", [b"a", b"xy"], {}),
        ("static:bytes.fromhex", ["abc"], {}), ("static:bytes.fromhex", ["a bc"], {}), ("static:bytes.fromhex", ["zz"], {}),
        ("static:bytes.fromhex", [" ab "], {}), ("static:bytes.fromhex", [b"ab"], {}), ("static:bytes.fromhex", ["a"], {}),
        ("static:bytes.fromhex", ["0g"], {}), ("static:bytes.fromhex", ["\xe9"], {}), ("static:bytes.fromhex", [5], {}),
        ("static:bytes.fromhex", ["  "], {}), ("static:bytearray.fromhex", ["ff00"], {}),
        ("m:__getnewargs__", [b"abc"], {}), ("m:__bytes__", [b"abc"], {}), ("m:splitlines", [b"a", "x"], {}),
    ]:
        case(out, op, args, kw)
    return out


# ---------------------------------------------------------------- formatting
def gen_format():
    out = []
    # % on str
    for fmt, args in [
        ("%s", "a"), ("%s", ("a",)), ("%s %s", (1,)), ("%s", (1, 2)), ("", 5), ("", []), ("", ()), ("%(a)s", [1]),
        ("%(a)s", 5), ("%y", 1), ("%", 1), ("%(a", {"a": 1}), ("%*d", ("a", 1)), ("%.*d", ("a", 1)), ("%.*f", (-3, 1.5)),
        ("%*d", (-5, 1)), ("%5%", ()), ("%5%", (1,)), ("%(a)%", {"a": 1}), ("%-5%", ()), ("%05f", float("inf")),
        ("%+05.1f", float("nan")), ("%#x", 255), ("%#o", 8), ("%#X", -255), ("%.5d", -42), ("%+.3x", 42), ("%-#8x|", 42),
        ("%08.3f", -3.14159), ("%e", 0), ("%g", 1e-5), ("%#g", 1.0), ("%#.0f", 1.0), ("%#.0e", 1.0), ("%.0f", 2.5),
        ("%.0f", 3.5), ("%.2f", 0.125), ("%.1e", 0.25), ("%r", "a"), ("%a", "é"), ("%5.2s|", "abc"), ("%c", "é"),
        ("%d", float("nan")), ("%d", float("inf")), ("%d", 3.99), ("%d", -3.99), ("%i %u", (True, False)), ("%x", True),
        ("%s", None), ("%F", float("inf")), ("%.150f", 0.1), ("%.3g", 1234567.0), ("%g", 123456.0), ("%g", 1234567.0),
        ("%.0g", 0.5), ("%.0e", 2.5), ("%10.4e|", 12345.6789), ("%05s|", "ab"), ("%-05d|", 3), ("%-05d|", -3),
        ("%05c|", "a"), ("%05r|", "a"), ("%-5c|", "a"), ("%u", "a"), ("%i", "a"), ("%#.5x", 255), ("%#5x|", 255),
        ("%#05x|", 255), ("%+#05x|", 255), ("% d", 5), ("% 05d", 5), ("%+ d", 5), ("%(a)s %s", {"a": 1}),
        ("%s %(a)s", {"a": 1}), ("%(a)s", {"a": 1, "b": 2}), ("%s", {"a": 1}), ("%s %s", {"a": 1}), ("%s", ()),
        ("%s", ((1, 2),)), ("%s", [1, 2]), ("%(a)s %(a)s", {"a": 1}), ("%((a))s", {"(a)": 1}), ("%()s", {"": 1}),
        ("%.0s|", "abc"), ("%.2r", "abc"), ("%.2a", "é"), ("%%", ()), ("%%", 5), ("%%%s", 5), ("%s%", 5), ("%s%%", 5),
        ("%s %", 5), ("%h", 5), ("%hd", 5), ("%ld %Lf", (5, 1.5)), ("%\x01", 5), ("%\u20ac", 5), ("a%\U0001F600", 5),
        ("%-+08.3e", 1.5), ("%+e", -0.0), ("% f", 1.5), ("%.3f", 1e300), ("%f", 1e22), ("%.2e", 1e22), ("%.20e", 0.1),
        ("%.20g", 0.1), ("%g", 0.0001), ("%g", 0.00001), ("%g", 100000.0), ("%g", 1e16), ("%G", 1e-10), ("%#g", 0.0),
        ("%#.3g", 100.0), ("%.3g", 100.0), ("%#x", 0), ("%o", -8), ("%x", -255), ("%X", 2**70), ("%d", 2**70),
        ("%.3d", 2**70), ("%f", 2**1100), ("%f", True), ("%e", 10), ("%c", True), ("%c", 65.0), ("%d", "5"),
        ("%s", b"x"), ("%x", "a"), ("%o", 1.0), ("%*.*f|", (10, 2, 3.14159)), ("%*s", (1.5, "a")), ("%*s", (2**70, "a")),
        ("%.*s", (2**40, "a")), ("%99999999999999999999d", 1), ("%.99999999999999999999d", 1), ("%c", 0x10FFFF),
        ("%c", 0x110000), ("%c", -1), ("%c", "ab"), ("%r", 1.5), ("%(a)s %(b)", {"a": 1, "b": 2}), ("%(a)s", {"b": 1}),
        ("%s", bytearray(b"x")), ("%d", b"a"), ("%a", "\U0001f600"), ("%a", "\ud800"), ("%5s|%-5s|", ("😀", "é")),
        ("%.1s", "😀x"), ("%c%c", (0x1f600, "😀")), ("😀%s😀", "é"), ("%x", 2**64 - 1), ("%o", 2**64),
        ("%-+5d|", 7), ("%0-5d|", 7), ("%#o", 0), ("%#X", 0), ("%.0d", 0), ("%.0x", 0), ("%+.0f", 0.5),
        ("%.2f", -0.001), ("%.1f", 0.05), ("%.1f", 0.25), ("%.1f", 0.35), ("%.3e", 5e-324), ("%.17g", 0.1),
        ("%f", 1.7976931348623157e308), ("%.1e", 9.95), ("%.0e", 9.5), ("%.2g", 9.995), ("%g", 1e-4), ("%G", float("nan")),
        ("%E", float("-inf")), ("%10.3F|", -float("inf")), ("%010.2f", -1.5), ("%-010.2f|", -1.5), ("% 010.2f", 1.5),
    ]:
        case(out, "mod", [fmt, args])
    for i in range(400):
        t = random.choice("eEfFgG")
        p = random.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, 25])
        x = random.choice([random.uniform(-1, 1) * 10 ** random.randint(-30, 30), float(random.randint(-10**6, 10**6)) / 8,
                           random.randint(0, 999) / 1000, random.randint(0, 99) + 0.5, random.randint(0, 9999) / 16,
                           float(random.randint(0, 10**20)), random.choice([0.5, 1.5, 2.5, 0.125, 0.375, 1e15 + 0.5])])
        flags = random.choice(["", "#", "+", "-", " ", "0", "+0", "#0"])
        w = random.choice(["", "8", "15"])
        fmt = "%" + flags + w + "." + str(p) + t
        case(out, "mod", [fmt, x])
        case(out, "fmtfloat", [x, t.lower() if t in "fF" else t, p, "#" in flags])
    for i in range(150):
        n = random.choice([random.randint(-10**6, 10**6), random.randint(-2**80, 2**80), 0, -1, 255])
        fmt = "%" + random.choice(["", "#", "+", "-", " ", "0", "#0", "-#", "+0"]) + random.choice(["", "5", "12"]) + \
            random.choice(["", ".3", ".0", ".8"]) + random.choice("dioxXu")
        case(out, "mod", [fmt, n])
    # % on bytes
    for fmt, args in [
        (b"%s", ()), (b"", 5), (b"%s %s", (b"a",)), (b"%y", 1), (b"%", 1), (b"%b", b"x"), (b"%5b|", b"x"), (b"%-5s|", b"x"),
        (b"%x", 255), (b"%#x", 255), (b"%f", 1.5), (b"%c", 65), (b"%c", b"A"), (b"%c", "A"), (b"%r", b"x"), (b"%a", b"x"),
        (b"%(a)s", 1), (b"%s", 1.5), (b"%.1s", b"abc"), (b"%5c|", 65), (b"%d", "a"), (b"%c", bytearray(b"z")),
        (b"%s", 1), (b"%s", "a"), (b"%c", 256), (b"%c", b"ab"), (b"%r", "é"), (b"%a", 1), (b"%s", bytearray(b"x")),
        (b"%d", 1), (b"%(a)s", {b"a": b"x"}), (b"%(a)s", {"a": b"x"}), (b"%s%%", b"q"), (b"\xff%s", b"\xfe"),
        (b"", b"x"), (b"", "x"), (b"%s", [1]), (b"%.3f|%5d|%-4x|", (2.5, -3, 255)),
    ]:
        case(out, "mod", [fmt, args])
        case(out, "mod", [bytearray(fmt), args])
    # format(str, spec)
    for s in ["ab", "", "abc", "😀b", "é"]:
        for spec in ["", "5", "<5", ">5", "^5", "^6", "*^7", "05", "+", "#", "=5", ",", "d", "xx", ".", "z", "_", ",_", "_,",
                     "0=5", "^10.1", "\x01", " ", " z", "z#", "#z", "x<5", "<<5", "0<5", "00", "010", "<010", "*^010",
                     "😀^6", "\x00<5", "{^5", "}^5", "5.", ".x", "5,", "5,.3", ".0", "s", "<", "-", "+s", "€", "5€",
                     ",,", "__", "%", "\u0660", "\u0665", "99999999999999999999", ".99999999999999999999", ".2", "10.2s"]:
            case(out, "format", [s, spec])
    # int and float specs through the format-spec helpers (parseFormatSpec + formatNumber + formatFloat)
    for n in [0, 1, -1, 7, 1234, -1234, 1234567, -987654321, 10**20, -(10**25)]:
        for spec in ["", "d", "5", "<8", ">8", "^9", "=8", "+", "-", " ", "08", "+08", "012,", "011,", "010,", ",", "_",
                     "*^12,", "0=12,", "x<10", "+,", " 013_", "z", "z08", "=+10", "0<8", "015_d", "20,d", "<+12,d"]:
            case(out, "intfmt", [n, spec])
    for x in [0.0, -0.0, 1.5, -1.5, 1234.5678, -1234567.891, 1e-7, 123456789.0, 0.000125, 9.995, 2.5, 1e22]:
        for spec in [".2f", ".3e", ".4g", ".1%", "10.2f", "<12.3f", "^14.2e", "=+12.1f", "012,.2f", "015,.3f", ",.2f",
                     "_.1f", "+.0f", " .2e", "#.0f", "#.3g", ".0%", "z.1f", "z+.2f", "*>12.4g", "0=+14,.2f", ".10g"]:
            case(out, "floatfmt", [x, spec])
    # str.format
    for fmt, args, kw in [
        ("{", [], {}), ("}", [], {}), ("{0", [], {}), ("{0!", [], {}), ("{0!x}", [1], {}), ("{0!rr}", [1], {}),
        ("{0!r:}", ["x"], {}), ("{}{0}", [1], {}), ("{0}{}", [1], {}), ("{1}", [1], {}), ("{a}", [1], {}),
        ("{0.}", [1], {}), ("{0[}", [1], {}), ("{0[0]x}", [[1]], {}), ("{0[]}", [[1]], {}), ("{[0]}", [[5]], {}),
        ("{0:{1}}", ["a", 5], {}), ("{0:{1:{2}}}", ["a", 5, 6], {}), ("{0:{{}}", [1], {}), ("{:}}", [1], {}),
        ("{!r}", ["x"], {}), ("{!a}", ["é"], {}), ("{0[a]}", [{"a": 7}], {}), ("{0[-1]}", [{"-1": 7}], {}),
        ("{0[1]}", [{"1": 7}], {}), ("{ 0}", [1], {}), ("{0 }", [1], {}), ("{-1}", [1], {}), ("{00}", ["z"], {}),
        ("{1e}", [1], {}), ("{a.b[c]d}", [1], {}), ("{:{}}", ["x", 3], {}), ("{:{}}{}", ["x", 3, "y"], {}),
        ("x{!}", [1], {}), ("{:", [1], {}), ("{0!r", [1], {}), ("{!r:10}|", ["x"], {}), ("{0:}", ["x"], {}),
        ("{0:s}", ["x"], {}), ("{:>{w}}", ["x"], {"w": 4}), ("{w[0]}", [], {"w": "ab"}), ("{0[1]}", ["ab"], {}),
        ("{0[5]}", ["ab"], {}), ("{0!r!s}", [1], {}), ("{0!\x01}", [1], {}), ("{0!€}", [1], {}), ("{[}", [1], {}),
        ("{0]}", [1], {}), ("{0[0}", [[1]], {}), ("{0[0]]}", [[1]], {}), ("{0..a}", [1], {}), ("{0[0]}", [{0: "z"}], {}),
        ("{0[0x]}", [{"0x": "z"}], {}), ("{0[0][1]}", [["ab"]], {}), ("{}", [], {}), ("{0}{1}", ["a"], {}),
        ("{}{}", ["a"], {}), ("{0:{}}", ["a", 3], {}), ("{:{}}{}", ["a", 3], {}), ("{:{1}}", ["a", 3], {}),
        ("{:{a}}", ["a"], {"a": 3}), ("{{}}", [], {}), ("{{{}}}", [7], {}), ("}}{{", [], {}), ("a}}b", [], {}),
        ("{:{:{}}}", ["a", 2, 3], {}), ("{!s:^5}|", ["ab"], {}), ("{0!s:{1}}|", ["ab", 5], {}), ("{:.2}", ["xyz"], {}),
        ("{:=>5}", ["x"], {}), ("{0:\x00<3}", ["x"], {}), ("{0}", ["\U0001f600"], {}), ("{0:^4}", ["\U0001f600"], {}),
        ("{:\U0001f600<3}", ["x"], {}), ("{123456789012345678901234567890}", [1], {}),
        ("{0[123456789012345678901234567890]}", [[1]], {}), ("{\u0661}", ["x", "y"], {}), ("{:\u0661}", ["x"], {}),
        ("{0[1]}{0[0]}", [("p", "q")], {}), ("plain", [], {}), ("{a}{b}", [], {"a": "1", "b": "2"}), ("{0!s}", ["é"], {}),
        ("{:d}", ["x"], {}), ("{0.x}", ["s"], {}), ("{!a:>8}|", ["é😀"], {}), ("{0}{0}", ["r"], {}), ("{{{0}}}", ["in"], {}),
        ("{x!r:^9}", [], {"x": "v"}), ("{:{}}", ["a", "^5"], {}), ("{:{}{}}", ["a", "^", "5"], {}),
    ]:
        case(out, "m:format", [fmt, *args], kw)
    for fmt, m in [("{a[0]}", {"a": "xy"}), ("{}", {}), ("{0}", {}), ("{x}", {"x": "1"}), ("{x}", {}), ("a", 1),
                   ("{a}{b}", {"a": "p", "b": "q"}), ("{a:>{b}}", {"a": "p", "b": 3})]:
        case(out, "m:format_map", [fmt, m])
    for s, spec in [("ab", 1), ("ab", "^6")]:
        case(out, "m:__format__", [s, spec])
    return out


def gen_protocols():
    """Objects that take part through __index__, __int__, __float__ and __bytes__."""
    out = []
    I, N, F, B = Index3(), Int7(), Float15(), Bytes2()
    for op, args, kw in [
        ("getitem", ["abcdef", I], {}), ("getitem", ["abc", I], {}), ("getitem", [b"abcdef", I], {}),
        ("getitem", ["abcdef", slice(I, None)], {}), ("mul", ["ab", I], {}), ("mul", [I, "ab"], {}), ("mul", [b"ab", I], {}),
        ("mul", ["ab", N], {}), ("m:center", ["ab", I], {}), ("m:find", ["abcabc", "a", I], {}), ("m:zfill", ["7", I], {}),
        ("m:split", ["a b c d e", None, I], {}), ("m:ljust", ["a", N], {}), ("new:bytes", [I], {}), ("new:bytearray", [I], {}),
        ("new:bytes", [B], {}), ("new:bytearray", [B], {}), ("new:bytes", [N], {}), ("new:bytes", [[I, 65]], {}),
        ("mod", ["%x", I], {}), ("mod", ["%d", I], {}), ("mod", ["%d", N], {}), ("mod", ["%x", N], {}), ("mod", ["%d", F], {}),
        ("mod", ["%f", F], {}), ("mod", ["%f", I], {}), ("mod", ["%f", N], {}), ("mod", ["%c", I], {}), ("mod", ["%c", N], {}),
        ("mod", ["%*d", (I, 1)], {}), ("mod", [b"%s", B], {}), ("mod", [b"%b", I], {}), ("mod", [b"%c", I], {}),
        ("mod", [b"%d", N], {}), ("mod", ["%.*f", (I, 1.0)], {}), ("contains", [b"a\x03", I], {}),
        ("setitem", [bytearray(b"abc"), I, 1], {}), ("setitem", [bytearray(b"abcd"), 0, I], {}),
        ("mut:append", [bytearray(b"a"), I], {}), ("m:hex", [b"abcdef", ":", I], {}), ("m:count", [b"a\x03\x03", I], {}),
        ("m:expandtabs", ["a\tb", I], {}), ("m:splitlines", ["a\nb", I], {}), ("m:replace", ["aaaa", "a", "b", I], {}),
    ]:
        case(out, op, args, kw)
    return out


def write(name, cases):
    path = os.path.join(ROOT, "spec", "fixtures", name)
    with open(path, "w") as f:
        json.dump(cases, f, ensure_ascii=True, separators=(",", ":"))
        f.write("\n")
    print(name, len(cases), "cases", file=sys.stderr)


write("str.json", gen_str())
write("bytes.json", gen_bytes())
write("format.json", gen_format() + gen_protocols())
