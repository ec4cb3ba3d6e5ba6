import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { DEFAULT_SSH_PORT } from "../push/ssh-connection";
import { CloudFirewall, type FirewallRule } from "../firewall/cloud-firewall";
import { FirewallSource } from "../firewall/firewall-source";
import { NodeBalancer } from "../nodebalancer/nodebalancer";
import type { NodeBalancerConfig, NodeBalancerConfigOptions } from "../nodebalancer/nodebalancer-config";
import { check, checkNotEmpty, checkUnique, isToken } from "../private/validation";
import type { SiteProps } from "./site-props";
import type { SiteBalancing } from "../contract/site-contract";

/** One listener of a {@link LoadBalancer}: a config with a stable id. */
export interface Listener extends NodeBalancerConfigOptions {
  /** Construct id of the config (stable: it is part of the Terraform address). */
  readonly id: string;
}

/** Props of a {@link LoadBalancer}. */
export interface LoadBalancerProps extends SiteProps {
  /** The configs, each forwarding to every backend. */
  readonly listeners: readonly Listener[];
  /**
   * The backends' SSH port, which the firewall opens to `adminSources`.
   * @default 22
   */
  readonly sshPort?: number;
}

/**
 * The construct id of the config on port 443 in every SSL option (HTTPS or TCP): a switch of
 * options updates that config in place instead of deleting it and creating another on the same
 * port, which the Linode API refuses while the port is taken.
 */
export const HTTPS_LISTENER_ID = "Https";

/** The construct id of the config on port 80 in every SSL option (HTTP or TCP), for the same reason. */
export const HTTP_LISTENER_ID = "Http";

/** Longest site label that leaves room for the firewall label suffixes within Linode's 32 characters. */
const MAX_LABEL_PREFIX = 21;

/**
 * The part every SSL option shares: a NodeBalancer whose configs all forward to the same backends,
 * and a backend Cloud Firewall that admits the backend ports only from the NodeBalancers' range
 * (plus SSH from the admin sources). The firewall admits the backend port of every config of the
 * NodeBalancer at synth, including configs added later with `nodeBalancer.addConfig(...)`.
 */
export class LoadBalancer extends Construct {
  /** The NodeBalancer. */
  public readonly nodeBalancer: NodeBalancer;
  /** Its configs, in the order given. */
  public readonly configs: readonly NodeBalancerConfig[];
  /** The firewall of the backends. */
  public readonly backendFirewall: CloudFirewall;
  private readonly backendCount: number;

  /**
   * Its configs and how they spread connections, for the site contract: read when called, so a
   * config added later with `nodeBalancer.addConfig(...)` is listed too. Connections spread as the
   * config on 443 (or the first) spreads them.
   */
  public get balancing(): SiteBalancing {
    const configs = this.nodeBalancer.configs;
    const main = configs.find((c) => c.port === 443) ?? configs[0];
    return {
      listeners: configs.map((c) => ({ port: c.port, protocol: c.protocol, proxyProtocol: c.proxyProtocol, ...(c.cipherSuite ? { cipherSuite: c.cipherSuite } : {}) })),
      backendCount: this.backendCount,
      spreadsConnections: main.spreadsConnections,
    };
  }

  constructor(scope: Construct, id: string, props: LoadBalancerProps) {
    super(scope, id);
    checkNotEmpty(this, "backends", props.backends, "Give at least one backend: Backend.fromAddress(...) or Backend.fromInstance(...).");
    checkUnique(this, "backends", props.backends.map((b) => b.label), "Each backend needs its own label.");
    checkUnique(this, "backends", props.backends.map((b) => b.privateIpv4), "Each backend address may appear once.");
    checkNotEmpty(this, "listeners", props.listeners, "Give at least one listener, such as { id: 'Http', protocol: Protocol.HTTP, port: 80 }.");
    checkUnique(this, "listeners", props.listeners.map((l) => l.id), "Give each listener its own id: it names the config's Terraform address.");
    const label = props.label ?? this.node.id;
    check(isToken(label) || label.length <= MAX_LABEL_PREFIX, this, "label", label, `The label also prefixes the firewall labels ('<label>-backends', '<label>-cloudflare'), which Linode limits to 32 characters: use at most ${MAX_LABEL_PREFIX}.`);

    this.nodeBalancer = new NodeBalancer(this, "NodeBalancer", { region: props.region, label });
    this.configs = props.listeners.map(({ id: configId, ...options }) => {
      const config = this.nodeBalancer.addConfig(configId, {
        healthCheck: props.healthCheck,
        algorithm: props.algorithm,
        stickiness: props.stickiness,
        ...options,
      });
      props.backends.forEach((backend) => config.addBackend(backend));
      return config;
    });

    this.backendCount = props.backends.length;

    const nodeBalancer = this.nodeBalancer;
    const rules: FirewallRule[] = [
      {
        label: "from-nodebalancers",
        source: FirewallSource.nodeBalancers(),
        // Read at synth: a config added later with nodeBalancer.addConfig(...) is admitted too.
        get ports() {
          return [...new Set(nodeBalancer.configs.map((c) => c.backendPort))];
        },
      },
    ];
    if (props.adminSources) {
      rules.push({ label: "admin-ssh", ports: [props.sshPort ?? DEFAULT_SSH_PORT], source: props.adminSources });
      const open = [...props.adminSources.ipv4, ...props.adminSources.ipv6].filter((cidr) => cidr === "0.0.0.0/0" || cidr === "::/0");
      if (open.length > 0) Annotations.of(this).addWarning(`adminSources ${open.join(", ")} opens SSH on every backend to the whole internet: list the operators' and the apply job's addresses instead.`);
    }
    const linodeIds = props.backends.flatMap((b) => (b.linodeId ? [b.linodeId] : []));
    this.backendFirewall = new CloudFirewall(this, "BackendFirewall", { label: `${label}-backends`, rules, linodeIds });
    if (linodeIds.length < props.backends.length) {
      Annotations.of(this).addWarning(
        "Some backends have no Linode ID, so the backend firewall is not attached to them: pass 'linodeId' to Backend.fromAddress, or attach the firewall yourself.",
      );
    }
  }
}
