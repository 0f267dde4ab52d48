from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quantization import Quantization
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.labels import Labels


T = TypeVar("T", bound="CreateBatchCompletionsModelConfig")


@_attrs_define(repr=False)
class CreateBatchCompletionsModelConfig:
    """The model a batch job runs on."""

    model: str
    """ The name of the model (an LLM endpoint's model) to use. """
    labels: Labels
    """ Free-form string labels, for example a team or a cost centre. """
    checkpoint_path: None | str | Unset = UNSET
    """ Path to a checkpoint to load instead of the model's own weights. """
    num_shards: int | None | Unset = 1
    """ How many GPUs to shard the model over. """
    quantize: None | Quantization | Unset = UNSET
    """ Quantization to apply to the model. """
    seed: int | None | Unset = UNSET
    """ Random seed for sampling. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("model", "model", True),
        ("labels", "labels", True),
        ("checkpoint_path", "checkpoint_path", False),
        ("num_shards", "num_shards", False),
        ("quantize", "quantize", False),
        ("seed", "seed", False),
    )

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise field_missing(self, name)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if self.additional_properties and not _WIRE_NAMES.isdisjoint(self.additional_properties):
            return partial_to_dict(self)  # a field kept as it came is written as it came
        try:
            return self._to_dict()
        except AttributeError:  # ResponseFieldError, or the class a caller set for it
            return partial_to_dict(self)

    def _to_dict(self) -> dict[str, Any]:
        model = self.model

        labels = self.labels.to_dict()

        checkpoint_path: None | str | Unset
        if isinstance(self.checkpoint_path, Unset):
            checkpoint_path = UNSET
        else:
            checkpoint_path = self.checkpoint_path

        num_shards: int | None | Unset
        if isinstance(self.num_shards, Unset):
            num_shards = UNSET
        else:
            num_shards = self.num_shards

        quantize: None | str | Unset
        if isinstance(self.quantize, Unset):
            quantize = UNSET
        elif isinstance(self.quantize, Quantization):
            quantize = self.quantize.value
        else:
            quantize = self.quantize

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "labels": labels,
            }
        )
        if checkpoint_path is not UNSET:
            field_dict["checkpoint_path"] = checkpoint_path
        if num_shards is not UNSET:
            field_dict["num_shards"] = num_shards
        if quantize is not UNSET:
            field_dict["quantize"] = quantize
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Reads a JSON object; what does not conform to the schema is kept as it came.

        A field that is missing or of another shape is reported (logged at debug level on the
        ``wriftai`` logger, or raised in a strict `ParseContext`) and its value, if any, kept
        in ``additional_properties``.
        """
        try:
            return cls._from_dict(src_dict)
        except PARSE_ERRORS:
            return read_tolerantly(cls, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Reads a JSON object that conforms to the schema; raises on the first value that does not."""
        d = src_dict
        model = d["model"]
        if not (type(model) is str):
            raise TypeError(model)

        labels = Labels._from_dict(d["labels"])

        checkpoint_path: None | str | Unset = d.get("checkpoint_path", UNSET)
        if not (type(checkpoint_path) is str or checkpoint_path is None or checkpoint_path is UNSET):
            raise TypeError(checkpoint_path)

        num_shards: int | None | Unset = d.get("num_shards", UNSET)
        if not (type(num_shards) is int or num_shards is None or num_shards is UNSET):
            raise TypeError(num_shards)

        def _parse_quantize(data: object) -> None | Quantization | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quantize_type_0 = Quantization(data)

                return quantize_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None or data is UNSET):
                raise TypeError(data)

            return cast(None | Quantization | Unset, data)

        quantize = _parse_quantize(d.get("quantize", UNSET))

        seed: int | None | Unset = d.get("seed", UNSET)
        if not (type(seed) is int or seed is None or seed is UNSET):
            raise TypeError(seed)

        create_batch_completions_model_config = cls(
            model=model,
            labels=labels,
            checkpoint_path=checkpoint_path,
            num_shards=num_shards,
            quantize=quantize,
            seed=seed,
        )

        if len(d) != 2 + ("checkpoint_path" in d) + ("num_shards" in d) + ("quantize" in d) + ("seed" in d):
            create_batch_completions_model_config.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "model",
                    "labels",
                    "checkpoint_path",
                    "num_shards",
                    "quantize",
                    "seed",
                }
            }
        return create_batch_completions_model_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in CreateBatchCompletionsModelConfig._wire_fields)


from ..models.labels import Labels  # noqa: E402
