/** Reading what the test server answers: JSON files and routes, and the fault server's counters. */

/** The JSON at `url` on the test server, typed as the caller describes it (the test then checks the values). */
export async function fetchJson<T>(url: string): Promise<T> {
  return (await (await fetch(url)).json()) as T;
}

/** How many requests the fault server has had for `/faults/guide/<key>` (test/support/fault-server.mjs). */
export async function faultHits(key: string): Promise<number> {
  return (await fetchJson<{ hits: number }>(`/faults/hits/${key}`)).hits;
}

/** Whether the client gave up its request for `/faults/never/<key>` or `/faults/slow/<key>` before the answer. */
export async function faultAborted(key: string): Promise<boolean> {
  return (await fetchJson<{ aborted: boolean }>(`/faults/aborted/${key}`)).aborted;
}
