#!/usr/bin/env python3
"""Writes spec/fixtures/expressions.json: expression snippets parsed by CPython 3.11 in 'eval'
mode, with ast.dump(include_attributes=True) of each, and invalid snippets with the SyntaxError
CPython raises (msg, lineno, offset, end_lineno, end_offset).

    python3 tools/gen-expr-fixtures.py > spec/fixtures/expressions.json
"""
import ast, json, sys, warnings

warnings.simplefilter("ignore")

OK = [
    # atoms
    "x", "_", "match", "case", "type", "True", "False", "None", "...", "0", "1", "42", "000", "0_0",
    "1_000_000", "0x1F", "0XdeadBEEF", "0o17", "0O7_7", "0b1010", "0B1_0", "123456789012345678901234567890",
    "0xffffffffffffffffffffffffff", "1.5", "1.", ".5", "1e10", "1E-5", "1.5e+3", "1_0.2_5e1_0", "0.1",
    "1e400", "3.141592653589793", "1j", "1.5J", "1e3j", "0j", "'s'", '"s"', "'''s'''", "b'x'", "u'x'",
    "r'\\d'", "'a' 'b'", "'a' \\\n 'b'", "('a'\n 'b')", "f'{x}'", "f'a{x!r:>{w}}b'", "f'{x, y}'",
    "f'{x}' 'y' f'{z}'", "f'{a + b}'", "f'{(yield)}'", "f'''{\nx\n}'''", "f'{x:{y}}'", "f'{f\"{1}\"}'",
    "b'a' b'b'", "'\\n\\t'", "'é'", "'é' + x", "x + 'é'", "f'é{x}'",
    # unary / binary / precedence
    "-1", "+1", "~1", "--x", "-+~x", "not x", "not not x", "-x ** 2", "(-x) ** 2", "x ** -y",
    "x ** y ** z", "-x ** -y ** -z", "a + b", "a - b - c", "a + b * c", "(a + b) * c", "a * b + c",
    "a / b // c % d @ e", "a << b >> c", "a & b | c ^ d", "a | b & c", "a ^ b | c & d << e + f * g ** h",
    "a + -b", "a * ~b", "a - - b", "~a // b", "a ** b * c", "a * b ** c", "2 ** -1",
    "a and b", "a or b", "a and b and c", "a or b or c", "a and b or c", "a or b and c",
    "a or b and c or d", "not a and b", "not a or not b", "a and not b", "not (a and b)",
    "(a or b) or c", "a or (b or c)", "(a and b) and c", "a < b", "a < b < c", "a == b != c",
    "a is b", "a is not b", "a in b", "a not in b", "a <= b >= c > d < e", "not a < b",
    "a < b and c > d", "a + b < c * d", "a | b == c & d", "1 < 2 < 3 is not 4 not in 5 in 6",
    "-a < -b", "a < (b < c)", "(a < b) < c",
    # await
    "await x", "await x ** 2", "-await x", "await x.y(z)[w]", "await (yield)", "not await x",
    # conditional / lambda / walrus
    "a if b else c", "a if b else c if d else e", "(a if b else c) if d else e", "a or b if c and d else e",
    "lambda: 0", "lambda x: x", "lambda x, y: x + y", "lambda x=1: x", "lambda *a: a", "lambda **k: k",
    "lambda *, a: a", "lambda a, /: a", "lambda a, /, b: 0", "lambda a=1, /, b=2, *c, d, e=3, **f: 0",
    "lambda a, *, b=1,: 0", "lambda a,: 0", "lambda *a,: 0", "lambda **k,: 0", "lambda: (yield)",
    "lambda: lambda: 0", "lambda x: x if x else y", "a if b else lambda: c", "(lambda: 1)()",
    "lambda: (x := 1)", "lambda x=(y := 1): x", "lambda a, b=1, *c, d, e=2, **f: a",
    "(x := 1)", "(x := (y := 1))", "(x := a if b else c)",
    "(x := lambda: 1)", "f(x := 1)", "f(a, x := 1, c=2)", "[x := 1, 2]", "{x := 1}", "a[x := 1]",
    "a[b := 1, c]", "(a, b := 1)", "[y for x in z if (y := x)]", "f(x := 1 for y in z)",
    # primaries
    "a.b", "a.b.c", "a.b.c(d)[e].f", "f()", "f(a)", "f(a, b)", "f(a,)", "f(*a)", "f(**k)", "f(a=1)",
    "f(a, *b, c=1, **d)", "f(a=1, *b)", "f(a, *b, c=1, *d, **e, f=2)", "f(*a, *b)", "f(**a, **b)",
    "f(**a, b=1)", "f(a)(b)(c)", "f(x for x in y)", "f((x for x in y))", "f((x for x in y), z)",
    "f(x for x in y if z)", "f(*a or b)", "f(a if b else c)", "f(lambda: 0)", "f(a=lambda: 0)",
    "f(not a)", "f(match=1, case=2)", "f(\n  a,\n  b,\n)", "(a)(b)", "(a)[b]", "(a).b", "a[b][c]",
    "a[1]", "a[-1]", "a[1:2]", "a[1:2:3]", "a[:]", "a[::]", "a[1:]", "a[:2]", "a[::3]", "a[:2:]",
    "a[1::]", "a[1::3]", "a[1,2]", "a[1,]", "a[1:2,]", "a[1:2, 3]", "a[:, :]", "a[..., 0]",
    "a[1:2:3, ::, :, 1:, :2]", "a[*b]", "a[*b, c]", "a[b, *c]", "a[*b,]", "a[(1, 2)]",
    "a[lambda: 0]", "a[b if c else d:e]", "a[{}]", "a.b[c].d(e)", "1 .real",
    "1.0.real", "'a'.join(b)", "f'{x}'.y", "[1][0]", "{1: 2}[1]", "(1, 2)[0]",
    # displays
    "()", "(1,)", "(1, 2)", "(1, 2,)", "((1, 2), 3)", "(a)", "((a))", "(((a, b)))", "(yield)",
    "(yield x)", "(yield x, y)", "(yield from x)", "(yield *a, b)", "[]", "[1]", "[1, 2]", "[1, 2,]",
    "[*a]", "[*a, *b, c]", "[[]]", "[(a, b)]", "{}", "{1}", "{1, 2}", "{1, 2,}", "{*a}", "{*a, b}",
    "{1: 2}", "{1: 2,}", "{1: 2, 3: 4}", "{**a}", "{**a, **b}", "{**a, 1: 2, **b}", "{a: b for a, b in c}",
    "{a for a in b}", "[a for a in b]", "(a for a in b)", "[a for a in b if c]", "[a for a in b if c if d]",
    "[a for a in b for c in d]", "[a for b in c if d for e in f if g]", "[x async for x in y]",
    "[x for x, in y]", "[x for x, y in z]", "[x for (x, y) in z]", "[x for [x, y] in z]",
    "[x for *x, y in z]", "[x for *a in b]", "[x for x.y in z]", "[x for x[0] in z]", "[x for x in y or z]",
    "[x for x in (lambda: y)]", "[x for x in (yield)]", "[x if y else z for x in w]",
    "[(x, y) for x in a for y in b]", "{k: v for k in a if k for v in b}", "((a for b in c), d)",
    "[\n  1,\n  2,\n]", "{\n  'a': 1,\n  **b,\n}", "(\n  a\n  +\n  b\n)", "[a\n for a in b\n if c]",
    # star expressions (eval allows them only inside displays)
    "[*a, b]",
    # multi-line and unicode positions
    "(a +\n b)", "f(a,\n  b=c)", "x.é + é", "'€' + x", "[é for é in ü]", "f('ä', b)",
    "a\\\n+ b", "(\n1,\n)", "'''a\nb''' + c", "'''a\nb''' 'c'",
    # soft keywords as names
    "match(x)", "case.y", "_[0]", "match + case",
    # misc
    "print", "a, b", "a,", "(x, *y)",
]

ERRORS = [
    "", "a b", "1 +", "a + not b", "a == not b", "- not a", "a ** not b", "not", "await", "a +* b",
    "x = 1", "a := 1", "x if y", "x if y else", "x if y := 1 else z", "lambda x", "lambda: x := 1",
    "(a) := 1", "(a.b := 1)", "(f() := 1)", "((a, b) := 1)",
    "(x := y := 1)", "(lambda: x := 1)", "((a if b else c) := 1)",
    "f(a b)", "f(a, b c)", "(a,,b)", "[a,,b]", "f(a,,b)", "f(,)", "(,)", "[,]", "{,}", "a[,]",
    "(x for x in y, 1)", "f(x for x in y, 1)", "f(1, x for x in y)", "f(x for x in y,)",
    "f(a=1, b)", "f(**a, b)", "f(**a, *b)", "f(a=1, b.c)", "f(a=1, b, c)", "f(a=1, 1+2)",
    "f((a)=1)", "f(a.b=1)", "f(True=1)", "f(None=1)", "f(1=2)", "f(a=x for x in y)",
    "a[]", "a[x:=1:2]", "[a b]", "(a b)", "{a b}", "{a: b c: d}", "a[b c]", "[a \"s\"]",
    "f(a \"s\")", "[a 1]", "[1 a]", "[a, b c]", "(a, b c)", "a[1:2 3]", "[a.b c.d]",
    "[a if b c]", "[not a b]", "[a < b c]", "[-a b]", "f(*a b)", "f(a=1 b)", "[*a b]",
    "[print x]", "[_ x]", "[match x]", "{**a b}",
    "lambda a=1, b: 0", "lambda *: 0", "lambda *,: 0", "lambda *, **k: 0", "lambda /: 0",
    "lambda /, a: 0", "lambda a, /, b, /: 0", "lambda *a, *b: 0", "lambda **a, b: 0",
    "lambda **a=1: 0", "lambda *a=1: 0", "lambda a, *, /: 0", "lambda *a, /: 0", "lambda a=1, /, b: 0",
    "lambda a,,: 0", "lambda ,a: 0", "lambda a b: 0", "lambda (a): 0",
    "[x for x in]", "(a for a in b for)", "[x for f() in y]", "[x for 1 in y]", "[x for a + b in c]",
    "[x for x in y if]", "[for x in y]",
    "[a for x in y, b]", "{a: b, c}", "{a, b: c}", "{**a, b}", "{**a for x in y}",
    "{*a for x in y}", "[*a for x in y]", "(*a for x in y)", "[a, b for x in y]", "[a, for x in y]",
    "{a: *b}", "{a:}", "{a: b, **c, d}", "{a, **b}", "[**a]", "(**a)", "f(**)",
    "(*a)", "*a", "*a, b", "a, *b", "a[**b]", "yield x", "x.1", "x.", "a[1:2:3:4]", "f(",
    "(a", "[a", "a)", "a]", "}", "a $ b", "a ? b", "a <> b", "1__0", "0x", "1e",
    "(a if b else c := 1)", "((yield) := 1)",
    "(a.b := 1)", "f(x for x in y)(z for z in w, 1)",
    "f(x for x in y for)",
    "007", "a[x for x in y]", "[x for x in lambda: y]", "[x for x in y if lambda: z]", "a or lambda: b",
    "-lambda: x", "await lambda: x", "[*lambda: x]", "a if lambda: b else c", "a < lambda: b",
    # CPython's invalid_named_expression / missing-comma subtleties
    "(a, b=1)", "[a=1]", "(a=1)", "((a)=1)", "(f()=1)", "(a.b=1)", "(a<b=1)", "((a<b)=1)", "(True=1)",
    "([a]=1)", "((a,)=1)", "(a=1=2)", "(a=b:=2)", "(a=not b)", "(a=b<c)", "a[x=1]", "a[f()=1]", "{a=1}",
    "{a: b=1}", "(-a=1)", "(a=*b)", "(a=yield)", "f(a, (b=1))", "[m x]", "[ma x]", "[mat x]", "[matc x]",
    "[matchx x]", "[ca x]", "[_x y]", "[cases x]", "[c c]", "f(c c)", "d.get(c, c c)", "[c c for c in s]",
    "f('a' await )", "f(k{: v})", "min(it, d=s, for k=k)", "f(for x in y)", "[(a, b) for b, a c in d]",
    "f(x for x y in z)", "a[j j:j+1]", "f(a 1 +)", "[a b if c]", "[(s, u) for u, s us in.items()]", "a[[b][c] = 1]",
    "f(a, b c if d)", "{k: v for k v in w.items() if k}", "f(a.b := 1)", "[a.b := 1]", "(a.b := )",
    'f"{a b}"', 'f"{a +}"', 'f"{*a}"', 'f"{é b}"', 'f"{é +}"', 'f"{lambda x: 1}"', 'f"{a:{b c}}"',
    'f"{f(a b)}"', "[a (b c)]", "f(x, (y z))", "[a [b c]]",
]


def entry(src):
    try:
        tree = ast.parse(src, mode="eval")
        return {"src": src, "ast": ast.dump(tree, include_attributes=True)}
    except SyntaxError as e:
        return {"src": src, "error": {"msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                                      "end_lineno": e.end_lineno, "end_offset": e.end_offset}}


def main():
    ok = [entry(s) for s in OK]
    bad = [entry(s) for s in ERRORS]
    for e in ok:
        if "error" in e:
            print("expected OK but failed:", e, file=sys.stderr)
    for e in bad:
        if "ast" in e:
            print("expected an error but parsed:", e["src"], file=sys.stderr)
    json.dump({"ok": ok, "errors": bad}, sys.stdout, indent=0, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
