// One HTTPS (or plain HTTP) request from a chosen source address, reporting what a visitor sees.
// Usage: node tls-client.cjs JSON with { "port", "localAddress", "servername", "ca" (PEM, or null for
// plain HTTP), "path", and optionally "cert" and "key" (a client certificate, PEM) and "headers"
// (extra request headers) }. Prints one JSON line: { authorized, error, chain: [subject CNs], serial,
// protocol, status, location }.
"use strict";
const net = require("node:net");
const tls = require("node:tls");

const o = JSON.parse(process.argv[2]);
const extra = Object.entries(o.headers || {}).map(([name, value]) => `${name}: ${value}\r\n`).join("");
const request = `GET ${o.path} HTTP/1.1\r\nHost: ${o.servername}\r\n${extra}Connection: close\r\n\r\n`;
const result = {};
const timer = setTimeout(() => finish({ error: "timeout" }), 10_000);

function finish(extra) {
  clearTimeout(timer);
  console.log(JSON.stringify({ ...result, ...extra }));
  process.exit(0);
}

function read(socket) {
  let data = "";
  socket.on("data", (d) => (data += d));
  socket.on("end", () => {
    const status = /^HTTP\/1\.1 (\d{3})/.exec(data);
    const location = /\r\nLocation: ([^\r]+)/i.exec(data);
    finish({ status: status ? Number(status[1]) : undefined, location: location ? location[1] : undefined });
  });
  socket.on("error", (e) => finish({ error: e.code || e.message }));
}

if (o.ca === null) {
  const socket = net.connect({ host: "127.0.0.1", port: o.port, localAddress: o.localAddress }, () => socket.write(request));
  read(socket);
} else {
  const socket = tls.connect({ host: "127.0.0.1", port: o.port, localAddress: o.localAddress, servername: o.servername, ca: o.ca, cert: o.cert, key: o.key, rejectUnauthorized: false }, () => {
    result.authorized = socket.authorized;
    result.authorizationError = socket.authorizationError ? String(socket.authorizationError) : undefined;
    result.protocol = socket.getProtocol();
    const chain = [];
    for (let c = socket.getPeerCertificate(true), seen = new Set(); c && !seen.has(c.fingerprint256); seen.add(c.fingerprint256), c = c.issuerCertificate) {
      chain.push(c.subject.CN);
    }
    result.chain = chain;
    result.serial = socket.getPeerCertificate().serialNumber;
    socket.write(request);
  });
  read(socket);
}
