# Subclassing list: extra methods, overridden append, and which operations return list.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__)
print(type(s + [5]).__name__, type(s[1:]).__name__, type(s * 2).__name__)
print(isinstance(s, list), s == [1, 2, 3, 4])


class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x)


l = Logged()
l.append(1)
l.extend([2, 3])
l += [4]
print(l, repr(l))
s.attr = 'lists subclasses have __dict__'
print(s.attr)
