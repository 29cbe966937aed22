/**
 * An OCI distribution client for image-bump's registry mode: tag listing and manifest digests,
 * with the authentication, pagination and retry behaviour of real registries (ghcr.io, Docker Hub).
 */

export { CredentialStore, type RegistryCredentials } from './credential-store.js';
export { type HostPattern, matchesHost, parseHostPattern } from './host-pattern.js';
export { type Challenge, nextLink, parseChallenges, parseRetryAfter } from './http-headers.js';
export { DEFAULT_RETRY_POLICY, DEFAULT_TIMEOUT_MS, type RetryPolicy } from './http-transport.js';
export { isLoopbackHost, parseImageName, type RegistryImage } from './image-name.js';
export { RegistryClient, type RegistryClientOptions } from './registry-client.js';
export { describeErrorBody, RegistryError } from './registry-error.js';
