"use client";

import { createContext, useContext } from "react";
import type { Project, Role } from "@/api/client";

export interface ProjectContextValue {
  project: Project;
  role: Role;
  canEdit: boolean;
  isOwner: boolean;
  reload: () => Promise<void>;
}

export const ProjectContext = createContext<ProjectContextValue | null>(null);

export function useProject(): ProjectContextValue {
  const value = useContext(ProjectContext);
  if (!value) throw new Error("useProject outside a project page");
  return value;
}
