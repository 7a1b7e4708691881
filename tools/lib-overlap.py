#!/usr/bin/env python3
"""How much of Dyad's pure-Python standard library (lib/) repeats CPython's own Lib/ source.

For each lib/ file that has a file at the same path in CPython's standard library (the python3
that runs this script), prints (lines in runs of >= 4 consecutive identical lines shared with
CPython's file, lines in the Dyad file, their ratio, path), lines normalised (whitespace
collapsed, comments and blank lines dropped). Dyad's lib/ is to be written here, not copied:
a rewrite from documented and observed behaviour lands around 0.00-0.05 (signatures, error
messages and data that are behaviour match by necessity).

    python3 tools/lib-overlap.py [PATH...]     (default: all of lib/)
"""
import difflib
import os
import sys
import sysconfig

STDLIB = sysconfig.get_paths()["stdlib"]
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib")


def normalised(path):
    out = []
    with open(path, errors="replace") as f:
        for line in f:
            s = " ".join(line.split())
            if s and not s.startswith("#"):
                out.append(s)
    return out


def files(top):
    if os.path.isfile(top):
        yield top
        return
    for root, _dirs, names in os.walk(top):
        for name in names:
            yield os.path.join(root, name)


def main(args):
    rows = []
    for top in args or [ROOT]:
        for path in files(top):
            if not path.endswith(".py"):
                continue
            rel = os.path.relpath(os.path.abspath(path), os.path.abspath(ROOT))
            theirs = os.path.join(STDLIB, rel)
            if not os.path.exists(theirs):
                continue
            a, b = normalised(path), normalised(theirs)
            blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
            shared = sum(m.size for m in blocks if m.size >= 4)
            rows.append((round(shared / max(1, len(a)), 2), shared, len(a), rel))
    rows.sort(reverse=True)
    for ratio, shared, total, rel in rows:
        print(f"{ratio:5.2f} {shared:5d} / {total:5d}  {rel}")
    print(f"total {sum(r[1] for r in rows)} / {sum(r[2] for r in rows)} lines")


if __name__ == "__main__":
    main(sys.argv[1:])
