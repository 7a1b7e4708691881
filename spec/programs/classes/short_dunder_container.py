class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __len__(self):
        return len(self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __eq__(self, other):
        return self.rows == other.rows
    def __matmul__(self, o):
        n, m, p = len(self.rows), len(o.rows), len(o.rows[0])
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __str__(self):
        return "\n".join(" ".join(f"{x:3}" for x in r) for r in self.rows)
    __hash__ = None

m = Matrix([[1, 2], [3, 4]])
print(m[0, 1], len(m), 4 in m, 9 in m)
m[1, 1] = 10
print(m)
print(m @ Matrix([[1, 0], [0, 1]]) == m)
print(m @ m)
try:
    hash(m)
except TypeError as e:
    print(e)
try:
    m[5, 0]
except IndexError as e:
    print(e)
