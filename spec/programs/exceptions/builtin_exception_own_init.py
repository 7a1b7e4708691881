# Every builtin exception has an __init__ slot wrapper of its own (CPython sets tp_init on each
# static type): in `class E(ValueError, Mixin)` ValueError.__init__ is found before the
# mixin's, and ValueError.__init__ names ValueError.
class M(Exception):
    def __init__(self, *a):
        print('M.init')
        super().__init__(*a)

class E(ValueError, M):
    pass

e = E(1)
print(e.args, [c.__name__ for c in E.__mro__])

class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code

class NotFound(KeyError, AppError):
    pass

n = NotFound('k', 3)
print(n.args, getattr(n, 'code', 'no code'), str(n))

class Fine(AppError, KeyError):
    pass

f = Fine('k', 3)
print(f.args, f.code)

for name in ['Exception', 'ValueError', 'KeyError', 'ArithmeticError', 'ZeroDivisionError', 'RuntimeError',
             'RecursionError', 'GeneratorExit', 'Warning', 'UserWarning', 'UnicodeError', 'StopAsyncIteration',
             'EOFError', 'LookupError', 'IndexError', 'TypeError']:
    c = getattr(__builtins__, name)
    print(name, c.__init__, '__init__' in c.__dict__)
    try:
        c.__init__(1)
    except TypeError as ex:
        print('  ', ex)
print(ValueError.__init__ is Exception.__init__, ValueError.__init__ == Exception.__init__)
v = ValueError.__new__(ValueError, 'a')
ValueError.__init__(v, 'b', 'c')
print(v.args)
