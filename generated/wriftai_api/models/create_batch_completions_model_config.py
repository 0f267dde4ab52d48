from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.labels import Labels


T = TypeVar("T", bound="CreateBatchCompletionsModelConfig")


@_attrs_define(repr=False, getstate_setstate=False)
class CreateBatchCompletionsModelConfig:
    """The model a batch job runs on, and the vLLM engine settings users set most. The
    server accepts more vLLM engine arguments than are listed here, and no
    `quantize` (the vLLM argument is `quantization`).

    """

    model: str
    """ The name of the model to use. """
    checkpoint_path: None | str | Unset = UNSET
    """ Where the weights are (`s3://`, `gs://`, `azure://` or an Azure Blob URL; not a
    `.tar`). Needed for any model the server does not know by name.
     """
    labels: Labels | Unset = UNSET
    """ Free-form string labels, for example a team or a cost centre. """
    num_shards: int | None | Unset = 1
    """ A suggested number of GPUs to shard the model over; the server picks its own. """
    seed: int | None | Unset = UNSET
    """ Random seed for sampling. """
    max_context_length: int | None | Unset = UNSET
    """ The longest context to allow (superseded by `max_model_len`). """
    response_role: None | str | Unset = UNSET
    """ The role of the response in a conversation (chat completions only). """
    quantization: None | str | Unset = UNSET
    """ How the weights are quantized (a vLLM method name, such as `awq`); None reads the model's config. """
    max_model_len: int | None | Unset = UNSET
    """ The model's context length; derived from the model's config when None. """
    max_num_seqs: int | None | Unset = UNSET
    """ The most sequences vLLM runs per iteration. """
    enforce_eager: bool | None | Unset = UNSET
    """ Always run PyTorch in eager mode (no CUDA graphs). """
    trust_remote_code: bool | None | Unset = False
    """ Run code from the model's Hugging Face repository. """
    tensor_parallel_size: int | None | Unset = UNSET
    """ Tensor parallel replicas. """
    pipeline_parallel_size: int | None | Unset = UNSET
    """ Pipeline stages. """
    dtype: None | str | Unset = UNSET
    """ The data type of weights and activations, such as `auto` or `bfloat16`. """
    revision: None | str | Unset = UNSET
    """ The model version to use (a branch, a tag or a commit). """
    tokenizer: None | str | Unset = UNSET
    """ The Hugging Face tokenizer to use, by name or path. """
    gpu_memory_utilization: float | None | Unset = UNSET
    """ The fraction of GPU memory vLLM may use. """
    enable_prefix_caching: bool | None | Unset = UNSET
    """ Cache shared prompt prefixes. """
    chat_template: None | str | Unset = UNSET
    """ A Jinja chat template to use instead of the tokenizer's. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("model", "model", True),
        ("checkpoint_path", "checkpoint_path", False),
        ("labels", "labels", False),
        ("num_shards", "num_shards", False),
        ("seed", "seed", False),
        ("max_context_length", "max_context_length", False),
        ("response_role", "response_role", False),
        ("quantization", "quantization", False),
        ("max_model_len", "max_model_len", False),
        ("max_num_seqs", "max_num_seqs", False),
        ("enforce_eager", "enforce_eager", False),
        ("trust_remote_code", "trust_remote_code", False),
        ("tensor_parallel_size", "tensor_parallel_size", False),
        ("pipeline_parallel_size", "pipeline_parallel_size", False),
        ("dtype", "dtype", False),
        ("revision", "revision", False),
        ("tokenizer", "tokenizer", False),
        ("gpu_memory_utilization", "gpu_memory_utilization", False),
        ("enable_prefix_caching", "enable_prefix_caching", False),
        ("chat_template", "chat_template", False),
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

        checkpoint_path: None | str | Unset
        if isinstance(self.checkpoint_path, Unset):
            checkpoint_path = UNSET
        else:
            checkpoint_path = self.checkpoint_path

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        num_shards: int | None | Unset
        if isinstance(self.num_shards, Unset):
            num_shards = UNSET
        else:
            num_shards = self.num_shards

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        max_context_length: int | None | Unset
        if isinstance(self.max_context_length, Unset):
            max_context_length = UNSET
        else:
            max_context_length = self.max_context_length

        response_role: None | str | Unset
        if isinstance(self.response_role, Unset):
            response_role = UNSET
        else:
            response_role = self.response_role

        quantization: None | str | Unset
        if isinstance(self.quantization, Unset):
            quantization = UNSET
        else:
            quantization = self.quantization

        max_model_len: int | None | Unset
        if isinstance(self.max_model_len, Unset):
            max_model_len = UNSET
        else:
            max_model_len = self.max_model_len

        max_num_seqs: int | None | Unset
        if isinstance(self.max_num_seqs, Unset):
            max_num_seqs = UNSET
        else:
            max_num_seqs = self.max_num_seqs

        enforce_eager: bool | None | Unset
        if isinstance(self.enforce_eager, Unset):
            enforce_eager = UNSET
        else:
            enforce_eager = self.enforce_eager

        trust_remote_code: bool | None | Unset
        if isinstance(self.trust_remote_code, Unset):
            trust_remote_code = UNSET
        else:
            trust_remote_code = self.trust_remote_code

        tensor_parallel_size: int | None | Unset
        if isinstance(self.tensor_parallel_size, Unset):
            tensor_parallel_size = UNSET
        else:
            tensor_parallel_size = self.tensor_parallel_size

        pipeline_parallel_size: int | None | Unset
        if isinstance(self.pipeline_parallel_size, Unset):
            pipeline_parallel_size = UNSET
        else:
            pipeline_parallel_size = self.pipeline_parallel_size

        dtype: None | str | Unset
        if isinstance(self.dtype, Unset):
            dtype = UNSET
        else:
            dtype = self.dtype

        revision: None | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        tokenizer: None | str | Unset
        if isinstance(self.tokenizer, Unset):
            tokenizer = UNSET
        else:
            tokenizer = self.tokenizer

        gpu_memory_utilization: float | None | Unset
        if isinstance(self.gpu_memory_utilization, Unset):
            gpu_memory_utilization = UNSET
        else:
            gpu_memory_utilization = self.gpu_memory_utilization

        enable_prefix_caching: bool | None | Unset
        if isinstance(self.enable_prefix_caching, Unset):
            enable_prefix_caching = UNSET
        else:
            enable_prefix_caching = self.enable_prefix_caching

        chat_template: None | str | Unset
        if isinstance(self.chat_template, Unset):
            chat_template = UNSET
        else:
            chat_template = self.chat_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if checkpoint_path is not UNSET:
            field_dict["checkpoint_path"] = checkpoint_path
        if labels is not UNSET:
            field_dict["labels"] = labels
        if num_shards is not UNSET:
            field_dict["num_shards"] = num_shards
        if seed is not UNSET:
            field_dict["seed"] = seed
        if max_context_length is not UNSET:
            field_dict["max_context_length"] = max_context_length
        if response_role is not UNSET:
            field_dict["response_role"] = response_role
        if quantization is not UNSET:
            field_dict["quantization"] = quantization
        if max_model_len is not UNSET:
            field_dict["max_model_len"] = max_model_len
        if max_num_seqs is not UNSET:
            field_dict["max_num_seqs"] = max_num_seqs
        if enforce_eager is not UNSET:
            field_dict["enforce_eager"] = enforce_eager
        if trust_remote_code is not UNSET:
            field_dict["trust_remote_code"] = trust_remote_code
        if tensor_parallel_size is not UNSET:
            field_dict["tensor_parallel_size"] = tensor_parallel_size
        if pipeline_parallel_size is not UNSET:
            field_dict["pipeline_parallel_size"] = pipeline_parallel_size
        if dtype is not UNSET:
            field_dict["dtype"] = dtype
        if revision is not UNSET:
            field_dict["revision"] = revision
        if tokenizer is not UNSET:
            field_dict["tokenizer"] = tokenizer
        if gpu_memory_utilization is not UNSET:
            field_dict["gpu_memory_utilization"] = gpu_memory_utilization
        if enable_prefix_caching is not UNSET:
            field_dict["enable_prefix_caching"] = enable_prefix_caching
        if chat_template is not UNSET:
            field_dict["chat_template"] = chat_template

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

        checkpoint_path: None | str | Unset = d.get("checkpoint_path", UNSET)
        if not (type(checkpoint_path) is str or checkpoint_path is None or checkpoint_path is UNSET):
            raise TypeError(checkpoint_path)

        _labels = d.get("labels", UNSET)
        labels: Labels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = _read_Labels(_labels)

        num_shards: int | None | Unset = d.get("num_shards", UNSET)
        if not (type(num_shards) is int or num_shards is None or num_shards is UNSET):
            raise TypeError(num_shards)

        seed: int | None | Unset = d.get("seed", UNSET)
        if not (type(seed) is int or seed is None or seed is UNSET):
            raise TypeError(seed)

        max_context_length: int | None | Unset = d.get("max_context_length", UNSET)
        if not (type(max_context_length) is int or max_context_length is None or max_context_length is UNSET):
            raise TypeError(max_context_length)

        response_role: None | str | Unset = d.get("response_role", UNSET)
        if not (type(response_role) is str or response_role is None or response_role is UNSET):
            raise TypeError(response_role)

        quantization: None | str | Unset = d.get("quantization", UNSET)
        if not (type(quantization) is str or quantization is None or quantization is UNSET):
            raise TypeError(quantization)

        max_model_len: int | None | Unset = d.get("max_model_len", UNSET)
        if not (type(max_model_len) is int or max_model_len is None or max_model_len is UNSET):
            raise TypeError(max_model_len)

        max_num_seqs: int | None | Unset = d.get("max_num_seqs", UNSET)
        if not (type(max_num_seqs) is int or max_num_seqs is None or max_num_seqs is UNSET):
            raise TypeError(max_num_seqs)

        enforce_eager: bool | None | Unset = d.get("enforce_eager", UNSET)
        if not (type(enforce_eager) is bool or enforce_eager is None or enforce_eager is UNSET):
            raise TypeError(enforce_eager)

        trust_remote_code: bool | None | Unset = d.get("trust_remote_code", UNSET)
        if not (type(trust_remote_code) is bool or trust_remote_code is None or trust_remote_code is UNSET):
            raise TypeError(trust_remote_code)

        tensor_parallel_size: int | None | Unset = d.get("tensor_parallel_size", UNSET)
        if not (type(tensor_parallel_size) is int or tensor_parallel_size is None or tensor_parallel_size is UNSET):
            raise TypeError(tensor_parallel_size)

        pipeline_parallel_size: int | None | Unset = d.get("pipeline_parallel_size", UNSET)
        if not (
            type(pipeline_parallel_size) is int or pipeline_parallel_size is None or pipeline_parallel_size is UNSET
        ):
            raise TypeError(pipeline_parallel_size)

        dtype: None | str | Unset = d.get("dtype", UNSET)
        if not (type(dtype) is str or dtype is None or dtype is UNSET):
            raise TypeError(dtype)

        revision: None | str | Unset = d.get("revision", UNSET)
        if not (type(revision) is str or revision is None or revision is UNSET):
            raise TypeError(revision)

        tokenizer: None | str | Unset = d.get("tokenizer", UNSET)
        if not (type(tokenizer) is str or tokenizer is None or tokenizer is UNSET):
            raise TypeError(tokenizer)

        gpu_memory_utilization: float | None | Unset = d.get("gpu_memory_utilization", UNSET)
        if not (
            (type(gpu_memory_utilization) is float or type(gpu_memory_utilization) is int)
            or gpu_memory_utilization is None
            or gpu_memory_utilization is UNSET
        ):
            raise TypeError(gpu_memory_utilization)

        enable_prefix_caching: bool | None | Unset = d.get("enable_prefix_caching", UNSET)
        if not (type(enable_prefix_caching) is bool or enable_prefix_caching is None or enable_prefix_caching is UNSET):
            raise TypeError(enable_prefix_caching)

        chat_template: None | str | Unset = d.get("chat_template", UNSET)
        if not (type(chat_template) is str or chat_template is None or chat_template is UNSET):
            raise TypeError(chat_template)

        create_batch_completions_model_config = cls(
            model,
            checkpoint_path,
            labels,
            num_shards,
            seed,
            max_context_length,
            response_role,
            quantization,
            max_model_len,
            max_num_seqs,
            enforce_eager,
            trust_remote_code,
            tensor_parallel_size,
            pipeline_parallel_size,
            dtype,
            revision,
            tokenizer,
            gpu_memory_utilization,
            enable_prefix_caching,
            chat_template,
        )

        if len(d) != 1 + (checkpoint_path is not UNSET) + (labels is not UNSET) + (num_shards is not UNSET) + (
            seed is not UNSET
        ) + (max_context_length is not UNSET) + (response_role is not UNSET) + (quantization is not UNSET) + (
            max_model_len is not UNSET
        ) + (max_num_seqs is not UNSET) + (enforce_eager is not UNSET) + (trust_remote_code is not UNSET) + (
            tensor_parallel_size is not UNSET
        ) + (pipeline_parallel_size is not UNSET) + (dtype is not UNSET) + (revision is not UNSET) + (
            tokenizer is not UNSET
        ) + (gpu_memory_utilization is not UNSET) + (enable_prefix_caching is not UNSET) + (chat_template is not UNSET):
            create_batch_completions_model_config.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "model",
                    "checkpoint_path",
                    "labels",
                    "num_shards",
                    "seed",
                    "max_context_length",
                    "response_role",
                    "quantization",
                    "max_model_len",
                    "max_num_seqs",
                    "enforce_eager",
                    "trust_remote_code",
                    "tensor_parallel_size",
                    "pipeline_parallel_size",
                    "dtype",
                    "revision",
                    "tokenizer",
                    "gpu_memory_utilization",
                    "enable_prefix_caching",
                    "chat_template",
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

_read_CreateBatchCompletionsModelConfig = CreateBatchCompletionsModelConfig._from_dict
_read_Labels = Labels._from_dict
