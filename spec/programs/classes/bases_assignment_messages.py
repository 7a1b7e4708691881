# __bases__ assignment between builtin and Python bases: which pairs CPython allows, and its
# 'deallocator differs' (tp_free) versus 'object layout differs' messages.
class B: pass
class L(list): pass
class I(int): pass
class S: __slots__ = ('a',)
cands = [('object', object), ('B', B), ('int', int), ('list', list), ('L', L), ('I', I), ('str', str), ('S', S), ('dict', dict), ('Exception', Exception), ('tuple', tuple), ('float', float)]
for oname, old in cands:
    for nname, new in cands:
        try:
            A = type('A', (old,), {})
        except TypeError: continue
        try:
            A.__bases__ = (new,)
            r = 'ok'
        except TypeError as e:
            r = str(e)
        print(oname, '->', nname, ':', r)
