"""Mermaid diagrams of a design: container (C4-style flowchart), ER, and one sequence per main flow."""
