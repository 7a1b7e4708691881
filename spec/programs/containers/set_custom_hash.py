# Sets and dicts use __hash__ and __eq__ of user objects.
class Key:
    def __init__(self, name, tag):
        self.name, self.tag = name, tag

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        print(f'  eq {self.name}/{self.tag} vs {other.name}/{other.tag}')
        return self.name == other.name

    def __repr__(self):
        return f'Key({self.name}/{self.tag})'


s = {Key(1, 'first')}
print('adding duplicate')
s.add(Key(1, 'second'))
print(s)
d = {Key(2, 'a'): 'value a'}
print('lookup')
print(d[Key(2, 'b')])
d[Key(2, 'c')] = 'value c'
print(d)
nested = frozenset([frozenset([1, 2]), frozenset([2, 1]), frozenset()])
print(len(nested), frozenset([1, 2]) in nested)
