# SyntaxError details reported by compile().
cases = [
    'def f(:\n    pass\n',
    'x = (1,\ny = 2\n',
    'if True:\nprint(1)\n',
    'return 5\n',
    'def f():\n    yield = 3\n',
    'break\n',
    'x = 1\n  y = 2\n',
    'f(**k, *a)\n',
    'def f(a=1, b):\n    pass\n',
]
for src in cases:
    try:
        compile(src, 'case.py', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno)
