from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prediction_status import PredictionStatus

if TYPE_CHECKING:
    from ..models.prediction_model import PredictionModel


T = TypeVar("T", bound="Prediction")


@_attrs_define
class Prediction:
    """A prediction."""

    url: str
    """ URL to access the prediction resource. """
    id: str
    """ Unique identifier for the prediction. """
    created_at: datetime.datetime
    """ Timestamp when the prediction was created. """
    status: PredictionStatus | str
    """ A prediction's status: one of `PredictionStatus`, or a newer status this
    document does not know yet (`starting`, `abandoned` exist in newer deployments),
    which clients keep as a plain string.
     """
    updated_at: datetime.datetime
    """ Timestamp of the last update to the prediction. """
    setup_time: None | str
    """ Time taken to set up the prediction environment, in seconds as a decimal string. """
    execution_time: None | str
    """ Time taken to execute the prediction, in seconds as a decimal string. """
    model: PredictionModel
    """ The model version a prediction ran on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        id = self.id

        created_at = self.created_at.isoformat()

        status: str
        if isinstance(self.status, PredictionStatus):
            status = self.status.value
        else:
            status = self.status

        updated_at = self.updated_at.isoformat()

        setup_time: None | str
        setup_time = self.setup_time

        execution_time: None | str
        execution_time = self.execution_time

        model = self.model.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "id": id,
                "created_at": created_at,
                "status": status,
                "updated_at": updated_at,
                "setup_time": setup_time,
                "execution_time": execution_time,
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d["url"]

        id = d["id"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        def _parse_status(data: object) -> PredictionStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_prediction_status_type_0 = PredictionStatus(data)

                return componentsschemas_open_prediction_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PredictionStatus | str, data)

        status = _parse_status(d["status"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        setup_time = cast(None | str, d["setup_time"])

        execution_time = cast(None | str, d["execution_time"])

        model = PredictionModel.from_dict(d["model"])

        prediction = cls(
            url=url,
            id=id,
            created_at=created_at,
            status=status,
            updated_at=updated_at,
            setup_time=setup_time,
            execution_time=execution_time,
            model=model,
        )

        if len(d) != 8:
            prediction.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "url",
                    "id",
                    "created_at",
                    "status",
                    "updated_at",
                    "setup_time",
                    "execution_time",
                    "model",
                }
            }
        return prediction

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


from ..models.prediction_model import PredictionModel  # noqa: E402
