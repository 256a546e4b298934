import { describe, expect, it } from "vitest";
import { ApiError, NetworkError, PreconditionFailedError, ServerError } from "./errors";
import { isRetryableSaveFailure, nextRetryDelay, RETRY_DELAYS_MS } from "./save-retry";

describe("isRetryableSaveFailure", () => {
  it.each([
    ["a network failure", new NetworkError(new TypeError("Failed to fetch")), true],
    ["502", new ServerError(502, null), true],
    ["503", new ServerError(503, null), true],
    ["504", new ServerError(504, null), true],
    ["500 (a bug, not a passing outage)", new ServerError(500, null), false],
    ["400", new ApiError(400, null), false],
    ["412", new PreconditionFailedError(null, null, null, []), false],
  ])("%s -> %s", (_name, error, expected) => {
    expect(isRetryableSaveFailure(error)).toBe(expected);
  });
});

describe("nextRetryDelay", () => {
  it("spaces the automatic attempts out", () => {
    expect([1, 2, 3].map(nextRetryDelay)).toEqual([...RETRY_DELAYS_MS]);
  });
  it("stops after the last one, so nothing spins forever", () => {
    expect(nextRetryDelay(RETRY_DELAYS_MS.length + 1)).toBeNull();
    expect(nextRetryDelay(0)).toBeNull();
  });
});
