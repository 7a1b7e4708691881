# __new__ creates, __init__ initialises; __init__ is skipped if __new__ returns another type.
class Tracked:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, value):
        print('__init__', value)
        self.value = value


t = Tracked(1)
print(t.value)


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance


print(Singleton() is Singleton())


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print('never printed')


print(Other())
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Tracked()
except TypeError as e:
    print(type(e).__name__, e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
