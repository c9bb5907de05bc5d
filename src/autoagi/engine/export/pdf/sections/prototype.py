"""The prototype: target, test results per requirement, how to run it, and device screenshots."""

from __future__ import annotations

import io
import warnings

from PIL import Image as PilImage
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph

from ...bundle import ProjectBundle
from ...figures import Table
from ...text import clip
from ..context import RenderContext
from ..flowables import code_block, data_table, gap, para

MAX_LISTED_FILES = 60
SCREENSHOT_MAX_HEIGHT = 330.0


def _image_size(content: bytes) -> tuple[int, int] | None:
    """Pixel size of a readable PNG; None for damaged or absurdly large images."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PilImage.DecompressionBombWarning)
            with PilImage.open(io.BytesIO(content)) as image:
                image.load()
                return image.size
    except Exception:  # noqa: BLE001 - any unreadable image is reported, not raised
        return None


def _screenshot(name: str, content: bytes, context: RenderContext) -> Flowable:
    caption = para(clip(name, 80), context.styles.caption)
    size = _image_size(content)
    if size is None or min(size) == 0:
        return KeepTogether([caption, Paragraph("(the image could not be read)", context.styles.small)])
    width, height = size
    scale = min(context.width / width, SCREENSHOT_MAX_HEIGHT / height, 1.0)
    return KeepTogether([Image(io.BytesIO(content), width=width * scale, height=height * scale), caption, gap(8)])


def prototype_section(bundle: ProjectBundle, context: RenderContext) -> list[Flowable]:
    prototype, styles = bundle.prototype, context.styles
    if prototype is None and not bundle.screenshots:
        return []
    flowables: list[Flowable] = [context.heading("Prototype", 0)]
    if prototype is not None:
        flowables.append(
            para(f"{prototype.target} · {len(prototype.files)} files", styles.body, prefix="<b>Target:</b> ")
        )
        validation = prototype.validation
        if validation is not None:
            flowables.append(
                Paragraph(
                    f"<b>Tests:</b> {validation.passed} passed, {validation.failed} failed in {validation.duration_s:.1f} s",
                    styles.body,
                )
            )
            outcomes = validation.per_requirement
            if outcomes:
                table = Table(("Requirement", "Outcome"), [(key, outcomes[key]) for key in sorted(outcomes)])
                flowables += [data_table(table, styles, context.width * 0.5), gap()]
        if prototype.run_instructions:
            flowables += [context.heading("How to run it", 1), code_block(prototype.run_instructions, styles)]
    if bundle.screenshots:
        flowables.append(context.heading("Screenshots", 1))
        flowables += [_screenshot(name, bundle.screenshots[name], context) for name in sorted(bundle.screenshots)]
    if prototype is not None and prototype.files:
        listed = prototype.files[:MAX_LISTED_FILES]
        table = Table(("Path", "Bytes"), [(f.path, str(f.size)) for f in listed])
        flowables += [
            context.heading("Files", 1),
            data_table(table, styles, context.width, [context.width * 0.8, context.width * 0.2]),
        ]
        if len(prototype.files) > len(listed):
            flowables.append(
                Paragraph(f"…and {len(prototype.files) - len(listed)} more files (see the zip export).", styles.small)
            )
    return flowables
