# bytearray is a mutable bytes sequence.
ba = bytearray(b'hello')
ba[0] = ord('j')
ba.append(33)
ba.extend(b'??')
print(ba, len(ba), ba[0])
del ba[-2:]
ba[1:3] = b'EE'
print(ba, bytes(ba), ba.decode())
ba.insert(0, 62)
print(ba.pop(), ba, ba.pop(0), ba)
ba += b' world'
print(ba, ba.upper(), type(ba.upper()).__name__)
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x') == b'x')
ba.reverse()
print(ba)
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(bytearray(b"it's")), bytearray(b'abc').replace(b'b', b'B'))
