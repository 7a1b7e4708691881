# Parser messages for lambda parameter lists as for def ones ("expected comma between / and *",
# "expected default value expression"), and a '*' argument after '**' whatever follows it.
cases = [
    "lambda a=1,/*,b,c: None", "lambda a, /*: 0", "lambda a=1,d=,c: None", "lambda a,d=,c: None",
    "lambda a=: 0", "lambda a, b=: 0", "lambda a=lambda b=, c: 1: 2", "f(lambda x=, y: 0)",
    "lambda a=1, b: 0", "lambda a, /, /: 0", "lambda *, /: 0", "lambda /, *: 0",
    "def f(a, /*): pass", "def f(a=, b): pass",
    "f(**x, *)", "f(**x, *y)", "f(**x, *y.)", "f(a, *)", "f(*a, **x)", "f(**x, **y, *z)",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, "|", e.offset, e.end_offset)

f = lambda a=1, /, b=2, *c, d, e=3, **g: (a, b, c, d, e, g)
print(f(0, d=4), f(1, 2, 3, d=4, e=5, h=6))
