# Comprehensions: list, set and dict comprehensions (each runs as its own function scope),
# nested loops and conditions in one comprehension, and comprehensions over strings.
def grid(n):
    return [[(i * j) % 10 for j in range(n)] for i in range(n)]


def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]


def stats(n):
    g = grid(n)
    t = transpose(g)
    diag = [g[i][i] for i in range(n)]
    flat = [x for row in g for x in row if x]
    distinct = {x * 7 % 13 for x in flat}
    by_row = {i: sum(row) for i, row in enumerate(t) if i % 2}
    return sum(diag), len(flat), sorted(distinct), sum(by_row.values())


def text(n):
    words = [f"w{i % 97}" for i in range(n)]
    upper = [w.upper() for w in words if w.endswith("3")]
    lengths = {w: len(w) for w in words}
    return len(upper), sum(lengths.values()), sorted(lengths)[:3]


for k in range(20):
    r = stats(260)
print(r)
print(text(1_000_000))
