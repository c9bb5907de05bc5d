import type { NextConfig } from "next";

// A static export: `autoagi serve` serves frontend/out at "/" (pages live in <route>/index.html,
// hence trailingSlash). No server features: routes take their ids from the query string.
const dev = process.env.NODE_ENV === "development";

const nextConfig: NextConfig = {
  output: "export",
  // In `next dev` a trailing-slash redirect would hit /api/* before the proxy below.
  trailingSlash: !dev,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  devIndicators: false,
  // `next dev` talks to a separately started `autoagi serve` (http://127.0.0.1:8000 by default).
  ...(dev
    ? {
        async rewrites() {
          const api = process.env.AUTOAGI_API_URL ?? "http://127.0.0.1:8000";
          return [{ source: "/api/:path*", destination: `${api}/api/:path*` }];
        },
      }
    : {}),
};

export default nextConfig;
