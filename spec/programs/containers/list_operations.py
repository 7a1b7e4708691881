# List comparisons, membership, nested lists, aliasing.
a = [1, 2, [3, 4]]
b = a
c = a[:]
b.append(5)
c[2].append('shared')
print(a, c, a is b, a == c, a[2] is c[2])
grid = [[0] * 3] * 2
grid[0][0] = 'alias'
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 'own'
print(grid)
print([1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 2] == [1, 2.0])
print(3 in [1, 2, 3], [3] in [[3]], len([[], []]), [1, [2, [3]]][1][1][0])
x = [1, 2, 3]
x += 'ab'
print(x, x * 2, list(reversed(x)))
x[1:] = []
print(x, [i for i in range(3)] + list(range(2)))
print(list(), list((1, 2)), list({'k': 1}), list('hi'), list(range(3)))
