from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quantization import Quantization
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.labels import Labels


T = TypeVar("T", bound="CreateBatchCompletionsModelConfig")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        d = src_dict
        model = d["model"]

        labels = Labels.from_dict(d["labels"])

        checkpoint_path = cast(None | str | Unset, d.get("checkpoint_path", UNSET))

        num_shards = cast(int | None | Unset, d.get("num_shards", UNSET))

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
            return cast(None | Quantization | Unset, data)

        quantize = _parse_quantize(d.get("quantize", UNSET))

        seed = cast(int | None | Unset, d.get("seed", UNSET))

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


from ..models.labels import Labels  # noqa: E402
