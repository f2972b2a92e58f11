/**
 * What the site test needs around the browser: the system Chromium (Debian's `chromium`, installed by
 * .ci/run), a static server for site/dist (gzip, as static hosts serve it), and a throttled profile.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** The Chromium to drive: `CHROMIUM_PATH`, else Debian's; `undefined` when none is installed. */
export function findChromium(): string | undefined {
  const given = process.env['CHROMIUM_PATH'];
  if (given) return existsSync(given) ? given : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Serves `dir` on 127.0.0.1 (gzip when asked, as a static host does); resolves to its base URL. */
export async function serveStatic(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = readFileSync(file);
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** A slow phone on a slow network: 1.6 Mbit/s down, 150 ms latency, CPU 4× slower (Lighthouse's mobile profile). */
export const THROTTLED = { downloadKbps: 1600, uploadKbps: 750, latencyMs: 150, cpuSlowdown: 4 } as const;

export interface Load {
  /** Bytes over the network (compressed), every request of the page. */
  transferred: number;
  requests: number;
  /** Milliseconds from navigation until the page's script made it interactive (`body[data-ready]`). */
  interactive: number;
}

/** Loads `url` cold under {@link THROTTLED}; measures what came over the network and when the page became interactive. */
export async function measureLoad(page: Page, url: string): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLED.latencyMs,
    downloadThroughput: (THROTTLED.downloadKbps * 1000) / 8,
    uploadThroughput: (THROTTLED.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLED.cpuSlowdown });
  let transferred = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => {
    transferred += e.encodedDataLength;
    requests++;
  });
  await page.goto(url);
  const ready = await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
  const interactive = Number(await ready.getAttribute('data-ready'));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return { transferred, requests, interactive };
}
