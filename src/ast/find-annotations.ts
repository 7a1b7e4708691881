// CPython's find_ann, shared by both backends: does a module or class body hold an annotated
// assignment at any statement nesting (loops, if, with, try, match cases), not counting nested
// functions or classes? Such a body gets an empty __annotations__ before its first statement
// (the VM's SETUP_ANNOTATIONS; the tree-walker's setupAnnotations).

import type { stmt } from './nodes.js';

export function findAnnotations(body: stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnnotations(s.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        for (const h of s.handlers) if (findAnnotations(h.body)) return true;
        if (findAnnotations(s.body) || findAnnotations(s.finalbody) || findAnnotations(s.orelse)) return true;
        break;
      case 'Match':
        for (const c of s.cases) if (findAnnotations(c.body)) return true;
        break;
    }
  }
  return false;
}
