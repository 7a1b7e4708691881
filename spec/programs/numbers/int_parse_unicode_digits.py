# int() reads Unicode decimal digits as ASCII ones before anything else, so a prefix's 0 may be
# any decimal zero (mathematical, Arabic-Indic, fullwidth).
for text, base in [('𝟘x10', 0), ('０x1f', 0), ('٠b101', 0), ('٠o17', 0), ('𝟘', 0), ('𝟘𝟘', 0), ('𝟘𝟙', 0),
                   ('０x１０', 16), ('𝟙𝟚', 10), ('-𝟙_𝟚', 0), ('\u00a0𝟟\u3000', 0), ('𝟘x', 0), ('١٢٣', 8), ('٩', 8)]:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, 'ValueError', e)
