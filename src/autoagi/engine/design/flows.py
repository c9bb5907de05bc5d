"""Which flows deserve a sequence diagram: creating the main entities, then acting on them."""

from __future__ import annotations

from autoagi.engine.design.diagrams.sequence import Flow
from autoagi.engine.design.model import ActionDraft, EntityDraft, ExternalSystem
from autoagi.engine.design.roles import RoleDraft

MAIN_ENTITY_COUNT = 3


def main_flows(
    entities: list[EntityDraft],
    roles: dict[str, RoleDraft],
    externals: list[ExternalSystem],
    limit: int,
) -> list[Flow]:
    """Create flows of the entities most requirements mention, then their actions, at most ``limit``."""
    ranked = sorted(entities, key=lambda entity: -len(entity.requirement_ids))[:MAIN_ENTITY_COUNT]
    candidates: list[Flow] = []
    for entity in ranked:
        candidates.append(_flow(entity, None, entity.crud["create"], entity.crud_roles["create"], roles, externals))
    for entity in ranked:
        for action in entity.actions.values():
            candidates.append(_flow(entity, action, action.requirement_ids, action.roles, roles, externals))
    return candidates[:limit]


def _flow(
    entity: EntityDraft,
    action: ActionDraft | None,
    requirement_ids: set[str],
    asking_roles: list[str],
    roles: dict[str, RoleDraft],
    externals: list[ExternalSystem],
) -> Flow:
    """The flow as the role that asked for it sees it (else the first role, else "User")."""
    role_name = next((name for name in asking_roles if name in roles), next(iter(roles), None))
    actor = roles[role_name].label if role_name else "User"
    involved = [external for external in externals if external.requirement_ids & set(requirement_ids)]
    return Flow(entity, actor, action, involved, requires_sign_in=bool(roles))
