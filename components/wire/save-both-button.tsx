"use client";
// "Save both at once": presses both panes' Save buttons in the same moment, so that both saves leave with
// the same If-Match and cross in mid-air. It presses the editors' own buttons: the saves are the real ones.
import { useState } from "react";
import { Button } from "../ui/button";

const PEOPLE = ["Alice", "Bob"];

function saveButtonOf(person: string): HTMLButtonElement | null {
  const pane = document.querySelector<HTMLElement>(`section[aria-label="${person}'s editor"]`);
  const buttons = pane ? Array.from(pane.querySelectorAll<HTMLButtonElement>("button")) : [];
  return buttons.find((button) => button.textContent?.trim() === "Save") ?? null;
}

export function SaveBothButton() {
  const [message, setMessage] = useState("");

  function saveBoth() {
    const buttons = PEOPLE.map(saveButtonOf);
    const idle = PEOPLE.filter((_, i) => !buttons[i] || buttons[i]!.disabled);
    if (idle.length) {
      setMessage(`${idle.join(" and ")} ${idle.length === 1 ? "has" : "have"} nothing to save: change the text in both panes first.`);
      return;
    }
    setMessage("");
    // One task, two clicks: both requests are on their way before either answer can arrive.
    for (const button of buttons) button!.click();
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button size="sm" variant="primary" onClick={saveBoth}>
        Save both at once
      </Button>
      <span role="status" className={message ? "text-xs text-muted" : "sr-only"}>
        {message}
      </span>
    </span>
  );
}
