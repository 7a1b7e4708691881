# Attribute lookup through the class hierarchy, overriding and extending.
class Animal:
    sound = '...'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f'{self.name} says {self.sound}'

    def kind(self):
        return type(self).__name__


class Dog(Animal):
    sound = 'woof'


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + '!'


for a in (Animal('generic'), Dog('rex'), Puppy('bit')):
    print(a.speak(), a.kind())
print(issubclass(Puppy, Animal), isinstance(Puppy('p'), Dog), isinstance(Dog('d'), Puppy))
print(Puppy.__bases__, Puppy.__base__, Animal.__bases__)
print(Dog.__dict__.get('speak'), 'sound' in Dog.__dict__)
