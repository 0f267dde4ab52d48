from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.fine_tune_hyperparameters import FineTuneHyperparameters
    from ..models.wandb_config import WandbConfig


T = TypeVar("T", bound="CreateFineTuneRequest")


@_attrs_define(repr=False, getstate_setstate=False)
class CreateFineTuneRequest:
    """A fine-tuning job to start."""

    model: str
    """ The base model to fine-tune. """
    training_file: str
    """ An uploaded file's id (`file-...`) or a URL, with the training data. """
    hyperparameters: FineTuneHyperparameters
    """ Hyperparameters of a fine-tune, such as `epochs` or `lr`; `{}` keeps the defaults. """
    validation_file: None | str | Unset = UNSET
    """ An uploaded file's id or a URL, with validation data. """
    wandb_config: None | Unset | WandbConfig = UNSET
    """ Weights & Biases settings. """
    suffix: None | str | Unset = UNSET
    """ A string added to the fine-tuned model's name: at most 28 letters, digits and
    `-` (the server answers `400` otherwise).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "training_file",
            "hyperparameters",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("model", "model", True),
        ("training_file", "training_file", True),
        ("hyperparameters", "hyperparameters", True),
        ("validation_file", "validation_file", False),
        ("wandb_config", "wandb_config", False),
        ("suffix", "suffix", False),
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

        training_file = self.training_file

        hyperparameters = self.hyperparameters.to_dict()

        validation_file: None | str | Unset
        if isinstance(self.validation_file, Unset):
            validation_file = UNSET
        else:
            validation_file = self.validation_file

        wandb_config: dict[str, Any] | None | Unset
        if isinstance(self.wandb_config, Unset):
            wandb_config = UNSET
        elif isinstance(self.wandb_config, WandbConfig):
            wandb_config = self.wandb_config.to_dict()
        else:
            wandb_config = self.wandb_config

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "training_file": training_file,
                "hyperparameters": hyperparameters,
            }
        )
        if validation_file is not UNSET:
            field_dict["validation_file"] = validation_file
        if wandb_config is not UNSET:
            field_dict["wandb_config"] = wandb_config
        if suffix is not UNSET:
            field_dict["suffix"] = suffix

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

        training_file = d["training_file"]
        if not (type(training_file) is str):
            raise TypeError(training_file)

        hyperparameters = _read_FineTuneHyperparameters(d["hyperparameters"])

        validation_file: None | str | Unset = d.get("validation_file", UNSET)
        if not (type(validation_file) is str or validation_file is None or validation_file is UNSET):
            raise TypeError(validation_file)

        _wandb_config = d.get("wandb_config", UNSET)
        wandb_config: None | Unset | WandbConfig
        if _wandb_config is None or _wandb_config is UNSET:
            wandb_config = _wandb_config
        else:
            if not isinstance(_wandb_config, dict):
                raise TypeError()
            wandb_config_type_0 = _read_WandbConfig(_wandb_config)

            wandb_config = wandb_config_type_0

        suffix: None | str | Unset = d.get("suffix", UNSET)
        if not (type(suffix) is str or suffix is None or suffix is UNSET):
            raise TypeError(suffix)

        create_fine_tune_request = cls(
            model,
            training_file,
            hyperparameters,
            validation_file,
            wandb_config,
            suffix,
        )

        if len(d) != 3 + (validation_file is not UNSET) + (wandb_config is not UNSET) + (suffix is not UNSET):
            create_fine_tune_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "model",
                    "training_file",
                    "hyperparameters",
                    "validation_file",
                    "wandb_config",
                    "suffix",
                }
            }
        return create_fine_tune_request

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in CreateFineTuneRequest._wire_fields)


from ..models.fine_tune_hyperparameters import FineTuneHyperparameters  # noqa: E402
from ..models.wandb_config import WandbConfig  # noqa: E402

_read_CreateFineTuneRequest = CreateFineTuneRequest._from_dict
_read_FineTuneHyperparameters = FineTuneHyperparameters._from_dict
_read_WandbConfig = WandbConfig._from_dict
