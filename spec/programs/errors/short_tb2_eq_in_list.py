class P:
    def __eq__(self, other):
        return self.key == other.key
items = [P(), P()]
print(P() in items)
