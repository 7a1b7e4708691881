# generator.throw(type[, value[, tb]]): the value is normalised as CPython does (an instance of
# the type is used, a tuple is the arguments, anything else the one argument); the third
# argument must be a traceback (or None) and becomes the exception's __traceback__.
def g():
    yield 1

def tb_of():
    try:
        raise KeyError('x')
    except KeyError as e:
        return e.__traceback__

cases = [(ValueError, (1, 2)), (ValueError, KeyError('k')), (LookupError, KeyError('k')),
         (ValueError, 1, None), (ValueError, 1, 2, 3), (ValueError, 1, 2), (TypeError, 5, 5),
         (ValueError(), None, None), (ValueError('i'), 'v'), (ValueError, 'with tb', tb_of()), ()]
for a in cases:
    try:
        x = g()
        x.throw(*a)
    except BaseException as e:
        print(type(e).__name__, e.args)
x = g()
next(x)
try:
    x.throw(ValueError, 'v', tb_of())
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

def catcher():
    try:
        yield 1
    except ValueError as e:
        yield 'caught %r' % (e.args,)
c = catcher()
next(c)
print(c.throw(ValueError, ('a', 'b')))
