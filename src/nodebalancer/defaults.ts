import { HealthCheckType, Protocol } from "./enums";

/** The conventional listening port of a protocol (TCP has none). */
export function defaultPort(protocol: Protocol): number | undefined {
  switch (protocol) {
    case Protocol.HTTP:
      return 80;
    case Protocol.HTTPS:
      return 443;
    case Protocol.TCP:
      return undefined;
  }
}

/** The port the backends listen on: TLS terminated at the NodeBalancer reaches them as plain HTTP on 80; TCP keeps its port. */
export function defaultBackendPort(protocol: Protocol, port: number): number {
  return protocol === Protocol.TCP ? port : 80;
}

/** The health check a protocol supports out of the box: HTTP for HTTP(S), a TCP connection otherwise. */
export function defaultHealthCheckType(protocol: Protocol): HealthCheckType {
  return protocol === Protocol.TCP ? HealthCheckType.CONNECTION : HealthCheckType.HTTP;
}
