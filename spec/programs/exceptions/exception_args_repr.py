# args, str() and repr() of exceptions with zero, one and several arguments.
for exc in (Exception(), Exception('one'), Exception('a', 2), Exception(None), ValueError(''),
            KeyError('key'), KeyError(), KeyError('a', 'b'), OSError(2, 'No such file'),
            StopIteration(5), SystemExit(3), IndexError([1])):
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
e = ValueError('x')
e.args = ('changed', 1)
print(str(e), repr(e))
print(repr(ZeroDivisionError('division by zero')))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(OSError(2, 'No such file').errno, OSError(2, 'No such file').strerror)
