#!/usr/bin/env python3
"""Prints CPython's `ast.parse` of a file as JSON in Dyad's AST shape (src/ast/nodes.ts):
every node an object {"_type": "Name", "id": "x", "ctx": "Load", "lineno": ..., ...} with
CPython's field names; operators and contexts as strings; Constant values: str, bool, None as
themselves, float as a number, int as {"_int": "123"}, anything else (bytes, complex, ...,
non-finite floats) as null. Used to test the symbol table before Dyad's parser exists.

    ast_json.py FILE                 JSON of FILE's module on stdout
    ast_json.py --lines              reads paths on stdin, prints one JSON line per file
                                     (or {"error": ...} if CPython rejects it)
    ast_json.py --batch OUTDIR       reads paths on stdin; for the i-th path writes OUTDIR/i.json
                                     (the AST, or {"error": ...} if CPython rejects it) and
                                     OUTDIR/i.sym (cpython_ref.py symtable's output, or the
                                     symtable SyntaxError as {"error": ...}), and OUTDIR/i.code
                                     (per code object of compile(): name, first line,
                                     parameters, co_cellvars, co_freevars)
"""
import ast
import io
import json
import math
import os
import sys
import contextlib
import symtable
import warnings

ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def constant(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {"_int": str(v)}
    if isinstance(v, float) and math.isfinite(v):
        return v
    return None


def conv(node):
    if isinstance(node, list):
        return [conv(x) for x in node]
    if isinstance(node, ENUMS):
        return type(node).__name__
    if not isinstance(node, ast.AST):
        return node
    out = {"_type": type(node).__name__}
    for f in node._fields:
        v = getattr(node, f, None)
        if f == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
            out[f] = constant(v)
        else:
            out[f] = conv(v)
    for a in node._attributes:
        out[a] = getattr(node, a, None)
    return out


def to_json(tree):
    return json.dumps(conv(tree))


def error_record(e):
    return {"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                      "end_lineno": e.end_lineno, "end_offset": e.end_offset}}


def batch(outdir, ref_tool):
    import importlib.util
    spec = importlib.util.spec_from_file_location("cpython_ref", ref_tool)
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    warnings.simplefilter("ignore")
    os.makedirs(outdir, exist_ok=True)
    for i, line in enumerate(sys.stdin):
        path = line.rstrip("\n")
        base = os.path.join(outdir, str(i))
        try:
            with open(path, encoding="utf-8") as f:
                src = f.read()
            tree = ast.parse(src, path)
        except (SyntaxError, UnicodeDecodeError, ValueError) as e:
            rec = error_record(e) if isinstance(e, SyntaxError) else {"skip": str(e)}
            with open(base + ".json", "w", encoding="utf-8") as f:
                json.dump(rec, f)
            with open(base + ".sym", "w", encoding="utf-8") as f:
                json.dump(rec, f)
            continue
        with open(base + ".json", "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write(to_json(tree))
        buf = io.StringIO()
        try:
            with contextlib.redirect_stdout(buf):
                ref.dump_symtable(symtable.symtable(src, path, "exec"))
            out = buf.getvalue()
        except SyntaxError as e:
            out = json.dumps(error_record(e))
        except RecursionError as e:
            out = json.dumps({"skip": str(e)})
        with open(base + ".sym", "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write(out)
        try:
            code = code_tables(compile(src, path, "exec"))
        except (SyntaxError, RecursionError) as e:
            code = {"error": str(e)}
        with open(base + ".code", "w", encoding="utf-8") as f:
            json.dump(code, f)


def code_tables(code):
    """[co_name, co_firstlineno, parameters, co_cellvars, co_freevars, flags] of every code object
    (flags: co_flags & (VARARGS|VARKEYWORDS|NESTED|GENERATOR|COROUTINE|ASYNC_GENERATOR))."""
    out = []
    todo = [code]
    while todo:
        co = todo.pop()
        nparams = co.co_argcount + co.co_kwonlyargcount + bool(co.co_flags & 4) + bool(co.co_flags & 8)
        out.append([co.co_name, co.co_firstlineno, list(co.co_varnames[:nparams]),
                    list(co.co_cellvars), list(co.co_freevars), co.co_flags & 0x2bc])
        todo.extend(c for c in co.co_consts if hasattr(c, "co_code"))
    return out


def main(argv):
    if len(argv) >= 3 and argv[1] == "--batch":
        ref_tool = argv[3] if len(argv) > 3 else os.path.join(os.path.dirname(__file__), "../../shared/tools/cpython_ref.py")
        batch(argv[2], ref_tool)
        return 0
    if len(argv) == 2 and argv[1] == "--lines":
        for line in sys.stdin:
            path = line.rstrip("\n")
            try:
                with open(path, encoding="utf-8") as f:
                    print(to_json(ast.parse(f.read(), path)), flush=True)
            except SyntaxError as e:
                print(json.dumps(error_record(e)), flush=True)
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        src = f.read()
    sys.stdout.write(to_json(ast.parse(src, argv[1])) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
