srcs = ["*", "1 +", "(", "[1, 2", "x = ", "1 +\\", "def f(:", "f'{'", "'''abc", "a b", "return",
        "1 +\\\n", "(1,\n2", "x = (1,", "if x", "for", "1 = 2", "f() = 3", "del 1", "x +", ")", "]", "}",
        "lambda: (yield)", "a := 1", "print 'x'", "x = 1 if 2", "'abc", '"abc', "f'{1!z}'", "f'{}'",
        "f'''{\n'''", "f'''\n{x!z}'''", "0x", "1__0", "09", "1e", "@", "import", "from x import", "class",
        "break", "continue", "yield", "await x", "x: int = ", "*a = 1", "a, *b, *c = 1", "nonlocal x",
        "def f():\n  x = 1\n  global x", "try:\n  pass", "else", "\tx", " x", "x\n  y", "if 1:\nx",
        "(x for x in y, 1)", "f(x for x in y, 1)", "f(**x, *y)", "f(a=1, a=2)", "def f(a, a): pass",
        "def f(a=1, b): pass", "x = yield = 1", "None = 1", "True = 1", "__debug__ = 1", "f(a for a in b)=1",
        "[x for x in 1 if]", "{1: }", "{**}", "1 if else 2", "not", "a.1", "a.", "1.a", "...", "x[", "x[1",
        "''' \n\n", "#", "", "   ", "\\", "u'\\N{foo}'", "'\\x1'", "b'\\u1234'", "b'é'", "'\\777'", ]
for mode in ("eval", "exec"):
    for s in srcs:
        try:
            compile(s, "<s>", mode)
            print(mode, repr(s), "ok")
        except SyntaxError as e:
            print(mode, repr(s), type(e).__name__, e.args, e.offset, e.end_offset, e.lineno, e.end_lineno, repr(e.text), str(e))
        except Exception as e:
            print(mode, repr(s), "other", type(e).__name__, e)
