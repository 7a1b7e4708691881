// What builtins like globals(), locals(), vars(), exec(), eval() and zero-argument super()
// need to know about the calling Python frame. Each backend's frames implement it; the
// runtime keeps a pointer to the innermost one (Interpreter.frame).
export {};
//# sourceMappingURL=frame-access.js.map