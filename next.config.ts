import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A strong ETag names exactly one representation, content coding included (RFC 9110 8.8.1, 8.8.3).
  // Next.js would gzip responses and keep the identity ETag, so two different byte sequences would share
  // one strong tag. Next.js therefore never compresses; server.ts sends only the build's static files gzipped
  // (lib/server/compressed-static.ts), and a reverse proxy that compresses must weaken or rewrite the tag
  // (see README, "Compression and ETags"; deploy/nginx.conf compresses /_next/static only).
  compress: false,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it (nor pg, whose
  // optional native binding the bundler cannot resolve).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
};

export default nextConfig;
