"""The PDF report (reportlab): cover, requirements with findings, design with drawn diagrams,
prototype screenshots, estimate, roadmap Gantt chart and ROI charts."""

from .report import render_pdf

__all__ = ["render_pdf"]
