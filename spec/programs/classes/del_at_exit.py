# __del__ of the objects still alive at exit runs during shutdown: globals in order (an object
# bound twice at its later name), a plain instance's attributes after it, then the items of list
# and tuple displays, last first. An exception in __del__ is reported on stderr and ignored:
# the exit status stays 0.


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


class Broken:
    def __del__(self):
        print('Broken.__del__ starts')
        raise ValueError('ignored at exit')


class Plain:
    pass


first = Tracked('first')
holder = Plain()
holder.part = Tracked('holder.part')
twice = Tracked('twice')
broken = Broken()
items = [Tracked('items[0]'), Tracked('items[1]')]
pair = (Tracked('pair[0]'), Tracked('pair[1]'))
second = Tracked('second')
again = twice
print('end of program')
