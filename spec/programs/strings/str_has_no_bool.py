# str has no __bool__ (its truth is its length): dir(str), hasattr, and a subclass whose
# __len__ decides its truth.
print(dir(str)[:3], bool(''), bool('a'))
class S(str):
    def __len__(self): return 0
print(bool(S('x')), 'x' if S('y') else 'n', hasattr('', '__bool__'))
