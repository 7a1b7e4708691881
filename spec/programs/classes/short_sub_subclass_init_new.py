class UpperStr(str):
    def __init__(self, value):
        print("init called with", value)
        super().__init__()
s = UpperStr("abc")
print(s)
class Celsius(float):
    def __new__(cls, v):
        inst = super().__new__(cls, v)
        inst.unit = "C"
        return inst
c = Celsius(21.5)
print(c, c.unit, c * 2)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2)
print(e.args, e.b, str(e), repr(e))
class NoSuper(Exception):
    def __init__(self, msg):
        self.msg = msg
ns = NoSuper("hello")
print(ns.args, str(ns), repr(ns))
class BL(bytearray):
    pass
b = BL(b"ab")
b += b"c"
print(b, type(b).__name__)
