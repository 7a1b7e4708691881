from __future__ import annotations
import __future__
def f(x: int, *a: tuple[int, ...], k: "str" = 1, **kw: dict[str, list[int | None]]) -> Undefined[1:2, ...]:
    return x
print(f.__annotations__)
class C:
    a: List[int]
    b: lambda x: x + 1 = 3
    c: f"{x}" if False else None
print(C.__annotations__)
print(__future__.annotations, annotations)
print(__future__.all_feature_names)
print(__future__.division.getMandatoryRelease(), __future__.annotations.compiler_flag)
x: a.b[c] * -d ** ~e @ f // g
y: not a and b or (c if d else e)
z: {1: 2, **k} | {a, *b} | [a for b in c if d] | (a, b) | () | (a,)
w: x[1:2, ::3] < y <= z is not None
v: await_ if x else lambda: 0
print(__annotations__)
