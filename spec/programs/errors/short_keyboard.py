def f():
    raise KeyError("k")
try:
    f()
finally:
    print("finally ran")
