export {
  formatEntityTag,
  parseEntityTag,
  parseEntityTagList,
  strongMatch,
  weakMatch,
  type EntityTag,
  type EntityTagList,
} from "./entity-tag";
export { epochSeconds, formatHttpDate, parseHttpDate, toWholeSeconds } from "./http-date";
export {
  conditionalHeaders,
  evaluatePreconditions,
  hasWritePrecondition,
  type ConditionalHeaders,
  type PreconditionOutcome,
  type ResourceState,
} from "./preconditions";
export { newNonce, pageContentSecurityPolicy, RESOURCE_CSP, SECURITY_HEADERS } from "./security-headers";
export { hostPolicyFrom, isOwnHost, isOwnOrigin, requestHost, type HostPolicy } from "./trusted-hosts";
