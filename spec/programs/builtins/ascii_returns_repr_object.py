# ascii() hands back the object __repr__ returned when it is already pure ASCII, so a str
# subclass survives; a non-ASCII one is escaped into a plain str.
class Tagged(str):
    pass


class Plain:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return Tagged(self.text)


for text in ("abc", "", "caf\xe9", "\u20ac1", "\U0001f600"):
    a = ascii(Plain(text))
    print(type(a).__name__, a, type(repr(Plain(text))).__name__)

print(ascii("h\xe9"), ascii([1, "\xff"]), type(ascii(Tagged("x"))).__name__)
