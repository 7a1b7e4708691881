# Source given as bytes is decoded as its coding cookie says (PEP 263): line 1, or line 2 after
# a comment or blank line 1; a UTF-8 BOM is dropped; otherwise UTF-8.
def run(src):
    ns = {}
    try:
        exec(compile(src, "<bytes>", "exec"), ns)
        print(repr(ns.get("s")))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

run(b"# -*- coding: latin-1 -*-\ns = '\xe9\xb5'\n")
run(b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\ns = '\xc7a'\n")
run(b"# coding=latin\ns = '\xb5'\n")
run(b"# coding: cp1252\ns = '\x80 \x93quoted\x94'\n")
run(b"# coding: ascii\ns = 'plain'\n")
run(b"\xef\xbb\xbfs = '\xc3\xa9 with BOM'\n")
run(b"# coding: utf-8\ns = '\xc3\xa9'\n")
run(b"s = '\xc3\xa9'  # coding: latin-1 is not a cookie after code\n")
run(b"x = 1\n# coding: latin-1\ns = '\xc3\xa9'\n")
run(b"# coding: no-such-codec\ns = 1\n")
print(eval(b"# coding: latin-1\n'\xfe'"))
