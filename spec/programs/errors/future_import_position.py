# `from __future__ import` is only allowed at the top of a module (after a docstring and other
# future imports); elsewhere the compiler rejects it even for valid features, in functions too.

def check(src):
    try:
        compile(src, '<src>', 'exec')
        print('ok')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno, e.offset)

check('from __future__ import annotations\n')
check('"doc"\nfrom __future__ import annotations\nfrom __future__ import division\n')
check('import __future__\nfrom __future__ import braces\n')
check('import os\nfrom __future__ import annotations\n')
check('x = 1; from __future__ import annotations\n')
check('def f():\n    from __future__ import annotations\n')
check('class C:\n    from __future__ import division\n')
check('from __future__ import annotations\nif 1:\n    from __future__ import annotations\n')
check('from __future__ import braces\n')
check('from __future__ import nonsense\n')
check('"doc"\n"second"\nfrom __future__ import annotations\n')
try:
    exec('def g():\n    from __future__ import annotations\n')
except SyntaxError as e:
    print('exec SyntaxError:', e.msg, e.lineno)
