"""The emulator's deterministic "models": prediction runners and an LLM token generator.

Nothing here is random or depends on time: the same input always gives the same output,
so tests can assert on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# At most this many output pieces per prediction: keeps streams short for long inputs.
MAX_PIECES = 32

# The emulated LLM's context limit: completions never run past this many tokens.
MAX_COMPLETION_TOKENS = 2048

_SENTENCE = (" The", " quick", " brown", " fox", " jumps", " over", " the", " lazy", " dog", ".")


@dataclass(frozen=True)
class PredictionPlan:
    """What a prediction will produce once it runs.

    Attributes:
        pieces: The output pieces, one ``output`` event each, in order.
        as_text: Whether the prediction's ``output`` is the pieces joined into one string
            (else it is the list of pieces).
        error: The failure message when the run fails after its first half of pieces.
    """

    pieces: tuple[str, ...]
    as_text: bool
    error: str | None

    def emitted_pieces(self) -> int:
        """Return how many pieces are emitted before the run ends (fewer on failure)."""
        return len(self.pieces) // 2 if self.error else len(self.pieces)

    def output(self, count: int) -> Any:
        """Return the prediction's ``output`` after ``count`` pieces (None before the first).

        Args:
            count: Pieces emitted so far.

        Returns:
            A string or a list of strings, or None.
        """
        if count == 0:
            return None
        pieces = list(self.pieces[:count])
        return "".join(pieces) if self.as_text else pieces


def _split(text: str) -> tuple[str, ...]:
    words = re.findall(r"\S+\s*", text) or ([text] if text else [])
    if len(words) <= MAX_PIECES:
        return tuple(words)
    size = -(-len(words) // MAX_PIECES)
    return tuple("".join(words[i : i + size]) for i in range(0, len(words), size))


def plan_prediction(model_name: str, input_value: Any) -> PredictionPlan:
    """Decide what a prediction of ``model_name`` on ``input_value`` produces.

    ``uppercase`` models answer the prompt in capitals as one string; every other model
    echoes the prompt ``repeat`` times as a list of words. ``"fail": true`` in the input
    makes the run fail half-way; an input without a string ``prompt`` fails too.

    Args:
        model_name: The model's name (its owner does not matter).
        input_value: The prediction's input, any JSON value.

    Returns:
        The plan.
    """
    as_text = model_name == "uppercase"
    if not isinstance(input_value, dict) or not isinstance(input_value.get("prompt"), str):
        return PredictionPlan((), as_text, "input.prompt must be a string")
    prompt: str = input_value["prompt"]
    repeat = input_value.get("repeat", 1)
    if not isinstance(repeat, int) or isinstance(repeat, bool) or not 1 <= repeat <= 10:
        repeat = 1
    text = prompt.upper() if as_text else " ".join([prompt] * repeat)
    error = "The model failed because the input asked it to (fail: true)."
    return PredictionPlan(_split(text), as_text, error if input_value.get("fail") is True else None)


@dataclass(frozen=True)
class Token:
    """One generated token with its log probability."""

    text: str
    log_prob: float


@dataclass(frozen=True)
class Completion:
    """A finished completion.

    Attributes:
        tokens: The tokens generated, after stop-sequence handling.
        text: The completion text (the tokens joined, trimmed at a stop sequence).
        num_prompt_tokens: Tokens in the prompt (whitespace-separated words).
    """

    tokens: tuple[Token, ...]
    text: str
    num_prompt_tokens: int


def _token_stream(request: dict[str, Any]) -> list[str]:
    choices = request.get("guided_choice")
    if isinstance(choices, list) and choices:
        return [str(choices[0])]
    return [_SENTENCE[i % len(_SENTENCE)] for i in range(MAX_COMPLETION_TOKENS)]


def complete(request: dict[str, Any]) -> Completion:
    """Complete a prompt deterministically.

    The generator continues every prompt with "The quick brown fox jumps over the lazy
    dog." repeated, one word (or the final period) per token. It stops after
    ``max_new_tokens`` tokens, or at the first stop sequence, which is dropped from the
    text unless ``include_stop_str_in_output`` is set. ``guided_choice`` answers with its
    first choice.

    Args:
        request: The completion request body.

    Returns:
        The completion.
    """
    limit = min(int(request["max_new_tokens"]), MAX_COMPLETION_TOKENS)
    stops = [s for s in request.get("stop_sequences") or [] if s]
    keep_stop = bool(request.get("include_stop_str_in_output"))
    tokens: list[Token] = []
    text = ""
    for index, piece in enumerate(_token_stream(request)[:limit]):
        tokens.append(Token(piece, -round(0.05 + 0.1 * (index % 5), 2)))
        text += piece
        hits = [(text.find(stop), stop) for stop in stops if stop in text]
        if hits:
            position, stop = min(hits)
            text = text[: position + len(stop)] if keep_stop else text[:position]
            break
    prompt = str(request.get("prompt", ""))
    return Completion(tuple(tokens), text, len(prompt.split()))


def stream_pieces(completion: Completion) -> list[str]:
    """Split a completion's text into the pieces its stream sends, one per token.

    The pieces join to exactly ``completion.text``: a token cut by a stop sequence is sent
    shortened, and tokens after the cut are not sent.

    Args:
        completion: The finished completion.

    Returns:
        One string per streamed token.
    """
    pieces: list[str] = []
    remaining = completion.text
    for token in completion.tokens:
        if not remaining:
            break
        piece = token.text if remaining.startswith(token.text) else remaining[: len(token.text)]
        pieces.append(piece)
        remaining = remaining[len(piece) :]
    if remaining:
        pieces.append(remaining)
    return pieces or [""]
