import type { Requirement } from "@/api/client";

export const KINDS: Requirement["kind"][] = ["functional", "non_functional", "constraint"];
export const CATEGORIES: Requirement["category"][] = [
  "functional_suitability",
  "performance_efficiency",
  "compatibility",
  "usability",
  "reliability",
  "security",
  "maintainability",
  "portability",
  "legal",
];
export const PRIORITIES: Requirement["priority"][] = ["must", "should", "could", "wont"];
export const STATUSES: Requirement["status"][] = ["draft", "approved", "rejected", "implemented"];

export const PRIORITY_TONE: Record<string, string> = { must: "danger", should: "warning", could: "info", wont: "neutral" };
export const STATUS_TONE: Record<string, string> = {
  draft: "neutral",
  approved: "success",
  rejected: "danger",
  implemented: "info",
};
export const SEVERITY_TONE: Record<string, string> = { error: "danger", warning: "warning", info: "info" };
