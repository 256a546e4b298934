// Any other path under /api names nothing: a problem, not the HTML page a browser would get.
import { problemFor, route } from "@/lib/api/handler";

const notFound = route(async (request) => problemFor(request, "not-found", "There is no API resource at this path; notes live under /api/notes."));

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
