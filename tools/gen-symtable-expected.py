#!/usr/bin/env python3
"""Writes spec/symtable/NAME.expected for every spec/symtable/NAME.py: what
../shared/tools/cpython_ref.py `symtable` prints for it, or, when CPython's symbol table
rejects it, one line
    error SyntaxError: MSG line L offset O end EL EO
(the format of formatError in tools/symtable-corpus.ts). Never edit the .expected files by hand.

    python3 tools/gen-symtable-expected.py
"""
import contextlib
import glob
import importlib.util
import io
import os
import symtable

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
spec = importlib.util.spec_from_file_location("cpython_ref", os.path.join(ROOT, "../shared/tools/cpython_ref.py"))
ref = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ref)

for path in sorted(glob.glob(os.path.join(ROOT, "spec/symtable/*.py"))):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    name = os.path.basename(path)
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            ref.dump_symtable(symtable.symtable(src, name, "exec"))
        out = buf.getvalue()
    except SyntaxError as e:
        out = f"error {type(e).__name__}: {e.msg} line {e.lineno} offset {e.offset} end {e.end_lineno} {e.end_offset}\n"
    with open(path[:-3] + ".expected", "w", encoding="utf-8") as f:
        f.write(out)
