def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1 == 1 != 2, 1 == 1.0 == True, "a" < "b" <= "b")
x = 5
print(0 <= x < 10, not 0 < x, x is not None, None is None)
print([] == [], [] is [], (1, 2) == (1, 2), 1 in [1] in [[1]])
print(1 if 0 else 2 if 0 else 3, (lambda: 1 or 2)(), 0 or "" or None, 1 and 2 and 3, [] and 1)
a = b = c = [0]
a += [1]
print(b, c, a is c)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
x, y = y, x = 1, 2
print(x, y)
