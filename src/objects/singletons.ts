// None, NotImplemented and Ellipsis: one PyObj each, created by the bootstrap.
import { PyObj } from './object.js';
import type { PyType } from './type.js';

export class PySingleton extends PyObj {
  constructor(cls: PyType, readonly reprText: string) {
    super(cls, null);
  }
}

// Assigned by the bootstrap before any Python code runs; `let` exports are live bindings.
export let None: PySingleton;
export let NotImplemented: PySingleton;
export let Ellipsis: PySingleton;

export function initSingletons(noneType: PyType, niType: PyType, ellipsisType: PyType): void {
  None = new PySingleton(noneType, 'None');
  NotImplemented = new PySingleton(niType, 'NotImplemented');
  Ellipsis = new PySingleton(ellipsisType, 'Ellipsis');
}
