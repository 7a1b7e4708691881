# coding: Latin_1
# A UTF-8 BOM followed by a cookie for another codec is refused ("iso-8859-1 with BOM").
print("never printed")
