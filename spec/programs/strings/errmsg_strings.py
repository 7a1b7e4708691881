# Messages of str/bytes method argument errors and of bytes %-formatting.
class S(str): pass
class B(bytes): pass
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# find-like methods are METH_VARARGS: "str.find()" through the descriptor (s.find(x=1)),
# "find()" through a bound method object.
for o in ['abc', b'abc', bytearray(b'abc'), S('a'), B(b'a')]:
    for name in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
        m = getattr(o, name)
        t(lambda: m(x=1))
        t(lambda: getattr(type(o), name)(o, x=1))
        t(lambda: m(**{'x': 1}))
        t(lambda: m())
        t(lambda: m(1, 2, 3, 4))
t(lambda: 'abc'.find(x=1))
t(lambda: b'abc'.count(x=1))
t(lambda: bytearray(b'abc').startswith(x=1))
t(lambda: S('abc').rindex(sub='a'))
t(lambda: 'a'.endswith(x=1))
t(lambda: str.find('a', x=1))

# Clinic-style keyword binding: a missing required argument is reported before a stray keyword.
t(lambda: int.from_bytes(x=1))
t(lambda: (7).from_bytes(byteorder='big', x=1))
t(lambda: int.from_bytes(b'\x01', 'big', x=1))
t(lambda: int.from_bytes(b'\x01', bytes=b'\x02'))
t(lambda: 'a b'.split(' ', sep=' '))
t(lambda: 'a b'.split(' ', x=1))
t(lambda: (5).to_bytes(1, 'big', byteorder='little'))

# bytes %-formatting: %i is reported as %d; float conversions say "float argument required".
for fmt in [b'%d', b'%i', b'%u', b'%x', b'%o', b'%e', b'%f', b'%g', b'%E', b'%F', b'%G', b'%.2f', b'%10.3e', b'%c', b'%s']:
    for v in [None, 'a', {'k': 1}, b'x', [1], 10**400, 2.5, 7]:
        t(lambda: fmt % v)
for fmt in ['%d', '%i', '%u', '%x', '%e', '%f', '%g']:
    for v in [None, 'a', 10**400]:
        t(lambda: fmt % v)
