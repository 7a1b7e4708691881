// The contract each executor implements (backends/treewalk, backends/vm). The runtime calls it
// to run modules and to implement exec/eval/compile; everything else (objects, calls, imports)
// is shared, so a function made by one backend is called by the other through PyFunction.
export {};
//# sourceMappingURL=backend.js.map