# Iterating over strings and building new ones.
word = 'Mississippi'
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print([c for c in word if c in 'aeiou'], ''.join(sorted(set(word))))
print(list(enumerate('abc')), list(zip('abc', 'xyz')))
print(''.join(reversed(word)), word[::-1] == ''.join(reversed(word)))
acc = ''
for i, c in enumerate(word):
    acc += c.upper() if i % 2 else c.lower()
print(acc)
print(' '.join(w.capitalize() for w in 'the quick brown fox'.split()))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print(max(word.split('s')), min(word.split('s'), key=len))
