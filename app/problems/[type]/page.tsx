// Each problem type's URI (RFC 9457 3.1.1) resolves to a page that tells people what it means.
import { notFound } from "next/navigation";
import { PROBLEM_ADVICE } from "@/lib/api/problem-docs";
import { PROBLEM_TYPES, type ProblemType } from "@/lib/api/problem";

function isProblemType(value: string): value is ProblemType {
  return Object.hasOwn(PROBLEM_TYPES, value);
}

export function generateStaticParams() {
  return Object.keys(PROBLEM_TYPES).map((type) => ({ type }));
}

export default async function ProblemTypePage({ params }: { params: Promise<{ type: string }> }) {
  const { type } = await params;
  if (!isProblemType(type)) notFound();
  const { status, title } = PROBLEM_TYPES[type];
  return (
    <main className="mx-auto max-w-2xl px-4 py-10">
      <p className="text-sm text-zinc-500 dark:text-zinc-400">Problem type · HTTP {status}</p>
      <h1 className="mt-1 text-2xl font-semibold">{title}</h1>
      <p className="mt-4 leading-relaxed">{PROBLEM_ADVICE[type]}</p>
      <p className="mt-6 text-sm text-zinc-500 dark:text-zinc-400">
        Responses of this type are <code>application/problem+json</code> (RFC 9457) with <code>type</code>,{" "}
        <code>title</code>, <code>status</code>, <code>detail</code> and <code>instance</code>.
      </p>
    </main>
  );
}
