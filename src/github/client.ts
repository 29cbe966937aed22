import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { VERSION } from '../version.js';

const ClientWithPlugins = Octokit.plugin(retry, throttling);

/** Octokit with the REST methods, `graphql`, retries on server errors, and rate-limit handling. */
export type GitHubClient = InstanceType<typeof ClientWithPlugins>;

export interface GitHubLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface GitHubClientOptions {
  /** A GITHUB_TOKEN, a GitHub App installation token or a personal access token. */
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl: string;
  log: GitHubLog;
  /** How often a request that hit a rate limit is retried after the wait GitHub asks for. */
  rateLimitRetries?: number;
  /** Retries for 5xx answers and network errors. */
  retries?: number;
}

/**
 * The one way the suite talks to GitHub. GitHub answers bursts of writes with secondary rate
 * limits (403/429 with `retry-after`); the throttling plugin waits as told and retries, a bounded
 * number of times, saying so in the log. GraphQL goes to the matching endpoint of `baseUrl`
 * (`/graphql` on github.com, `/api/graphql` on GitHub Enterprise Server).
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount >= rateLimitRetries) {
        options.log.warn(
          `GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${retryCount} retries`,
        );
        return false;
      }
      options.log.warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`,
      );
      return true;
    };
  return new ClientWithPlugins({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: `gitops-actions/${VERSION}`,
    log: options.log,
    // Not `request.retries`: set on every request, it makes the retry plugin repeat any failure,
    // 403s and 422s included, before the throttling plugin can read `retry-after`.
    retry: { retries: options.retries ?? 3 },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
  });
}
