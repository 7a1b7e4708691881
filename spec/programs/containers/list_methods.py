# List methods and their return values.
lst = [3, 1, 4]
print(lst.append(1), lst)
lst.extend((5, 9))
lst.insert(0, 2)
lst.insert(100, 6)
lst.insert(-1, 'neg')
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.index(4, 1), lst.count(1))
try:
    lst.remove('absent')
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst.pop(50)
except IndexError as e:
    print(type(e).__name__, e)
copy = lst.copy()
lst.reverse()
print(lst, copy, copy is lst)
lst.clear()
print(lst, len(copy), [1, 2] + [3], [0] * 3, [[]] * 2)
