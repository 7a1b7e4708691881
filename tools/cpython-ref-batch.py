#!/usr/bin/env python3
"""Batch reference for the corpus checker: reads file paths on stdin, and for each prints one
JSON line with the SHA-1 of what ../shared/tools/cpython_ref.py prints in each mode (ast,
ast-pos, symtable), or the SyntaxError CPython raised. One process for the whole corpus.

    python3 tools/cpython-ref-batch.py PATH/TO/cpython_ref.py < files.txt > ref.jsonl
"""
import contextlib, hashlib, importlib.util, io, json, sys, warnings

spec = importlib.util.spec_from_file_location("cpython_ref", sys.argv[1])
ref = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ref)
warnings.simplefilter("ignore")
MODES = sys.argv[2].split(",") if len(sys.argv) > 2 else ["ast", "ast-pos", "symtable"]


def run(mode, path):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        ref.main(["cpython_ref.py", mode, path])
    return buf.getvalue()


for line in sys.stdin:
    path = line.rstrip("\n")
    rec = {"file": path}
    try:
        src = ref.read(path)
        rec["lines"] = src.count("\n")
        for mode in MODES:
            rec[mode] = hashlib.sha1(run(mode, path).encode("utf-8", "surrogatepass")).hexdigest()
    except SyntaxError as e:
        rec = {"file": path, "error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset}}
    except UnicodeDecodeError:
        rec = {"file": path, "skip": "not UTF-8"}
    except Exception as e:  # e.g. RecursionError on pathological files
        rec = {"file": path, "skip": f"{type(e).__name__}: {e}"}
    print(json.dumps(rec), flush=True)
