"""The storage seam: the local folder and S3 through a real S3-protocol server (moto) on loopback."""

from __future__ import annotations

import boto3
import pytest

from autoagi.server.config import Settings
from autoagi.server.storage import InvalidKey, LocalStorage, ObjectNotFound, S3Storage, storage_from_settings
from support.services import S3_CREDENTIALS as CREDENTIALS


@pytest.fixture
def s3(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> S3Storage:
    for name, value in (("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test")):
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=s3_endpoint, **CREDENTIALS)
    client.create_bucket(Bucket="autoagi-test")
    settings = Settings(storage_url="s3://autoagi-test/tenant-a", s3_endpoint_url=s3_endpoint, s3_region="us-east-1")
    storage = storage_from_settings(settings)
    assert isinstance(storage, S3Storage)
    return storage


@pytest.fixture
def local(tmp_path) -> LocalStorage:
    storage = storage_from_settings(Settings(data_dir=tmp_path))
    assert isinstance(storage, LocalStorage)
    return storage


@pytest.fixture(params=["local", "s3"])
def storage(request: pytest.FixtureRequest):
    return request.getfixturevalue(request.param)


async def test_put_get_exists_delete(storage) -> None:
    data = "Überweisung — 日本 🐶".encode() * 1000
    await storage.check()
    await storage.put("documents/abc/original", data, "text/plain")
    assert await storage.get("documents/abc/original") == data
    assert await storage.exists("documents/abc/original")
    await storage.put("documents/abc/original", b"replaced")
    assert await storage.get("documents/abc/original") == b"replaced"
    await storage.delete("documents/abc/original")
    assert not await storage.exists("documents/abc/original")
    await storage.delete("documents/abc/original")  # deleting twice is fine
    with pytest.raises(ObjectNotFound):
        await storage.get("documents/abc/original")


async def test_delete_prefix_removes_only_that_folder(storage) -> None:
    for key in ("documents/one/original", "documents/one/document.json", "documents/two/original"):
        await storage.put(key, b"x")
    await storage.delete_prefix("documents/one")
    assert not await storage.exists("documents/one/original")
    assert not await storage.exists("documents/one/document.json")
    assert await storage.exists("documents/two/original")


@pytest.mark.parametrize("key", ["../etc/passwd", "/absolute", "a/../../b", "a//b", "", "a/.hidden/../x", "x\x00y"])
async def test_keys_cannot_escape(storage, key: str) -> None:
    with pytest.raises(InvalidKey):
        await storage.put(key, b"nope")


async def test_s3_objects_live_under_the_prefix(s3: S3Storage, s3_endpoint: str) -> None:
    await s3.put("documents/p/original", b"data")
    client = boto3.client("s3", endpoint_url=s3_endpoint, **CREDENTIALS)
    keys = [item["Key"] for item in client.list_objects_v2(Bucket="autoagi-test")["Contents"]]
    assert "tenant-a/documents/p/original" in keys
