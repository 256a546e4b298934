// Query parameters of the read routes, checked like bodies are: a value that cannot mean anything is a 400
// problem naming the parameter, never silently ignored.
import { ProblemError } from "./problem";

const POSITIVE_INT = /^[1-9][0-9]{0,9}$/;

/** An optional positive integer parameter, at most `max`. */
export function positiveIntParam(params: URLSearchParams, name: string, max: number): number | null {
  const value = params.get(name);
  if (value === null) return null;
  if (!POSITIVE_INT.test(value) || Number(value) > max) {
    throw new ProblemError("invalid-query", `${name} must be a whole number from 1 to ${max}; it was ${JSON.stringify(value.slice(0, 40))}.`, { parameter: name });
  }
  return Number(value);
}

/** An optional text parameter of at most `maxLength` characters. */
export function textParam(params: URLSearchParams, name: string, maxLength: number): string | null {
  const value = params.get(name);
  if (value === null) return null;
  if (value.length > maxLength) {
    throw new ProblemError("invalid-query", `${name} may hold up to ${maxLength} characters; it held ${value.length}.`, { parameter: name });
  }
  return value;
}
