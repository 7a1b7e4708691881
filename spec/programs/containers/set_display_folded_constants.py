# A set display of constants after the AST optimiser's folding (2**64, -1, 1 << 3, (1, 2)[0],
# __debug__) is a frozenset constant merged into a new set; its iteration order can differ from
# adding the items one by one (hash collisions: hash(-1) == hash(-2)).
a = -1
print({a, -2, 5, 100, 2**64, 7})
print({-1, -2, 5, 100, 2**64, 7})
print({-1, -2, 5, 100, 18446744073709551616, 7})


def f():
    return {(1, 2)[0], -1, -2, 7, 100, 2**64}


print(f(), f() == {1, -1, -2, 7, 100, 2**64})
print(eval('{-1, -2, 5, 100, 2**64, 7}'))
exec('print({-2, -1, 1 << 3, 16, 24, 2**5, 40})')
print({__debug__, 1, 2})
for i in range(3):
    print({-1, 2 - 4, 5, 10 * 10, 2**64, 7}, {-1, -2, 5, 100, 2**64, i})
print(sorted({1, 2, 1 / 2, 3}), {1 / 0 if False else 3, 2, 1})
