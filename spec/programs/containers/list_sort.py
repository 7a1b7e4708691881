# sort and sorted: key, reverse, stability and error cases.
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
words = ['bb', 'A', 'c', 'aa', 'B', 'C']
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, reverse=True), nums.sort() is None, nums)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda v: None)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([]), sorted('bca'), sorted({3: 'x', 1: 'y'}), sorted((2, 1)), sorted([1.5, 1, True]))
records = [{'n': 'x', 'age': 30}, {'n': 'y', 'age': 25}, {'n': 'z', 'age': 30}]
print([r['n'] for r in sorted(records, key=lambda r: r['age'])])
print([r['n'] for r in sorted(records, key=lambda r: (-r['age'], r['n']))])
