class A:
    "doc a"
A.__doc__ = "changed"
print(A.__doc__, A().__doc__)
try:
    int.__doc__ = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    del A.__doc__
except TypeError as e:
    print("TypeError:", e)
