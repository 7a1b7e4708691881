# The harness of the generated dunder-mix samples (generated_dunder_mix_*.py): printing a value
# or an exception with addresses masked, a trace line, and a descriptor that reports __set_name__.

import re as _re
def _clean(s):
    return _re.sub(r' at 0x[0-9a-f]+', ' at ADDR', s)
def show(v):
    try:
        if isinstance(v, (set, frozenset)):
            r = type(v).__name__ + '{' + ', '.join(sorted(repr(x) for x in v)) + '}'
        else:
            r = repr(v)
    except Exception as e:
        return '<repr ' + type(e).__name__ + ': ' + _clean(str(e)) + '>'
    return type(v).__name__ + ':' + _clean(r)
def t(label, f):
    try:
        v = f()
    except Exception as e:
        print(label, '!', type(e).__name__ + ':', _clean(str(e)))
    else:
        print(label, '=', show(v))
def tr(*a):
    print('  .', *a)

class Desc:
    def __set_name__(self, owner, name):
        tr('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        return ('Desc.get', obj is None, owner.__name__)
