import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderByValue } from './sorted';

describe('orderByValue', () => {
  it('orders large inputs (radix path) exactly like a stable comparator sort', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1.5, 3)),
          {
            minLength: 4096,
            maxLength: 5000,
          },
        ),
        (values) => {
          const expected = values
            .map((_, i) => i)
            .sort((a, b) => (values[a] as number) - (values[b] as number));
          expect(Array.from(orderByValue(values))).toEqual(expected);
        },
      ),
      { numRuns: 20 },
    );
  });
});
