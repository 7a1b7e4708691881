# BaseExceptionGroup.__init__ does BaseException.__init__'s work: the arguments it is called
# with become args. repr() is BaseException's, built from args; str(), message and exceptions
# keep what __new__ was given.
class Extra(ExceptionGroup):
    def __new__(cls, msg, excs, extra):
        return super().__new__(cls, msg, excs)

    def __init__(self, msg, excs, extra):
        super().__init__(msg, excs, extra)
        self.extra = extra


e = Extra('m', [ValueError(1)], 5)
print(repr(e), e.args, str(e), e.message, e.exceptions, e.extra)

eg = ExceptionGroup('a', (ValueError(1),))
print(repr(eg), eg.args)
eg.__init__('zz', 1)
print(repr(eg), eg.args, str(eg), eg.message)

eg.args = ('only',)
print(repr(eg), str(eg))
eg.args = ()
print(repr(eg), str(eg))

beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
beg.args = (1, 2, 3)
print(repr(beg), str(beg))


class Quiet(ExceptionGroup):
    def __init__(self, *args):
        pass


q = Quiet('q', [KeyError('k')])
print(repr(q), q.args)

try:
    ExceptionGroup('a', [ValueError()]).__init__(x=1)
except TypeError as err:
    print('TypeError:', err)
