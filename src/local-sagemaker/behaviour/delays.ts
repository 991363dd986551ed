/**
 * Timed waits that the server can cut short when it closes, so that no timer
 * outlives it. A cancelled wait resolves at once. The response it held back
 * then finds its socket gone and is dropped.
 */
export class Delays {
  private readonly pending = new Map<NodeJS.Timeout, () => void>();

  wait(milliseconds: number): Promise<void> {
    if (milliseconds <= 0) return Promise.resolve();

    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        resolve();
      }, milliseconds);
      this.pending.set(timer, resolve);
    });
  }

  cancelAll(): void {
    for (const [timer, resolve] of this.pending) {
      clearTimeout(timer);
      resolve();
    }
    this.pending.clear();
  }
}
