// Example notes for a new user, written on first start only (when the database holds no note at all).
import { countNotes, createNote } from "@/lib/notes/repository";
import { exampleNotes } from "@/lib/notes/example-notes";

async function main() {
  const existing = await countNotes();
  if (existing > 0) {
    console.log(`seed: ${existing} notes already there, nothing to do`);
    return;
  }
  for (const example of exampleNotes) await createNote(example.content, example.author, example.id);
  console.log(`seed: wrote ${exampleNotes.length} example notes`);
}

main().then(() => process.exit(0)).catch((error) => {
  console.error(error);
  process.exit(1);
});
