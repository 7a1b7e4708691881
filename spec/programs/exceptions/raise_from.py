# raise ... from sets __cause__ and __suppress_context__.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError('not a number') from e


try:
    convert('x')
except TypeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('k') from None
except KeyError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise RuntimeError('direct') from ValueError('cause without context')
except RuntimeError as e:
    print(e.__cause__, e.__context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise RuntimeError from ValueError
except RuntimeError as e:
    print(repr(e.__cause__))
