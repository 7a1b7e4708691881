# An exception raised while handling another records it as __context__.
try:
    try:
        {}['missing']
    except KeyError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise IndexError('first')
    finally:
        raise RuntimeError('from finally')
except RuntimeError as e:
    print(repr(e), repr(e.__context__))


def handler():
    try:
        raise TypeError('inner')
    except TypeError:
        return helper()


def helper():
    raise LookupError('raised in callee')


try:
    handler()
except LookupError as e:
    print(repr(e), repr(e.__context__))

err = ValueError('reraised')
try:
    try:
        raise err
    except ValueError as e:
        raise e
except ValueError as e:
    print(e is err, e.__context__)
