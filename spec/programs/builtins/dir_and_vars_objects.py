# dir() of objects lists attributes sorted, including inherited ones.
class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst = 3


names = [n for n in dir(Child()) if not n.startswith('__')]
print(names)
print([n for n in dir(Child) if not n.startswith('__')])
print('append' in dir([]), 'upper' in dir(''), dir(Child()) == sorted(dir(Child())))


class Custom:
    def __dir__(self):
        return ['z', 'a', 'm']


print(dir(Custom()))
print(sorted(vars(Child())), 'child_attr' in vars(Child), 'base_attr' in vars(Child))
