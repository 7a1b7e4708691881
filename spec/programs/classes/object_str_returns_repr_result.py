# object.__str__ (object_str) returns what the tp_repr slot returns, a Python __repr__'s
# non-string too; str() and print() check the result.
for base in (object, tuple, list, int, dict):
    class A(base):
        def __repr__(self):
            return 5
    a = A()
    print(base.__name__, object.__str__(a), base.__str__(a), a.__str__())
    try:
        str(a)
    except TypeError as e:
        print('str:', e)
    try:
        repr(a)
    except TypeError as e:
        print('repr:', e)

class G:
    def __repr__(self):
        return 'G!'
print(object.__str__(G()), str(G()), format(G()), f'{G()}')
