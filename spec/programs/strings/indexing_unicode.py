# Indexing and length count code points, including non-ASCII and astral characters.
s = 'héllo wörld'
print(len(s), s[1], s[-1], s[7], s.upper())
astral = 'a😀b𝄞c'
print(len(astral), astral[1], astral[2], astral[3], astral[-1], astral[::-1])
print([ord(c) for c in astral])
print(chr(128512), chr(0x1D11E) == astral[3], '\U0001F600' == astral[1])
cjk = '日本語テキスト'
print(len(cjk), cjk[2], cjk[1:4], cjk[::2])
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'H'
except TypeError as e:
    print(type(e).__name__, e)
print('é' == 'e\u0301', len('e\u0301'), 'straße'.upper(), 'ǅ'.lower(), 'ß'.casefold())
print(max('héllo'), min('héllo'), sorted('bÄa'))
