"""The builder's side of :mod:`._said_data` (helper SOUNDA): a likelihood defined in a post
whose words change the data of the law they declare is left unchecked, not weighed
against that law, and not weighed for its mass over that law's support."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from ._model_likelihood import _likelihood_definition
from ._plans import UNCHECKED
from ._said_model import said_model


def said_law_changed(rows: Sequence[Any], ctx: Any) -> str:
    """Why a likelihood is not weighed against the law a sentence declares: the law
    :func:`._said_model.said_model` would give, and words that alter the data
    (``ctx.altered_data``, or this module's). "" when there is no such law or no such
    words."""
    if not getattr(ctx, "altered_data", False):
        return ""
    model = said_model(rows, ctx.stated_laws, False)
    if model is None:
        return ""
    words = getattr(ctx, "data_changed", "") or "words such as censored, truncated, a mixture"
    return (
        f"the words say the data are not plain draws of the law {model.said} they declare "
        f"({words}): the likelihood is not weighed against it"
    )


def unweighed_likelihood(pr: Any, links: list, reason: str) -> list | None:
    """The links of a row defining a likelihood, its definition unchecked for ``reason``
    (None: not such a row)."""
    if not reason or _likelihood_definition(pr, links) is None:
        return None
    return [dataclasses.replace(links[0], kind=UNCHECKED, reason=reason), *links[1:]]


def likelihood_row(pr: Any, links: list) -> bool:
    """Does the row define a likelihood or log-likelihood (see ``_likelihood_definition``)?"""
    return _likelihood_definition(pr, links) is not None


__all__ = ["likelihood_row", "said_law_changed", "unweighed_likelihood"]
