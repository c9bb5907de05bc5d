"""Estimate, roadmap (with its Gantt chart) and ROI (with cash-flow and tornado charts)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from ... import figures
from ...bundle import ProjectBundle
from ..charts.cash_flow import cash_flow_chart
from ..charts.gantt import gantt_charts
from ..charts.tornado import tornado_chart
from ..context import RenderContext
from ..diagrams.geometry import fit
from ..flowables import bullets, data_table, gap, para


def estimate_section(bundle: ProjectBundle, context: RenderContext) -> list[Flowable]:
    estimate, styles, width = bundle.estimate, context.styles, context.width
    if estimate is None:
        return []
    return [
        context.heading("Estimate", 0),
        para(estimate.method, styles.body, prefix="<b>Method:</b> "),
        data_table(
            figures.estimate_spread(estimate), styles, width, [width * s for s in (0.32, 0.17, 0.17, 0.17, 0.17)]
        ),
        gap(),
        context.heading("Basis", 1),
        data_table(figures.estimate_basis(estimate), styles, width, [width * 0.4, width * 0.6]),
        gap(),
        data_table(figures.function_points_by_type(estimate), styles, width * 0.5),
        gap(),
        context.heading("Requirements that drive the cost", 1),
        data_table(
            figures.top_contributions(estimate), styles, width, [width * s for s in (0.13, 0.37, 0.11, 0.1, 0.12, 0.17)]
        ),
        gap(),
        context.heading("Assumptions", 1),
        *bullets(estimate.assumptions, styles),
    ]


def roadmap_section(bundle: ProjectBundle, context: RenderContext) -> list[Flowable]:
    roadmap, styles, width = bundle.roadmap, context.styles, context.width
    if roadmap is None:
        return []
    flowables: list[Flowable] = [
        context.heading("Roadmap", 0),
        data_table(figures.roadmap_summary(roadmap), styles, width * 0.6),
        gap(),
        context.heading("Phases and milestones", 1),
        data_table(figures.roadmap_phases(roadmap), styles, width),
        gap(),
        data_table(figures.roadmap_milestones(roadmap), styles, width * 0.7),
        gap(),
    ]
    charts = gantt_charts(roadmap, width, styles.fonts)
    for index, chart in enumerate(charts, start=1):
        caption = f"Tasks by start date ({index} of {len(charts)})" if len(charts) > 1 else "Tasks by start date"
        block = [Paragraph(caption, styles.caption), fit(chart, width, context.height - 60)]
        if index == 1:  # a heading and its chart share a page
            block.insert(0, context.heading("Gantt chart", 1))
        flowables += [KeepTogether(block), gap()]
    if roadmap.critical_path:
        flowables += [context.heading("Critical path", 1), para(" → ".join(roadmap.critical_path), styles.body)]
    warnings = roadmap.design_warnings + roadmap.schedule_warnings
    if warnings:
        flowables += [context.heading("Warnings", 1), *bullets(warnings, styles)]
    flowables += [context.heading("Assumptions", 1), *bullets(roadmap.assumptions, styles)]
    return flowables


def roi_section(bundle: ProjectBundle, context: RenderContext) -> list[Flowable]:
    roi, styles, width = bundle.roi, context.styles, context.width
    if roi is None:
        return []
    flowables: list[Flowable] = [
        context.heading("Return on investment", 0),
        para(roi.method, styles.body, prefix="<b>Method:</b> "),
        data_table(figures.roi_key_figures(roi), styles, width, [width * 0.4, width * 0.6]),
        gap(),
        KeepTogether([context.heading("Cash flow", 1), cash_flow_chart(roi, width, styles.fonts)]),
        gap(),
    ]
    tornado = tornado_chart(roi, width, styles.fonts)
    if tornado is not None:
        flowables += [KeepTogether([context.heading("Sensitivity", 1), tornado]), gap()]
        flowables += [
            data_table(
                figures.roi_sensitivity(roi), styles, width, [width * s for s in (0.36, 0.16, 0.16, 0.16, 0.16)]
            ),
            gap(),
        ]
    flowables += [context.heading("Cash flows", 1), data_table(figures.roi_cash_flows(roi), styles, width)]
    if roi.notes:
        flowables += [context.heading("Notes", 1), *bullets(roi.notes, styles)]
    return flowables
