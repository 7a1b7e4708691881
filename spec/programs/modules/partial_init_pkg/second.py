import partial_init_pkg.first as first
B = "b"
try:
    print(first.A)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(first, "get_b"))
