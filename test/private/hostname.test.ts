import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { coveringWildcard, hostnameProblem, isInZone, recordName } from "../../src/private/hostname";

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/);
const tld = fc.stringMatching(/^[a-z]{2,10}$/);
const hostname = fc.tuple(fc.array(label, { minLength: 1, maxLength: 4 }), tld).map(([labels, t]) => [...labels, t].join("."));

describe("hostnameProblem", () => {
  test("accepts every well-formed name", () => {
    fc.assert(fc.property(hostname, (name) => hostnameProblem(name, false) === undefined));
  });

  test("accepts a leading wildcard only where allowed", () => {
    fc.assert(
      fc.property(hostname, (name) => {
        expect(hostnameProblem(`*.${name}`, true)).toBeUndefined();
        expect(hostnameProblem(`*.${name}`, false)).toMatch(/wildcards are not allowed/);
      }),
    );
  });

  test("rejects a wildcard anywhere but the first label, and more than one", () => {
    fc.assert(
      fc.property(hostname, label, (name, first) => {
        expect(hostnameProblem(`${first}.*.${name}`, true)).toMatch(/single leading/);
        expect(hostnameProblem(`*.*.${name}`, true)).toMatch(/single leading/);
        expect(hostnameProblem(`*${first}.${name}`, true)).toMatch(/single leading/);
      }),
    );
  });

  test("rejects names with a character outside letters, digits, hyphens and dots", () => {
    const bad = fc.constantFrom("_", " ", "/", ":", "@", "!", "é");
    fc.assert(fc.property(hostname, bad, fc.nat(), (name, ch, at) => {
      const i = at % name.length;
      const broken = name.slice(0, i) + ch + name.slice(i);
      return hostnameProblem(broken, true) !== undefined;
    }));
  });

  test.each([
    ["", /empty/],
    ["example", /single label/],
    ["Example.com", /upper-case/],
    ["example.com.", /ends with a dot/],
    ["-a.example.com", /label '-a'/],
    ["a".repeat(64) + ".com", /label/],
    ["10.0.0.1", /numeric/],
    ["*.com", /zone below it/],
  ])("rejects %j", (name, problem) => {
    expect(hostnameProblem(name, true)).toMatch(problem);
  });
});

describe("isInZone and recordName", () => {
  test("every name built under a zone lies in it and maps back to its record name", () => {
    fc.assert(
      fc.property(hostname, fc.array(label, { maxLength: 3 }), (zone, prefix) => {
        const name = [...prefix, zone].join(".");
        expect(isInZone(name, zone)).toBe(true);
        expect(recordName(name, zone)).toBe(prefix.length === 0 ? "@" : prefix.join("."));
      }),
    );
  });

  test("a name that merely ends with the zone's text is outside it", () => {
    fc.assert(fc.property(hostname, label, (zone, prefix) => !isInZone(`${prefix}${zone}`, zone) || prefix === ""));
    expect(isInZone("badexample.com", "example.com")).toBe(false);
    expect(isInZone("example.org", "example.com")).toBe(false);
  });
});

describe("coveringWildcard", () => {
  test("a wildcard covers exactly one label below its zone", () => {
    const names = ["*.example.com", "example.com", "www.example.com", "a.b.example.com", "www.example.org"];
    expect(coveringWildcard("www.example.com", names)).toBe("*.example.com");
    expect(coveringWildcard("example.com", names)).toBeUndefined();
    expect(coveringWildcard("a.b.example.com", names)).toBeUndefined();
    expect(coveringWildcard("www.example.org", names)).toBeUndefined();
    expect(coveringWildcard("*.example.com", names)).toBeUndefined();
  });

  test("holds for any name below any zone", () => {
    fc.assert(fc.property(label, hostname, (first, zone) => coveringWildcard(`${first}.${zone}`, [`*.${zone}`]) === `*.${zone}`));
  });
});
