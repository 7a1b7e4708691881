# type(name, bases, namespace) builds a class like a class statement does.
def greet(self):
    return 'hello from ' + type(self).__name__


Base = type('Base', (), {'greet': greet, 'x': 1})
Derived = type('Derived', (Base,), {'x': 2, '__doc__': 'made by type'})
d = Derived()
print(d.greet(), d.x, Base.x)
print(Derived.__mro__)
print(Derived.__doc__, Derived.__module__, Derived.__qualname__)
print(type(d) is Derived, type(Derived) is type)
print(type(5), type('s'), type(None), type(type))
try:
    type('X', 'not a tuple', {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (), {}, 'extra')
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
