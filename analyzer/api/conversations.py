"""Routes: conversations and their messages."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from analyzer.api.deps import PrincipalDep, ServicesDep
from analyzer.api.schemas import (
    Accepted,
    ConversationCreate,
    ConversationOut,
    ConversationPatch,
    LimitQ,
    MessageCreate,
    MessageOut,
    PageOut,
    PageQ,
)
from analyzer.chat import conversations as usecase
from analyzer.db import conversations as repo
from analyzer.db import runs

router = APIRouter(prefix="/api/conversations", tags=["conversations"])


@router.post("", status_code=201)
def create_conversation(
    body: ConversationCreate, principal: PrincipalDep, services: ServicesDep
) -> ConversationOut:
    """Start a conversation, optionally with logs attached."""
    with services.db.tx() as s:
        view = usecase.create(s, user_id=principal.user_id, title=body.title, log_ids=body.log_ids)
    return ConversationOut(**view)


@router.get("")
def list_conversations(
    principal: PrincipalDep,
    services: ServicesDep,
    page: PageQ = 1,
    limit: LimitQ = 20,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> PageOut[ConversationOut]:
    """The caller's conversations, most recent first; `q` searches titles."""
    with services.db.tx() as s:
        found = usecase.listing(s, user_id=principal.user_id, page=page, limit=limit, query=q)
    items = [ConversationOut(**v) for v in found.items]
    return PageOut(items=items, page=found.page, limit=found.limit, total=found.total)


@router.get("/{conversation_id}")
def get_conversation(
    conversation_id: str, principal: PrincipalDep, services: ServicesDep
) -> ConversationOut:
    """One conversation."""
    with services.db.tx() as s:
        conv = repo.get_conversation(s, conversation_id=conversation_id, user_id=principal.user_id)
        return ConversationOut(**usecase.view(s, conv))


@router.patch("/{conversation_id}")
def patch_conversation(
    conversation_id: str, body: ConversationPatch, principal: PrincipalDep, services: ServicesDep
) -> ConversationOut:
    """Rename, attach or detach logs."""
    with services.db.tx() as s:
        view = usecase.patch(
            s,
            conversation_id=conversation_id,
            user_id=principal.user_id,
            title=body.title,
            attach=body.attach_log_ids,
            detach=body.detach_log_ids,
        )
    return ConversationOut(**view)


@router.delete("/{conversation_id}", status_code=204)
async def delete_conversation(
    conversation_id: str, principal: PrincipalDep, services: ServicesDep
) -> Response:
    """Soft-delete: cancel its active run, then hide it."""

    def active(s: Any) -> str | None:
        conv = repo.get_conversation(s, conversation_id=conversation_id, user_id=principal.user_id)
        run = runs.active_run(s, conversation_id=conv.id)
        return run.id if run else None

    run_id = await services.db.run(active)
    if run_id:
        await services.runs.cancel(run_id=run_id, user_id=principal.user_id)

    await services.db.run(
        lambda s: usecase.delete(s, conversation_id=conversation_id, user_id=principal.user_id)
    )
    services.sessions.forget(conversation_id)
    return Response(status_code=204)


@router.get("/{conversation_id}/messages")
def list_messages(
    conversation_id: str,
    principal: PrincipalDep,
    services: ServicesDep,
    page: PageQ = 1,
    limit: LimitQ = 50,
) -> PageOut[MessageOut]:
    """Messages oldest first, paginated; user messages carry their latest run."""
    with services.db.tx() as s:
        found = usecase.messages(
            s, conversation_id=conversation_id, user_id=principal.user_id, page=page, limit=limit
        )
    items = [MessageOut(**m) for m in found.items]
    return PageOut(items=items, page=found.page, limit=found.limit, total=found.total)


@router.post("/{conversation_id}/messages", status_code=202)
async def post_message(
    conversation_id: str, body: MessageCreate, principal: PrincipalDep, services: ServicesDep
) -> Accepted:
    """Store the message, queue a run that outlives this request, and say where to follow it."""
    content = usecase.check_message(body.content, max_chars=services.settings.MAX_MESSAGE_CHARS)
    sub = await services.runs.submit(
        conversation_id=conversation_id,
        user_id=principal.user_id,
        content=content,
        log_ids=body.log_ids,
    )
    return Accepted.of(sub)
