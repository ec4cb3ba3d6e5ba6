import { promises as dns } from "node:dns";

/** Name resolution for {@link verifySite}: injectable, so that tests never leave the machine. */
export interface HostResolver {
  /** The IPv4 and IPv6 addresses of `hostname` (A and AAAA records); empty when it has none. */
  resolve(hostname: string): Promise<readonly string[]>;
}

const NO_RECORDS = new Set(["ENODATA", "ENOTFOUND"]);

/**
 * The system's DNS servers (as `/etc/resolv.conf` names them), each query within `timeoutMs`
 * (`verifySite` also bounds every resolver it is given by its time limit).
 */
export function systemResolver(timeoutMs: number): HostResolver {
  const resolver = new dns.Resolver({ timeout: timeoutMs, tries: 1 });
  const lookup = (query: Promise<string[]>): Promise<string[]> =>
    query.catch((e: NodeJS.ErrnoException) => {
      if (e.code !== undefined && NO_RECORDS.has(e.code)) return [];
      throw e;
    });
  return {
    resolve: async (hostname) => {
      const [v4, v6] = await Promise.all([lookup(resolver.resolve4(hostname)), lookup(resolver.resolve6(hostname))]);
      return [...v4, ...v6];
    },
  };
}

/** A resolver that answers from a fixed table (names not in it have no records): for tests and for `--resolve`. */
export function staticResolver(table: Readonly<Record<string, readonly string[]>>): HostResolver {
  return { resolve: async (hostname) => table[hostname.toLowerCase()] ?? [] };
}
