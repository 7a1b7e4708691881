# A deque is a sequence for match patterns even before collections.abc is imported, and the
# SyntaxErrors of bad patterns carry CPython's offsets on both backends.
from collections import deque

for v in [deque(), deque([1]), deque([1, 2, 3]), deque("ab")]:
    match v:
        case []:
            print("empty deque")
        case [x]:
            print("one", x)
        case [x, *rest, y]:
            print("ends", x, rest, y)

class D(deque):
    pass

match D([4, 5]):
    case [a, b]:
        print("deque subclass", a, b)

match {"k": deque([1, 2])}:
    case {"k": [1, *tail]}:
        print("nested", tail)

sources = [
    "match x:\n case [*a, *b]: pass",
    "match x:\n case {'a': 1, 'a': 2}: pass",
    "match x:\n case (a as b) as b: pass",
    "match x:\n case {1: _, True: _}: pass",
    "match x:\n case {0: _, -0: _}: pass",
    "match x:\n case [a, a]: pass",
    "match x:\n case a | b: pass",
    "match x:\n case P(a=1, a=2): pass",
    "match x:\n case a: pass\n case 1: pass",
    "match x:\n case [1, (x as y) | y]: pass",
]
for s in sources:
    try:
        compile(s, "<p>", "exec")
        print("compiled", repr(s))
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
