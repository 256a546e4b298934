// The notes a new user finds on first start (they explain the product by being used), and the note the demo
// page starts from. Plain data: the seed script, the demo button and the tests share it.

/** The note the demo starts from: one sentence invites a collision ("sixty-three"). */
export const DEMO_NOTE = {
  title: "Team offsite plan",
  body: [
    "We meet on Thursday at nine in the large room on the third floor.",
    "Lunch is at half past twelve; vegetarian options are ordered.",
    "",
    "Agenda:",
    "- Review of the last quarter",
    "- Roadmap for the next two releases",
    "- Open questions from the support team",
    "",
    "Bring a laptop and sixty-three ideas.",
    "",
  ].join("\n"),
};

export const exampleNotes = [
  {
    id: "welcome",
    author: "Ada",
    content: {
      title: "Welcome to Midair Notes",
      body: [
        "Midair Notes is a notes editor that never lets one save silently overwrite another.",
        "",
        "Open this note in two tabs, change it in both, and save both. The second save is refused with HTTP 412 Precondition Failed, and the editor shows you a merge of the two versions instead: edits to different words merge by themselves, and edits to the same sentence are yours to decide.",
        "",
        "Your draft is kept in the tab as you type, so a reload, a crash or a failed save loses nothing.",
        "",
        "To see it with two people side by side, open the Demo page.",
      ].join("\n") + "\n",
    },
  },
  { id: "collision-demo", author: "Alice", content: DEMO_NOTE },
  {
    id: "http-cheatsheet",
    author: "Grace",
    content: {
      title: "HTTP conditional requests, in one page",
      body: [
        "ETag names one exact version of a note. Send it back in If-Match when you save.",
        "412 Precondition Failed: someone saved first; the response carries their version so you can merge.",
        "428 Precondition Required: you tried to save without If-Match.",
        "304 Not Modified: your copy (If-None-Match) is still the current one.",
        "410 Gone: the note was deleted; re-create it with PUT and If-None-Match: *.",
      ].join("\n") + "\n",
    },
  },
];
