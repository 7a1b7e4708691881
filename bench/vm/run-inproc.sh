#!/bin/bash
# Interpreter work (see inproc.mjs), best of N runs, per backend; CPython's whole-process CPU
# time (start-up included, about 15-80 ms here) for comparison. usage: bench/vm/run-inproc.sh [N] [PROGRAMS...]
N=${1:-7}
shift 2>/dev/null
cd "$(dirname "$0")"
PROGS=${@:-fib loop_func loop_module float_arith attrs dict_str closures generators}
best() {
  local b=999999
  for k in $(seq $N); do
    local t
    t=$(node --stack-size=50000 inproc.mjs "$1" "$2" 2>&1 >/dev/null | tail -1)
    [ "$t" -lt "$b" ] && b=$t
  done
  echo $b
}
TIMEFORMAT='%U %S'
cpy() {
  local b=999999
  for k in $(seq $N); do
    local t
    t=$( { time python3 "$1" > /dev/null; } 2>&1 | awk '{ printf "%d", ($1 + $2) * 1000 }')
    [ "$t" -lt "$b" ] && b=$t
  done
  echo $b
}
printf "%-14s %8s %8s %10s %8s %8s\n" program tree_ms vm_ms cpython_ms tree/vm vm/cpy
for p in $PROGS; do
  t=$(best tree $p.py)
  v=$(best vm $p.py)
  c=$(cpy $p.py)
  printf "%-14s %8s %8s %10s %8s %8s\n" $p $t $v $c $(echo "scale=2; $t / $v" | bc) $(echo "scale=2; $v / $c" | bc)
done
