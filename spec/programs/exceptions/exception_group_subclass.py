# Subclassing ExceptionGroup: derive() keeps the subclass through split and except*.
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + '+derived', excs)


g = MyGroup('mine', [ValueError(1), TypeError(2)])
match, rest = g.split(ValueError)
print(type(match).__name__, match.message, repr(match.exceptions))
print(type(rest).__name__, rest.message)
try:
    raise g
except* TypeError as eg:
    print('handler got', type(eg).__name__, eg.message)
except* ValueError as eg:
    print('handler got', type(eg).__name__, eg.message)
print(isinstance(g, ExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
