funcs = {"inv": lambda x: 1 / x}
print(funcs["inv"](4))
print(funcs["inv"](0))
