class Temperature:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(d):
        return d > -273.15
    def __repr__(self):
        return f"{type(self).__name__}({self.deg}{self.scale})"

class Kelvinish(Temperature):
    scale = "K"

print(Temperature.from_fahrenheit(212))
print(Kelvinish.from_fahrenheit(32))
print(Temperature.valid(-300), Kelvinish(5).valid(5))
t = Temperature(10)
print(t.from_fahrenheit(50))
print(type(Temperature.__dict__['valid']).__name__, type(Temperature.__dict__['from_fahrenheit']).__name__)
print(Temperature.from_fahrenheit.__self__ is Temperature)
m = t.__repr__
print(m(), m.__self__ is t, m.__func__ is Temperature.__repr__)
