"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { NowProvider } from "./ui/relative-time";

export function Providers({ children, serverNow }: { children: ReactNode; serverNow: number }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // A note on screen is checked again when the tab regains focus, so another person's save shows up.
          queries: { staleTime: 5_000, refetchOnWindowFocus: true },
        },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <NowProvider serverNow={serverNow}>{children}</NowProvider>
    </QueryClientProvider>
  );
}
