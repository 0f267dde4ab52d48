from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.create_batch_completions_model_config import CreateBatchCompletionsModelConfig
    from ..models.create_batch_completions_request_content import CreateBatchCompletionsRequestContent
    from ..models.tool_config import ToolConfig


T = TypeVar("T", bound="CreateBatchCompletionsRequest")


@_attrs_define(repr=False, getstate_setstate=False)
class CreateBatchCompletionsRequest:
    """A batch completion job to start."""

    output_data_path: str
    """ Path the results are written to. """
    model_config: CreateBatchCompletionsModelConfig
    """ The model a batch job runs on, and the vLLM engine settings users set most. The
    server accepts more vLLM engine arguments than are listed here, and no
    `quantize` (the vLLM argument is `quantization`).
     """
    input_data_path: None | str | Unset = UNSET
    """ Path to a JSON file of prompts and settings; alternative to `content`. """
    content: CreateBatchCompletionsRequestContent | None | Unset = UNSET
    """ Prompts and settings given inline; alternative to `input_data_path`. """
    data_parallelism: int | None | Unset = 1
    """ How many workers to split the prompts over; the server currently refuses more than 1 with `400`. """
    max_runtime_sec: int | None | Unset = 86400
    """ Time limit of the job, in seconds; past it the job fails. """
    priority: None | str | Unset = UNSET
    """ The job's scheduling priority, a value the deployment defines. """
    tool_config: None | ToolConfig | Unset = UNSET
    """ Tool use (experimental). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "output_data_path",
            "model_config",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("output_data_path", "output_data_path", True),
        ("model_config", "model_config", True),
        ("input_data_path", "input_data_path", False),
        ("content", "content", False),
        ("data_parallelism", "data_parallelism", False),
        ("max_runtime_sec", "max_runtime_sec", False),
        ("priority", "priority", False),
        ("tool_config", "tool_config", False),
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
        output_data_path = self.output_data_path

        model_config = self.model_config.to_dict()

        input_data_path: None | str | Unset
        if isinstance(self.input_data_path, Unset):
            input_data_path = UNSET
        else:
            input_data_path = self.input_data_path

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, CreateBatchCompletionsRequestContent):
            content = self.content.to_dict()
        else:
            content = self.content

        data_parallelism: int | None | Unset
        if isinstance(self.data_parallelism, Unset):
            data_parallelism = UNSET
        else:
            data_parallelism = self.data_parallelism

        max_runtime_sec: int | None | Unset
        if isinstance(self.max_runtime_sec, Unset):
            max_runtime_sec = UNSET
        else:
            max_runtime_sec = self.max_runtime_sec

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        tool_config: dict[str, Any] | None | Unset
        if isinstance(self.tool_config, Unset):
            tool_config = UNSET
        elif isinstance(self.tool_config, ToolConfig):
            tool_config = self.tool_config.to_dict()
        else:
            tool_config = self.tool_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output_data_path": output_data_path,
                "model_config": model_config,
            }
        )
        if input_data_path is not UNSET:
            field_dict["input_data_path"] = input_data_path
        if content is not UNSET:
            field_dict["content"] = content
        if data_parallelism is not UNSET:
            field_dict["data_parallelism"] = data_parallelism
        if max_runtime_sec is not UNSET:
            field_dict["max_runtime_sec"] = max_runtime_sec
        if priority is not UNSET:
            field_dict["priority"] = priority
        if tool_config is not UNSET:
            field_dict["tool_config"] = tool_config

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
        output_data_path = d["output_data_path"]
        if not (type(output_data_path) is str):
            raise TypeError(output_data_path)

        model_config = _read_CreateBatchCompletionsModelConfig(d["model_config"])

        input_data_path: None | str | Unset = d.get("input_data_path", UNSET)
        if not (type(input_data_path) is str or input_data_path is None or input_data_path is UNSET):
            raise TypeError(input_data_path)

        _content = d.get("content", UNSET)
        content: CreateBatchCompletionsRequestContent | None | Unset
        if _content is None or _content is UNSET:
            content = _content
        else:
            if not isinstance(_content, dict):
                raise TypeError()
            content_type_0 = _read_CreateBatchCompletionsRequestContent(_content)

            content = content_type_0

        data_parallelism: int | None | Unset = d.get("data_parallelism", UNSET)
        if not (type(data_parallelism) is int or data_parallelism is None or data_parallelism is UNSET):
            raise TypeError(data_parallelism)

        max_runtime_sec: int | None | Unset = d.get("max_runtime_sec", UNSET)
        if not (type(max_runtime_sec) is int or max_runtime_sec is None or max_runtime_sec is UNSET):
            raise TypeError(max_runtime_sec)

        priority: None | str | Unset = d.get("priority", UNSET)
        if not (type(priority) is str or priority is None or priority is UNSET):
            raise TypeError(priority)

        _tool_config = d.get("tool_config", UNSET)
        tool_config: None | ToolConfig | Unset
        if _tool_config is None or _tool_config is UNSET:
            tool_config = _tool_config
        else:
            if not isinstance(_tool_config, dict):
                raise TypeError()
            tool_config_type_0 = _read_ToolConfig(_tool_config)

            tool_config = tool_config_type_0

        create_batch_completions_request = cls(
            output_data_path,
            model_config,
            input_data_path,
            content,
            data_parallelism,
            max_runtime_sec,
            priority,
            tool_config,
        )

        if len(d) != 2 + (input_data_path is not UNSET) + (content is not UNSET) + (data_parallelism is not UNSET) + (
            max_runtime_sec is not UNSET
        ) + (priority is not UNSET) + (tool_config is not UNSET):
            create_batch_completions_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "output_data_path",
                    "model_config",
                    "input_data_path",
                    "content",
                    "data_parallelism",
                    "max_runtime_sec",
                    "priority",
                    "tool_config",
                }
            }
        return create_batch_completions_request

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in CreateBatchCompletionsRequest._wire_fields)


from ..models.create_batch_completions_model_config import CreateBatchCompletionsModelConfig  # noqa: E402
from ..models.create_batch_completions_request_content import CreateBatchCompletionsRequestContent  # noqa: E402
from ..models.tool_config import ToolConfig  # noqa: E402

_read_CreateBatchCompletionsRequest = CreateBatchCompletionsRequest._from_dict
_read_CreateBatchCompletionsModelConfig = CreateBatchCompletionsModelConfig._from_dict
_read_CreateBatchCompletionsRequestContent = CreateBatchCompletionsRequestContent._from_dict
_read_ToolConfig = ToolConfig._from_dict
