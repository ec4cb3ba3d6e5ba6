// The publisher: `cdktf-nodebalancer-ssl publish` as a function, for tooling and tests.
export { publish } from "./publish";
export { PublishError } from "./publish-error";
export type { ChangedFile, PublishOptions, PublishResult } from "./types";
