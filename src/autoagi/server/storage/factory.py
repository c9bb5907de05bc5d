from __future__ import annotations

from urllib.parse import urlparse

from autoagi.server.config import Settings
from autoagi.server.storage.base import ObjectStorage
from autoagi.server.storage.local import LocalStorage
from autoagi.server.storage.s3 import S3Storage


def storage_from_settings(settings: Settings) -> ObjectStorage:
    """``AUTOAGI_STORAGE_URL=s3://bucket/prefix`` selects S3; otherwise files under the data folder.

    S3 credentials come from the usual AWS variables or instance roles; ``AUTOAGI_S3_ENDPOINT_URL``
    points at a non-AWS server.
    """
    if settings.storage_url and settings.storage_url.startswith("s3://"):
        parsed = urlparse(settings.storage_url)
        options = {"endpoint_url": settings.s3_endpoint_url} if settings.s3_endpoint_url else {}
        if settings.s3_region:
            options["region_name"] = settings.s3_region
        return S3Storage(parsed.netloc, parsed.path, **options)
    return LocalStorage(settings.storage_dir)
