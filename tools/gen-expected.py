#!/usr/bin/env python3
"""Writes the expected output of the differential corpus spec/programs/ by running CPython 3.11.

For every program spec/programs/**/<name>.py (helper modules under a *_pkg folder are not
programs) it runs `python3 <name>.py` in the program's folder with a fixed environment and a
10 s timeout, then writes
  <name>.out  the exact stdout;
  <name>.err  only when the exit status is not 0: `exit <status>` and the last non-empty line
              of stderr (the `Type: message` line), one per line.
Stale .out/.err files (no program, or a program that now exits 0) are removed.

Usage: tools/gen-expected.py [--check] [PROGRAM_OR_DIR ...]
  --check  write nothing; report programs whose recorded output differs (exit 1 if any).
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / 'spec' / 'programs'
PYTHON = os.environ.get('DYAD_CPYTHON', 'python3')
TIMEOUT = 10


def is_program(path: Path) -> bool:
    rel = path.relative_to(PROGRAMS)
    return path.suffix == '.py' and not any(part.endswith('_pkg') or part == '__pycache__'
                                            for part in rel.parts[:-1])


def environment() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env.update(PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1', PYTHONIOENCODING='utf-8',
               LC_ALL='C.UTF-8', LANG='C.UTF-8')
    return env


def run(path: Path) -> tuple[str, str | None]:
    """The expected .out text and .err text (None when the program exits 0)."""
    try:
        proc = subprocess.run([PYTHON, path.name], cwd=path.parent, env=environment(),
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise SystemExit(f'{path}: timed out after {TIMEOUT} s')
    out = proc.stdout.decode('utf-8')
    if proc.returncode == 0:
        return out, None
    lines = [line for line in proc.stderr.decode('utf-8').splitlines() if line.strip()]
    last = lines[-1] if lines else ''
    return out, f'exit {proc.returncode}\n{last}\n'


def write_or_remove(path: Path, text: str | None) -> None:
    if text is None:
        path.unlink(missing_ok=True)
    else:
        path.write_text(text, encoding='utf-8', newline='')


def read(path: Path) -> str | None:
    if not path.exists():
        return None
    with open(path, encoding='utf-8', newline='') as f:
        return f.read()


def selected(args: list[str]) -> list[Path]:
    roots = [Path(a).resolve() for a in args] or [PROGRAMS]
    found: list[Path] = []
    for root in roots:
        found.extend([root] if root.is_file() else sorted(root.rglob('*.py')))
    return [p for p in found if is_program(p)]


def remove_stale() -> None:
    for expected in sorted([*PROGRAMS.rglob('*.out'), *PROGRAMS.rglob('*.err')]):
        if not expected.with_suffix('.py').exists():
            print(f'removing stale {expected.relative_to(ROOT)}')
            expected.unlink()


def main() -> int:
    args = sys.argv[1:]
    check = '--check' in args
    args = [a for a in args if a != '--check']
    programs = selected(args)
    if not check and not args:
        remove_stale()
    differing = 0
    for program in programs:
        out, err = run(program)
        out_path, err_path = program.with_suffix('.out'), program.with_suffix('.err')
        if check:
            if read(out_path) != out or read(err_path) != err:
                differing += 1
                print(f'differs: {program.relative_to(ROOT)}')
        else:
            write_or_remove(out_path, out)
            write_or_remove(err_path, err)
    failing = sum(1 for p in programs if p.with_suffix('.err').exists())
    verb = 'checked' if check else 'wrote'
    print(f'{verb} {len(programs)} programs ({failing} with .err){", %d differ" % differing if check else ""}')
    return 1 if differing else 0


if __name__ == '__main__':
    sys.exit(main())
