"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Spinner } from "@/components/ui";
import { useAuth } from "@/lib/auth";

export default function Home() {
  const { status } = useAuth();
  const router = useRouter();
  useEffect(() => {
    if (status === "signed-in") router.replace("/projects/");
    if (status === "signed-out") router.replace("/login/");
  }, [status, router]);
  return (
    <main id="main" className="page-center">
      <Spinner label="Loading Auto AGI Builder…" />
    </main>
  );
}
