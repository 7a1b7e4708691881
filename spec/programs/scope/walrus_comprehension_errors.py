# Invalid uses of := in comprehensions are compile-time errors.
sources = [
    '[(y := 1) for y in range(3)]',
    '[x for x in (y := [1, 2])]',
    'class C:\n    [(z := 1) for x in range(2)]\n',
    '[i for i in range(3) if (j := i) for j in range(2)]',
    '[[(k := 1) for a in range(2)] for k in range(2)]',
    'def f():\n    return [(x := 1) for y in range(2)]\n',
    '(a := 1, b := 2)',
    'a := 1',
]
for src in sources:
    try:
        compile(src, '<test>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
