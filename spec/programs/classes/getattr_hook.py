# __getattr__ is called only when normal lookup fails.
class Lazy:
    cls_attr = 'class attribute'

    def __init__(self):
        self.real = 'real attribute'
        self.calls = []

    def __getattr__(self, name):
        self.calls.append(name)
        if name.startswith('computed_'):
            return name[len('computed_'):].upper()
        raise AttributeError(f'{type(self).__name__!r} has nothing called {name!r}')


o = Lazy()
print(o.real, o.cls_attr, o.computed_value)
print(o.calls)
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(o, 'other', 'default'), hasattr(o, 'computed_x'), hasattr(o, 'nothing'))
print(o.calls)
