class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    for x in [D(1), D(2)]:
        pass
    print("after loop")
f()
print("--")
for x in [D(3), D(4)]:
    pass
print("after module loop")
x = None
print("--")
def tuples():
    for x in (D(5), D(6), D(7)):
        pass
    print("after tuple loop")
    for a, b in [(D(8), 1), (D(9), 2)]:
        pass
    print("after pair loop")
tuples()
def nested():
    for row in [[D(10), D(11)], [D(12)]]:
        for cell in row:
            pass
        print("row done")
    print("rows done")
nested()
print("end")
