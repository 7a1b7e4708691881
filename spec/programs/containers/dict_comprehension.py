# Dict comprehensions, later keys overwrite earlier ones, and equality ignores order.
squares = {n: n * n for n in range(5)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in {'a': 1, 'b': 1, 'c': 2}.items()})
print({c: i for i, c in enumerate('hello')})
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, list({'a': 1, 'b': 2}) == list({'b': 2, 'a': 1}))
inverted = {}
for k, v in {'x': 1, 'y': 2, 'z': 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {i: {j: i * j for j in range(3)} for i in range(2)}
print(nested)
print(dict(zip('abc', range(3))), dict(enumerate('xy')))
