# A class statement runs its body once, top to bottom, at definition time.
print('before class')


class Recorder:
    print('class body starts')
    items = []
    for i in range(3):
        items.append(i * i)
    if len(items) > 2:
        big = True
    else:
        big = False

    def method(self):
        print('method runs only when called')
    print('class body ends, i =', i)


print('after class', Recorder.items, Recorder.big, Recorder.i)
Recorder().method()


def make(n):
    class Dynamic:
        size = n
    return Dynamic


print(make(1).size, make(2).size, make(1) is make(1))
