"""Docstring first."""
from __future__ import annotations
x: int
y: List[int] = []
(z): int = 1
obj.attr: Ann = 1

def f(a: A, b: "B", *args: VA, k: K, **kw: KW) -> R:
    local: LocalAnn
    assigned: LocalAnn2 = 1
    return a

class C:
    field: FieldType
    lam: (lambda: 1)
    comp: [c for c in src]
