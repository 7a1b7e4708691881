# `print x` / `exec x` where an expression is expected (an assignment's value, a condition, an
# except clause, after another operand): CPython's invalid_legacy_expression message.
cases = [
    'try:\n  pass\nexcept X print e:\n  pass\n',
    'x = print 1\n',
    'if print x:\n  pass\n',
    'x = X print e\n',
    'def f():\n    return print x\n',
    'with a print b:\n  pass\n',
    'x = print(1) 2\n',
    'x = exec "a"\n',
    'print x y\n',
    'f(print 1)\n',
    'x = printer 1\n',
]
for src in cases:
    try:
        compile(src, 'case', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno)
