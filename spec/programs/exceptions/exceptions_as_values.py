# Exceptions are ordinary objects: stored, compared, raised later.
errors = [ValueError('a'), KeyError('b'), TypeError('c')]
caught = []
for err in errors:
    try:
        raise err
    except Exception as e:
        caught.append(e is err)
print(caught)
print(ValueError('x') == ValueError('x'), errors[0] == errors[0])
print(sorted(type(e).__name__ for e in errors))
cls = errors[1].__class__
try:
    raise cls('new instance of stored class')
except LookupError as e:
    print(repr(e))
e = RuntimeError('reused')
for attempt in range(2):
    try:
        raise e
    except RuntimeError as caught_e:
        print(attempt, caught_e is e)
print(isinstance(e, BaseException), type(e).__mro__[1].__name__)
