class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self._len
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("linked list index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[2], ll[-1], 3 in ll, list(ll))
ll.reverse()
print(ll)
try:
    ll[10]
except IndexError as e:
    print(e)
print(LinkedList(), sum(LinkedList(range(5))), max(LinkedList("bca")))
