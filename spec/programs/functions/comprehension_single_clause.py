# Comprehensions with one `for` clause (list, set, dict): tuple targets, conditions, cells
# captured by lambdas in the element, scope isolation, errors raised by the element, and
# builtin functions and bound builtin methods called in them.
pairs = [(1, 'a'), (2, 'b'), (3, 'c'), (2, 'd')]
print([k * 2 for k, v in pairs if k != 3])
print({k for k, _ in pairs}, {v: k for k, v in pairs if k > 1}, {k: v for k, v in pairs})
print([x for x in range(10) if x % 2 if x % 3], [[y for y in range(x)] for x in range(4)])
fs = [lambda: x for x in range(3)]
print([f() for f in fs])
fs2 = [(lambda y=x: y) for x in range(3)]
print([f() for f in fs2])
x = 'outer'
print([x for x in 'abc'], x)
try:
    [1 // (n - 2) for n in range(5)]
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    {len(v) for v in [[1], 'ab', 3]}
except TypeError as e:
    print('TypeError', e)
out = []
push = out.append
print([push(i * i) for i in range(4)], out)
print(sorted({abs(v) for v in [-3, 3, -1, 2]}), dict((k, v) for k, v in [(1, 2)]))
print(list(map(len, ['a', 'bb'])), [max(a, b) for a, b in zip([1, 5, 3], [4, 2, 6])])
try:
    len(5)
except TypeError as e:
    print(e)
try:
    abs('x')
except TypeError as e:
    print(e)
print([a + b for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]], {c: [c] for c in 'aab'})
class K:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(K.doubled)
