import autocannon from "autocannon";

/**
 * What the load test asks of the site, in turn: five pages, one of each kind, and the sitemap.
 * Add here what readers will fetch as the site grows, e.g. once recordings exist (issue 11) the
 * podcast feed, `{ path: "/podcast.xml" }`, and a Range request for a recording,
 * `{ path: "/recordings/book.mp3", headers: { range: "bytes=0-65535" } }`.
 */
export const loadTestRequests: autocannon.Request[] = [
  { path: "/" },
  { path: "/book" },
  { path: "/cast" },
  { path: "/cast/aria-mia-loberti" },
  { path: "/accessibility/report" },
  { path: "/sitemap.xml" },
];
export const loadTestSeconds = 30;
export const loadTestConnections = 32;

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** 30 s of 32 connections on loopback; errors count failed connections, timeouts and any status but 2xx. */
export async function loadTest(label: string, url: string, requests?: autocannon.Request[]): Promise<LoadResult> {
  const result = await autocannon({ url, connections: loadTestConnections, duration: loadTestSeconds, requests });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
