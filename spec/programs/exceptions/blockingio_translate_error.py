# BlockingIOError's third argument as characters_written (exact type only), and
# UnicodeTranslateError(object, start, end, reason): arguments, fields and str().
e = BlockingIOError(11, 'x', 3)
print(e.characters_written, e.args, e, e.filename)
e.characters_written = 5
print(e.characters_written)
del e.characters_written
for f in [lambda: e.characters_written, lambda: BlockingIOError().characters_written]:
    try:
        f()
    except AttributeError as x:
        print('AttributeError', x)
try:
    del e.characters_written
except AttributeError as x:
    print('AttributeError', x)
class B(BlockingIOError):
    pass
b = B(11, 'y', 4)
print(b.filename, b.args, b)
e = BlockingIOError(11, 'x', 'f.txt')
print(e.filename, e.args, e)
e = OSError(11, 'x', 7)
print(type(e).__name__, e.characters_written, e)

u = UnicodeTranslateError('abc', 0, 2, 'x')
print(u, u.encoding, u.object, u.start, u.end, u.reason, u.args)
print(UnicodeTranslateError('\U0001f600', 0, 1, 'x'))
print(UnicodeTranslateError('\xe9', 0, 1, 'x'))
print(UnicodeTranslateError('\u1234', 0, 1, 'nope'))
print(repr(UnicodeTranslateError('q', 0, 1, 'r')))
for a in [('a', 0, 1), (b'a', 0, 1, 'r'), ('a', 'b', 1, 'r'), ('a', 0, 1, 5), ()]:
    try:
        UnicodeTranslateError(*a)
    except TypeError as x:
        print('TypeError', x)
try:
    UnicodeTranslateError('a', 0, 1, r='r')
except TypeError as x:
    print('TypeError', x)
try:
    raise UnicodeTranslateError('abc', 1, 2, 'bad char')
except UnicodeError as x:
    print(type(x).__name__, x, x.start)
