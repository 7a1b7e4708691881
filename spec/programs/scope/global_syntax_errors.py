# Symbol-table errors for global declarations.
sources = [
    'def f(a):\n    global a\n',
    'x = 1\nglobal x\n',
    'def f():\n    x = 1\n    global x\n',
    'def f():\n    print(x)\n    global x\n',
    'def f():\n    global x\n    nonlocal x\n',
    'def f():\n    global x\n    global x\n    x = 1\n',
    'global x\nx = 2\n',
    'def f():\n    for x in []: pass\n    global x\n',
    'def f():\n    import x\n    global x\n',
]
for src in sources:
    try:
        compile(src, '<test>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
