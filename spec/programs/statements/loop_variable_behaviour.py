# Loop targets can be any assignment target; changing the iterable while iterating.
d = {}
for d['key'] in 'abc':
    pass
print(d)


class O:
    pass


o = O()
for o.attr in range(3):
    pass
print(o.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate('xyz'):
    pass
print(lst)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items)
nums = [1, 2, 3, 4]
for n in nums:
    nums.remove(n)
print(nums)
for i in range(3):
    i = 10
print(i)
