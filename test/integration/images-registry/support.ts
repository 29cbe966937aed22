import { afterEach } from 'vitest';
import { RegistryError } from '../../../src/core/images/registry/index.js';
import {
  type RegistryProxyOptions,
  startRegistryProxy,
  type TestRegistryProxy,
} from '../../support/registry-proxy.js';

const proxies: TestRegistryProxy[] = [];

/** A proxy in front of `upstream`, closed after the current test. */
export async function proxyFor(upstream: string, options: Omit<RegistryProxyOptions, 'upstream'> = {}) {
  const proxy = await startRegistryProxy({ upstream, ...options });
  proxies.push(proxy);
  return proxy;
}

afterEach(async () => {
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
});

/** The RegistryError `promise` rejects with; anything else fails the test. */
export async function registryFailure(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
  throw new Error('expected the registry call to fail');
}

/** Records the waits a client asks for instead of sleeping through them. */
export function recordingSleep(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

/** Go's (and Flux's) byte order, descending: the oracle is Buffer.compare, not the code under test. */
export function byteDescending(tags: readonly string[]): string[] {
  return [...tags].sort((a, b) => Buffer.compare(Buffer.from(b), Buffer.from(a)));
}
