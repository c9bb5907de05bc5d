"""The scale-out side: jobs through Redis to an arq worker, files in S3; and recovery after a stop."""

from __future__ import annotations

import uuid

import boto3
import pytest

from autoagi.server.models import Job
from autoagi.server.worker.arq_worker import build_worker
from support.api import Api
from support.services import S3_CREDENTIALS

NOTES = b"The system shall let a pet owner book an appointment online.\nThe clinic must be able to cancel visits.\n"


@pytest.fixture
def settings_overrides(redis_url: str, s3_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    boto3.client("s3", endpoint_url=s3_endpoint, **S3_CREDENTIALS).create_bucket(Bucket="autoagi-jobs")
    return {
        "redis_url": redis_url,
        "jobs_backend": "redis",
        "storage_url": "s3://autoagi-jobs/app",
        "s3_endpoint_url": s3_endpoint,
        "s3_region": "us-east-1",
    }


async def test_upload_is_analysed_by_an_arq_worker_with_files_in_s3(live_api: Api, s3_endpoint: str) -> None:
    await live_api.user("owner")
    project = await live_api.project("owner")
    accepted = await live_api.upload("owner", project["id"], "notes.txt", NOTES)
    job_path = f"/api/v1/jobs/{accepted['job']['id']}"
    await live_api.context.jobs.join()  # the job id is in Redis now
    waiting = (await live_api.client.get(job_path, headers=live_api.auth("owner"))).json()
    assert waiting["status"] == "queued"  # nothing runs it inside the API process

    worker = build_worker(live_api.settings, burst=True)
    try:
        await worker.main()
    finally:
        await worker.close()
    done = (await live_api.client.get(job_path, headers=live_api.auth("owner"))).json()
    assert done["status"] == "succeeded", done
    keys = [
        o["Key"]
        for o in boto3.client("s3", endpoint_url=s3_endpoint, **S3_CREDENTIALS).list_objects_v2(Bucket="autoagi-jobs")[
            "Contents"
        ]
    ]
    assert f"app/documents/{accepted['document']['id']}/original" in keys
    listed = await live_api.client.get(f"/api/v1/projects/{project['id']}/requirements", headers=live_api.auth("owner"))
    assert listed.json()["total"] >= 2


@pytest.mark.parametrize("settings_overrides", [{}])
async def test_interrupted_jobs_run_again_after_a_restart(live_api: Api) -> None:
    """A job left 'running' by a stopped process is picked up by the next one."""
    await live_api.user("owner")
    project = await live_api.project("owner")
    accepted = await live_api.upload("owner", project["id"], "notes.txt", NOTES)
    await live_api.context.jobs.join()
    # Simulate a stop mid-job: put the job back to 'running' as a crash would have left it.
    async with live_api.context.sessions() as session, session.begin():
        job = await session.get(Job, uuid.UUID(accepted["job"]["id"]))
        job.status, job.progress, job.result = "running", 40, None
    assert await live_api.context.jobs.recover() == 1
    done = await live_api.finished_job("owner", accepted["job"]["id"])
    assert done["status"] == "succeeded" and done["attempts"] == 2
