# assert raises AssertionError with the optional message, evaluated lazily.
def check(v):
    assert v > 0, f'value must be positive, got {v}'
    return v


print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
calls = []
assert True, calls.append('never evaluated')
print(calls)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args)
