f = lambda x: x.upper() + 1
print(list(map(lambda s: s * 2, "ab")))
f("a")
