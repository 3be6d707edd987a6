import { expect } from '@open-wc/testing';
import { byId } from './lookup.js';

const list = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${i}`, n: i }));

describe('byId()', () => {
  it('byId(list, id) finds the item with that id in short and long lists, as find() would', () => {
    for (const n of [1, 31, 32, 1000]) {
      const items = list(n);
      for (const i of [0, Math.floor(n / 2), n - 1])
        expect(byId(items, `i${i}`), `${i} of ${n}`).to.equal(items[i]);
      expect(byId(items, 'missing')).to.equal(undefined);
    }
  });
  it('byId(list with a repeated id) gives the first, as find() would', () => {
    const items = [...list(40), { id: 'i3', n: -1 }];
    expect(byId(items, 'i3')?.n).to.equal(3);
  });
  it('byId(undefined, id) is undefined', () => {
    expect(byId(undefined, 'x')).to.equal(undefined);
  });
});
