# assert statements, __debug__, and AssertionError details.
print(__debug__)
assert 1 + 1 == 2, 'math works'


def safe_div(a, b):
    assert b != 0, ('division by zero', a)
    return a / b


print(safe_div(6, 3))
try:
    safe_div(1, 0)
except AssertionError as e:
    print(type(e).__name__, e.args, e)
try:
    assert isinstance('x', int), f'expected int, got {type("x").__name__}'
except AssertionError as e:
    print(e)
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print(type(e).__name__, e)
