# Augmented assignment both reads and binds: the name is local.
counter = 0


def bump():
    counter += 1
    return counter


try:
    bump()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def bump_global():
    global counter
    counter += 1
    return counter


print(bump_global(), bump_global(), counter)

items = [1]


def extend_items():
    items += [2]


try:
    extend_items()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def append_items():
    items.append(2)


append_items()
print(items)
