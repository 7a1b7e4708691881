for s in ["def f():\n\tif x:\n        pass\n", "if x:\n\tif y:\n        pass\n", "if x:\n        a\n\tb\n", "if x:\n\ta\n        b\n", "class C:\n\tdef f(self):\n        pass\n", "while 1:\n    if 1:\n\tpass\n", "if 1:\n  \tpass\n", "if 1:\n\t pass\n   pass\n"]:
    for m in ('exec', 'single'):
        try:
            compile(s, '<s>', m)
            print(m, repr(s), 'ok')
        except SyntaxError as e:
            print(m, repr(s), type(e).__name__, e.args)
