// What every browser test stands on: an API client for setting the scene (another person saving, deleting),
// notes that each test creates and removes, and people: browser tabs with a display name of their own.
import { test as base, expect, type APIRequestContext, type BrowserContext, type Locator, type Page } from "@playwright/test";

export type ApiNote = {
  id: string;
  title: string;
  body: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
};

export class NotesApi {
  constructor(
    private readonly request: APIRequestContext,
    private readonly origin: string,
  ) {}

  private headers(editor: string, extra: Record<string, string> = {}) {
    return { "Editor-Name": encodeURIComponent(editor), Origin: this.origin, ...extra };
  }

  async create(text: { title: string; body: string }, editor = "Setup"): Promise<ApiNote> {
    const response = await this.request.post("/api/notes", { data: text, headers: this.headers(editor) });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as ApiNote;
  }

  /** Someone creates a note under an id of their choosing (PUT with If-None-Match: *). */
  async createAt(id: string, text: { title: string; body: string }, editor: string): Promise<void> {
    const response = await this.request.put(`/api/notes/${id}`, {
      data: text,
      headers: this.headers(editor, { "If-None-Match": "*" }),
    });
    expect(response.status(), await response.text()).toBe(201);
  }

  /** The note and its ETag, or the status when there is none (404, 410). */
  async read(id: string): Promise<{ status: number; note?: ApiNote; etag?: string; body: unknown }> {
    const response = await this.request.get(`/api/notes/${id}`);
    const body = (await response.json()) as unknown;
    return response.ok()
      ? { status: response.status(), note: body as ApiNote, etag: response.headers()["etag"], body }
      : { status: response.status(), body };
  }

  async current(id: string): Promise<ApiNote> {
    const { note, status } = await this.read(id);
    expect(status).toBe(200);
    return note!;
  }

  /** Another person saves: over whatever version is current. */
  async save(id: string, patch: { title?: string; body?: string }, editor: string): Promise<ApiNote> {
    const { etag } = await this.read(id);
    const response = await this.request.patch(`/api/notes/${id}`, {
      data: JSON.stringify(patch),
      headers: this.headers(editor, { "Content-Type": "application/merge-patch+json", "If-Match": etag! }),
    });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as ApiNote;
  }

  async remove(id: string, editor: string): Promise<void> {
    const { etag, status } = await this.read(id);
    if (status !== 200) return;
    const response = await this.request.delete(`/api/notes/${id}`, { headers: this.headers(editor, { "If-Match": etag! }) });
    expect(response.status()).toBe(204);
  }
}

/** A person: a browser tab with a display name of its own (kept per tab, as the app does). */
export async function openTab(context: BrowserContext, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((editorName) => {
    if (!sessionStorage.getItem("midair:editor-name")) sessionStorage.setItem("midair:editor-name", editorName);
  }, name);
  return page;
}

/** The parts of the editor a person uses, found the way they would find them. */
export function editorOf(scope: Page | Locator) {
  return {
    title: scope.getByRole("textbox", { name: "Title", exact: true }),
    body: scope.getByRole("textbox", { name: "Note text" }),
    save: scope.getByRole("button", { name: "Save", exact: true }),
    saved: scope.getByText("Saved", { exact: true }),
    unsaved: scope.getByText("Unsaved changes", { exact: true }),
    notSaved: scope.getByText("Not saved", { exact: true }),
  };
}

export const test = base.extend<{
  /** Every Content-Security-Policy violation any page of this test reported: the test fails on one. */
  cspViolations: string[];
  api: NotesApi;
  /** Creates a note for this test; it is deleted afterwards. */
  makeNote: (text?: { title: string; body: string }, editor?: string) => Promise<ApiNote>;
  /** A tab of this test's browser, as a named person. */
  person: (name: string) => Promise<Page>;
}>({
  cspViolations: [async ({ context, browser }, provide) => {
    // The app runs with its policy enforced; Chromium reports each violation on the console ("Refused to
    // execute ... because it violates the following Content Security Policy directive"). Contexts a test
    // opens itself are watched too.
    const violations: string[] = [];
    const watch = (watched: BrowserContext) => watched.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    watch(context);
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (...options) => {
      const opened = await newContext(...options);
      watch(opened);
      return opened;
    };
    await provide(violations);
    browser.newContext = newContext;
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  }, { auto: true }],
  api: async ({ request, baseURL }, provide) => {
    await provide(new NotesApi(request, new URL(baseURL!).origin));
  },
  makeNote: async ({ api }, provide) => {
    const ids: string[] = [];
    await provide(async (text = { title: "Offsite", body: "Bring a laptop and sixty-three ideas.\n" }, editor = "Setup") => {
      const note = await api.create(text, editor);
      ids.push(note.id);
      return note;
    });
    for (const id of ids) await api.remove(id, "Cleanup");
  },
  person: async ({ context }, provide) => {
    await provide((name) => openTab(context, name));
  },
});

export { expect };

/** Reload even though the page asks first (it warns before leaving unsaved text). */
export async function reloadAccepting(page: Page) {
  const accept = (dialog: { type(): string; accept(): Promise<void> }) => {
    if (dialog.type() === "beforeunload") void dialog.accept();
  };
  page.on("dialog", accept);
  await page.reload();
  page.off("dialog", accept);
}

/**
 * Cuts a page off from the live event streams, as a proxy that drops them would: the page then hears of
 * others' saves and deletions only when its own request meets them (412, 410). Safety must not depend on
 * events, so those paths are tested this way.
 */
export async function withoutLiveEvents(page: Page) {
  await page.route(/\/api\/notes\/(?:[^/]+\/)?events(?:\?|$)/, (route) => route.abort("connectionrefused"));
}
