// `cdktf-nodebalancer-ssl/verify`: live verification of a deployed site, what
// `cdktf-nodebalancer-ssl verify` runs. Kept out of the package root: it loads node:tls, node:dns and
// child_process, which a stack author who only synthesizes never needs.
export { verifySite, type VerifyOptions } from "./verify-site";
export { readSiteFromStack, type StackSourceOptions } from "./stack-source";
export { VerifyReport, VerifyExitCode } from "./verify-report";
export { CheckId, CheckStatus, type CheckResult } from "./check-result";
export { RenewalWindow } from "./renewal-window";
export { CipherSuite, type VerifySite } from "./site";
export { systemResolver, staticResolver, type HostResolver } from "./resolver";
export { CLOUDFLARE_IP_RANGES } from "./cloudflare-ranges";
export { VerifyError } from "./verify-error";
// The site contract the constructs write into a stack, which verify reads.
export { readSiteContracts, SITE_CONTRACT_SCHEMA, SslOption, type SiteContract } from "../contract/site-contract";
