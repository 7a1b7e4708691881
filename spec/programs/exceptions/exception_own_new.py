# Builtin exceptions with a __new__ of their own (messages name the type called), those that
# inherit their base's, and __new__ through subclasses; UnicodeDecodeError keeps a bytes copy
# of a bytearray or memoryview object.
def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)


for e in (BaseException, Exception, ValueError, KeyError, LookupError, OSError, FileNotFoundError,
          StopIteration, ZeroDivisionError, UnicodeError, SyntaxError, ExceptionGroup,
          BaseExceptionGroup, Warning, UserWarning, RecursionError):
    print(e.__name__, '__new__' in e.__dict__)
    t(lambda: e.__new__(float))
t(lambda: ValueError.__new__(KeyError, 1).args)
t(lambda: KeyError.__new__(KeyError, 1).args)
t(lambda: BaseException.__new__(ValueError, 1, 2).args)
t(lambda: Exception.__new__(ZeroDivisionError).args)
t(lambda: ValueError.__new__(ValueError, 1).__class__)
t(lambda: ValueError.__new__())
t(lambda: ValueError.__new__(1))


class MyE(ValueError):
    def __new__(cls, *a):
        return super().__new__(cls, 'fixed')


t(lambda: (MyE(1).args, Exception.__new__(MyE).args, ValueError.__new__(MyE, 3).args))
t(lambda: ValueError.__new__ is Exception.__new__)

e = UnicodeDecodeError('utf-8', bytearray(b'\xff'), 0, 1, 'bad')
print(repr(e.object), e.args[1], str(e))
e = UnicodeDecodeError('utf-8', memoryview(b'ab\xff'), 2, 3, 'bad')
print(repr(e.object), type(e.args[1]).__name__, str(e))


class B(bytes):
    pass


e = UnicodeDecodeError('utf-8', B(b'\xfe'), 0, 1, 'bad')
print(type(e.object).__name__, str(e))
