# Comprehensions at module level read globals but do not leak their variables.
i = 'global i'
data = [1, 2, 3]
doubled = [i * 2 for i in data]
print(doubled, i)
scale = 10
print([v * scale for v in data])
print({k: v for k, v in zip('abc', data)})
print(sorted({v % 2 for v in data}))
gen = (v * scale for v in data)
scale = 100
print(list(gen))
print(sum(v for v in data if v > 1), i)
print('v' in globals(), 'k' in globals())
