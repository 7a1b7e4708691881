# A class body's `__module__ = __name__` is a LOAD_NAME: with exec() globals that have no
# __name__ it finds builtins.__name__, so the class's module is 'builtins', and a class whose
# module is 'builtins' is shown by its plain __name__ (type_repr uses tp_name there), not its
# qualified name. Found by tools/fuzz-scope.py (seed 3062).
src = '''
class Outer:
    class Inner:
        def who(self):
            return self.__class__
    print(Inner().who(), Inner.__qualname__, Inner.__module__)
print(Outer, Outer.Inner)
'''
exec(src, {}, {})
exec(src, {})
exec(src, {'__name__': 'gname'}, {})


class Mine:
    __module__ = 'builtins'

    class Nested:
        __module__ = 'builtins'


print(Mine, Mine.Nested, Mine.Nested.__qualname__, int, type({}.keys()))
