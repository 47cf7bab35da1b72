/** Process-local counters, rendered in the Prometheus text format at /metrics. */
export interface Metrics {
  inc(name: string, labels?: Record<string, string>, by?: number): void;
  get(name: string, labels?: Record<string, string>): number;
  render(): string;
}

export function createMetrics(): Metrics {
  const values = new Map<string, number>();
  const key = (name: string, labels: Record<string, string> = {}) => {
    const parts = Object.keys(labels)
      .sort()
      .map((k) => `${k}="${(labels[k] ?? '').replace(/["\\\n]/g, '_')}"`);
    return parts.length > 0 ? `${name}{${parts.join(',')}}` : name;
  };
  return {
    inc(name, labels, by = 1) {
      const k = key(name, labels);
      values.set(k, (values.get(k) ?? 0) + by);
    },
    get: (name, labels) => values.get(key(name, labels)) ?? 0,
    render: () =>
      [...values.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `${k} ${v}`)
        .join('\n') + '\n',
  };
}
