// The modules that open the database, or import one that does, are marked `import "server-only"`: Next.js then
// fails the build of any client component that imports one, instead of bundling a database driver for the
// browser. This finds the modules that reach the database and checks each carries the marker.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

const importsOf = (source: string) => [...source.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gm)].map((match) => match[1]!);

/** The module a specifier of `from` names, as a project path, or null for a package. */
function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : null;
  if (!base) return null;
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((file) => fs.existsSync(path.join(root, file))) ?? null;
}

const opensDatabase = (source: string) => importsOf(source).some((specifier) => /^(pg|better-sqlite3|@prisma\/adapter-|.*\/generated\/)/.test(specifier));

describe("modules that reach the database are server-only", () => {
  const files = sourceFiles("lib");
  const sources = new Map(files.map((file) => [file, fs.readFileSync(path.join(root, file), "utf8")]));
  // A module reaches the database when it opens it, or imports a module that does.
  const reaches = new Set(files.filter((file) => opensDatabase(sources.get(file)!)));
  for (let grew = true; grew;) {
    grew = false;
    for (const file of files) {
      if (reaches.has(file)) continue;
      if (importsOf(sources.get(file)!).some((specifier) => reaches.has(resolve(file, specifier) ?? ""))) {
        reaches.add(file);
        grew = true;
      }
    }
  }

  it("finds the database client, the repository and the live events among them", () => {
    expect([...reaches]).toEqual(expect.arrayContaining([
      "lib/db/client.ts", "lib/notes/repository.ts", "lib/events/postgres-fan-out.ts", "lib/events/publish-committed.ts",
    ]));
  });

  it.each(files)("%s carries the marker if it reaches the database", (file) => {
    if (!reaches.has(file)) return;
    expect(sources.get(file)).toMatch(/^import "server-only";$/m);
  });
});
