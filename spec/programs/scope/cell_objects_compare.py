# Cell objects compare by their contents (an empty cell sorts before any full one) and are
# unhashable; closures share the cells they see.
import types

def pair():
    x = 1
    def get():
        return x
    def put(v):
        nonlocal x
        x = v
    return get, put

get, put = pair()
c = get.__closure__[0]
print(c == put.__closure__[0], c is put.__closure__[0])
put(7)
print(c.cell_contents, get())
a, b, e = types.CellType(1), types.CellType(2), types.CellType()
print(a < b, a == types.CellType(1), a != b, e < a, e == types.CellType(), e <= e, a > e, e >= a)
print(a == 1, a != 1)
try:
    a < 1
except TypeError as ex:
    print('TypeError', ex)
try:
    hash(a)
except TypeError as ex:
    print('TypeError', ex)
print(types.CellType.__hash__)
print(sorted([b, e, a], key=lambda c: (c.cell_contents if c != types.CellType() else 0)) == [e, a, b])
print(max([a, b]).cell_contents, min([types.CellType('z'), types.CellType('y')]).cell_contents)
try:
    types.CellType([1]) < types.CellType('s')
except TypeError as ex:
    print('TypeError', ex)
