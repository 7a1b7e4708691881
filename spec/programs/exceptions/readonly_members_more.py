# More READONLY members (traceback tb_frame/tb_lasti, ExceptionGroup message/exceptions, super's
# attributes) and UnicodeError start/end, which are Py_ssize_t members.
import sys
def t(label, f):
    try:
        f()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)
def tb():
    try: raise ValueError
    except ValueError as e: return e.__traceback__
tr = tb()
fr = sys._getframe()
eg = ExceptionGroup('m', [ValueError()])
class K: pass
sp = super(K, K())
items = [('tb', tr, ['tb_next', 'tb_lineno', 'tb_frame', 'tb_lasti']), ('frame', fr, ['f_locals', 'f_back', 'f_code', 'f_globals']),
         ('eg', eg, ['message', 'exceptions']), ('super', sp, ['__thisclass__', '__self__', '__self_class__']), ('stopiter', StopIteration(1), ['value']),
         ('oserror', OSError(1, 'x'), ['errno', 'strerror', 'filename']), ('syntax', SyntaxError('m'), ['msg', 'lineno', 'text']), ('importerr', ImportError(), ['name', 'path', 'msg']),
         ('sysexit', SystemExit(1), ['code']), ('keyerr', KeyError(1), ['args']), ('attrerr', AttributeError(), ['name', 'obj']), ('nameerr', NameError(), ['name']),
         ('unicode', UnicodeDecodeError('a', b'x', 0, 1, 'r'), ['start', 'reason', 'encoding', 'object', 'end'])]
for name, o, attrs in items:
    for a in attrs:
        t(f'{name}.{a} set', lambda: setattr(o, a, None))
        t(f'{name}.{a} del', lambda: delattr(o, a))
u = UnicodeDecodeError('a', b'xyz', 0, 1, 'r'); u.start = True; print(u.start, u); u.end = 3; print(u)
try: u.start = 1.5
except TypeError as e: print(e)
