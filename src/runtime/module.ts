// Module objects: a name and a live globals dict (semantics.md §1, §6).
import { PyObj } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';

export class PyModule extends PyObj {
  declare dict: PyDict;
  constructor(name: string, dict?: PyDict) {
    super(T.module, dict ?? new PyDict());
    if (this.dict.getStr('__name__') === undefined) {
      this.dict.setStr('__name__', name);
      this.dict.setStr('__doc__', None);
      this.dict.setStr('__package__', None);
      this.dict.setStr('__loader__', None);
      this.dict.setStr('__spec__', None);
    }
  }

  get name(): string {
    const n = this.dict.getStr('__name__');
    return typeof n === 'string' ? n : '?';
  }
}
