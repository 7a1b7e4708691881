# list.sort notices a list changed by the key function or by a comparison, even when the
# change is undone before the sort ends; the list then holds the sorted items.
import functools


def run(label, lst, **kw):
    try:
        lst.sort(**kw)
        print(label, "sorted", lst)
    except ValueError as e:
        print(label, "ValueError:", e, lst)


data = [5, 3, 9, 1]


def key_append_pop(x):
    data.append(x)
    data.pop()
    return x


run("append+pop", data, key=key_append_pop)

data2 = [5, 3, 9, 1]


def key_insert_remove(x):
    data2.insert(0, x)
    del data2[0]
    return -x


run("insert+del", data2, key=key_insert_remove)

data3 = [5, 3, 9, 1]


def key_extend_clear(x):
    data3.extend([1, 2])
    data3.clear()
    return x


run("extend+clear", data3, key=key_extend_clear)

data4 = [5, 3, 9, 1]


def key_slice(x):
    data4[:] = [x]
    return x


run("slice assign", data4, key=key_slice)

data5 = [5, 3, 9, 1]


def key_reads(x):
    # Reading, clearing an empty list or popping nothing: no modification.
    assert len(data5) == 0
    data5.clear()
    try:
        data5.pop()
    except IndexError:
        pass
    return x


run("reads only", data5, key=key_reads)

data6 = [5, 3, 9, 1]


def cmp_mutating(a, b):
    data6.append(0)
    data6.pop()
    return (a > b) - (a < b)


run("cmp_to_key", data6, key=functools.cmp_to_key(cmp_mutating))


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        box.append(self)
        box.remove(self)
        return self.v < other.v

    def __repr__(self):
        return "Item(%d)" % self.v


box = [Item(3), Item(1), Item(2)]
run("__lt__", box)
print(sorted([3, 1, 2], key=lambda x: -x))
