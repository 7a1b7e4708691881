# '%d' % obj converts with int() (__int__ before __index__); '%x', '%o', '%c' use __index__
# only. Errors raised by those methods pass through unchanged.
class Both:
    def __int__(self):
        return 7
    def __index__(self):
        return 9

class OnlyInt:
    def __int__(self):
        return 5

class OnlyIndex:
    def __index__(self):
        return 6

class Raising:
    def __int__(self):
        raise RuntimeError('from __int__')
    def __index__(self):
        raise RuntimeError('from __index__')

class BadInt:
    def __int__(self):
        return 'x'

for v in (Both(), OnlyInt(), OnlyIndex(), Raising(), BadInt(), 3.7, True, 65):
    row = []
    for fmt in ('%d', '%i', '%u', '%x', '%o', '%c', '%5.3d'):
        try:
            row.append(repr(fmt % v))
        except Exception as e:
            row.append('%s(%s)' % (type(e).__name__, e))
    print(type(v).__name__, ' '.join(row))
