"""The preview in device frames, photographed by headless Chromium for reports."""

from __future__ import annotations

import shutil
from collections.abc import Awaitable, Callable

import httpx

from autoagi.server.context import AppContext
from autoagi.server.models import PrototypeRecord
from autoagi.server.prototypes.running import ensure_preview

DEVICES: dict[str, tuple[int, int]] = {
    "phone": (390, 844),
    "phone-landscape": (844, 390),
    "tablet": (820, 1180),
    "tablet-landscape": (1180, 820),
    "laptop": (1366, 768),
    "desktop": (1920, 1080),
}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


# httpx hands over decoded bodies: these headers would describe the bytes wrongly.
_DECODED = {"content-encoding", "content-length", "transfer-encoding"}


class ScreenshotsUnavailable(RuntimeError):
    pass


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise ScreenshotsUnavailable("Chromium is not installed (Debian package chromium)")
    return found


def screenshot_key(prototype_id, device: str) -> str:
    return f"prototypes/{prototype_id}/screenshots/{device}.png"


async def capture_devices(
    app: AppContext, record: PrototypeRecord, progress: Callable[[float, str], Awaitable[None]] | None = None
) -> list[str]:
    from playwright.async_api import async_playwright

    preview = await ensure_preview(app, record)
    taken = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            # The browser reaches the preview through a route: its socket is not a TCP port.
            context = await browser.new_context(service_workers="block")

            async def through_socket(route) -> None:
                request = route.request
                url = httpx.URL(request.url)
                answer = await preview.client.request(
                    request.method, httpx.URL(path=url.path, query=url.query), content=request.post_data_buffer
                )
                headers = {k: v for k, v in answer.headers.items() if k.lower() not in _DECODED}
                await route.fulfill(status=answer.status_code, headers=headers, body=answer.content)

            await context.route("http://preview/**", through_socket)
            for index, (device, (width, height)) in enumerate(DEVICES.items()):
                page = await context.new_page()
                await page.set_viewport_size({"width": width, "height": height})
                await page.goto("http://preview/", wait_until="networkidle")
                png = await page.screenshot(full_page=False)
                await app.storage.put(screenshot_key(record.id, device), png, "image/png")
                taken.append(device)
                await page.close()
                if progress:
                    await progress(0.1 + 0.85 * (index + 1) / len(DEVICES), f"{device} {width}×{height}")
        finally:
            await browser.close()
    return taken
