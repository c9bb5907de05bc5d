import Link from "next/link";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main id="main" className="auth-page">
      <div className="auth-card card">
        <h1>Page not found</h1>
        <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
        <p className="auth-links">
          <Link href="/projects/">Your projects</Link>
          <Link href="/login/">Sign in</Link>
        </p>
      </div>
    </main>
  );
}
