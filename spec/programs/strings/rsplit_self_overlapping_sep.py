for s in ['abbbc', 'bbbb', 'bbbbb', 'ababa', 'abababab', 'aaa', '', 'xbbx']:
    for sep in ['bb', 'aba', 'aa', 'b', 'ab']:
        print(repr(s), repr(sep), s.rsplit(sep), s.split(sep), s.rsplit(sep, 2), s.encode().rsplit(sep.encode()))
print('abbbc'.rsplit('bb'), 'abbbc'.split('bb'), b'abbbc'.rsplit(b'bb'), 'aaaa'.rsplit('aa', 1), 'abbbc'.rpartition('bb'), 'abbbc'.rfind('bb'), 'abbbc'.rindex('bb'), 'abbbc'.rsplit('bb', 1), bytearray(b'abbbc').rsplit(b'bb'))
from collections import UserString
print(UserString('abbbc').rsplit('bb'))
