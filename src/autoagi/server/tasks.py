"""Importing this registers the job handlers of every domain."""

from autoagi.server.designs import tasks as design_tasks
from autoagi.server.documents import tasks as document_tasks
from autoagi.server.exports import tasks as export_tasks
from autoagi.server.prototypes import tasks as prototype_tasks
from autoagi.server.requirements import tasks as requirement_tasks

__all__ = ["design_tasks", "document_tasks", "export_tasks", "prototype_tasks", "requirement_tasks"]
