import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";
import { requestTime } from "./request-time";

export const metadata: Metadata = {
  title: { default: "Midair Notes", template: "%s · Midair Notes" },
  description: "Notes that several people can edit: when two saves collide, you see both and choose.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f6f3" },
    { media: "(prefers-color-scheme: dark)", color: "#161514" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const serverNow = await requestTime();
  return (
    <html lang="en">
      <body className="bg-bg text-fg antialiased">
        <Providers serverNow={serverNow}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2"
          >
            Skip to content
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl px-4 pt-6 pb-16">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
