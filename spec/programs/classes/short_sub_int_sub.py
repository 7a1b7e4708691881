class Money(int):
    def __new__(cls, cents):
        if cents < 0:
            raise ValueError("negative money")
        return super().__new__(cls, cents)
    def __repr__(self):
        return f"${self // 100}.{self % 100:02d}"
    def __add__(self, o):
        return Money(int(self) + int(o))
m = Money(1050)
print(m, repr(m), m + 25, type(m + 25).__name__, type(m - 1).__name__, type(25 + m).__name__)
try:
    Money(-1)
except ValueError as e:
    print(e)
print(m == 1050, m > 1000, int(m), float(m), hash(m) == hash(1050))
class Flag(int):
    pass
f = Flag(3)
print(f, f + 1, type(f + 1).__name__, f.bit_length(), f.real, type(f.real).__name__)
print(bool(Flag(0)), str(f), f"{f:04d}", Flag("11", 2), Flag())
class Bool2(int):
    def __bool__(self):
        return False
print(bool(Bool2(5)), "yes" if Bool2(5) else "no")
class MyFloat(float):
    def __str__(self):
        return f"~{float(self):.1f}"
print(MyFloat(2.345), repr(MyFloat(2.5)), MyFloat("1e3") + 1)
