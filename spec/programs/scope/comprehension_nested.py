# Nested comprehensions: inner ones see the outer comprehension's variables.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [v for row in matrix for v in row if v % 2]
print(flat)


def f(n):
    return {i: [j for j in range(i) if j % n == 0] for i in range(5)}


print(f(2))
print(sum(x * y for x in range(3) for y in range(x)))
pairs = {(a, b) for a in range(3) for b in range(a, 3)}
print(sorted(pairs))
