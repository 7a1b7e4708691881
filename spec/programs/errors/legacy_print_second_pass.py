# CPython's second parser pass starts again from the top and meets `print x` / `exec x` wherever
# an expression is tried, even in a statement its first pass accepted (`print -1`, `print [1]`),
# and after a Name that is tried as an expression (`x = a b print 1`); not after an operator.
cases = [
    'print -1 2\n',
    'print not x y\n',
    'print [1] 2\n',
    'print * 2 3\n',
    'exec -1 2\n',
    'x = print -1 2\n',
    'y = 1; print -1 2\n',
    'print -1;  x y\n',
    'x = 1\nprint [1]\nx y\n',
    'def f():\n    print -1\nx y\n',
    'x = a b print 1\n',
    'x = a if b else print 1\n',
    'del print 1\n',
    'for print 1 in x: pass\n',
    'x = f(*print 1)\n',
    'x = {print 1}\n',
    'lambda: print 1\n',
    '1 - print 2\n',
    'x = not print 1\n',
    'x = a * print 1\n',
    'x = None print 1\n',
    'a.print -1 2\n',
    'except E print e\n',
    'x = 1 2; print 1\n',
    'x y\nprint 1\n',
    'print(1) 2\n',
]
for src in cases:
    try:
        compile(src, 'case', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)
