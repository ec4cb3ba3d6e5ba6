export * from "./enums";
export * from "./annotation-keys";
export * from "./service-firewall";
export * from "./service-annotations";
export * from "./parse-annotations";
