# set/frozenset methods refusing keywords: a direct call names type.method (the method descriptor);
# through a bound method object the METH_VARARGS ones (union, update...) name the method alone,
# the METH_O ones (isdisjoint, add...) name type(self).method.
s = {1}
f = frozenset([1])
for call in [lambda: set().union(x=1), lambda: s.update(x=1), lambda: f.union(x=1), lambda: s.difference_update(x=1),
             lambda: s.intersection(x=1), lambda: f.difference(x=1), lambda: s.isdisjoint(x=1), lambda: s.add(x=1)]:
    try:
        call()
    except TypeError as e:
        print('direct', e)
for name in ['union', 'update', 'difference', 'intersection', 'difference_update', 'intersection_update', 'isdisjoint', 'add', 'symmetric_difference']:
    for o in [s, f]:
        m = getattr(o, name, None)
        if m is None:
            continue
        try:
            m(x=1)
        except TypeError as e:
            print('bound', type(o).__name__, e)
        try:
            m()
            print('bound', type(o).__name__, name, 'no args ok')
        except TypeError as e:
            print('bound', type(o).__name__, e)
class SS(set): pass
m = SS().union
try:
    m(x=1)
except TypeError as e:
    print('subclass bound', e)
try:
    SS().union(x=1)
except TypeError as e:
    print('subclass direct', e)
