import Link from "next/link";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-xl rounded-2xl border border-line bg-surface p-8 text-center shadow-card">
      <h1 className="text-xl font-semibold">There is nothing here</h1>
      <p className="mt-2 text-muted">
        No note has this address. It may never have existed, or the link is wrong.{" "}
        <Link href="/" className="text-accent underline underline-offset-2">
          See all notes
        </Link>
      </p>
    </section>
  );
}
