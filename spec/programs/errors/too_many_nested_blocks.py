# CPython's compiler refuses more than 20 nested blocks in one function (loops, with items, try
# bodies and handlers); if statements and function bodies do not count.
def nest(n, opener, closer=None):
    src, pad = "", ""
    for i in range(n):
        src += pad + opener.format(i=i) + "\n"
        pad += " "
    src += pad + "pass\n"
    if closer:
        for i in reversed(range(n)):
            src += " " * i + closer + "\n" + " " * (i + 1) + "pass\n"
    return src

def attempt(label, src):
    try:
        compile(src, "<nest>", "exec")
        print(label, "compiles")
    except SyntaxError as e:
        print(label, "SyntaxError:", e.msg)

for n in (20, 21):
    attempt(f"for x{n}", nest(n, "for x{i} in y:"))
    attempt(f"while x{n}", nest(n, "while x:"))
    attempt(f"with x{n}", nest(n, "with a as b{i}:"))
    attempt(f"if x{n}", nest(n, "if x:"))
    attempt(f"async for x{n}", "async def f():\n" + "".join(" " * (i + 1) + f"async for v{i} in w:\n" for i in range(n)) + " " * (n + 1) + "pass\n")
for n in (9, 10, 19, 20):
    attempt(f"try/except x{n}", nest(n, "try:", "except E as e:"))
    attempt(f"try/finally x{n}", nest(n, "try:", "finally:"))

# Several items of one with statement are nested blocks too.
attempt("with 10 items in 11 loops", nest(11, "for x{i} in y:").replace("pass", "with " + ", ".join(f"a{j}" for j in range(10)) + ": pass"))
attempt("with 9 items in 11 loops", nest(11, "for x{i} in y:").replace("pass", "with " + ", ".join(f"a{j}" for j in range(9)) + ": pass"))

# Handlers: two blocks each, inside a finally one more.
inner = "try:\n pass\nexcept E:\n" + "".join(" " * (i + 1) + "for v in w:\n" for i in range(18)) + " " * 19 + "pass\n"
attempt("18 loops in a handler", inner)
attempt("19 loops in a handler", inner.replace(" " * 19 + "pass", " " * 19 + "for z in w:\n" + " " * 20 + "pass"))
attempt("18 loops in a handler under finally", inner + "finally:\n pass\n")
# A function body starts again from zero.
loops = "".join(" " * i + f"for x{i} in y:\n" for i in range(15))
body = "".join(" " * (16 + i) + "while q:\n" for i in range(15)) + " " * 31 + "pass\n"
attempt("def inside 15 loops", loops + " " * 15 + "def f():\n" + body)
