# Operations on constants that CPython's AST optimizer folds are constants of the compilation: equal
# ones are one object (is), on the tree-walker as on the VM; what would raise is not folded.
a = (1, 2) + (3,)
b = (1, 2, 3)
print(a is b, (1+1, 2) is (2, 2), "abc"[1], -1.5 is -1.5, 2**10, 1.5 * 2 is 3.0, not 1, ~5, -(3+4j), b'ab' + b'c', (1, 2)[0])
def f():
    x = 2 ** 64
    y = (1, 2) * 2
    z = 'ab' * 3
    return x, y, z, y is (1, 2, 1, 2)
print(f())
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print('zde', e)
try:
    print((1, 2)[5])
except IndexError as e:
    print('ie', e)
print(__debug__ + 1, 'x' * 5000 == 'x' * 5000, len((0,) * 300))
for i in range(3):
    print(i * (2 + 3), (i, 1 + 1))
