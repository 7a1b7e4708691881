class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for i in items:
            self.append(i)
    def append(self, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"expected {self.kind.__name__}")
        super().append(v)
    def __repr__(self):
        return f"TypedList[{self.kind.__name__}]({list.__repr__(self)})"
t = TypedList(int, [1, 2])
t.append(3)
print(t, len(t), t[1:], type(t[1:]).__name__)
try:
    t.append("x")
except TypeError as e:
    print(e)
t.extend(["not checked"])
print(t)
print(t + [1], type(t + [1]).__name__)
t2 = t * 2
print(type(t2).__name__, isinstance(t, list), t == [1, 2, 3, "not checked"])
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s, Stack([5]) == [5])
print(sorted(Stack([3, 1, 2])), type(sorted(Stack())).__name__)
class Rev(list):
    def __iter__(self):
        return reversed(self[:])
r = Rev([1, 2, 3])
print(list(r), [x for x in r], list.__iter__(r).__next__())
print(str(r), len(r))
