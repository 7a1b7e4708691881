# SyntaxErrors raised by CPython's compiler (not the parser): __debug__ as a target, match
# patterns that cannot be compiled; message and line for each
cases = [
    "__debug__ = 1", "def f(__debug__): pass", "lambda __debug__: 0", "def f(*, __debug__): pass",
    "def f(*__debug__): pass", "def f(**__debug__): pass", "f(__debug__=1)", "f(*a, __debug__=1)",
    "a.__debug__ = 1", "a.__debug__", "del a.__debug__", "a.__debug__ += 1",
    "def __debug__(): pass", "class __debug__: pass", "for __debug__ in x: pass",
    "with a as __debug__: pass", "del __debug__", "__debug__ += 1", "(__debug__ := 1)",
    "try: pass\nexcept E as __debug__: pass", "x: __debug__ = 1", "__debug__: int", "__debug__: int = 1",
    "[__debug__ for __debug__ in x]", "print(__debug__)", "async def __debug__(): pass",
    "def f(a, __debug__=1): pass", "def f(x=1, /, __debug__=2): pass", "@__debug__\ndef f(): pass",
    "match x:\n    case __debug__: pass", "match x:\n    case C(__debug__=1): pass",
    "match x:\n    case [*__debug__]: pass",
    "match x:\n    case 1 | a: pass", "match x:\n    case a | 1: pass",
    "match x:\n    case a:\n        pass\n    case b:\n        pass",
    "match x:\n    case _:\n        pass\n    case b:\n        pass",
    "match x:\n    case a if a:\n        pass\n    case b:\n        pass",
    "match x:\n    case b:\n        pass\n    case _:\n        pass",
    "match x:\n    case [a, a]: pass", "match x:\n    case C(a=1, a=2): pass",
    "match x:\n    case [*a, *b]: pass", "match x:\n    case (a | b) | c: pass",
    "match x:\n    case [a] | (b): pass", "match x:\n    case [a, b] | [b, a]: pass",
    "match x:\n    case (a as b) | (b as a): pass", "match x:\n    case 1 as a | a: pass",
    "match x:\n    case _ as a: pass", "match x:\n    case (1 | _): pass",
    "match x:\n    case 1 | _ | 2: pass", "match x:\n    case a.b | c: pass",
    "match x:\n    case -1j: pass", "match x:\n    case 1 + 1j: pass", "match x:\n    case f'x': pass",
    "match x:\n    case {a.b: 1, a.b: 2}: pass", "match x:\n    case [a, [b, a]]: pass",
    "match x:\n    case C(a, b=a): pass", "match x:\n    case {'k': v, **v}: pass",
    "match x:\n    case [a, *a]: pass",
]
for src in cases:
    try:
        compile(src, '<probe>', 'exec')
        print('OK', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno)
