"""Webhook delivery: POST a prediction to its webhook URL on every status change."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx

from wriftai.testing._context import AppContext, WebhookDelivery
from wriftai.testing._store.clock import now
from wriftai.testing._store.predictions import TERMINAL_PREDICTION, PredictionRecord

SIGNATURE_HEADER = "WriftAI-Signature"

logger = logging.getLogger("wriftai.testing")


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """Return the ``WriftAI-Signature`` value for ``body``.

    Args:
        secret: The webhook's secret.
        body: The raw request body.
        timestamp: Unix seconds.

    Returns:
        ``t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>." + body>``.
    """
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


async def deliver_webhooks(
    ctx: AppContext,
    record: PredictionRecord,
    render: Callable[[PredictionRecord, float], dict[str, Any]],
) -> None:
    """Send the prediction to its webhook each time its status changes, until terminal.

    Deliveries are made one at a time, in order, and recorded in
    ``ctx.webhook_deliveries``; an unreachable receiver is recorded with status 0.

    Args:
        ctx: The emulator context.
        record: The prediction; it must have a webhook.
        render: Renders the prediction at a given time.
    """
    assert record.webhook is not None
    url = str(record.webhook["url"])
    secret = record.webhook.get("secret")
    delivered: str | None = None
    async with httpx.AsyncClient(timeout=5.0) as client:
        while True:
            at = now()
            status = record.status(at)
            if status != delivered:
                body = json.dumps(render(record, at), separators=(",", ":")).encode()
                headers = {"content-type": "application/json", "user-agent": "wriftai-emulator"}
                if secret:
                    headers[SIGNATURE_HEADER] = sign(str(secret), body, int(time.time()))
                try:
                    response = await client.post(url, content=body, headers=headers)
                    code = response.status_code
                except httpx.HTTPError as exc:
                    logger.info("webhook to %s failed: %s", url, exc)
                    code = 0
                ctx.webhook_deliveries.append(WebhookDelivery(url, headers, body, code))
                delivered = status
                continue  # the prediction may have moved on while this was sent
            if status in TERMINAL_PREDICTION:
                return
            await record.wait_change(until=record.next_status_change(now()))
