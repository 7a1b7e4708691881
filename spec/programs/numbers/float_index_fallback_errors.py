# float(x) of an object with __index__ but no __float__ converts through __index__, and that
# method's errors are reported as they are (not as "must be a string or a real number").
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class NonInt:
    def __index__(self):
        return 'x'

class Huge:
    def __index__(self):
        return 2 ** 2000

class Raises:
    def __index__(self):
        raise TypeError('own message')

class Boolean:
    def __index__(self):
        return True

class Fine:
    def __index__(self):
        return 7

class Neither:
    pass

for cls in [NonInt, Huge, Raises, Boolean, Fine, Neither]:
    print(cls.__name__)
    show(lambda: float(cls()))
    show(lambda: complex(cls()))
    show(lambda: 1.5 + cls())
    show(lambda: __import__('math').sqrt(cls()))
    show(lambda: '%f' % cls())
    show(lambda: int(cls()))
