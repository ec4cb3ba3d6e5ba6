// A stand-in for a NodeBalancer's TCP config with proxy_protocol = v2: every connection accepted on
// a listen port is forwarded to one backend, from a given source address, prefixed with a PROXY
// protocol v2 header that carries the client's address and port. Usage: node proxy-v2.cjs ROUTES_JSON
// where ROUTES_JSON is [{ "listen": 8441, "to": "192.168.130.11", "port": 443, "from": "192.168.255.5" }];
// a route with "proxyProtocol": false forwards without the header (a TCP config with proxy_protocol none).
// It prints "ready" once every port listens, and exits when its standard input closes.
"use strict";
const net = require("node:net");

const SIGNATURE = Buffer.from([0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d, 0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a]);

function ipv4(text) {
  return Buffer.from(text.replace(/^::ffff:/, "").split(".").map(Number));
}

function header(client, target) {
  const ports = Buffer.alloc(4);
  ports.writeUInt16BE(client.remotePort, 0);
  ports.writeUInt16BE(target.port, 2);
  const addresses = Buffer.concat([ipv4(client.remoteAddress), ipv4(target.to), ports]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(addresses.length, 0);
  // version 2, PROXY command; TCP over IPv4
  return Buffer.concat([SIGNATURE, Buffer.from([0x21, 0x11]), length, addresses]);
}

const routes = JSON.parse(process.argv[2]);
let listening = 0;
for (const route of routes) {
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: route.to, port: route.port, localAddress: route.from }, () => {
      if (route.proxyProtocol !== false) upstream.write(header(client, route));
      client.pipe(upstream).pipe(client);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on("error", close);
    client.on("error", close);
    upstream.setTimeout(20_000, close);
  });
  server.listen(route.listen, "127.0.0.1", () => {
    if (++listening === routes.length) console.log("ready");
  });
}
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
