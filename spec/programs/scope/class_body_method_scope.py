# Functions defined in a class body do not see the class namespace.
attr = 'global attr'


class C:
    attr = 'class attr'
    other = 'class only'

    def method(self):
        return attr

    def method2(self):
        return other

    def method3(self):
        return self.attr, C.attr, type(self).other


c = C()
print(c.method())
try:
    c.method2()
except NameError as e:
    print(type(e).__name__, e)
print(c.method3())
print(C.method.__code__.co_names)
