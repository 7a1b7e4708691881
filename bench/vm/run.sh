#!/bin/bash
# Whole-program timings: dyad --backend tree, dyad --backend vm, python3. CPU time (user+sys,
# ms, best of N runs), since the machine is shared and wall time is noisy. Output is checked
# against python3's.
# usage: bench/vm/run.sh [DYAD_BIN] [N] [PROGRAMS...]
DYAD=${1:-$(dirname $0)/../../bin/dyad.js}
N=${2:-5}
shift 2 2>/dev/null
cd "$(dirname "$0")"
PROGS=${@:-fib loop_func loop_module float_arith attrs dict_str closures generators}
TIMEFORMAT='%U %S'
cpu() {
  local b=999999
  for k in $(seq $N); do
    local t
    t=$( { time "$@" > /tmp/bench-vm-out.txt 2>&1; } 2>&1 )
    local ms
    ms=$(echo "$t" | awk '{ printf "%d", ($1 + $2) * 1000 }')
    [ "$ms" -lt "$b" ] && b=$ms
  done
  echo $b
}
st=$(cpu node $DYAD --backend tree empty.py)
sv=$(cpu node $DYAD --backend vm empty.py)
sc=$(cpu python3 empty.py)
printf "start-up (empty program): tree %s ms, vm %s ms, cpython %s ms\n" $st $sv $sc
printf "%-14s %9s %9s %10s %8s %8s %12s %10s\n" program tree_ms vm_ms cpython_ms tree/vm vm/cpy "net tree/vm" "net vm/cpy"
for p in $PROGS; do
  python3 $p.py > /tmp/bench-vm-expected.txt
  c=$(cpu python3 $p.py)
  t=$(cpu node $DYAD --backend tree $p.py)
  cmp -s /tmp/bench-vm-out.txt /tmp/bench-vm-expected.txt || t="$t!"
  v=$(cpu node $DYAD --backend vm $p.py)
  cmp -s /tmp/bench-vm-out.txt /tmp/bench-vm-expected.txt || v="$v!"
  printf "%-14s %9s %9s %10s %8s %8s %12s %10s\n" $p $t $v $c $(echo "scale=2; ${t%!} / ${v%!}" | bc) $(echo "scale=2; ${v%!} / $c" | bc) \
    $(echo "scale=2; (${t%!} - $st) / (${v%!} - $sv)" | bc) $(echo "scale=2; (${v%!} - $sv) / ($c - $sc)" | bc)
done
