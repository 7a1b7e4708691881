# int() and float() accept any Unicode decimal digit (category Nd); a digit's value is its
# offset in its run of ten, also where runs of ten follow each other (the mathematical
# alphanumeric digits U+1D7CE..U+1D7FF are five runs back to back).

samples = ['𝟎𝟏𝟐', '𝟙𝟚', '𝟤𝟥', '𝟭𝟴', '𝟿𝟾𝟽', '١٢٣', '۴۵', '߁߂', '१२', '১৯', '௭', '๓๔', '１２', '𑁧𑁨', '᠑᠒']
for s in samples:
    print([hex(ord(c)) for c in s], int(s), float(s + '.5'), int(s, 16), complex(s + 'j'))
print(int('𝟙_𝟚'), float('𝟙e𝟚'), float('-𝟝.𝟧𝟨'))
for bad in ['𝟙 𝟚', '²', '½', '𝟙.𝟚.𝟛']:
    try:
        print(int(bad))
    except ValueError as e:
        print('ValueError', e)
    try:
        print(float(bad))
    except ValueError as e:
        print('ValueError', e)
print(int('𝟙𝟚', 3), int('𝟷𝟶', 2))
