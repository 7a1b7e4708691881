# except clause expressions are evaluated only when an exception reaches them, in order.
def f(exc):
    try:
        if exc:
            raise exc
        return 'no exception, clauses never evaluated'
    except undefined_exception_name:
        return 'unreachable'


print(f(None))
try:
    f(ValueError('x'))
except NameError as e:
    print(type(e).__name__, e, repr(e.__context__))
log = []


def pick(cls):
    log.append(cls.__name__)
    return cls


try:
    raise KeyError('k')
except pick(TypeError):
    pass
except pick(KeyError):
    log.append('handled')
except pick(ValueError):
    pass
print(log)
