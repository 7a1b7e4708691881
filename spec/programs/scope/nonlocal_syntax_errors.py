# Symbol-table errors for nonlocal, raised by compile() as SyntaxError.
sources = [
    'nonlocal x',
    'def f():\n    nonlocal x\n',
    'def f():\n    x = 1\n    def g(x):\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n',
    'x = 1\nclass C:\n    nonlocal x\n',
]
for src in sources:
    try:
        compile(src, '<test>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

ok = 'def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return x\n'
ns = {}
exec(ok, ns)
print(ns['f']())
