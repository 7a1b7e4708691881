# An instance dict holding a key with its own __eq__ (hashing like the attribute name): each
# attribute read still finds what CPython finds, and a class attribute the comparison deletes
# is still the one that read finds (the lookup found it on the class first).

calls = []


class Key:
    def __init__(self, name, answer=False, action=None):
        self.name = name
        self.answer = answer
        self.action = action

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        calls.append(other)
        if self.action is not None:
            self.action()
        return self.answer


class Descr:
    def __get__(self, obj, owner=None):
        return 'from descr'


def remove_attr():
    try:
        del C.attr
    except AttributeError:
        calls.append('gone')


class C:
    attr = Descr()

    def meth(self):
        return 'meth'

    plain = 'class value'


def run():
    c = C()
    c.__dict__[Key('attr', action=remove_attr)] = 0
    print(c.attr, calls)
    print(hasattr(C, 'attr'))
    calls.clear()

    d = C()
    d.__dict__[Key('meth')] = 1
    d.__dict__[Key('plain')] = 2
    for i in range(4):
        print(i, d.meth(), d.plain, len(calls) > 0)
    m = d.meth
    print(m())

    e = C()
    e.__dict__[Key('plain', answer=True)] = 'instance value'
    calls.clear()
    for i in range(3):
        print(e.plain)


run()
