# Syntax errors at the end of 'eval' and 'single' input that does not end in a newline, where
# CPython's last token has no column: a generic "invalid syntax" has offset 0 and end_offset 0;
# "expected an indented block" has the end of the line and end_offset -1.
srcs = ["x =", "if True:", "def f():", "for x in y:", "1 2", "x = 1 +", "print(", "a[", "{1: }", "x = yield", "import", "from . import", "class", "@", "1 if", "lambda x", "x: int =", "del", "assert", "raise from", "a, = ", "a +\n", "a +  ", "a + # c", "[i for i in]", "'''x", "x = 'a", "f'{1}' +", "not not", "x ==", "x < y <", "await", "yield from", "**x", "x := ", "(x := )", "1;", "1;2"]
for src in srcs:
    for how in ("eval", "single", "exec"):
        try:
            compile(src, "<s>", how)
            print(how, repr(src), "ok")
        except SyntaxError as e:
            print(how, repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

for src in ["1 +", "x y", "(1,", "1 + (2", "[1, 2", "lambda:", "a if b", "1 +\n", "f(", "x.", "not", "*a"]:
    for how in ("compile-eval", "eval", "compile-single", "exec", "compile-exec"):
        try:
            if how == "eval": eval(src)
            elif how == "exec": exec(src)
            else: compile(src, "<s>", how.split("-")[1])
        except SyntaxError as e:
            print(how, repr(src), e.msg, e.offset, e.end_offset, repr(e.text))
        except Exception as e:
            print(how, repr(src), type(e).__name__)
