# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""BucketImageSource, BucketImageSourceDetails, DirectImageSource, DirectImageSourceDetails, Image, ImageAbout, ImageBackend, ImageBuilder, ImageConfig, ImageConfigPort, ImageConfigVolume, ImageConfigVolumeMode, ImageEvents, ImageFactory, ImageMeta, ImageRequires, ImageSourceReference, ImageState, ImageStateError, ResourceCountSummary, StackImageSource, StackImageSourceDetails: models of Cycle Platform API (images) 1.0.0.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import FunctionType
from typing import Any, Final, Literal, TypeAlias

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
    as_int_dict,
    as_list,
    as_object,
    as_str_dict,
    as_str_list,
    decode_failure,
    encode_datetime,
    unknown_fields,
)
from .creator_scope import CreatorScope
from .image_build import ImageBuild
from .image_origin import ImageOrigin, image_origin_from_dict
from .image_source_override import ImageSourceOverride
from .image_state_current import ImageStateCurrent

_CreatorScope_from_dict: Final = CreatorScope.from_dict
_CreatorScope_from_wire: Final = CreatorScope._from_wire  # pyright: ignore[reportPrivateUsage]
_ImageBuild_from_dict: Final = ImageBuild.from_dict
_ImageBuild_from_wire: Final = ImageBuild._from_wire  # pyright: ignore[reportPrivateUsage]
_ImageSourceOverride_from_dict: Final = ImageSourceOverride.from_dict
_ImageSourceOverride_from_wire: Final = ImageSourceOverride._from_wire  # pyright: ignore[reportPrivateUsage]
_ImageStateCurrent_members: Final = {m.value: m for m in ImageStateCurrent}
_ImageStateCurrent_values: Final[dict[ImageStateCurrent | str, str]] = {
    m: m.value for m in ImageStateCurrent
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


class ImageConfigVolumeMode(StrEnum):
    """Permission settings for the volume."""

    RO = "ro"
    RW = "rw"


_ImageConfigVolumeMode_members: Final = {m.value: m for m in ImageConfigVolumeMode}
_ImageConfigVolumeMode_values: Final[dict[ImageConfigVolumeMode | str, str]] = {
    m: m.value for m in ImageConfigVolumeMode
}


_Image_wire_names: Final[frozenset[str]] = frozenset(
    {
        "id",
        "hub_id",
        "name",
        "size",
        "about",
        "backend",
        "requires",
        "build",
        "builder",
        "config",
        "source",
        "creator",
        "factory",
        "state",
        "events",
        "meta",
    }
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Image(_Model):
    """An image is a point in time build on a given image source, and what is distributed by Cycle to run containers."""

    id: str
    """A 24 character hex string used to identify a unique resource."""
    hub_id: str
    """The unique ID of the Hub this resource was created in."""
    name: str
    """A user defined name for the image."""
    size: int
    """The image size in bytes."""
    about: ImageAbout | Unset = UNSET
    """An object that holds information about the image."""
    backend: ImageBackend
    """Describes where the image is hosted."""
    requires: ImageRequires
    """Any restrictions or requirements needed to run this image as a container."""
    build: ImageBuild | None | Unset = UNSET
    """Any additional build details for this image"""
    builder: ImageBuilder | None | Unset = UNSET
    """Configuration options regarding the builder used to create/import this Image."""
    config: ImageConfig
    """Configuration settings for the image."""
    source: ImageSourceReference | Unset = UNSET
    """This is a container for one-of cases."""
    creator: CreatorScope | Unset = UNSET
    """The creator scope is embedded in resource objects to describe who created them"""
    factory: ImageFactory | None | Unset = UNSET
    """Information about the Factory service that built/imported the Image into Cycle."""
    state: ImageState
    """The current state of the image, and when it last changed."""
    events: ImageEvents
    """A collection of timestamps for each event in the image's lifetime."""
    meta: ImageMeta | Unset = UNSET
    """A list of meta fields that can be applied to the image."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        id: str,
        hub_id: str,
        name: str,
        size: int,
        about: ImageAbout | Unset = UNSET,
        backend: ImageBackend,
        requires: ImageRequires,
        build: ImageBuild | None | Unset = UNSET,
        builder: ImageBuilder | None | Unset = UNSET,
        config: ImageConfig,
        source: ImageSourceReference | Unset = UNSET,
        creator: CreatorScope | Unset = UNSET,
        factory: ImageFactory | None | Unset = UNSET,
        state: ImageState,
        events: ImageEvents,
        meta: ImageMeta | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.hub_id = hub_id
        self.name = name
        self.size = size
        self.about = about
        self.backend = backend
        self.requires = requires
        self.build = build
        self.builder = builder
        self.config = config
        self.source = source
        self.creator = creator
        self.factory = factory
        self.state = state
        self.events = events
        self.meta = meta
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Image:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            id_ = obj["id"]
            if type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            hub_id_ = obj["hub_id"]
            if type(hub_id_) is not str:
                raise DecodeError(("hub_id",), "string", hub_id_)
            name_ = obj["name"]
            if type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            size_ = obj["size"]
            if type(size_) is not int:
                raise DecodeError(("size",), "integer", size_)
            about_ = obj.get("about", UNSET)
            if about_ is UNSET:
                absent += 1
            else:
                about_ = _ImageAbout_from_dict(about_, "about")
            backend_ = obj["backend"]
            backend_ = _ImageBackend_from_dict(backend_, "backend")
            requires_ = obj["requires"]
            requires_ = _ImageRequires_from_dict(requires_, "requires")
            build_ = obj.get("build", UNSET)
            if build_ is UNSET:
                absent += 1
            elif build_ is not None:
                build_ = _ImageBuild_from_dict(build_, "build")
            builder_ = obj.get("builder", UNSET)
            if builder_ is UNSET:
                absent += 1
            elif builder_ is not None:
                builder_ = _ImageBuilder_from_dict(builder_, "builder")
            config_ = obj["config"]
            config_ = _ImageConfig_from_dict(config_, "config")
            source_ = obj.get("source", UNSET)
            if source_ is UNSET:
                absent += 1
            else:
                source_ = image_source_reference_from_dict(source_, "source")
            creator_ = obj.get("creator", UNSET)
            if creator_ is UNSET:
                absent += 1
            else:
                creator_ = _CreatorScope_from_dict(creator_, "creator")
            factory_ = obj.get("factory", UNSET)
            if factory_ is UNSET:
                absent += 1
            elif factory_ is not None:
                factory_ = _ImageFactory_from_dict(factory_, "factory")
            state_ = obj["state"]
            state_ = _ImageState_from_dict(state_, "state")
            events_ = obj["events"]
            events_ = _ImageEvents_from_dict(events_, "events")
            meta_ = obj.get("meta", UNSET)
            if meta_ is UNSET:
                absent += 1
            else:
                meta_ = _ImageMeta_from_dict(meta_, "meta")
            extra: dict[str, Any] = (
                {} if len(obj) == 16 - absent else unknown_fields(obj, _Image_wire_names)
            )
            if _COMPILED:
                return Image(
                    id=id_,
                    hub_id=hub_id_,
                    name=name_,
                    size=size_,
                    about=about_,
                    backend=backend_,
                    requires=requires_,
                    build=build_,
                    builder=builder_,
                    config=config_,
                    source=source_,
                    creator=creator_,
                    factory=factory_,
                    state=state_,
                    events=events_,
                    meta=meta_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.id = id_
            instance.hub_id = hub_id_
            instance.name = name_
            instance.size = size_
            instance.about = about_
            instance.backend = backend_
            instance.requires = requires_
            instance.build = build_
            instance.builder = builder_
            instance.config = config_
            instance.source = source_
            instance.creator = creator_
            instance.factory = factory_
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
            ("hub_id", "hub_id", str, True),
            ("name", "name", str, True),
            ("size", "size", int, True),
            ("about", "about", ImageAbout, False),
            ("backend", "backend", ImageBackend, True),
            ("requires", "requires", ImageRequires, True),
            ("build", "build", ImageBuild | None, False),
            ("builder", "builder", ImageBuilder | None, False),
            ("config", "config", ImageConfig, True),
            ("source", "source", Any, False),
            ("creator", "creator", CreatorScope, False),
            ("factory", "factory", ImageFactory | None, False),
            ("state", "state", ImageState, True),
            ("events", "events", ImageEvents, True),
            ("meta", "meta", ImageMeta, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Image:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        id_ = wire.id
        hub_id_ = wire.hub_id
        name_ = wire.name
        size_ = wire.size
        about_ = wire.about
        if about_ is not UNSET:
            about_ = _ImageAbout_from_wire(about_)
        backend_ = wire.backend
        backend_ = _ImageBackend_from_wire(backend_)
        requires_ = wire.requires
        requires_ = _ImageRequires_from_wire(requires_)
        build_ = wire.build
        if build_ is not UNSET and build_ is not None:
            build_ = _ImageBuild_from_wire(build_)
        builder_ = wire.builder
        if builder_ is not UNSET and builder_ is not None:
            builder_ = _ImageBuilder_from_wire(builder_)
        config_ = wire.config
        config_ = _ImageConfig_from_wire(config_)
        source_ = wire.source
        if source_ is not UNSET:
            source_ = image_source_reference_from_dict(source_, "source")
        creator_ = wire.creator
        if creator_ is not UNSET:
            creator_ = _CreatorScope_from_wire(creator_)
        factory_ = wire.factory
        if factory_ is not UNSET and factory_ is not None:
            factory_ = _ImageFactory_from_wire(factory_)
        state_ = wire.state
        state_ = _ImageState_from_wire(state_)
        events_ = wire.events
        events_ = _ImageEvents_from_wire(events_)
        meta_ = wire.meta
        if meta_ is not UNSET:
            meta_ = _ImageMeta_from_wire(meta_)
        if _COMPILED:
            return Image(
                id=id_,
                hub_id=hub_id_,
                name=name_,
                size=size_,
                about=about_,
                backend=backend_,
                requires=requires_,
                build=build_,
                builder=builder_,
                config=config_,
                source=source_,
                creator=creator_,
                factory=factory_,
                state=state_,
                events=events_,
                meta=meta_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.id = id_
        instance.hub_id = hub_id_
        instance.name = name_
        instance.size = size_
        instance.about = about_
        instance.backend = backend_
        instance.requires = requires_
        instance.build = build_
        instance.builder = builder_
        instance.config = config_
        instance.source = source_
        instance.creator = creator_
        instance.factory = factory_
        instance.state = state_
        instance.events = events_
        instance.meta = meta_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "hub_id": self.hub_id,
            "name": self.name,
            "size": self.size,
            "backend": self.backend.to_dict(),
            "requires": self.requires.to_dict(),
            "config": self.config.to_dict(),
            "state": self.state.to_dict(),
            "events": self.events.to_dict(),
        }
        if self.about is not UNSET:
            out["about"] = self.about.to_dict()
        if self.build is not UNSET:
            out["build"] = None if self.build is None else self.build.to_dict()
        if self.builder is not UNSET:
            out["builder"] = None if self.builder is None else self.builder.to_dict()
        if self.source is not UNSET:
            out["source"] = self.source.to_dict()
        if self.creator is not UNSET:
            out["creator"] = self.creator.to_dict()
        if self.factory is not UNSET:
            out["factory"] = None if self.factory is None else self.factory.to_dict()
        if self.meta is not UNSET:
            out["meta"] = self.meta.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        id: str | Keep = KEEP,
        hub_id: str | Keep = KEEP,
        name: str | Keep = KEEP,
        size: int | Keep = KEEP,
        about: ImageAbout | Unset | Keep = KEEP,
        backend: ImageBackend | Keep = KEEP,
        requires: ImageRequires | Keep = KEEP,
        build: ImageBuild | None | Unset | Keep = KEEP,
        builder: ImageBuilder | None | Unset | Keep = KEEP,
        config: ImageConfig | Keep = KEEP,
        source: ImageSourceReference | Unset | Keep = KEEP,
        creator: CreatorScope | Unset | Keep = KEEP,
        factory: ImageFactory | None | Unset | Keep = KEEP,
        state: ImageState | Keep = KEEP,
        events: ImageEvents | Keep = KEEP,
        meta: ImageMeta | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Image:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            id=self.id if id is KEEP else id,
            hub_id=self.hub_id if hub_id is KEEP else hub_id,
            name=self.name if name is KEEP else name,
            size=self.size if size is KEEP else size,
            about=self.about if about is KEEP else about,
            backend=self.backend if backend is KEEP else backend,
            requires=self.requires if requires is KEEP else requires,
            build=self.build if build is KEEP else build,
            builder=self.builder if builder is KEEP else builder,
            config=self.config if config is KEEP else config,
            source=self.source if source is KEEP else source,
            creator=self.creator if creator is KEEP else creator,
            factory=self.factory if factory is KEEP else factory,
            state=self.state if state is KEEP else state,
            events=self.events if events is KEEP else events,
            meta=self.meta if meta is KEEP else meta,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageAbout_wire_names: Final[frozenset[str]] = frozenset({"description"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageAbout(_Model):
    """An object that holds information about the image."""

    description: str | None
    """A description of the image."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        description: str | None,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.description = description
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageAbout:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            description_ = obj["description"]
            if type(description_) is not str and description_ is not None:
                raise DecodeError(("description",), "string", description_)
            extra: dict[str, Any] = (
                {} if len(obj) == 1 else unknown_fields(obj, _ImageAbout_wire_names)
            )
            if _COMPILED:
                return ImageAbout(description=description_, additional_properties=extra)
            instance = _new(cls)
            instance.description = description_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("description", "description", str | None, True),)

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageAbout:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        description_ = wire.description
        if _COMPILED:
            return ImageAbout(description=description_, additional_properties={})
        instance = _new(cls)
        instance.description = description_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "description": self.description,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        description: str | None | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageAbout:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            description=self.description if description is KEEP else description,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageBackend_wire_names: Final[frozenset[str]] = frozenset(
    {"provider", "size", "file_name", "file_id"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageBackend(_Model):
    """Describes where the image is hosted."""

    provider: str
    """The provider where this image is hosted."""
    size: int
    """The size of the image in bytes."""
    file_name: str
    """A file name for the image, used by the platform."""
    file_id: str
    """A file id for the image, used by the platform."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        provider: str,
        size: int,
        file_name: str,
        file_id: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.provider = provider
        self.size = size
        self.file_name = file_name
        self.file_id = file_id
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageBackend:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            provider_ = obj["provider"]
            if type(provider_) is not str:
                raise DecodeError(("provider",), "string", provider_)
            size_ = obj["size"]
            if type(size_) is not int:
                raise DecodeError(("size",), "integer", size_)
            file_name_ = obj["file_name"]
            if type(file_name_) is not str:
                raise DecodeError(("file_name",), "string", file_name_)
            file_id_ = obj["file_id"]
            if type(file_id_) is not str:
                raise DecodeError(("file_id",), "string", file_id_)
            extra: dict[str, Any] = (
                {} if len(obj) == 4 else unknown_fields(obj, _ImageBackend_wire_names)
            )
            if _COMPILED:
                return ImageBackend(
                    provider=provider_,
                    size=size_,
                    file_name=file_name_,
                    file_id=file_id_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.provider = provider_
            instance.size = size_
            instance.file_name = file_name_
            instance.file_id = file_id_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("provider", "provider", str, True),
            ("size", "size", int, True),
            ("file_name", "file_name", str, True),
            ("file_id", "file_id", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageBackend:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        provider_ = wire.provider
        size_ = wire.size
        file_name_ = wire.file_name
        file_id_ = wire.file_id
        if _COMPILED:
            return ImageBackend(
                provider=provider_,
                size=size_,
                file_name=file_name_,
                file_id=file_id_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.provider = provider_
        instance.size = size_
        instance.file_name = file_name_
        instance.file_id = file_id_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "provider": self.provider,
            "size": self.size,
            "file_name": self.file_name,
            "file_id": self.file_id,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        provider: str | Keep = KEEP,
        size: int | Keep = KEEP,
        file_name: str | Keep = KEEP,
        file_id: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageBackend:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            provider=self.provider if provider is KEEP else provider,
            size=self.size if size is KEEP else size,
            file_name=self.file_name if file_name is KEEP else file_name,
            file_id=self.file_id if file_id is KEEP else file_id,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageRequires_wire_names: Final[frozenset[str]] = frozenset({"nvidia_gpu"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageRequires(_Model):
    """Any restrictions or requirements needed to run this image as a container."""

    nvidia_gpu: bool | Unset = UNSET
    """If true, containers running this image need a server with an NVIDIA GPU."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        nvidia_gpu: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.nvidia_gpu = nvidia_gpu
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageRequires:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            nvidia_gpu_ = obj.get("nvidia_gpu", UNSET)
            if nvidia_gpu_ is UNSET:
                absent += 1
            elif type(nvidia_gpu_) is not bool:
                raise DecodeError(("nvidia_gpu",), "boolean", nvidia_gpu_)
            extra: dict[str, Any] = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _ImageRequires_wire_names)
            )
            if _COMPILED:
                return ImageRequires(nvidia_gpu=nvidia_gpu_, additional_properties=extra)
            instance = _new(cls)
            instance.nvidia_gpu = nvidia_gpu_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("nvidia_gpu", "nvidia_gpu", bool, False),)

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageRequires:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        nvidia_gpu_ = wire.nvidia_gpu
        if _COMPILED:
            return ImageRequires(nvidia_gpu=nvidia_gpu_, additional_properties={})
        instance = _new(cls)
        instance.nvidia_gpu = nvidia_gpu_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.nvidia_gpu is not UNSET:
            out["nvidia_gpu"] = self.nvidia_gpu
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        nvidia_gpu: bool | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageRequires:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            nvidia_gpu=self.nvidia_gpu if nvidia_gpu is KEEP else nvidia_gpu,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageBuilder_wire_names: Final[frozenset[str]] = frozenset({"integration_id"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageBuilder(_Model):
    """Configuration options regarding the builder used to create/import this Image."""

    integration_id: str
    """The ID of the Integration used to do the build."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        integration_id: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.integration_id = integration_id
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageBuilder:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            integration_id_ = obj["integration_id"]
            if type(integration_id_) is not str:
                raise DecodeError(("integration_id",), "string", integration_id_)
            extra: dict[str, Any] = (
                {} if len(obj) == 1 else unknown_fields(obj, _ImageBuilder_wire_names)
            )
            if _COMPILED:
                return ImageBuilder(integration_id=integration_id_, additional_properties=extra)
            instance = _new(cls)
            instance.integration_id = integration_id_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("integration_id", "integration_id", str, True),)

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageBuilder:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        integration_id_ = wire.integration_id
        if _COMPILED:
            return ImageBuilder(integration_id=integration_id_, additional_properties={})
        instance = _new(cls)
        instance.integration_id = integration_id_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "integration_id": self.integration_id,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        integration_id: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageBuilder:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            integration_id=self.integration_id if integration_id is KEEP else integration_id,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageConfig_wire_names: Final[frozenset[str]] = frozenset(
    {"user", "ports", "env", "labels", "command", "entrypoint", "volumes", "workdir", "signal_stop"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageConfig(_Model):
    """Configuration settings for the image."""

    user: str
    """The linux user this image runs its processes as."""
    ports: list[ImageConfigPort]
    """The port settings for the image."""
    env: dict[str, str]
    """Image defined environment variables for the image."""
    labels: dict[str, str]
    """Image labels."""
    command: list[str]
    """The CMD array used to start the container."""
    entrypoint: list[str]
    """An entrypoint command."""
    volumes: list[ImageConfigVolume]
    """Volumes information for the given image."""
    workdir: str
    """The working directory for the image."""
    signal_stop: str
    """A set command to be run if a signal is called."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        user: str,
        ports: list[ImageConfigPort],
        env: dict[str, str],
        labels: dict[str, str],
        command: list[str],
        entrypoint: list[str],
        volumes: list[ImageConfigVolume],
        workdir: str,
        signal_stop: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.user = user
        self.ports = ports
        self.env = env
        self.labels = labels
        self.command = command
        self.entrypoint = entrypoint
        self.volumes = volumes
        self.workdir = workdir
        self.signal_stop = signal_stop
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageConfig:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            user_ = obj["user"]
            if type(user_) is not str:
                raise DecodeError(("user",), "string", user_)
            ports_ = obj["ports"]
            ports_ = as_list(ports_, "ports", _ImageConfigPort_from_dict)
            env_ = obj["env"]
            env_ = as_str_dict(env_, "env")
            labels_ = obj["labels"]
            labels_ = as_str_dict(labels_, "labels")
            command_ = obj["command"]
            command_ = as_str_list(command_, "command")
            entrypoint_ = obj["entrypoint"]
            entrypoint_ = as_str_list(entrypoint_, "entrypoint")
            volumes_ = obj["volumes"]
            volumes_ = as_list(volumes_, "volumes", _ImageConfigVolume_from_dict)
            workdir_ = obj["workdir"]
            if type(workdir_) is not str:
                raise DecodeError(("workdir",), "string", workdir_)
            signal_stop_ = obj["signal_stop"]
            if type(signal_stop_) is not str:
                raise DecodeError(("signal_stop",), "string", signal_stop_)
            extra: dict[str, Any] = (
                {} if len(obj) == 9 else unknown_fields(obj, _ImageConfig_wire_names)
            )
            if _COMPILED:
                return ImageConfig(
                    user=user_,
                    ports=ports_,
                    env=env_,
                    labels=labels_,
                    command=command_,
                    entrypoint=entrypoint_,
                    volumes=volumes_,
                    workdir=workdir_,
                    signal_stop=signal_stop_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.user = user_
            instance.ports = ports_
            instance.env = env_
            instance.labels = labels_
            instance.command = command_
            instance.entrypoint = entrypoint_
            instance.volumes = volumes_
            instance.workdir = workdir_
            instance.signal_stop = signal_stop_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("user", "user", str, True),
            ("ports", "ports", list[ImageConfigPort], True),
            ("env", "env", dict[str, str], True),
            ("labels", "labels", dict[str, str], True),
            ("command", "command", list[str], True),
            ("entrypoint", "entrypoint", list[str], True),
            ("volumes", "volumes", list[ImageConfigVolume], True),
            ("workdir", "workdir", str, True),
            ("signal_stop", "signal_stop", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageConfig:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        user_ = wire.user
        ports_ = wire.ports
        ports_ = [_ImageConfigPort_from_wire(x) for x in ports_]
        env_ = wire.env
        labels_ = wire.labels
        command_ = wire.command
        entrypoint_ = wire.entrypoint
        volumes_ = wire.volumes
        volumes_ = [_ImageConfigVolume_from_wire(x) for x in volumes_]
        workdir_ = wire.workdir
        signal_stop_ = wire.signal_stop
        if _COMPILED:
            return ImageConfig(
                user=user_,
                ports=ports_,
                env=env_,
                labels=labels_,
                command=command_,
                entrypoint=entrypoint_,
                volumes=volumes_,
                workdir=workdir_,
                signal_stop=signal_stop_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.user = user_
        instance.ports = ports_
        instance.env = env_
        instance.labels = labels_
        instance.command = command_
        instance.entrypoint = entrypoint_
        instance.volumes = volumes_
        instance.workdir = workdir_
        instance.signal_stop = signal_stop_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "user": self.user,
            "ports": [x0.to_dict() for x0 in self.ports],
            "env": dict(self.env),
            "labels": dict(self.labels),
            "command": list(self.command),
            "entrypoint": list(self.entrypoint),
            "volumes": [x0.to_dict() for x0 in self.volumes],
            "workdir": self.workdir,
            "signal_stop": self.signal_stop,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        user: str | Keep = KEEP,
        ports: list[ImageConfigPort] | Keep = KEEP,
        env: dict[str, str] | Keep = KEEP,
        labels: dict[str, str] | Keep = KEEP,
        command: list[str] | Keep = KEEP,
        entrypoint: list[str] | Keep = KEEP,
        volumes: list[ImageConfigVolume] | Keep = KEEP,
        workdir: str | Keep = KEEP,
        signal_stop: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageConfig:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            user=self.user if user is KEEP else user,
            ports=self.ports if ports is KEEP else ports,
            env=self.env if env is KEEP else env,
            labels=self.labels if labels is KEEP else labels,
            command=self.command if command is KEEP else command,
            entrypoint=self.entrypoint if entrypoint is KEEP else entrypoint,
            volumes=self.volumes if volumes is KEEP else volumes,
            workdir=self.workdir if workdir is KEEP else workdir,
            signal_stop=self.signal_stop if signal_stop is KEEP else signal_stop,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageConfigPort_wire_names: Final[frozenset[str]] = frozenset({"host", "container", "type"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageConfigPort(_Model):
    """A port exposed by the image."""

    host: float | int
    """Host Port"""
    container: float | int
    """Container Port"""
    type: str
    """The protocol of the port, e.g. tcp or udp."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        host: float | int,
        container: float | int,
        type: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.host = host
        self.container = container
        self.type = type
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageConfigPort:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            host_ = obj["host"]
            if type(host_) is not float and type(host_) is not int:
                raise DecodeError(("host",), "number", host_)
            container_ = obj["container"]
            if type(container_) is not float and type(container_) is not int:
                raise DecodeError(("container",), "number", container_)
            type_ = obj["type"]
            if type(type_) is not str:
                raise DecodeError(("type",), "string", type_)
            extra: dict[str, Any] = (
                {} if len(obj) == 3 else unknown_fields(obj, _ImageConfigPort_wire_names)
            )
            if _COMPILED:
                return ImageConfigPort(
                    host=host_, container=container_, type=type_, additional_properties=extra
                )
            instance = _new(cls)
            instance.host = host_
            instance.container = container_
            instance.type = type_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("host", "host", float | int, True),
            ("container", "container", float | int, True),
            ("type", "type", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageConfigPort:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        host_ = wire.host
        container_ = wire.container
        type_ = wire.type
        if _COMPILED:
            return ImageConfigPort(
                host=host_, container=container_, type=type_, additional_properties={}
            )
        instance = _new(cls)
        instance.host = host_
        instance.container = container_
        instance.type = type_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "host": self.host,
            "container": self.container,
            "type": self.type,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        host: float | int | Keep = KEEP,
        container: float | int | Keep = KEEP,
        type: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageConfigPort:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            host=self.host if host is KEEP else host,
            container=self.container if container is KEEP else container,
            type=self.type if type is KEEP else type,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageConfigVolume_wire_names: Final[frozenset[str]] = frozenset({"path", "mode"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageConfigVolume(_Model):
    """A volume declared by the image."""

    path: str | Unset = UNSET
    """The path where the volume is mounted."""
    mode: ImageConfigVolumeMode | str | Unset = UNSET
    """Permission settings for the volume."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        path: str | Unset = UNSET,
        mode: ImageConfigVolumeMode | str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.path = path
        self.mode = mode
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageConfigVolume:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            path_ = obj.get("path", UNSET)
            if path_ is UNSET:
                absent += 1
            elif type(path_) is not str:
                raise DecodeError(("path",), "string", path_)
            mode_ = obj.get("mode", UNSET)
            if mode_ is UNSET:
                absent += 1
            elif type(mode_) is not str:
                raise DecodeError(("mode",), "string", mode_)
            else:
                mode_ = _ImageConfigVolumeMode_members.get(mode_, mode_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _ImageConfigVolume_wire_names)
            )
            if _COMPILED:
                return ImageConfigVolume(path=path_, mode=mode_, additional_properties=extra)
            instance = _new(cls)
            instance.path = path_
            instance.mode = mode_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("path", "path", str, False),
            ("mode", "mode", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageConfigVolume:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        path_ = wire.path
        mode_: Any = wire.mode
        if mode_ is not UNSET:
            mode_ = _ImageConfigVolumeMode_members.get(mode_, mode_)
        if _COMPILED:
            return ImageConfigVolume(path=path_, mode=mode_, additional_properties={})
        instance = _new(cls)
        instance.path = path_
        instance.mode = mode_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.path is not UNSET:
            out["path"] = self.path
        if self.mode is not UNSET:
            out["mode"] = _ImageConfigVolumeMode_values.get(self.mode, self.mode)
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        path: str | Unset | Keep = KEEP,
        mode: ImageConfigVolumeMode | str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageConfigVolume:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            path=self.path if path is KEEP else path,
            mode=self.mode if mode is KEEP else mode,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageFactory_wire_names: Final[frozenset[str]] = frozenset({"node_id", "cached", "acknowledged"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageFactory(_Model):
    """Information about the Factory service that built/imported the Image into Cycle."""

    node_id: str
    """The node holding the factory service that was responsible for building the image."""
    cached: datetime
    """A date timestamp for when the node cached the image."""
    acknowledged: datetime
    """A date timestamp for when the node acknowledged the image import job."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        node_id: str,
        cached: datetime,
        acknowledged: datetime,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.node_id = node_id
        self.cached = cached
        self.acknowledged = acknowledged
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageFactory:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            node_id_ = obj["node_id"]
            if type(node_id_) is not str:
                raise DecodeError(("node_id",), "string", node_id_)
            cached_ = obj["cached"]
            cached_ = as_datetime(cached_, "cached")
            acknowledged_ = obj["acknowledged"]
            acknowledged_ = as_datetime(acknowledged_, "acknowledged")
            extra: dict[str, Any] = (
                {} if len(obj) == 3 else unknown_fields(obj, _ImageFactory_wire_names)
            )
            if _COMPILED:
                return ImageFactory(
                    node_id=node_id_,
                    cached=cached_,
                    acknowledged=acknowledged_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.node_id = node_id_
            instance.cached = cached_
            instance.acknowledged = acknowledged_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("node_id", "node_id", str, True),
            ("cached", "cached", str, True),
            ("acknowledged", "acknowledged", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageFactory:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        node_id_ = wire.node_id
        cached_ = wire.cached
        cached_ = as_datetime(cached_, "cached")
        acknowledged_ = wire.acknowledged
        acknowledged_ = as_datetime(acknowledged_, "acknowledged")
        if _COMPILED:
            return ImageFactory(
                node_id=node_id_,
                cached=cached_,
                acknowledged=acknowledged_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.node_id = node_id_
        instance.cached = cached_
        instance.acknowledged = acknowledged_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "node_id": self.node_id,
            "cached": encode_datetime(self.cached),
            "acknowledged": encode_datetime(self.acknowledged),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        node_id: str | Keep = KEEP,
        cached: datetime | Keep = KEEP,
        acknowledged: datetime | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageFactory:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            node_id=self.node_id if node_id is KEEP else node_id,
            cached=self.cached if cached is KEEP else cached,
            acknowledged=self.acknowledged if acknowledged is KEEP else acknowledged,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageState_wire_names: Final[frozenset[str]] = frozenset({"current", "changed", "error"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageState(_Model):
    """Information regarding the current state of the image."""

    current: ImageStateCurrent | str
    """The current state of the image."""
    changed: datetime
    """The timestamp of when the state last changed."""
    error: ImageStateError | Unset = UNSET
    """An error, if any, that has occurred for this resource."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        current: ImageStateCurrent | str,
        changed: datetime,
        error: ImageStateError | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.current = current
        self.changed = changed
        self.error = error
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageState:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            current_ = obj["current"]
            if type(current_) is not str:
                raise DecodeError(("current",), "string", current_)
            current_ = _ImageStateCurrent_members.get(current_, current_)
            changed_ = obj["changed"]
            changed_ = as_datetime(changed_, "changed")
            error_ = obj.get("error", UNSET)
            if error_ is UNSET:
                absent += 1
            else:
                error_ = _ImageStateError_from_dict(error_, "error")
            extra: dict[str, Any] = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _ImageState_wire_names)
            )
            if _COMPILED:
                return ImageState(
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
            ("error", "error", ImageStateError, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageState:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        current_: Any = wire.current
        current_ = _ImageStateCurrent_members.get(current_, current_)
        changed_ = wire.changed
        changed_ = as_datetime(changed_, "changed")
        error_ = wire.error
        if error_ is not UNSET:
            error_ = _ImageStateError_from_wire(error_)
        if _COMPILED:
            return ImageState(
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
            "current": _ImageStateCurrent_values.get(self.current, self.current),
            "changed": encode_datetime(self.changed),
        }
        if self.error is not UNSET:
            out["error"] = self.error.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        current: ImageStateCurrent | str | Keep = KEEP,
        changed: datetime | Keep = KEEP,
        error: ImageStateError | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageState:
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


_ImageStateError_wire_names: Final[frozenset[str]] = frozenset({"message", "time"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageStateError(_Model):
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
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageStateError:
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
                {} if len(obj) == 2 - absent else unknown_fields(obj, _ImageStateError_wire_names)
            )
            if _COMPILED:
                return ImageStateError(message=message_, time=time_, additional_properties=extra)
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
    def _from_wire(cls, wire: Any) -> ImageStateError:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        message_ = wire.message
        time_ = wire.time
        if time_ is not UNSET:
            time_ = as_datetime(time_, "time")
        if _COMPILED:
            return ImageStateError(message=message_, time=time_, additional_properties={})
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
    ) -> ImageStateError:
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


_ImageEvents_wire_names: Final[frozenset[str]] = frozenset({"created", "updated", "deleted"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageEvents(_Model):
    """A collection of timestamps for each event in the image's lifetime."""

    created: datetime
    """The timestamp of when the image was created."""
    updated: datetime
    """The timestamp of when the image was updated."""
    deleted: datetime
    """The timestamp of when the image was deleted."""
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
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageEvents:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            created_ = obj["created"]
            created_ = as_datetime(created_, "created")
            updated_ = obj["updated"]
            updated_ = as_datetime(updated_, "updated")
            deleted_ = obj["deleted"]
            deleted_ = as_datetime(deleted_, "deleted")
            extra: dict[str, Any] = (
                {} if len(obj) == 3 else unknown_fields(obj, _ImageEvents_wire_names)
            )
            if _COMPILED:
                return ImageEvents(
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
    def _from_wire(cls, wire: Any) -> ImageEvents:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        created_ = wire.created
        created_ = as_datetime(created_, "created")
        updated_ = wire.updated
        updated_ = as_datetime(updated_, "updated")
        deleted_ = wire.deleted
        deleted_ = as_datetime(deleted_, "deleted")
        if _COMPILED:
            return ImageEvents(
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
    ) -> ImageEvents:
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


_ImageMeta_wire_names: Final[frozenset[str]] = frozenset({"containers_count"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageMeta(_Model):
    """A list of meta fields that can be applied to the image."""

    containers_count: ResourceCountSummary | Unset = UNSET
    """A summary of the containers using this image, by state."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        containers_count: ResourceCountSummary | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.containers_count = containers_count
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageMeta:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            containers_count_ = obj.get("containers_count", UNSET)
            if containers_count_ is UNSET:
                absent += 1
            else:
                containers_count_ = _ResourceCountSummary_from_dict(
                    containers_count_, "containers_count"
                )
            extra: dict[str, Any] = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _ImageMeta_wire_names)
            )
            if _COMPILED:
                return ImageMeta(containers_count=containers_count_, additional_properties=extra)
            instance = _new(cls)
            instance.containers_count = containers_count_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("containers_count", "containers_count", ResourceCountSummary, False),)

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageMeta:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        containers_count_ = wire.containers_count
        if containers_count_ is not UNSET:
            containers_count_ = _ResourceCountSummary_from_wire(containers_count_)
        if _COMPILED:
            return ImageMeta(containers_count=containers_count_, additional_properties={})
        instance = _new(cls)
        instance.containers_count = containers_count_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.containers_count is not UNSET:
            out["containers_count"] = self.containers_count.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        containers_count: ResourceCountSummary | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageMeta:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            containers_count=self.containers_count
            if containers_count is KEEP
            else containers_count,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ResourceCountSummary_wire_names: Final[frozenset[str]] = frozenset({"state", "total", "available"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ResourceCountSummary(_Model):
    """A summary of resources by state"""

    state: dict[str, int]
    """A count of this resource, grouped by state."""
    total: int
    """The total number of this resource"""
    available: int
    """The total number of this resource available, less any deleted ones."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        state: dict[str, int],
        total: int,
        available: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.state = state
        self.total = total
        self.available = available
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ResourceCountSummary:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            state_ = obj["state"]
            state_ = as_int_dict(state_, "state")
            total_ = obj["total"]
            if type(total_) is not int:
                raise DecodeError(("total",), "integer", total_)
            available_ = obj["available"]
            if type(available_) is not int:
                raise DecodeError(("available",), "integer", available_)
            extra: dict[str, Any] = (
                {} if len(obj) == 3 else unknown_fields(obj, _ResourceCountSummary_wire_names)
            )
            if _COMPILED:
                return ResourceCountSummary(
                    state=state_, total=total_, available=available_, additional_properties=extra
                )
            instance = _new(cls)
            instance.state = state_
            instance.total = total_
            instance.available = available_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("state", "state", dict[str, int], True),
            ("total", "total", int, True),
            ("available", "available", int, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ResourceCountSummary:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        state_ = wire.state
        total_ = wire.total
        available_ = wire.available
        if _COMPILED:
            return ResourceCountSummary(
                state=state_, total=total_, available=available_, additional_properties={}
            )
        instance = _new(cls)
        instance.state = state_
        instance.total = total_
        instance.available = available_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "state": dict(self.state),
            "total": self.total,
            "available": self.available,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        state: dict[str, int] | Keep = KEEP,
        total: int | Keep = KEEP,
        available: int | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ResourceCountSummary:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            state=self.state if state is KEEP else state,
            total=self.total if total is KEEP else total,
            available=self.available if available is KEEP else available,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_DirectImageSource_wire_names: Final[frozenset[str]] = frozenset({"type", "details", "override"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DirectImageSource(_Model):
    """An image built directly from an image source."""

    type: Literal["direct"] = "direct"
    """The kind of image source, always `direct`."""
    details: DirectImageSourceDetails
    """The image source and origin the image was built from."""
    override: ImageSourceOverride | Unset = UNSET
    """Overrides that were applied to the origin for this build."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["direct"] = "direct",
        details: DirectImageSourceDetails,
        override: ImageSourceOverride | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.override = override
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DirectImageSource:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            type_ = obj["type"]
            if type_ != "direct" or type(type_) is not str:
                raise DecodeError(("type",), "'direct'", type_)
            details_ = obj["details"]
            details_ = _DirectImageSourceDetails_from_dict(details_, "details")
            override_ = obj.get("override", UNSET)
            if override_ is UNSET:
                absent += 1
            else:
                override_ = _ImageSourceOverride_from_dict(override_, "override")
            extra: dict[str, Any] = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _DirectImageSource_wire_names)
            )
            if _COMPILED:
                return DirectImageSource(
                    type="direct", details=details_, override=override_, additional_properties=extra
                )
            instance = _new(cls)
            instance.type = "direct"
            instance.details = details_
            instance.override = override_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("details", "details", DirectImageSourceDetails, True),
            ("override", "override", ImageSourceOverride, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> DirectImageSource:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "direct" or type(type_) is not str:
            raise DecodeError(("type",), "'direct'", type_)
        details_ = wire.details
        details_ = _DirectImageSourceDetails_from_wire(details_)
        override_ = wire.override
        if override_ is not UNSET:
            override_ = _ImageSourceOverride_from_wire(override_)
        if _COMPILED:
            return DirectImageSource(
                type="direct", details=details_, override=override_, additional_properties={}
            )
        instance = _new(cls)
        instance.type = "direct"
        instance.details = details_
        instance.override = override_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        if self.override is not UNSET:
            out["override"] = self.override.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["direct"] | Keep = KEEP,
        details: DirectImageSourceDetails | Keep = KEEP,
        override: ImageSourceOverride | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> DirectImageSource:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            details=self.details if details is KEEP else details,
            override=self.override if override is KEEP else override,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_DirectImageSourceDetails_wire_names: Final[frozenset[str]] = frozenset({"id", "origin"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DirectImageSourceDetails(_Model):
    """The image source and origin a direct image was built from."""

    id: str
    """The ID of the image source."""
    origin: ImageOrigin
    """The origin of the image."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        id: str,
        origin: ImageOrigin,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.origin = origin
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DirectImageSourceDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            id_ = obj["id"]
            if type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            origin_ = obj["origin"]
            origin_ = image_origin_from_dict(origin_, "origin")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _DirectImageSourceDetails_wire_names)
            )
            if _COMPILED:
                return DirectImageSourceDetails(id=id_, origin=origin_, additional_properties=extra)
            instance = _new(cls)
            instance.id = id_
            instance.origin = origin_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("id", "id", str, True),
            ("origin", "origin", Any, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> DirectImageSourceDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        id_ = wire.id
        origin_ = wire.origin
        origin_ = image_origin_from_dict(origin_, "origin")
        if _COMPILED:
            return DirectImageSourceDetails(id=id_, origin=origin_, additional_properties={})
        instance = _new(cls)
        instance.id = id_
        instance.origin = origin_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "origin": self.origin.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        id: str | Keep = KEEP,
        origin: ImageOrigin | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> DirectImageSourceDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            id=self.id if id is KEEP else id,
            origin=self.origin if origin is KEEP else origin,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_StackImageSource_wire_names: Final[frozenset[str]] = frozenset({"type", "details", "override"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class StackImageSource(_Model):
    """An image built as part of a stack build."""

    type: Literal["stack-build"] = "stack-build"
    """The kind of image source, always `stack-build`."""
    details: StackImageSourceDetails
    """The stack build, containers and origin the image was built from."""
    override: ImageSourceOverride | Unset = UNSET
    """Overrides that were applied to the origin for this build."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["stack-build"] = "stack-build",
        details: StackImageSourceDetails,
        override: ImageSourceOverride | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.override = override
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> StackImageSource:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            type_ = obj["type"]
            if type_ != "stack-build" or type(type_) is not str:
                raise DecodeError(("type",), "'stack-build'", type_)
            details_ = obj["details"]
            details_ = _StackImageSourceDetails_from_dict(details_, "details")
            override_ = obj.get("override", UNSET)
            if override_ is UNSET:
                absent += 1
            else:
                override_ = _ImageSourceOverride_from_dict(override_, "override")
            extra: dict[str, Any] = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _StackImageSource_wire_names)
            )
            if _COMPILED:
                return StackImageSource(
                    type="stack-build",
                    details=details_,
                    override=override_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.type = "stack-build"
            instance.details = details_
            instance.override = override_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("details", "details", StackImageSourceDetails, True),
            ("override", "override", ImageSourceOverride, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> StackImageSource:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "stack-build" or type(type_) is not str:
            raise DecodeError(("type",), "'stack-build'", type_)
        details_ = wire.details
        details_ = _StackImageSourceDetails_from_wire(details_)
        override_ = wire.override
        if override_ is not UNSET:
            override_ = _ImageSourceOverride_from_wire(override_)
        if _COMPILED:
            return StackImageSource(
                type="stack-build", details=details_, override=override_, additional_properties={}
            )
        instance = _new(cls)
        instance.type = "stack-build"
        instance.details = details_
        instance.override = override_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        if self.override is not UNSET:
            out["override"] = self.override.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["stack-build"] | Keep = KEEP,
        details: StackImageSourceDetails | Keep = KEEP,
        override: ImageSourceOverride | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> StackImageSource:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            details=self.details if details is KEEP else details,
            override=self.override if override is KEEP else override,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_StackImageSourceDetails_wire_names: Final[frozenset[str]] = frozenset(
    {"id", "stack_id", "containers", "origin"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class StackImageSourceDetails(_Model):
    """The stack build, containers and origin a stack image was built from."""

    id: str
    """The ID of the stack build."""
    stack_id: str
    """The ID of the stack."""
    containers: list[str]
    """The identifiers of the stack containers that use this image."""
    origin: ImageOrigin
    """The origin of the image."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        id: str,
        stack_id: str,
        containers: list[str],
        origin: ImageOrigin,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.stack_id = stack_id
        self.containers = containers
        self.origin = origin
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> StackImageSourceDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            id_ = obj["id"]
            if type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            stack_id_ = obj["stack_id"]
            if type(stack_id_) is not str:
                raise DecodeError(("stack_id",), "string", stack_id_)
            containers_ = obj["containers"]
            containers_ = as_str_list(containers_, "containers")
            origin_ = obj["origin"]
            origin_ = image_origin_from_dict(origin_, "origin")
            extra: dict[str, Any] = (
                {} if len(obj) == 4 else unknown_fields(obj, _StackImageSourceDetails_wire_names)
            )
            if _COMPILED:
                return StackImageSourceDetails(
                    id=id_,
                    stack_id=stack_id_,
                    containers=containers_,
                    origin=origin_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.id = id_
            instance.stack_id = stack_id_
            instance.containers = containers_
            instance.origin = origin_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("id", "id", str, True),
            ("stack_id", "stack_id", str, True),
            ("containers", "containers", list[str], True),
            ("origin", "origin", Any, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> StackImageSourceDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        id_ = wire.id
        stack_id_ = wire.stack_id
        containers_ = wire.containers
        origin_ = wire.origin
        origin_ = image_origin_from_dict(origin_, "origin")
        if _COMPILED:
            return StackImageSourceDetails(
                id=id_,
                stack_id=stack_id_,
                containers=containers_,
                origin=origin_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.id = id_
        instance.stack_id = stack_id_
        instance.containers = containers_
        instance.origin = origin_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "stack_id": self.stack_id,
            "containers": list(self.containers),
            "origin": self.origin.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        id: str | Keep = KEEP,
        stack_id: str | Keep = KEEP,
        containers: list[str] | Keep = KEEP,
        origin: ImageOrigin | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> StackImageSourceDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            id=self.id if id is KEEP else id,
            stack_id=self.stack_id if stack_id is KEEP else stack_id,
            containers=self.containers if containers is KEEP else containers,
            origin=self.origin if origin is KEEP else origin,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_BucketImageSource_wire_names: Final[frozenset[str]] = frozenset({"type", "details", "override"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class BucketImageSource(_Model):
    """An image built from an image source of the bucket type."""

    type: Literal["bucket"] = "bucket"
    """The kind of image source, always `bucket`."""
    details: BucketImageSourceDetails
    """The image source and origin the image was built from."""
    override: ImageSourceOverride | Unset = UNSET
    """Overrides that were applied to the origin for this build."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["bucket"] = "bucket",
        details: BucketImageSourceDetails,
        override: ImageSourceOverride | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.override = override
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> BucketImageSource:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            type_ = obj["type"]
            if type_ != "bucket" or type(type_) is not str:
                raise DecodeError(("type",), "'bucket'", type_)
            details_ = obj["details"]
            details_ = _BucketImageSourceDetails_from_dict(details_, "details")
            override_ = obj.get("override", UNSET)
            if override_ is UNSET:
                absent += 1
            else:
                override_ = _ImageSourceOverride_from_dict(override_, "override")
            extra: dict[str, Any] = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _BucketImageSource_wire_names)
            )
            if _COMPILED:
                return BucketImageSource(
                    type="bucket", details=details_, override=override_, additional_properties=extra
                )
            instance = _new(cls)
            instance.type = "bucket"
            instance.details = details_
            instance.override = override_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("details", "details", BucketImageSourceDetails, True),
            ("override", "override", ImageSourceOverride, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> BucketImageSource:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "bucket" or type(type_) is not str:
            raise DecodeError(("type",), "'bucket'", type_)
        details_ = wire.details
        details_ = _BucketImageSourceDetails_from_wire(details_)
        override_ = wire.override
        if override_ is not UNSET:
            override_ = _ImageSourceOverride_from_wire(override_)
        if _COMPILED:
            return BucketImageSource(
                type="bucket", details=details_, override=override_, additional_properties={}
            )
        instance = _new(cls)
        instance.type = "bucket"
        instance.details = details_
        instance.override = override_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        if self.override is not UNSET:
            out["override"] = self.override.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["bucket"] | Keep = KEEP,
        details: BucketImageSourceDetails | Keep = KEEP,
        override: ImageSourceOverride | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> BucketImageSource:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            details=self.details if details is KEEP else details,
            override=self.override if override is KEEP else override,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_BucketImageSourceDetails_wire_names: Final[frozenset[str]] = frozenset({"id", "origin"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class BucketImageSourceDetails(_Model):
    """The image source and origin a bucket image was built from."""

    id: str
    """The ID of the image source."""
    origin: ImageOrigin
    """The origin of the image."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        id: str,
        origin: ImageOrigin,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.origin = origin
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> BucketImageSourceDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            id_ = obj["id"]
            if type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            origin_ = obj["origin"]
            origin_ = image_origin_from_dict(origin_, "origin")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _BucketImageSourceDetails_wire_names)
            )
            if _COMPILED:
                return BucketImageSourceDetails(id=id_, origin=origin_, additional_properties=extra)
            instance = _new(cls)
            instance.id = id_
            instance.origin = origin_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("id", "id", str, True),
            ("origin", "origin", Any, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> BucketImageSourceDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        id_ = wire.id
        origin_ = wire.origin
        origin_ = image_origin_from_dict(origin_, "origin")
        if _COMPILED:
            return BucketImageSourceDetails(id=id_, origin=origin_, additional_properties={})
        instance = _new(cls)
        instance.id = id_
        instance.origin = origin_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "origin": self.origin.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        id: str | Keep = KEEP,
        origin: ImageOrigin | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> BucketImageSourceDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            id=self.id if id is KEEP else id,
            origin=self.origin if origin is KEEP else origin,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


ImageSourceReference: TypeAlias = DirectImageSource | StackImageSource | BucketImageSource
"""The image source an image was built from, discriminated by `type`. This is a container for one-of cases."""


def image_source_reference_from_dict(data: Any, key: Key | None = None) -> ImageSourceReference:
    """Decode a ImageSourceReference, choosing the variant by its discriminator."""
    try:
        obj = as_object(data)
        tag = obj["type"]
        if tag == "direct":
            return DirectImageSource.from_dict(obj)
        if tag == "stack-build":
            return StackImageSource.from_dict(obj)
        if tag == "bucket":
            return BucketImageSource.from_dict(obj)
        raise DecodeError(("type",), "one of 'direct', 'stack-build', 'bucket'", tag)
    except (DecodeError, KeyError) as exc:
        raise decode_failure(exc, key) from None


_Image_from_dict: Final = Image.from_dict
_Image_from_wire: Final = Image._from_wire
_ImageAbout_from_dict: Final = ImageAbout.from_dict
_ImageAbout_from_wire: Final = ImageAbout._from_wire
_ImageBackend_from_dict: Final = ImageBackend.from_dict
_ImageBackend_from_wire: Final = ImageBackend._from_wire
_ImageRequires_from_dict: Final = ImageRequires.from_dict
_ImageRequires_from_wire: Final = ImageRequires._from_wire
_ImageBuilder_from_dict: Final = ImageBuilder.from_dict
_ImageBuilder_from_wire: Final = ImageBuilder._from_wire
_ImageConfig_from_dict: Final = ImageConfig.from_dict
_ImageConfig_from_wire: Final = ImageConfig._from_wire
_ImageConfigPort_from_dict: Final = ImageConfigPort.from_dict
_ImageConfigPort_from_wire: Final = ImageConfigPort._from_wire
_ImageConfigVolume_from_dict: Final = ImageConfigVolume.from_dict
_ImageConfigVolume_from_wire: Final = ImageConfigVolume._from_wire
_ImageFactory_from_dict: Final = ImageFactory.from_dict
_ImageFactory_from_wire: Final = ImageFactory._from_wire
_ImageState_from_dict: Final = ImageState.from_dict
_ImageState_from_wire: Final = ImageState._from_wire
_ImageStateError_from_dict: Final = ImageStateError.from_dict
_ImageStateError_from_wire: Final = ImageStateError._from_wire
_ImageEvents_from_dict: Final = ImageEvents.from_dict
_ImageEvents_from_wire: Final = ImageEvents._from_wire
_ImageMeta_from_dict: Final = ImageMeta.from_dict
_ImageMeta_from_wire: Final = ImageMeta._from_wire
_ResourceCountSummary_from_dict: Final = ResourceCountSummary.from_dict
_ResourceCountSummary_from_wire: Final = ResourceCountSummary._from_wire
_DirectImageSource_from_dict: Final = DirectImageSource.from_dict
_DirectImageSource_from_wire: Final = DirectImageSource._from_wire
_DirectImageSourceDetails_from_dict: Final = DirectImageSourceDetails.from_dict
_DirectImageSourceDetails_from_wire: Final = DirectImageSourceDetails._from_wire
_StackImageSource_from_dict: Final = StackImageSource.from_dict
_StackImageSource_from_wire: Final = StackImageSource._from_wire
_StackImageSourceDetails_from_dict: Final = StackImageSourceDetails.from_dict
_StackImageSourceDetails_from_wire: Final = StackImageSourceDetails._from_wire
_BucketImageSource_from_dict: Final = BucketImageSource.from_dict
_BucketImageSource_from_wire: Final = BucketImageSource._from_wire
_BucketImageSourceDetails_from_dict: Final = BucketImageSourceDetails.from_dict
_BucketImageSourceDetails_from_wire: Final = BucketImageSourceDetails._from_wire
