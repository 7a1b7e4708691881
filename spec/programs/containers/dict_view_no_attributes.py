# Dict views have no instance __dict__: setting an attribute on one is an AttributeError and
# never writes into the viewed dict.
d = {'a': 1}
for view in (d.keys(), d.values(), d.items()):
    for name in ('x', '__doc__', '__name__', '__dict__'):
        try:
            setattr(view, name, 1)
            print('set', name)
        except AttributeError as e:
            print(type(view).__name__, e)
    print(hasattr(view, '__dict__'), view.mapping)
print(d)
