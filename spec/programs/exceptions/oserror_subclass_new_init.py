# OSError subclasses: with their own __init__ (and OSError's __new__) the arguments are parsed
# by OSError.__init__; with their own __new__ OSError.__init__ does nothing (other arguments,
# keyword ones too, are the subclass's); plain calls map errno to the subclass.
for cls in (OSError, FileNotFoundError, BlockingIOError, PermissionError, ConnectionError, TimeoutError, IOError, EnvironmentError):
    e = cls(2, 'msg', 'file')
    print(cls.__name__, type(e).__name__, e.args, e.errno, e.strerror, e.filename, str(e))
e = BlockingIOError(11, 'would block', 5); print(e.characters_written, e.args)
try: OSError(1, 2, x=3)
except TypeError as ex: print(ex)
class WithInit(OSError):
    def __init__(self, message, bar):
        self.bar = bar
        super().__init__(message)
class WithNew(OSError):
    def __new__(cls, message, baz):
        self = super().__new__(cls, message)
        self.baz = baz
        return self
class A(WithInit, WithNew): pass
class B(WithNew, WithInit): pass
class Standalone(OSError):
    def __init__(self):
        pass
e = WithInit("m", "bar"); print(e.bar, e.args)
e = WithNew("m", "baz"); print(e.baz, e.args)
e = WithNew("m", baz="baz"); print(e.baz, e.args)
for c in (A, B):
    e = c("m", "baz"); print(e.bar, e.baz, e.args)
e = Standalone(); print(e.args, e.errno)
class Sub(OSError): pass
e = Sub(2, 'x', 'f'); print(type(e).__name__, e.args, e.filename)
class Init2(OSError):
    def __init__(self, *a):
        super().__init__(*a)
e = Init2(13, 'denied', 'p'); print(type(e).__name__, e.args, e.errno, e.filename, str(e))
try: Init2(1, k=2)
except TypeError as ex: print('TE', ex)
try: open('/nonexistent/x')
except OSError as ex: print(type(ex).__name__, ex.errno, ex.filename, ex.args)
