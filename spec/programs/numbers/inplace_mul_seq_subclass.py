# x *= seq when x's type has sequence slots (any class statement's type, set, dict...) but no
# repeat: TypeError 'unsupported operand type(s) for *=', also when seq is a str/list/bytes
# subclass (its nb_multiply is empty unless a class defines __mul__/__rmul__); plain * repeats.
class MyInt(int): pass
class MyStr(str): pass
class MySet(set): pass
class MyList(list): pass
class Ix:
    def __index__(self): return 2
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def aug(a, b):
    a *= b
    return a
t(lambda: MyInt(2) * MyStr('ab'))
t(lambda: aug(MyInt(2), MyStr('ab')))
t(lambda: aug(2, MyStr('ab')))
t(lambda: aug(MyInt(2), 'ab'))
t(lambda: aug(2, 'ab'))
t(lambda: aug(Ix(), 'ab'))
t(lambda: Ix() * 'ab')
t(lambda: aug(Ix(), [1]))
t(lambda: aug(MyInt(2), [1]))
t(lambda: aug(MyInt(2), MyList([1])))
t(lambda: aug(True, b'x'))
t(lambda: aug(MySet({1}), MyStr('')))
t(lambda: MySet({1}) * MyStr(''))
t(lambda: aug({1}, 'ab'))
t(lambda: aug(1.5, 'ab'))
t(lambda: aug(None, 'ab'))
t(lambda: aug(None, [1]))
def aug2(a, b):
    a += b
    return a
t(lambda: aug2(None, [1]))
t(lambda: aug2(1, [1]))
t(lambda: aug2(MyInt(1), 'a'))
class RS(str):
    def __rmul__(self, o): return 'RS.__rmul__'
class MS(str):
    def __mul__(self, o): return 'MS.__mul__'
class RS2(RS): pass
for L in (MyInt(2), Ix(), MySet(), 2, MyList([0]), {1}):
    for R in (MyStr('ab'), RS('ab'), MS('ab'), RS2('x'), MyList([1]), b'z', bytearray(b'q')):
        t(lambda: aug(L, R))
        t(lambda: L * R)
