# Slot wrappers (int.__add__, list.__len__, str.__contains__, ...) refuse keyword arguments:
# "wrapper __add__() takes no keyword arguments"; __call__ passes them on.


def check(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)


check(lambda: [].__len__(x=1))
check(lambda: (1).__add__(x=1))
check(lambda: int.__add__(1, x=1))
check(lambda: 'abc'.__contains__(x='a'))
check(lambda: [1].__getitem__(i=0))
check(lambda: {}.__setitem__('k', v=1))
check(lambda: (1.5).__lt__(other=2))
check(lambda: (5).__neg__(**{}))
check(lambda: (1).__add__(2))
check(lambda: [3, 4].__len__())
check(lambda: 'abc'.__contains__('b'))
check(lambda: type.__call__(dict, a=1))
check(lambda: dict.__call__ if False else print.__call__('x', end='!\n'))


class K:
    def __len__(self):
        return 7


check(lambda: K().__len__())
