"""SQLAlchemy models, one module per table; importing this package registers them all."""

from autoagi.server.models.artifact_version import (
    DesignRecord,
    EstimateRecord,
    PrototypeRecord,
    RoadmapRecord,
    RoiRecord,
)
from autoagi.server.models.client import Client
from autoagi.server.models.document import DocumentRecord
from autoagi.server.models.export import ExportRecord
from autoagi.server.models.invitation import Invitation
from autoagi.server.models.job import Job
from autoagi.server.models.one_time_token import OneTimeToken
from autoagi.server.models.project import Project
from autoagi.server.models.project_member import ProjectMember
from autoagi.server.models.refresh_token import RefreshToken
from autoagi.server.models.requirement import RequirementRecord
from autoagi.server.models.user import User

__all__ = [
    "Client",
    "DesignRecord",
    "EstimateRecord",
    "ExportRecord",
    "DocumentRecord",
    "Invitation",
    "Job",
    "OneTimeToken",
    "Project",
    "ProjectMember",
    "PrototypeRecord",
    "RefreshToken",
    "RequirementRecord",
    "RoadmapRecord",
    "RoiRecord",
    "User",
]
