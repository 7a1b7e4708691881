// Width bounds of a syntax tree ([min, max] characters; max Infinity when unbounded), as
// CPython's SubPattern.getwidth computes them: look-behind bodies must have min === max, and a
// group reference counts as the width of the group it refers to.

import type { Node } from './nodes.js';

export type Width = [number, number];

export function nodeWidth(n: Node, groups: readonly (Width | null)[]): Width {
  switch (n.k) {
    case 'lit': case 'any': case 'set':
      return [1, 1];
    case 'at': case 'look':
      return [0, 0];
    case 'cat': {
      let lo = 0;
      let hi = 0;
      for (const x of n.items) {
        const [a, b] = nodeWidth(x, groups);
        lo += a;
        hi += b;
      }
      return [lo, hi];
    }
    case 'alt': {
      let lo = Infinity;
      let hi = 0;
      for (const x of n.items) {
        const [a, b] = nodeWidth(x, groups);
        lo = Math.min(lo, a);
        hi = Math.max(hi, b);
      }
      return [lo, hi];
    }
    case 'group': case 'atomic':
      return nodeWidth(n.body, groups);
    case 'rep': {
      const [a, b] = nodeWidth(n.body, groups);
      const hi = n.max < 0 ? (b === 0 ? 0 : Infinity) : b * n.max;
      return [a * n.min, hi];
    }
    case 'ref': {
      const w = groups[n.g];
      return w ?? [0, Infinity];
    }
    case 'cond': {
      const [a, b] = nodeWidth(n.yes, groups);
      const [c, d] = n.no === null ? [0, 0] : nodeWidth(n.no, groups);
      return [Math.min(a, c), Math.max(b, d)];
    }
  }
}

export function groupWidth(body: Node, groups: readonly (Width | null)[]): Width {
  return nodeWidth(body, groups);
}
