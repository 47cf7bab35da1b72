import type { LoggedRequest } from './control-wire';

/** Bounded record of the platform requests the simulator answered (for test assertions). */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  constructor(private readonly capacity = 2000) {}

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity)
      this.entries.splice(0, this.entries.length - this.capacity);
  }

  list(): readonly LoggedRequest[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
