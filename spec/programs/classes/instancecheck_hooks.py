# __instancecheck__ and __subclasscheck__ on a metaclass customise isinstance/issubclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')

    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')


class Duck(metaclass=DuckMeta):
    pass


class Robot:
    def quack(self):
        return 'beep'


print(isinstance(Robot(), Duck), isinstance(1, Duck))
print(issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Robot(), (int, Duck)))
print(type(Robot()) is Duck)
try:
    isinstance(1, 'str')
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
