# Comprehensions combined with conditionals, unpacking and function calls.
pairs = [('a', 1), ('b', 2), ('c', 3)]
print({k: v for k, v in pairs if v != 2})
print([k * v for k, v in pairs])
print({v % 2 for _, v in pairs} == {0, 1})
matrix = [[1, 2, 3], [4, 5, 6]]
print([sum(row) for row in matrix], [max(col) for col in zip(*matrix)])
print([[row[i] * 2 for row in matrix] for i in range(len(matrix[0]))])
words = ['apple', 'bob', 'kayak', 'level', 'python']
print([w for w in words if w == w[::-1]])
print(sorted({len(w): w for w in words}.items()))
print([(i, c) for i, c in enumerate('abc') if i != 1])
