import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { HealthCheckType, Protocol } from "../../src";
import { defaultBackendPort, defaultHealthCheckType, defaultPort } from "../../src/nodebalancer/defaults";

describe("port and protocol defaults", () => {
  test("HTTP listens on 80, HTTPS on 443, TCP has no default", () => {
    expect(defaultPort(Protocol.HTTP)).toBe(80);
    expect(defaultPort(Protocol.HTTPS)).toBe(443);
    expect(defaultPort(Protocol.TCP)).toBeUndefined();
  });

  test("TLS ending at the NodeBalancer reaches backends on 80; TCP keeps its port", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 65535 }), (port) => {
        expect(defaultBackendPort(Protocol.TCP, port)).toBe(port);
        expect(defaultBackendPort(Protocol.HTTPS, port)).toBe(80);
        expect(defaultBackendPort(Protocol.HTTP, port)).toBe(80);
      }),
    );
  });

  test("TCP configs check connections, HTTP(S) configs check over HTTP", () => {
    expect(defaultHealthCheckType(Protocol.TCP)).toBe(HealthCheckType.CONNECTION);
    expect(defaultHealthCheckType(Protocol.HTTP)).toBe(HealthCheckType.HTTP);
    expect(defaultHealthCheckType(Protocol.HTTPS)).toBe(HealthCheckType.HTTP);
  });
});
