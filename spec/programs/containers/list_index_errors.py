# Negative indexes, out-of-range reads and writes, and messages for each container.
lst = [10, 20, 30]
print(lst[-1], lst[-3], lst[0:100], lst[-100:1])
for action in (lambda: lst[3], lambda: lst[-4], lambda: lst.__setitem__(3, 0), lambda: lst.pop(3),
               lambda: (1, 2)[5], lambda: 'ab'[2], lambda: range(3)[3], lambda: b'ab'[2],
               lambda: bytearray(b'a')[1], lambda: lst['0'], lambda: lst[1.0], lambda: {}[[]]):
    try:
        action()
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
lst[-1] = 'last'
print(lst)
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
