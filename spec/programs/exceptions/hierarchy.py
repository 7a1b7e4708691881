# The builtin exception hierarchy as seen through issubclass and isinstance.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError),
    (StopIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (Exception, BaseException), (UnicodeDecodeError, ValueError),
    (IndentationError, SyntaxError), (TabError, IndentationError), (TypeError, Exception),
    (ExceptionGroup, Exception), (BaseExceptionGroup, BaseException), (StopAsyncIteration, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print([c.__name__ for c in KeyError.__mro__])
print(isinstance(ZeroDivisionError('x'), (KeyError, ArithmeticError)))
print(issubclass(bool, (str, int)))
