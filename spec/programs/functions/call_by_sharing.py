# Arguments are passed by object reference: mutation is visible, rebinding is not.
def mutate(items, mapping):
    items.append('added')
    mapping['k'] = 'v'


def rebind(items, n):
    items = ['new list']
    n += 1
    return items, n


lst, d, num = [1], {}, 5
mutate(lst, d)
print(lst, d)
print(rebind(lst, num), lst, num)


def extend_in_place(t):
    t += [99]
    return t


a = [1, 2]
b = extend_in_place(a)
print(a, b is a)
t = (1, 2)


def tuple_add(t):
    t += (3,)
    return t


print(tuple_add(t), t)
