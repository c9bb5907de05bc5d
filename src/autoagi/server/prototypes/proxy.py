"""Forward a browser's request to a running preview and its answer back, fenced off from the platform."""

from __future__ import annotations

import httpx
from fastapi import Request
from fastapi.responses import Response

from autoagi.server.prototypes.preview import RunningPreview

# Hop-by-hop headers and what would carry the platform's identity never cross the proxy.
_DROP_REQUEST = {
    "host",
    "connection",
    "keep-alive",
    "transfer-encoding",
    "upgrade",
    "cookie",
    "authorization",
    "content-length",
}
_DROP_RESPONSE = {"connection", "keep-alive", "transfer-encoding", "content-length", "set-cookie", "content-encoding"}
# The preview is an opaque origin: scripts run, but it cannot read the platform's cookies or storage.
PREVIEW_CSP = "sandbox allow-scripts allow-forms allow-popups allow-modals; frame-ancestors 'self'"


async def forward(preview: RunningPreview, request: Request, path: str) -> Response:
    headers = {k: v for k, v in request.headers.items() if k.lower() not in _DROP_REQUEST}
    upstream = httpx.URL(path="/" + path, query=request.url.query.encode())
    try:
        answer = await preview.client.request(request.method, upstream, headers=headers, content=await request.body())
    except httpx.TransportError as error:
        return Response(f"The prototype did not answer: {error}", status_code=502, media_type="text/plain")
    response_headers = {k: v for k, v in answer.headers.items() if k.lower() not in _DROP_RESPONSE}
    response_headers["Content-Security-Policy"] = PREVIEW_CSP
    # The sandboxed page calls its own API from an opaque ("null") origin.
    response_headers["Access-Control-Allow-Origin"] = "*"
    response_headers["X-Frame-Options"] = "SAMEORIGIN"
    return Response(content=answer.content, status_code=answer.status_code, headers=response_headers)
