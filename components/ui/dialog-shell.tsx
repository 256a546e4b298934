"use client";
// The one dialog frame of the app, on Radix Dialog: focus is trapped and returned by the primitive, Escape and
// the close button only hide the dialog (whatever it holds is kept by its owner), and it fills a narrow screen.
import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";

export type DialogPlacement = {
  /** Render inside this element instead of the page (the demo's panes); the rest of the page stays usable. */
  container?: HTMLElement | null;
};

export function DialogShell({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  size = "md",
  placement,
  closeLabel = "Close",
  onKeyDown,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  size?: "sm" | "md" | "lg";
  placement?: DialogPlacement;
  closeLabel?: string;
  onKeyDown?: (event: React.KeyboardEvent<HTMLDivElement>) => void;
}) {
  const contained = !!placement?.container;
  const width = size === "sm" ? "sm:max-w-md" : size === "md" ? "sm:max-w-xl" : "sm:max-w-3xl";
  const position = contained
    ? "absolute inset-0 sm:inset-3 sm:rounded-2xl z-30"
    : `fixed inset-0 z-50 sm:inset-auto sm:top-1/2 sm:left-1/2 sm:-translate-x-1/2 sm:-translate-y-1/2 sm:w-[calc(100vw-2rem)] ${width} sm:max-h-[min(92dvh,60rem)] sm:rounded-2xl`;
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange} modal={!contained}>
      <Dialog.Portal container={placement?.container ?? undefined}>
        {contained ? (
          // A non-modal dialog has no Radix overlay: veil the pane it covers, and only that pane.
          <div aria-hidden="true" className="animate-fade-in absolute inset-0 z-30 rounded-2xl bg-bg/85 backdrop-blur-[2px]" />
        ) : (
          <Dialog.Overlay className="animate-fade-in fixed inset-0 z-50 bg-overlay backdrop-blur-[2px]" />
        )}
        <Dialog.Content
          onKeyDown={onKeyDown}
          {...(description ? {} : { "aria-describedby": undefined })}
          // In a pane, clicks in the other pane must not close this one: the demo is about both at once.
          onInteractOutside={contained ? (event) => event.preventDefault() : undefined}
          className={`animate-dialog-in flex flex-col overflow-hidden border-line bg-surface text-fg shadow-card sm:border ${position}`}
        >
          <div className="flex items-start gap-3 border-b border-line px-5 pt-4 pb-3">
            <div className="min-w-0 flex-1">
              <Dialog.Title className="text-lg leading-snug font-semibold text-balance">{title}</Dialog.Title>
              {description ? (
                <Dialog.Description asChild>
                  <div className="mt-1 text-sm text-muted">{description}</div>
                </Dialog.Description>
              ) : null}
            </div>
            <Dialog.Close
              className="-mr-1 inline-flex h-9 shrink-0 items-center gap-1 rounded-lg px-2 text-sm text-muted hover:bg-surface-2 hover:text-fg"
              aria-label={closeLabel}
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
                <path d="M5 5l10 10M15 5L5 15" />
              </svg>
              <span className="hidden sm:inline">Close</span>
            </Dialog.Close>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{children}</div>
          {footer ? (
            <div className="flex flex-wrap items-center justify-end gap-2 border-t border-line bg-surface-2/60 px-5 py-3">
              {footer}
            </div>
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
