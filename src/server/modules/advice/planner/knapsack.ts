// Fractional knapsack bounds over at most 31 channels, with scratch arrays reused at every node of
// the search. Sorting is by insertion: the lists are short, and it allocates nothing.

export class Knapsack {
  private readonly order: Int32Array;
  private readonly keys: Float64Array;
  private readonly values: Float64Array;
  /** The cheapest channel per unit of value in the latest `cost` call, or −1. */
  cheapest = -1;

  constructor(channels: number) {
    this.order = new Int32Array(channels);
    this.keys = new Float64Array(channels);
    this.values = new Float64Array(channels);
  }

  /**
   * The least cost of channels whose values (`values[offset + c]` for c < costs.length, those above
   * `floor`) sum to `need`, buying the cheapest per unit of value first and the last one in part;
   * −1 when even all of them fall short.
   */
  cost(values: Float64Array, offset: number, need: number, floor: number, costs: readonly number[]): number {
    let size = 0;
    for (let c = 0; c < costs.length; c++) {
      const value = values[offset + c]!;
      if (value > floor) this.insert(size++, c, costs[c]! / value, value);
    }
    this.cheapest = size > 0 ? this.order[0]! : -1;
    let remaining = need;
    let cost = 0;
    for (let k = 0; k < size; k++) {
      const c = this.order[k]!;
      const value = this.values[k]!;
      if (value >= remaining) return cost + costs[c]! * (remaining / value);
      cost += costs[c]!;
      remaining -= value;
    }
    return -1;
  }

  /** The fewest channels (of `channels`) whose values could sum to `need`, largest first. */
  count(values: Float64Array, offset: number, need: number, floor: number, channels: number): number {
    let size = 0;
    for (let c = 0; c < channels; c++) {
      const value = values[offset + c]!;
      if (value > floor) this.insert(size++, c, -value, value);
    }
    let remaining = need;
    for (let k = 0; k < size; k++) {
      remaining -= this.values[k]!;
      if (remaining <= 0) return k + 1;
    }
    return size + 1;
  }

  /** By ascending key, then larger value, then lower index, so that results are deterministic. */
  private insert(size: number, channel: number, key: number, value: number): void {
    const { order, keys, values } = this;
    let k = size;
    while (k > 0) {
      const otherKey = keys[k - 1]!;
      if (key > otherKey) break;
      if (key === otherKey) {
        const otherValue = values[k - 1]!;
        if (value < otherValue || (value === otherValue && channel > order[k - 1]!)) break;
      }
      order[k] = order[k - 1]!;
      keys[k] = otherKey;
      values[k] = values[k - 1]!;
      k--;
    }
    order[k] = channel;
    keys[k] = key;
    values[k] = value;
  }
}
