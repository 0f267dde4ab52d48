from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_batch_completions_model_config import CreateBatchCompletionsModelConfig
    from ..models.create_batch_completions_request_content import CreateBatchCompletionsRequestContent


T = TypeVar("T", bound="CreateBatchCompletionsRequest")


@_attrs_define
class CreateBatchCompletionsRequest:
    """A batch completion job to start."""

    output_data_path: str
    """ Path the results are written to. """
    model_config: CreateBatchCompletionsModelConfig
    """ The model a batch job runs on. """
    input_data_path: None | str | Unset = UNSET
    """ Path to a JSON file of prompts and settings; alternative to `content`. """
    content: CreateBatchCompletionsRequestContent | None | Unset = UNSET
    """ Prompts and settings given inline; alternative to `input_data_path`. """
    data_parallelism: int | None | Unset = 1
    """ How many workers to split the prompts over. """
    max_runtime_sec: int | None | Unset = 86400
    """ Time limit of the job, in seconds; past it the job ends with `TIMEOUT`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        output_data_path = d["output_data_path"]

        model_config = CreateBatchCompletionsModelConfig.from_dict(d["model_config"])

        input_data_path = cast(None | str | Unset, d.get("input_data_path", UNSET))

        def _parse_content(data: object) -> CreateBatchCompletionsRequestContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = CreateBatchCompletionsRequestContent.from_dict(data)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateBatchCompletionsRequestContent | None | Unset, data)

        content = _parse_content(d.get("content", UNSET))

        data_parallelism = cast(int | None | Unset, d.get("data_parallelism", UNSET))

        max_runtime_sec = cast(int | None | Unset, d.get("max_runtime_sec", UNSET))

        create_batch_completions_request = cls(
            output_data_path=output_data_path,
            model_config=model_config,
            input_data_path=input_data_path,
            content=content,
            data_parallelism=data_parallelism,
            max_runtime_sec=max_runtime_sec,
        )

        if len(d) != 2 + ("input_data_path" in d) + ("content" in d) + ("data_parallelism" in d) + (
            "max_runtime_sec" in d
        ):
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


from ..models.create_batch_completions_model_config import CreateBatchCompletionsModelConfig  # noqa: E402
from ..models.create_batch_completions_request_content import CreateBatchCompletionsRequestContent  # noqa: E402
