/** A Storage that lives in a Map, optionally refusing writes once it holds `quotaChars`. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private readonly quotaChars = Number.POSITIVE_INFINITY) {}

  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    const used = [...this.items].reduce(
      (sum, [k, v]) => (k === key ? sum : sum + k.length + v.length),
      0,
    );
    if (used + key.length + value.length > this.quotaChars) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, String(value));
  }
  keys(): string[] {
    return [...this.items.keys()];
  }
}
