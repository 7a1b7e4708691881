# bytes compares only with bytes: b'q' > C0(...) with C0 a bytearray subclass defining __lt__
# returns NotImplemented from bytes, so C0.__lt__ (the reflection of >) runs.
class C0(bytearray):
    def __lt__(self, o):
        print('C0.lt')
        return True
    def __eq__(self, o):
        print('C0.eq')
        return 'C0.eq'
    __hash__ = None

print(b'q' > C0(b'a'))
print(C0(b'a') < b'q')
print(bytearray(b'q') > C0(b'a'))
print(b'q' == C0(b'a'))
print(b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'a' != bytearray(b'b'), b'a' < bytearray(b'b'))
print(b'a' == memoryview(b'a'), bytearray(b'a') == memoryview(b'a'))

class C1(bytes):
    def __lt__(self, o):
        print('C1.lt')
        return True

print(bytearray(b'q') > C1(b'a'))
print(b'q' > C1(b'a'))
try:
    print(b'a' < 'a')
except TypeError as e:
    print(e)
try:
    print(bytearray(b'a') < 1)
except TypeError as e:
    print(e)
print(sorted([bytearray(b'b'), b'a', b'c']))

# a number subclass that also defines __getitem__ still adds
class Cx(complex):
    def __getitem__(self, k):
        return k

print(sum([Cx(1, 2), Cx(0, 1)]), 0 + Cx(1), Cx(1) + 1)
