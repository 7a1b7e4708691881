# bytes(x) with x.__bytes__ returning a bytes subclass: bytes() hands it back as it is; a
# bytes subclass's constructor makes its own instance.
class Tagged(bytes):
    pass


class Other(bytes):
    pass


class Holder:
    def __init__(self, value):
        self.value = value

    def __bytes__(self):
        return self.value


for make in (bytes, Tagged, Other):
    r = make(Holder(Tagged(b"abc")))
    print(make.__name__, type(r).__name__, r)
t = Tagged(b"xy")
print(bytes(Holder(t)) is t, bytes(t) is t, type(bytes(t)).__name__)
try:
    bytes(Holder("text"))
except TypeError as e:
    print("TypeError:", e)
