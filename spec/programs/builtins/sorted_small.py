# sorted() and list.sort() on short lists of ints and strs (insertion-sorted in place), with
# reverse, duplicates, negatives, big ints, bools mixed in, and strs with non-ASCII text.
cases = [[], [1], [2, 1], [3, 1, 2], [5, -3, 8, 1, -3, 0], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1, -2],
         [2**40, -2**40, 3, 2**31, -2**31], [1, True, 0, False, -1], [2**70, 5, -2**70],
         list(range(12, 0, -1)), [4, 4, 4, 1, 1]]
for c in cases:
    a = c[:]
    a.sort()
    b = c[:]
    b.sort(reverse=True)
    print(sorted(c), sorted(c, reverse=True), a, b)
words = [["b", "a"], ["pear", "apple", "fig", "apple"], ["é", "e", "z", "É", "Z"], ["", "a", ""],
         ["\u4e2d", "\u00ff", "a", "\uffff"], ["x\U0001F600", "x\uffff", "x"]]
for w in words:
    print(sorted(w), sorted(w, reverse=True))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError", e)
