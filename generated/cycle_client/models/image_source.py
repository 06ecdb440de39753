# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""ImageSource, ImageSourceEvents, ImageSourceImagesCount, ImageSourceImagesCountByState, ImageSourceMeta, ImageSourceState, ImageSourceStateError: models of Cycle Platform API (images) 1.0.0.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from types import FunctionType
from typing import Any, Final

from .._runtime import (
    KEEP,
    UNSET,
    DecodeError,
    Keep,
    Key,
    Model as _Model,
    Unset,
    WireFields,
    as_datetime,
    as_object,
    decode_failure,
    encode_datetime,
    unknown_fields,
)
from .acl import Acl
from .creator_scope import CreatorScope
from .image_origin import ImageOrigin, image_origin_from_dict
from .image_source_about import ImageSourceAbout
from .image_source_builder import ImageSourceBuilder
from .image_source_state_current import ImageSourceStateCurrent
from .image_source_type import ImageSourceType

_Acl_from_dict: Final = Acl.from_dict
_Acl_from_wire: Final = Acl._from_wire  # pyright: ignore[reportPrivateUsage]
_CreatorScope_from_dict: Final = CreatorScope.from_dict
_CreatorScope_from_wire: Final = CreatorScope._from_wire  # pyright: ignore[reportPrivateUsage]
_ImageSourceAbout_from_dict: Final = ImageSourceAbout.from_dict
_ImageSourceAbout_from_wire: Final = ImageSourceAbout._from_wire  # pyright: ignore[reportPrivateUsage]
_ImageSourceBuilder_from_dict: Final = ImageSourceBuilder.from_dict
_ImageSourceBuilder_from_wire: Final = ImageSourceBuilder._from_wire  # pyright: ignore[reportPrivateUsage]
_ImageSourceStateCurrent_members: Final = {m.value: m for m in ImageSourceStateCurrent}
_ImageSourceStateCurrent_values: Final[dict[ImageSourceStateCurrent | str, str]] = {
    m: m.value for m in ImageSourceStateCurrent
}
_ImageSourceType_members: Final = {m.value: m for m in ImageSourceType}
_ImageSourceType_values: Final[dict[ImageSourceType | str, str]] = {
    m: m.value for m in ImageSourceType
}

# from_dict makes each instance with object.__new__ and fills its slots (5x cheaper than calling
# __init__ with every field), and __init__ is written out in each class rather than made by
# @dataclass when the module is imported. What every model shares (repr, JSON text, equality,
# pickling) is in _runtime's Model.
_new: Final = object.__new__


def _compiled_probe() -> None:
    """A Python function, unless mypyc compiled this module (``make compiled``)."""


# Compiled, the classes are native: object.__new__ refuses them, and calling a class by its name
# is a direct C call, so from_dict makes its instance that way (slower in Python, the same result).
_COMPILED: Final = not isinstance(_compiled_probe, FunctionType)


_ImageSource_wire_names: Final[frozenset[str]] = frozenset(
    {
        "id",
        "identifier",
        "type",
        "hub_id",
        "name",
        "about",
        "origin",
        "builder",
        "creator",
        "acl",
        "state",
        "events",
        "meta",
    }
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSource(_Model):
    """An image source is a set of resources that direct the platform on where it can find the resources needed to build an image resource."""

    id: str
    """A 24 character hex string used to identify a unique resource."""
    identifier: str
    """A human readable slugged identifier for this image source."""
    type: ImageSourceType | str
    """The type of images in this source."""
    hub_id: str
    """The unique ID of the Hub this resource was created in."""
    name: str
    """A name for the image source resource."""
    about: ImageSourceAbout | Unset = UNSET
    """Information about the image source resource."""
    origin: ImageOrigin
    """The origin of the given image source."""
    builder: ImageSourceBuilder | None | Unset = UNSET
    """Configuration options regarding the builder used to create/import Images using this Image Source."""
    creator: CreatorScope
    """The creator scope is embedded in resource objects to describe who created them"""
    acl: Acl | None | Unset = UNSET
    """An access control list. Defines which roles have which permissions on this image source."""
    state: ImageSourceState
    """The current state of the image source, and when it last changed."""
    events: ImageSourceEvents
    """A collection of timestamps for each event in the image source's lifetime."""
    meta: ImageSourceMeta | Unset = UNSET
    """A list of meta fields that can be applied to this environment."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        id: str,
        identifier: str,
        type: ImageSourceType | str,
        hub_id: str,
        name: str,
        about: ImageSourceAbout | Unset = UNSET,
        origin: ImageOrigin,
        builder: ImageSourceBuilder | None | Unset = UNSET,
        creator: CreatorScope,
        acl: Acl | None | Unset = UNSET,
        state: ImageSourceState,
        events: ImageSourceEvents,
        meta: ImageSourceMeta | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.identifier = identifier
        self.type = type
        self.hub_id = hub_id
        self.name = name
        self.about = about
        self.origin = origin
        self.builder = builder
        self.creator = creator
        self.acl = acl
        self.state = state
        self.events = events
        self.meta = meta
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSource:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            id_ = obj["id"]
            if type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            identifier_ = obj["identifier"]
            if type(identifier_) is not str:
                raise DecodeError(("identifier",), "string", identifier_)
            type_ = obj["type"]
            if type(type_) is not str:
                raise DecodeError(("type",), "string", type_)
            type_ = _ImageSourceType_members.get(type_, type_)
            hub_id_ = obj["hub_id"]
            if type(hub_id_) is not str:
                raise DecodeError(("hub_id",), "string", hub_id_)
            name_ = obj["name"]
            if type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            about_ = obj.get("about", UNSET)
            if about_ is UNSET:
                absent += 1
            else:
                about_ = _ImageSourceAbout_from_dict(about_, "about")
            origin_ = obj["origin"]
            origin_ = image_origin_from_dict(origin_, "origin")
            builder_ = obj.get("builder", UNSET)
            if builder_ is UNSET:
                absent += 1
            elif builder_ is not None:
                builder_ = _ImageSourceBuilder_from_dict(builder_, "builder")
            creator_ = obj["creator"]
            creator_ = _CreatorScope_from_dict(creator_, "creator")
            acl_ = obj.get("acl", UNSET)
            if acl_ is UNSET:
                absent += 1
            elif acl_ is not None:
                acl_ = _Acl_from_dict(acl_, "acl")
            state_ = obj["state"]
            state_ = _ImageSourceState_from_dict(state_, "state")
            events_ = obj["events"]
            events_ = _ImageSourceEvents_from_dict(events_, "events")
            meta_ = obj.get("meta", UNSET)
            if meta_ is UNSET:
                absent += 1
            else:
                meta_ = _ImageSourceMeta_from_dict(meta_, "meta")
            extra: dict[str, Any] = (
                {} if len(obj) == 13 - absent else unknown_fields(obj, _ImageSource_wire_names)
            )
            if _COMPILED:
                return ImageSource(
                    id=id_,
                    identifier=identifier_,
                    type=type_,
                    hub_id=hub_id_,
                    name=name_,
                    about=about_,
                    origin=origin_,
                    builder=builder_,
                    creator=creator_,
                    acl=acl_,
                    state=state_,
                    events=events_,
                    meta=meta_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.id = id_
            instance.identifier = identifier_
            instance.type = type_
            instance.hub_id = hub_id_
            instance.name = name_
            instance.about = about_
            instance.origin = origin_
            instance.builder = builder_
            instance.creator = creator_
            instance.acl = acl_
            instance.state = state_
            instance.events = events_
            instance.meta = meta_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("id", "id", str, True),
            ("identifier", "identifier", str, True),
            ("type", "type", str, True),
            ("hub_id", "hub_id", str, True),
            ("name", "name", str, True),
            ("about", "about", ImageSourceAbout, False),
            ("origin", "origin", Any, True),
            ("builder", "builder", ImageSourceBuilder | None, False),
            ("creator", "creator", CreatorScope, True),
            ("acl", "acl", Acl | None, False),
            ("state", "state", ImageSourceState, True),
            ("events", "events", ImageSourceEvents, True),
            ("meta", "meta", ImageSourceMeta, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageSource:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        id_ = wire.id
        identifier_ = wire.identifier
        type_: Any = wire.type
        type_ = _ImageSourceType_members.get(type_, type_)
        hub_id_ = wire.hub_id
        name_ = wire.name
        about_ = wire.about
        if about_ is not UNSET:
            about_ = _ImageSourceAbout_from_wire(about_)
        origin_ = wire.origin
        origin_ = image_origin_from_dict(origin_, "origin")
        builder_ = wire.builder
        if builder_ is not UNSET and builder_ is not None:
            builder_ = _ImageSourceBuilder_from_wire(builder_)
        creator_ = wire.creator
        creator_ = _CreatorScope_from_wire(creator_)
        acl_ = wire.acl
        if acl_ is not UNSET and acl_ is not None:
            acl_ = _Acl_from_wire(acl_)
        state_ = wire.state
        state_ = _ImageSourceState_from_wire(state_)
        events_ = wire.events
        events_ = _ImageSourceEvents_from_wire(events_)
        meta_ = wire.meta
        if meta_ is not UNSET:
            meta_ = _ImageSourceMeta_from_wire(meta_)
        if _COMPILED:
            return ImageSource(
                id=id_,
                identifier=identifier_,
                type=type_,
                hub_id=hub_id_,
                name=name_,
                about=about_,
                origin=origin_,
                builder=builder_,
                creator=creator_,
                acl=acl_,
                state=state_,
                events=events_,
                meta=meta_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.id = id_
        instance.identifier = identifier_
        instance.type = type_
        instance.hub_id = hub_id_
        instance.name = name_
        instance.about = about_
        instance.origin = origin_
        instance.builder = builder_
        instance.creator = creator_
        instance.acl = acl_
        instance.state = state_
        instance.events = events_
        instance.meta = meta_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "identifier": self.identifier,
            "type": _ImageSourceType_values.get(self.type, self.type),
            "hub_id": self.hub_id,
            "name": self.name,
            "origin": self.origin.to_dict(),
            "creator": self.creator.to_dict(),
            "state": self.state.to_dict(),
            "events": self.events.to_dict(),
        }
        if self.about is not UNSET:
            out["about"] = self.about.to_dict()
        if self.builder is not UNSET:
            out["builder"] = None if self.builder is None else self.builder.to_dict()
        if self.acl is not UNSET:
            out["acl"] = None if self.acl is None else self.acl.to_dict()
        if self.meta is not UNSET:
            out["meta"] = self.meta.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        id: str | Keep = KEEP,
        identifier: str | Keep = KEEP,
        type: ImageSourceType | str | Keep = KEEP,
        hub_id: str | Keep = KEEP,
        name: str | Keep = KEEP,
        about: ImageSourceAbout | Unset | Keep = KEEP,
        origin: ImageOrigin | Keep = KEEP,
        builder: ImageSourceBuilder | None | Unset | Keep = KEEP,
        creator: CreatorScope | Keep = KEEP,
        acl: Acl | None | Unset | Keep = KEEP,
        state: ImageSourceState | Keep = KEEP,
        events: ImageSourceEvents | Keep = KEEP,
        meta: ImageSourceMeta | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSource:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            id=self.id if id is KEEP else id,
            identifier=self.identifier if identifier is KEEP else identifier,
            type=self.type if type is KEEP else type,
            hub_id=self.hub_id if hub_id is KEEP else hub_id,
            name=self.name if name is KEEP else name,
            about=self.about if about is KEEP else about,
            origin=self.origin if origin is KEEP else origin,
            builder=self.builder if builder is KEEP else builder,
            creator=self.creator if creator is KEEP else creator,
            acl=self.acl if acl is KEEP else acl,
            state=self.state if state is KEEP else state,
            events=self.events if events is KEEP else events,
            meta=self.meta if meta is KEEP else meta,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceState_wire_names: Final[frozenset[str]] = frozenset({"current", "changed", "error"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceState(_Model):
    """Information regarding the current state of the image source."""

    current: ImageSourceStateCurrent | str
    """The current state of the image source."""
    changed: datetime
    """The timestamp of when the state last changed."""
    error: ImageSourceStateError | Unset = UNSET
    """An error, if any, that has occurred for this resource."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        current: ImageSourceStateCurrent | str,
        changed: datetime,
        error: ImageSourceStateError | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.current = current
        self.changed = changed
        self.error = error
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceState:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            current_ = obj["current"]
            if type(current_) is not str:
                raise DecodeError(("current",), "string", current_)
            current_ = _ImageSourceStateCurrent_members.get(current_, current_)
            changed_ = obj["changed"]
            changed_ = as_datetime(changed_, "changed")
            error_ = obj.get("error", UNSET)
            if error_ is UNSET:
                absent += 1
            else:
                error_ = _ImageSourceStateError_from_dict(error_, "error")
            extra: dict[str, Any] = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _ImageSourceState_wire_names)
            )
            if _COMPILED:
                return ImageSourceState(
                    current=current_, changed=changed_, error=error_, additional_properties=extra
                )
            instance = _new(cls)
            instance.current = current_
            instance.changed = changed_
            instance.error = error_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("current", "current", str, True),
            ("changed", "changed", str, True),
            ("error", "error", ImageSourceStateError, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageSourceState:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        current_: Any = wire.current
        current_ = _ImageSourceStateCurrent_members.get(current_, current_)
        changed_ = wire.changed
        changed_ = as_datetime(changed_, "changed")
        error_ = wire.error
        if error_ is not UNSET:
            error_ = _ImageSourceStateError_from_wire(error_)
        if _COMPILED:
            return ImageSourceState(
                current=current_, changed=changed_, error=error_, additional_properties={}
            )
        instance = _new(cls)
        instance.current = current_
        instance.changed = changed_
        instance.error = error_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "current": _ImageSourceStateCurrent_values.get(self.current, self.current),
            "changed": encode_datetime(self.changed),
        }
        if self.error is not UNSET:
            out["error"] = self.error.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        current: ImageSourceStateCurrent | str | Keep = KEEP,
        changed: datetime | Keep = KEEP,
        error: ImageSourceStateError | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceState:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            current=self.current if current is KEEP else current,
            changed=self.changed if changed is KEEP else changed,
            error=self.error if error is KEEP else error,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceStateError_wire_names: Final[frozenset[str]] = frozenset({"message", "time"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceStateError(_Model):
    """An error, if any, that has occurred for this resource."""

    message: str | Unset = UNSET
    """Details about the error that has occurred."""
    time: datetime | Unset = UNSET
    """The timestamp of when the error was encountered."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        message: str | Unset = UNSET,
        time: datetime | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.message = message
        self.time = time
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceStateError:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            message_ = obj.get("message", UNSET)
            if message_ is UNSET:
                absent += 1
            elif type(message_) is not str:
                raise DecodeError(("message",), "string", message_)
            time_ = obj.get("time", UNSET)
            if time_ is UNSET:
                absent += 1
            else:
                time_ = as_datetime(time_, "time")
            extra: dict[str, Any] = (
                {}
                if len(obj) == 2 - absent
                else unknown_fields(obj, _ImageSourceStateError_wire_names)
            )
            if _COMPILED:
                return ImageSourceStateError(
                    message=message_, time=time_, additional_properties=extra
                )
            instance = _new(cls)
            instance.message = message_
            instance.time = time_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("message", "message", str, False),
            ("time", "time", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageSourceStateError:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        message_ = wire.message
        time_ = wire.time
        if time_ is not UNSET:
            time_ = as_datetime(time_, "time")
        if _COMPILED:
            return ImageSourceStateError(message=message_, time=time_, additional_properties={})
        instance = _new(cls)
        instance.message = message_
        instance.time = time_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.message is not UNSET:
            out["message"] = self.message
        if self.time is not UNSET:
            out["time"] = encode_datetime(self.time)
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        message: str | Unset | Keep = KEEP,
        time: datetime | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceStateError:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            message=self.message if message is KEEP else message,
            time=self.time if time is KEEP else time,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceEvents_wire_names: Final[frozenset[str]] = frozenset({"created", "updated", "deleted"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceEvents(_Model):
    """A collection of timestamps for each event in the image source's lifetime."""

    created: datetime
    """The timestamp of when the image source was created."""
    updated: datetime
    """The timestamp of when the image source was updated."""
    deleted: datetime
    """The timestamp of when the image source was deleted."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        created: datetime,
        updated: datetime,
        deleted: datetime,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.created = created
        self.updated = updated
        self.deleted = deleted
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceEvents:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            created_ = obj["created"]
            created_ = as_datetime(created_, "created")
            updated_ = obj["updated"]
            updated_ = as_datetime(updated_, "updated")
            deleted_ = obj["deleted"]
            deleted_ = as_datetime(deleted_, "deleted")
            extra: dict[str, Any] = (
                {} if len(obj) == 3 else unknown_fields(obj, _ImageSourceEvents_wire_names)
            )
            if _COMPILED:
                return ImageSourceEvents(
                    created=created_,
                    updated=updated_,
                    deleted=deleted_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.created = created_
            instance.updated = updated_
            instance.deleted = deleted_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("created", "created", str, True),
            ("updated", "updated", str, True),
            ("deleted", "deleted", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageSourceEvents:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        created_ = wire.created
        created_ = as_datetime(created_, "created")
        updated_ = wire.updated
        updated_ = as_datetime(updated_, "updated")
        deleted_ = wire.deleted
        deleted_ = as_datetime(deleted_, "deleted")
        if _COMPILED:
            return ImageSourceEvents(
                created=created_, updated=updated_, deleted=deleted_, additional_properties={}
            )
        instance = _new(cls)
        instance.created = created_
        instance.updated = updated_
        instance.deleted = deleted_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "created": encode_datetime(self.created),
            "updated": encode_datetime(self.updated),
            "deleted": encode_datetime(self.deleted),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        created: datetime | Keep = KEEP,
        updated: datetime | Keep = KEEP,
        deleted: datetime | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceEvents:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            created=self.created if created is KEEP else created,
            updated=self.updated if updated is KEEP else updated,
            deleted=self.deleted if deleted is KEEP else deleted,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceMeta_wire_names: Final[frozenset[str]] = frozenset({"images_count"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceMeta(_Model):
    """A list of meta fields that can be applied to this environment."""

    images_count: ImageSourceImagesCount | Unset = UNSET
    """A count of the images in this source, in total and by state."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        images_count: ImageSourceImagesCount | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.images_count = images_count
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceMeta:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            images_count_ = obj.get("images_count", UNSET)
            if images_count_ is UNSET:
                absent += 1
            else:
                images_count_ = _ImageSourceImagesCount_from_dict(images_count_, "images_count")
            extra: dict[str, Any] = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _ImageSourceMeta_wire_names)
            )
            if _COMPILED:
                return ImageSourceMeta(images_count=images_count_, additional_properties=extra)
            instance = _new(cls)
            instance.images_count = images_count_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("images_count", "images_count", ImageSourceImagesCount, False),)

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageSourceMeta:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        images_count_ = wire.images_count
        if images_count_ is not UNSET:
            images_count_ = _ImageSourceImagesCount_from_wire(images_count_)
        if _COMPILED:
            return ImageSourceMeta(images_count=images_count_, additional_properties={})
        instance = _new(cls)
        instance.images_count = images_count_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.images_count is not UNSET:
            out["images_count"] = self.images_count.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        images_count: ImageSourceImagesCount | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceMeta:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            images_count=self.images_count if images_count is KEEP else images_count,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceImagesCount_wire_names: Final[frozenset[str]] = frozenset({"total", "state"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceImagesCount(_Model):
    """A count of the images in this source, in total and by state."""

    total: float | int
    """Number of image sources"""
    state: ImageSourceImagesCountByState
    """The number of images in this source, grouped by state."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        total: float | int,
        state: ImageSourceImagesCountByState,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.total = total
        self.state = state
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceImagesCount:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            total_ = obj["total"]
            if type(total_) is not float and type(total_) is not int:
                raise DecodeError(("total",), "number", total_)
            state_ = obj["state"]
            state_ = _ImageSourceImagesCountByState_from_dict(state_, "state")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _ImageSourceImagesCount_wire_names)
            )
            if _COMPILED:
                return ImageSourceImagesCount(
                    total=total_, state=state_, additional_properties=extra
                )
            instance = _new(cls)
            instance.total = total_
            instance.state = state_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("total", "total", float | int, True),
            ("state", "state", ImageSourceImagesCountByState, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageSourceImagesCount:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        total_ = wire.total
        state_ = wire.state
        state_ = _ImageSourceImagesCountByState_from_wire(state_)
        if _COMPILED:
            return ImageSourceImagesCount(total=total_, state=state_, additional_properties={})
        instance = _new(cls)
        instance.total = total_
        instance.state = state_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "total": self.total,
            "state": self.state.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        total: float | int | Keep = KEEP,
        state: ImageSourceImagesCountByState | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceImagesCount:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            total=self.total if total is KEEP else total,
            state=self.state if state is KEEP else state,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceImagesCountByState_wire_names: Final[frozenset[str]] = frozenset(
    {"new", "downloading", "building", "verifying", "saving", "live", "deleting"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceImagesCountByState(_Model):
    """The number of images in this source, grouped by state."""

    new: float | int
    """Number of images in this source with state new"""
    downloading: float | int
    """Number of images in this source with state downloading"""
    building: float | int
    """Number of images in this source with state building"""
    verifying: float | int
    """Number of images in this source with state verifying"""
    saving: float | int
    """Number of images in this source with state saving"""
    live: float | int
    """Number of images in this source with state live"""
    deleting: float | int
    """Number of images in this source with state deleting"""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        new: float | int,
        downloading: float | int,
        building: float | int,
        verifying: float | int,
        saving: float | int,
        live: float | int,
        deleting: float | int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.new = new
        self.downloading = downloading
        self.building = building
        self.verifying = verifying
        self.saving = saving
        self.live = live
        self.deleting = deleting
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceImagesCountByState:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            new_ = obj["new"]
            if type(new_) is not float and type(new_) is not int:
                raise DecodeError(("new",), "number", new_)
            downloading_ = obj["downloading"]
            if type(downloading_) is not float and type(downloading_) is not int:
                raise DecodeError(("downloading",), "number", downloading_)
            building_ = obj["building"]
            if type(building_) is not float and type(building_) is not int:
                raise DecodeError(("building",), "number", building_)
            verifying_ = obj["verifying"]
            if type(verifying_) is not float and type(verifying_) is not int:
                raise DecodeError(("verifying",), "number", verifying_)
            saving_ = obj["saving"]
            if type(saving_) is not float and type(saving_) is not int:
                raise DecodeError(("saving",), "number", saving_)
            live_ = obj["live"]
            if type(live_) is not float and type(live_) is not int:
                raise DecodeError(("live",), "number", live_)
            deleting_ = obj["deleting"]
            if type(deleting_) is not float and type(deleting_) is not int:
                raise DecodeError(("deleting",), "number", deleting_)
            extra: dict[str, Any] = (
                {}
                if len(obj) == 7
                else unknown_fields(obj, _ImageSourceImagesCountByState_wire_names)
            )
            if _COMPILED:
                return ImageSourceImagesCountByState(
                    new=new_,
                    downloading=downloading_,
                    building=building_,
                    verifying=verifying_,
                    saving=saving_,
                    live=live_,
                    deleting=deleting_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.new = new_
            instance.downloading = downloading_
            instance.building = building_
            instance.verifying = verifying_
            instance.saving = saving_
            instance.live = live_
            instance.deleting = deleting_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("new", "new", float | int, True),
            ("downloading", "downloading", float | int, True),
            ("building", "building", float | int, True),
            ("verifying", "verifying", float | int, True),
            ("saving", "saving", float | int, True),
            ("live", "live", float | int, True),
            ("deleting", "deleting", float | int, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageSourceImagesCountByState:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        new_ = wire.new
        downloading_ = wire.downloading
        building_ = wire.building
        verifying_ = wire.verifying
        saving_ = wire.saving
        live_ = wire.live
        deleting_ = wire.deleting
        if _COMPILED:
            return ImageSourceImagesCountByState(
                new=new_,
                downloading=downloading_,
                building=building_,
                verifying=verifying_,
                saving=saving_,
                live=live_,
                deleting=deleting_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.new = new_
        instance.downloading = downloading_
        instance.building = building_
        instance.verifying = verifying_
        instance.saving = saving_
        instance.live = live_
        instance.deleting = deleting_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "new": self.new,
            "downloading": self.downloading,
            "building": self.building,
            "verifying": self.verifying,
            "saving": self.saving,
            "live": self.live,
            "deleting": self.deleting,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        new: float | int | Keep = KEEP,
        downloading: float | int | Keep = KEEP,
        building: float | int | Keep = KEEP,
        verifying: float | int | Keep = KEEP,
        saving: float | int | Keep = KEEP,
        live: float | int | Keep = KEEP,
        deleting: float | int | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceImagesCountByState:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            new=self.new if new is KEEP else new,
            downloading=self.downloading if downloading is KEEP else downloading,
            building=self.building if building is KEEP else building,
            verifying=self.verifying if verifying is KEEP else verifying,
            saving=self.saving if saving is KEEP else saving,
            live=self.live if live is KEEP else live,
            deleting=self.deleting if deleting is KEEP else deleting,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSource_from_dict: Final = ImageSource.from_dict
_ImageSource_from_wire: Final = ImageSource._from_wire
_ImageSourceState_from_dict: Final = ImageSourceState.from_dict
_ImageSourceState_from_wire: Final = ImageSourceState._from_wire
_ImageSourceStateError_from_dict: Final = ImageSourceStateError.from_dict
_ImageSourceStateError_from_wire: Final = ImageSourceStateError._from_wire
_ImageSourceEvents_from_dict: Final = ImageSourceEvents.from_dict
_ImageSourceEvents_from_wire: Final = ImageSourceEvents._from_wire
_ImageSourceMeta_from_dict: Final = ImageSourceMeta.from_dict
_ImageSourceMeta_from_wire: Final = ImageSourceMeta._from_wire
_ImageSourceImagesCount_from_dict: Final = ImageSourceImagesCount.from_dict
_ImageSourceImagesCount_from_wire: Final = ImageSourceImagesCount._from_wire
_ImageSourceImagesCountByState_from_dict: Final = ImageSourceImagesCountByState.from_dict
_ImageSourceImagesCountByState_from_wire: Final = ImageSourceImagesCountByState._from_wire
