import Link from "next/link";
import { EditorNameField } from "./editor-name-field";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-20 border-b border-line bg-bg/85 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-3">
        <Link href="/" className="flex shrink-0 items-center gap-2 rounded-md font-semibold tracking-tight whitespace-nowrap">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 text-accent" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M3 12c3-6 6-6 9 0s6 6 9 0" strokeLinecap="round" />
            <path d="M3 17c3-6 6-6 9 0s6 6 9 0" strokeLinecap="round" opacity="0.45" />
          </svg>
          <span>
            Midair<span className="hidden sm:inline"> Notes</span>
          </span>
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <Link href="/" className="rounded-md px-2 py-1 text-muted hover:bg-surface-2 hover:text-fg">
            Notes
          </Link>
          <Link href="/demo" className="rounded-md px-2 py-1 text-muted hover:bg-surface-2 hover:text-fg">
            Demo
          </Link>
        </nav>
        <div className="ml-auto min-w-0">
          <EditorNameField />
        </div>
      </div>
    </header>
  );
}
