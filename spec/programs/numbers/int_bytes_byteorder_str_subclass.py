class S(str): pass
print((258).to_bytes(2, S("little")), int.from_bytes(b"\x01\x02", S("big")), int.from_bytes(b"\x01", byteorder=S("little")))
try:
    (1).to_bytes(1, 5)
except TypeError as e:
    print(e)
try:
    int.from_bytes(b"", S("mid"))
except ValueError as e:
    print(e)
