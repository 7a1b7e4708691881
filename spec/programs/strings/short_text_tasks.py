text = """The quick brown fox jumps over the lazy dog.
The dog sleeps. The fox runs!"""
words = [w.strip(".!,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
print(len(text.splitlines()), len(words), max(words, key=len))
def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]
print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "hello", ""]])
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World", 3)
print(enc, caesar(enc, -3))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccdddd"))
print(" ".join(w[::-1] for w in "hello big world".split()))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, text.count("The"), text.lower().count("the"))
print(sorted(set("mississippi")), "".join(sorted("dcba")))
print("{:^20}".format("centered"), "|" + "x".rjust(3, "0") + "|")
