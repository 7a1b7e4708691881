# Strings compare by value; concatenation creates equal but possibly different objects.
a = 'hello'
b = 'hel' + 'lo'
c = ''.join(['hel', 'lo'])
print(a == b == c, a is a)
print(sorted(['banana', 'Apple', 'cherry', 'apple']))
print(sorted(['banana', 'Apple', 'cherry', 'apple'], key=str.lower))
print(sorted(['a10', 'a2', 'a1']), sorted(['é', 'e', 'f', 'E']))
print('abc' != 'ABC', 'abc'.lower() == 'ABC'.lower(), 'ß'.casefold() == 'SS'.casefold())
print(max(['apple', 'pear', 'fig'], key=len), min('zebra', 'apple'))
print(hash('') == hash(''), ('x' * 3) == 'xxx')
