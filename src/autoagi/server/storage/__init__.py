"""The object-storage seam: a local folder by default, S3 (any S3-protocol server) when configured."""

from autoagi.server.storage.base import InvalidKey, ObjectNotFound, ObjectStorage, validate_key
from autoagi.server.storage.factory import storage_from_settings
from autoagi.server.storage.local import LocalStorage
from autoagi.server.storage.s3 import S3Storage

__all__ = [
    "InvalidKey",
    "LocalStorage",
    "ObjectNotFound",
    "ObjectStorage",
    "S3Storage",
    "storage_from_settings",
    "validate_key",
]
