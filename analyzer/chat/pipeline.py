"""The steps before the orchestrator: load the run, resume the session, route, build context."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy.orm import Session

from agents.contracts import Context, Orchestrator, RunRequest
from analyzer.chat.context import ContextBuilder
from analyzer.chat.emitter import RunEmitter
from analyzer.chat.responder import ChatResponder
from analyzer.chat.router import IntentRouter
from analyzer.chat.sessions import SessionManager, SessionState
from analyzer.db import runs
from analyzer.db.engine import Database
from analyzer.db.models import Message
from analyzer.errors import AppError, ErrorCode
from analyzer.events import Emit, EventType, Intent


@dataclasses.dataclass
class Prepared:
    """A request on its way through the pipeline, with its session and routing rule."""

    request: RunRequest
    session: SessionState | None = None
    rule: str = ""


class Pipeline:
    """SessionManager -> IntentRouter -> ContextBuilder -> responder or orchestrator."""

    def __init__(
        self,
        db: Database,
        *,
        sessions: SessionManager,
        router: IntentRouter,
        context: ContextBuilder,
        responder: ChatResponder,
        orchestrator: Orchestrator,
    ) -> None:
        self._db = db
        self._sessions = sessions
        self._router = router
        self._context = context
        self._responder = responder
        self._orchestrator = orchestrator

    def prepare(self, s: Session, run_id: str) -> Prepared:
        """Load what the run answers: its user message and conversation."""
        run = runs.get_run(s, run_id=run_id, user_id=None)
        message = s.get(Message, run.message_id)
        if message is None:
            raise AppError(ErrorCode.MESSAGE_NOT_FOUND, "the run's message is gone")
        request = RunRequest(
            run_id=run.id,
            conversation_id=run.conversation_id,
            user_id=run.user_id,
            message_id=message.id,
            question=message.content,
            intent=Intent.ANALYSIS,
            context=Context(),
        )
        return Prepared(request)

    async def route(self, prepared: Prepared, emitter: RunEmitter) -> Prepared:
        """Resume the session, build the context and decide the intent; emit both."""
        req = prepared.request
        session = await self._sessions.resume(
            conversation_id=req.conversation_id, user_id=req.user_id
        )
        context = await self._db.run(
            lambda s: self._context.build(
                s,
                conversation_id=req.conversation_id,
                upto_message_id=req.message_id,
                previous_parameters=session.last_parameters,
            )
        )
        routed = self._router.route(
            req.question,
            has_logs=bool(context.logs),
            has_previous=context.previous_parameters is not None,
        )
        await self._db.run(
            lambda s: runs.set_fields(s, run_id=req.run_id, intent=routed.intent.value)
        )
        await emitter.emit(
            Emit(
                type=EventType.INTENT_RESOLVED,
                payload={
                    "intent": routed.intent.value,
                    "confidence": routed.confidence,
                    "rule": routed.rule,
                },
            )
        )
        await emitter.emit(Emit(type=EventType.CONTEXT_BUILT, payload=context.summary()))
        request = dataclasses.replace(req, intent=routed.intent, context=context)
        return Prepared(request, session, routed.rule)

    async def answer(self, prepared: Prepared, emitter: RunEmitter) -> None:
        """Stream the answer from the chat responder or the orchestrator; keep the session."""
        req = prepared.request
        if req.intent in (Intent.CHAT, Intent.CLARIFICATION):
            source = self._responder.run(req, rule=prepared.rule)
        else:
            source = self._orchestrator.run(req)
        parameters: dict[str, Any] | None = None
        async for emit in source:
            if emit.type == EventType.RESULT_CREATED:
                parameters = emit.payload.get("parameters")
            await emitter.emit(emit)
        if prepared.session is not None:
            if parameters is not None:
                prepared.session.state["last_parameters"] = parameters
                prepared.session.state["last_result_id"] = emitter.result_id
            prepared.session.state["last_intent"] = req.intent.value
            await self._sessions.save(conversation_id=req.conversation_id, session=prepared.session)
