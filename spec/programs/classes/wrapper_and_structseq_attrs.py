# Small attribute surfaces: coroutine cr_suspended/cr_origin, staticmethod/classmethod copying
# the wrapped function's attributes (__annotations__ included), struct sequences' __match_args__
# (positional class patterns), OSError.characters_written.
import sys, time

def g():
    yield 1
async def c():
    pass
x = g()
co = c()
print(x.gi_suspended, co.cr_suspended, co.cr_origin)
next(x)
print(x.gi_suspended)
co.close()
print(co.cr_suspended)

def deco(f: int) -> str:
    '''doc of f'''
    return f
for wrap in (staticmethod, classmethod):
    w = wrap(deco)
    print(wrap.__name__, w.__doc__, w.__name__, w.__qualname__, w.__wrapped__ is deco, w.__annotations__, sorted(w.__dict__))
sm = staticmethod(len)
sm.extra = 1
print(sorted(sm.__dict__), sm.extra, sm.__name__)

print(sys.float_info.__match_args__[:3], sys.version_info.__match_args__)
print(time.gmtime(0).__match_args__)
match time.gmtime(0):
    case time.struct_time(year, month, day):
        print('matched', year, month, day)
VI = type(sys.version_info)
match sys.version_info:
    case VI(major, minor):
        print('version', major, minor >= 0)

print(hasattr(OSError(), 'characters_written'), 'characters_written' in dir(OSError()), 'characters_written' in dir(ValueError()))
e = OSError(1, 'x')
try:
    e.characters_written
except AttributeError as ex:
    print('AttributeError', ex)
e.characters_written = 3
print(e.characters_written)
del e.characters_written
print(hasattr(e, 'characters_written'))
