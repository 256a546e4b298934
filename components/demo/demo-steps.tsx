// The demo's steps, as the README gives them: the page and the README say the same thing.
export const DEMO_STEPS = [
  "Change the same sentence differently in both panes, and a different sentence in one of them.",
  "Save Alice (her Save button, or Ctrl+S inside her pane). Bob's pane says at once that she saved while he was editing. Save Bob anyway: the server refuses his save (412), and he gets the merge dialog (his banner's Merge now opens the same dialog before he saves).",
  "The sentence only one of them changed is already merged (and announced); the sentence both changed waits for Bob's choice.",
  "While Bob decides, save Alice again: Bob's merge is redone against her newest version, and the choices he already made for conflicts that did not change are kept.",
] as const;

export function DemoSteps({ start }: { start?: string }) {
  return (
    <ol aria-label="How to make a collision" className="mt-2 list-inside list-decimal space-y-1 text-sm text-muted">
      {start && <li>{start}</li>}
      {DEMO_STEPS.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
}
