# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""CycleSourceOrigin, CycleSourceOriginDetails, CycleUploadOrigin, CycleUploadOriginDetails, DockerFileOrigin, DockerFileOriginDetails, DockerHubOrigin, DockerHubOriginDetails, DockerRegistryOrigin, DockerRegistryOriginDetails, DockerfileCredential, HttpCredentials, HttpSourceCredentials, ImageOrigin, NoneOrigin, OciRegistryOrigin, OciRegistryOriginDetails, RegistryAuth, RegistryAuthProvider, RegistryAuthProviderCredentials, RegistryAuthProviderDetails, RegistryAuthUser, RegistryAuthUserDetails, RegistryAuthWebhook, RegistryAuthWebhookDetails, RepoAuth, RepoRef, RepoSource, SshCredentials, SshSourceCredentials: models of Cycle Platform API (images) 1.0.0.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
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
    as_list,
    as_object,
    decode_failure,
    encode_datetime,
    unknown_fields,
)
from .existing_source import ExistingSource

_ExistingSource_from_dict: Final = ExistingSource.from_dict
_ExistingSource_from_wire: Final = ExistingSource._from_wire  # pyright: ignore[reportPrivateUsage]

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


_DockerHubOrigin_wire_names: Final[frozenset[str]] = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerHubOrigin(_Model):
    """An image origin where the image is pulled from DockerHub."""

    type: Literal["docker-hub"] = "docker-hub"
    """The kind of origin, always `docker-hub`."""
    details: DockerHubOriginDetails
    """Where on DockerHub the image is pulled from, and how to authenticate."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["docker-hub"] = "docker-hub",
        details: DockerHubOriginDetails,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerHubOrigin:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "docker-hub" or type(type_) is not str:
                raise DecodeError(("type",), "'docker-hub'", type_)
            details_ = obj["details"]
            details_ = _DockerHubOriginDetails_from_dict(details_, "details")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _DockerHubOrigin_wire_names)
            )
            if _COMPILED:
                return DockerHubOrigin(
                    type="docker-hub", details=details_, additional_properties=extra
                )
            instance = _new(cls)
            instance.type = "docker-hub"
            instance.details = details_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("details", "details", DockerHubOriginDetails, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> DockerHubOrigin:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "docker-hub" or type(type_) is not str:
            raise DecodeError(("type",), "'docker-hub'", type_)
        details_ = wire.details
        details_ = _DockerHubOriginDetails_from_wire(details_)
        if _COMPILED:
            return DockerHubOrigin(type="docker-hub", details=details_, additional_properties={})
        instance = _new(cls)
        instance.type = "docker-hub"
        instance.details = details_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["docker-hub"] | Keep = KEEP,
        details: DockerHubOriginDetails | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> DockerHubOrigin:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            details=self.details if details is KEEP else details,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_DockerHubOriginDetails_wire_names: Final[frozenset[str]] = frozenset(
    {"existing", "target", "username", "token"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerHubOriginDetails(_Model):
    """Where on DockerHub the image is pulled from, and how to authenticate."""

    existing: ExistingSource | None | Unset = UNSET
    """An existing image source to derive any values not given here from."""
    target: str
    """The DockerHub target string. ex - `mysql:5.7`"""
    username: str | Unset = UNSET
    """For authentication, a username."""
    token: str | Unset = field(default=UNSET, repr=False)
    """For authentication, a token."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        existing: ExistingSource | None | Unset = UNSET,
        target: str,
        username: str | Unset = UNSET,
        token: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.existing = existing
        self.target = target
        self.username = username
        self.token = token
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerHubOriginDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            existing_ = obj.get("existing", UNSET)
            if existing_ is UNSET:
                absent += 1
            elif existing_ is not None:
                existing_ = _ExistingSource_from_dict(existing_, "existing")
            target_ = obj["target"]
            if type(target_) is not str:
                raise DecodeError(("target",), "string", target_)
            username_ = obj.get("username", UNSET)
            if username_ is UNSET:
                absent += 1
            elif type(username_) is not str:
                raise DecodeError(("username",), "string", username_)
            token_ = obj.get("token", UNSET)
            if token_ is UNSET:
                absent += 1
            elif type(token_) is not str:
                raise DecodeError(("token",), "string", token_)
            extra: dict[str, Any] = (
                {}
                if len(obj) == 4 - absent
                else unknown_fields(obj, _DockerHubOriginDetails_wire_names)
            )
            if _COMPILED:
                return DockerHubOriginDetails(
                    existing=existing_,
                    target=target_,
                    username=username_,
                    token=token_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.existing = existing_
            instance.target = target_
            instance.username = username_
            instance.token = token_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("existing", "existing", ExistingSource | None, False),
            ("target", "target", str, True),
            ("username", "username", str, False),
            ("token", "token", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> DockerHubOriginDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        existing_ = wire.existing
        if existing_ is not UNSET and existing_ is not None:
            existing_ = _ExistingSource_from_wire(existing_)
        target_ = wire.target
        username_ = wire.username
        token_ = wire.token
        if _COMPILED:
            return DockerHubOriginDetails(
                existing=existing_,
                target=target_,
                username=username_,
                token=token_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.existing = existing_
        instance.target = target_
        instance.username = username_
        instance.token = token_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "target": self.target,
        }
        if self.existing is not UNSET:
            out["existing"] = None if self.existing is None else self.existing.to_dict()
        if self.username is not UNSET:
            out["username"] = self.username
        if self.token is not UNSET:
            out["token"] = self.token
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        existing: ExistingSource | None | Unset | Keep = KEEP,
        target: str | Keep = KEEP,
        username: str | Unset | Keep = KEEP,
        token: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> DockerHubOriginDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            existing=self.existing if existing is KEEP else existing,
            target=self.target if target is KEEP else target,
            username=self.username if username is KEEP else username,
            token=self.token if token is KEEP else token,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_DockerFileOrigin_wire_names: Final[frozenset[str]] = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerFileOrigin(_Model):
    """An image origin where the image is built from a Dockerfile located in a git repository."""

    type: Literal["docker-file"] = "docker-file"
    """The kind of origin, always `docker-file`."""
    details: DockerFileOriginDetails
    """Where the Dockerfile and its build context are found."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["docker-file"] = "docker-file",
        details: DockerFileOriginDetails,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerFileOrigin:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "docker-file" or type(type_) is not str:
                raise DecodeError(("type",), "'docker-file'", type_)
            details_ = obj["details"]
            details_ = _DockerFileOriginDetails_from_dict(details_, "details")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _DockerFileOrigin_wire_names)
            )
            if _COMPILED:
                return DockerFileOrigin(
                    type="docker-file", details=details_, additional_properties=extra
                )
            instance = _new(cls)
            instance.type = "docker-file"
            instance.details = details_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("details", "details", DockerFileOriginDetails, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> DockerFileOrigin:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "docker-file" or type(type_) is not str:
            raise DecodeError(("type",), "'docker-file'", type_)
        details_ = wire.details
        details_ = _DockerFileOriginDetails_from_wire(details_)
        if _COMPILED:
            return DockerFileOrigin(type="docker-file", details=details_, additional_properties={})
        instance = _new(cls)
        instance.type = "docker-file"
        instance.details = details_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["docker-file"] | Keep = KEEP,
        details: DockerFileOriginDetails | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> DockerFileOrigin:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            details=self.details if details is KEEP else details,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_DockerFileOriginDetails_wire_names: Final[frozenset[str]] = frozenset(
    {"existing", "repo", "targz_url", "context_dir", "build_file", "credentials"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerFileOriginDetails(_Model):
    """Where the Dockerfile and its build context are found."""

    existing: ExistingSource | None | Unset = UNSET
    """An existing image source to derive any values not given here from."""
    repo: RepoSource | None | Unset = UNSET
    """Information about the repository."""
    targz_url: str | None | Unset = UNSET
    """An endpoint that serves the tar file."""
    context_dir: str | None | Unset = UNSET
    """The path to the directory to use as the context when building the image."""
    build_file: str | None | Unset = UNSET
    """The path to the Dockerfile to be used for buiding the image."""
    credentials: list[DockerfileCredential] | None | Unset = UNSET
    """An array of credentials objects to be used when authenticating against private images used by the Dockerfile."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        existing: ExistingSource | None | Unset = UNSET,
        repo: RepoSource | None | Unset = UNSET,
        targz_url: str | None | Unset = UNSET,
        context_dir: str | None | Unset = UNSET,
        build_file: str | None | Unset = UNSET,
        credentials: list[DockerfileCredential] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.existing = existing
        self.repo = repo
        self.targz_url = targz_url
        self.context_dir = context_dir
        self.build_file = build_file
        self.credentials = credentials
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerFileOriginDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            existing_ = obj.get("existing", UNSET)
            if existing_ is UNSET:
                absent += 1
            elif existing_ is not None:
                existing_ = _ExistingSource_from_dict(existing_, "existing")
            repo_ = obj.get("repo", UNSET)
            if repo_ is UNSET:
                absent += 1
            elif repo_ is not None:
                repo_ = _RepoSource_from_dict(repo_, "repo")
            targz_url_ = obj.get("targz_url", UNSET)
            if targz_url_ is UNSET:
                absent += 1
            elif type(targz_url_) is not str and targz_url_ is not None:
                raise DecodeError(("targz_url",), "string", targz_url_)
            context_dir_ = obj.get("context_dir", UNSET)
            if context_dir_ is UNSET:
                absent += 1
            elif type(context_dir_) is not str and context_dir_ is not None:
                raise DecodeError(("context_dir",), "string", context_dir_)
            build_file_ = obj.get("build_file", UNSET)
            if build_file_ is UNSET:
                absent += 1
            elif type(build_file_) is not str and build_file_ is not None:
                raise DecodeError(("build_file",), "string", build_file_)
            credentials_ = obj.get("credentials", UNSET)
            if credentials_ is UNSET:
                absent += 1
            elif credentials_ is not None:
                credentials_ = as_list(credentials_, "credentials", _DockerfileCredential_from_dict)
            extra: dict[str, Any] = (
                {}
                if len(obj) == 6 - absent
                else unknown_fields(obj, _DockerFileOriginDetails_wire_names)
            )
            if _COMPILED:
                return DockerFileOriginDetails(
                    existing=existing_,
                    repo=repo_,
                    targz_url=targz_url_,
                    context_dir=context_dir_,
                    build_file=build_file_,
                    credentials=credentials_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.existing = existing_
            instance.repo = repo_
            instance.targz_url = targz_url_
            instance.context_dir = context_dir_
            instance.build_file = build_file_
            instance.credentials = credentials_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("existing", "existing", ExistingSource | None, False),
            ("repo", "repo", RepoSource | None, False),
            ("targz_url", "targz_url", str | None, False),
            ("context_dir", "context_dir", str | None, False),
            ("build_file", "build_file", str | None, False),
            ("credentials", "credentials", list[DockerfileCredential] | None, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> DockerFileOriginDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        existing_ = wire.existing
        if existing_ is not UNSET and existing_ is not None:
            existing_ = _ExistingSource_from_wire(existing_)
        repo_ = wire.repo
        if repo_ is not UNSET and repo_ is not None:
            repo_ = _RepoSource_from_wire(repo_)
        targz_url_ = wire.targz_url
        context_dir_ = wire.context_dir
        build_file_ = wire.build_file
        credentials_ = wire.credentials
        if credentials_ is not UNSET and credentials_ is not None:
            credentials_ = [_DockerfileCredential_from_wire(x) for x in credentials_]
        if _COMPILED:
            return DockerFileOriginDetails(
                existing=existing_,
                repo=repo_,
                targz_url=targz_url_,
                context_dir=context_dir_,
                build_file=build_file_,
                credentials=credentials_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.existing = existing_
        instance.repo = repo_
        instance.targz_url = targz_url_
        instance.context_dir = context_dir_
        instance.build_file = build_file_
        instance.credentials = credentials_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.existing is not UNSET:
            out["existing"] = None if self.existing is None else self.existing.to_dict()
        if self.repo is not UNSET:
            out["repo"] = None if self.repo is None else self.repo.to_dict()
        if self.targz_url is not UNSET:
            out["targz_url"] = self.targz_url
        if self.context_dir is not UNSET:
            out["context_dir"] = self.context_dir
        if self.build_file is not UNSET:
            out["build_file"] = self.build_file
        if self.credentials is not UNSET:
            out["credentials"] = (
                None if self.credentials is None else [x0.to_dict() for x0 in self.credentials]
            )
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        existing: ExistingSource | None | Unset | Keep = KEEP,
        repo: RepoSource | None | Unset | Keep = KEEP,
        targz_url: str | None | Unset | Keep = KEEP,
        context_dir: str | None | Unset | Keep = KEEP,
        build_file: str | None | Unset | Keep = KEEP,
        credentials: list[DockerfileCredential] | None | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> DockerFileOriginDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            existing=self.existing if existing is KEEP else existing,
            repo=self.repo if repo is KEEP else repo,
            targz_url=self.targz_url if targz_url is KEEP else targz_url,
            context_dir=self.context_dir if context_dir is KEEP else context_dir,
            build_file=self.build_file if build_file is KEEP else build_file,
            credentials=self.credentials if credentials is KEEP else credentials,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_DockerfileCredential_wire_names: Final[frozenset[str]] = frozenset({"url", "username", "token"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerfileCredential(_Model):
    """Credentials object used for authentication of indirect resources such as private parent images."""

    url: str | Unset = UNSET
    """The url the resource is located at."""
    username: str | Unset = UNSET
    """A username for authentication."""
    token: str | Unset = field(default=UNSET, repr=False)
    """A token for authentication."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        url: str | Unset = UNSET,
        username: str | Unset = UNSET,
        token: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.url = url
        self.username = username
        self.token = token
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerfileCredential:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            url_ = obj.get("url", UNSET)
            if url_ is UNSET:
                absent += 1
            elif type(url_) is not str:
                raise DecodeError(("url",), "string", url_)
            username_ = obj.get("username", UNSET)
            if username_ is UNSET:
                absent += 1
            elif type(username_) is not str:
                raise DecodeError(("username",), "string", username_)
            token_ = obj.get("token", UNSET)
            if token_ is UNSET:
                absent += 1
            elif type(token_) is not str:
                raise DecodeError(("token",), "string", token_)
            extra: dict[str, Any] = (
                {}
                if len(obj) == 3 - absent
                else unknown_fields(obj, _DockerfileCredential_wire_names)
            )
            if _COMPILED:
                return DockerfileCredential(
                    url=url_, username=username_, token=token_, additional_properties=extra
                )
            instance = _new(cls)
            instance.url = url_
            instance.username = username_
            instance.token = token_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("url", "url", str, False),
            ("username", "username", str, False),
            ("token", "token", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> DockerfileCredential:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        url_ = wire.url
        username_ = wire.username
        token_ = wire.token
        if _COMPILED:
            return DockerfileCredential(
                url=url_, username=username_, token=token_, additional_properties={}
            )
        instance = _new(cls)
        instance.url = url_
        instance.username = username_
        instance.token = token_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.url is not UNSET:
            out["url"] = self.url
        if self.username is not UNSET:
            out["username"] = self.username
        if self.token is not UNSET:
            out["token"] = self.token
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        url: str | Unset | Keep = KEEP,
        username: str | Unset | Keep = KEEP,
        token: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> DockerfileCredential:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            url=self.url if url is KEEP else url,
            username=self.username if username is KEEP else username,
            token=self.token if token is KEEP else token,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_RepoSource_wire_names: Final[frozenset[str]] = frozenset({"url", "branch", "auth", "ref"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RepoSource(_Model):
    """Information about the repository."""

    url: str
    """The URL of the repository."""
    branch: str | Unset = UNSET
    """An optional branch arguement.  Default value is `master`."""
    auth: RepoAuth | None | Unset = UNSET
    """Authentication information for the repository."""
    ref: RepoRef | None | Unset = UNSET
    """Repository reference information."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        url: str,
        branch: str | Unset = UNSET,
        auth: RepoAuth | None | Unset = UNSET,
        ref: RepoRef | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.url = url
        self.branch = branch
        self.auth = auth
        self.ref = ref
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RepoSource:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            url_ = obj["url"]
            if type(url_) is not str:
                raise DecodeError(("url",), "string", url_)
            branch_ = obj.get("branch", UNSET)
            if branch_ is UNSET:
                absent += 1
            elif type(branch_) is not str:
                raise DecodeError(("branch",), "string", branch_)
            auth_ = obj.get("auth", UNSET)
            if auth_ is UNSET:
                absent += 1
            elif auth_ is not None:
                auth_ = repo_auth_from_dict(auth_, "auth")
            ref_ = obj.get("ref", UNSET)
            if ref_ is UNSET:
                absent += 1
            elif ref_ is not None:
                ref_ = _RepoRef_from_dict(ref_, "ref")
            extra: dict[str, Any] = (
                {} if len(obj) == 4 - absent else unknown_fields(obj, _RepoSource_wire_names)
            )
            if _COMPILED:
                return RepoSource(
                    url=url_, branch=branch_, auth=auth_, ref=ref_, additional_properties=extra
                )
            instance = _new(cls)
            instance.url = url_
            instance.branch = branch_
            instance.auth = auth_
            instance.ref = ref_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("url", "url", str, True),
            ("branch", "branch", str, False),
            ("auth", "auth", Any, False),
            ("ref", "ref", RepoRef | None, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> RepoSource:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        url_ = wire.url
        branch_ = wire.branch
        auth_ = wire.auth
        if auth_ is not UNSET and auth_ is not None:
            auth_ = repo_auth_from_dict(auth_, "auth")
        ref_ = wire.ref
        if ref_ is not UNSET and ref_ is not None:
            ref_ = _RepoRef_from_wire(ref_)
        if _COMPILED:
            return RepoSource(
                url=url_, branch=branch_, auth=auth_, ref=ref_, additional_properties={}
            )
        instance = _new(cls)
        instance.url = url_
        instance.branch = branch_
        instance.auth = auth_
        instance.ref = ref_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "url": self.url,
        }
        if self.branch is not UNSET:
            out["branch"] = self.branch
        if self.auth is not UNSET:
            out["auth"] = None if self.auth is None else self.auth.to_dict()
        if self.ref is not UNSET:
            out["ref"] = None if self.ref is None else self.ref.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        url: str | Keep = KEEP,
        branch: str | Unset | Keep = KEEP,
        auth: RepoAuth | None | Unset | Keep = KEEP,
        ref: RepoRef | None | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> RepoSource:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            url=self.url if url is KEEP else url,
            branch=self.branch if branch is KEEP else branch,
            auth=self.auth if auth is KEEP else auth,
            ref=self.ref if ref is KEEP else ref,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_RepoRef_wire_names: Final[frozenset[str]] = frozenset({"type", "value"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RepoRef(_Model):
    """Repository reference information."""

    type: str
    """The type of reference being used."""
    value: str
    """The value for the given reference type."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: str,
        value: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.value = value
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RepoRef:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type(type_) is not str:
                raise DecodeError(("type",), "string", type_)
            value_ = obj["value"]
            if type(value_) is not str:
                raise DecodeError(("value",), "string", value_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _RepoRef_wire_names)
            )
            if _COMPILED:
                return RepoRef(type=type_, value=value_, additional_properties=extra)
            instance = _new(cls)
            instance.type = type_
            instance.value = value_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", str, True),
            ("value", "value", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> RepoRef:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        value_ = wire.value
        if _COMPILED:
            return RepoRef(type=type_, value=value_, additional_properties={})
        instance = _new(cls)
        instance.type = type_
        instance.value = value_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "value": self.value,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: str | Keep = KEEP,
        value: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> RepoRef:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            value=self.value if value is KEEP else value,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_HttpSourceCredentials_wire_names: Final[frozenset[str]] = frozenset({"type", "credentials"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class HttpSourceCredentials(_Model):
    """Authentication over HTTP for the repository of a Dockerfile image source."""

    type: Literal["http"] = "http"
    """The kind of repository authentication, always `http`."""
    credentials: HttpCredentials
    """Authentication credentails for the Dockerfile image source type when authenticating over HTTP."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["http"] = "http",
        credentials: HttpCredentials,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.credentials = credentials
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> HttpSourceCredentials:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "http" or type(type_) is not str:
                raise DecodeError(("type",), "'http'", type_)
            credentials_ = obj["credentials"]
            credentials_ = _HttpCredentials_from_dict(credentials_, "credentials")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _HttpSourceCredentials_wire_names)
            )
            if _COMPILED:
                return HttpSourceCredentials(
                    type="http", credentials=credentials_, additional_properties=extra
                )
            instance = _new(cls)
            instance.type = "http"
            instance.credentials = credentials_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("credentials", "credentials", HttpCredentials, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> HttpSourceCredentials:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "http" or type(type_) is not str:
            raise DecodeError(("type",), "'http'", type_)
        credentials_ = wire.credentials
        credentials_ = _HttpCredentials_from_wire(credentials_)
        if _COMPILED:
            return HttpSourceCredentials(
                type="http", credentials=credentials_, additional_properties={}
            )
        instance = _new(cls)
        instance.type = "http"
        instance.credentials = credentials_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "credentials": self.credentials.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["http"] | Keep = KEEP,
        credentials: HttpCredentials | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> HttpSourceCredentials:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            credentials=self.credentials if credentials is KEEP else credentials,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_HttpCredentials_wire_names: Final[frozenset[str]] = frozenset({"username", "password"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class HttpCredentials(_Model):
    """Authentication credentails for the Dockerfile image source type when authenticating over HTTP."""

    username: str
    """For authentication, the username."""
    password: str = field(repr=False)
    """For authentication, the password."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        username: str,
        password: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.username = username
        self.password = password
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> HttpCredentials:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            username_ = obj["username"]
            if type(username_) is not str:
                raise DecodeError(("username",), "string", username_)
            password_ = obj["password"]
            if type(password_) is not str:
                raise DecodeError(("password",), "string", password_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _HttpCredentials_wire_names)
            )
            if _COMPILED:
                return HttpCredentials(
                    username=username_, password=password_, additional_properties=extra
                )
            instance = _new(cls)
            instance.username = username_
            instance.password = password_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("username", "username", str, True),
            ("password", "password", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> HttpCredentials:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        username_ = wire.username
        password_ = wire.password
        if _COMPILED:
            return HttpCredentials(username=username_, password=password_, additional_properties={})
        instance = _new(cls)
        instance.username = username_
        instance.password = password_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "username": self.username,
            "password": self.password,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        username: str | Keep = KEEP,
        password: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> HttpCredentials:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            username=self.username if username is KEEP else username,
            password=self.password if password is KEEP else password,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_SshSourceCredentials_wire_names: Final[frozenset[str]] = frozenset({"type", "credentials"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class SshSourceCredentials(_Model):
    """Authentication with SSH for the repository of a Dockerfile image source."""

    type: Literal["ssh"] = "ssh"
    """The kind of repository authentication, always `ssh`."""
    credentials: SshCredentials
    """Authentication credentials for the Dockerfile image source type when authenticating with SSH."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["ssh"] = "ssh",
        credentials: SshCredentials,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.credentials = credentials
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> SshSourceCredentials:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "ssh" or type(type_) is not str:
                raise DecodeError(("type",), "'ssh'", type_)
            credentials_ = obj["credentials"]
            credentials_ = _SshCredentials_from_dict(credentials_, "credentials")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _SshSourceCredentials_wire_names)
            )
            if _COMPILED:
                return SshSourceCredentials(
                    type="ssh", credentials=credentials_, additional_properties=extra
                )
            instance = _new(cls)
            instance.type = "ssh"
            instance.credentials = credentials_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("credentials", "credentials", SshCredentials, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> SshSourceCredentials:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "ssh" or type(type_) is not str:
            raise DecodeError(("type",), "'ssh'", type_)
        credentials_ = wire.credentials
        credentials_ = _SshCredentials_from_wire(credentials_)
        if _COMPILED:
            return SshSourceCredentials(
                type="ssh", credentials=credentials_, additional_properties={}
            )
        instance = _new(cls)
        instance.type = "ssh"
        instance.credentials = credentials_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "credentials": self.credentials.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["ssh"] | Keep = KEEP,
        credentials: SshCredentials | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> SshSourceCredentials:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            credentials=self.credentials if credentials is KEEP else credentials,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_SshCredentials_wire_names: Final[frozenset[str]] = frozenset(
    {"username", "passphrase", "private_key"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class SshCredentials(_Model):
    """Authentication credentials for the Dockerfile image source type when authenticating with SSH."""

    username: str
    """The username for the repo service, that is used to authenticate an ssh key."""
    passphrase: str = field(repr=False)
    """The passphrase used for the key."""
    private_key: str = field(repr=False)
    """A pem encoded private key."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        username: str,
        passphrase: str,
        private_key: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.username = username
        self.passphrase = passphrase
        self.private_key = private_key
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> SshCredentials:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            username_ = obj["username"]
            if type(username_) is not str:
                raise DecodeError(("username",), "string", username_)
            passphrase_ = obj["passphrase"]
            if type(passphrase_) is not str:
                raise DecodeError(("passphrase",), "string", passphrase_)
            private_key_ = obj["private_key"]
            if type(private_key_) is not str:
                raise DecodeError(("private_key",), "string", private_key_)
            extra: dict[str, Any] = (
                {} if len(obj) == 3 else unknown_fields(obj, _SshCredentials_wire_names)
            )
            if _COMPILED:
                return SshCredentials(
                    username=username_,
                    passphrase=passphrase_,
                    private_key=private_key_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.username = username_
            instance.passphrase = passphrase_
            instance.private_key = private_key_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("username", "username", str, True),
            ("passphrase", "passphrase", str, True),
            ("private_key", "private_key", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> SshCredentials:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        username_ = wire.username
        passphrase_ = wire.passphrase
        private_key_ = wire.private_key
        if _COMPILED:
            return SshCredentials(
                username=username_,
                passphrase=passphrase_,
                private_key=private_key_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.username = username_
        instance.passphrase = passphrase_
        instance.private_key = private_key_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "username": self.username,
            "passphrase": self.passphrase,
            "private_key": self.private_key,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        username: str | Keep = KEEP,
        passphrase: str | Keep = KEEP,
        private_key: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> SshCredentials:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            username=self.username if username is KEEP else username,
            passphrase=self.passphrase if passphrase is KEEP else passphrase,
            private_key=self.private_key if private_key is KEEP else private_key,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_DockerRegistryOrigin_wire_names: Final[frozenset[str]] = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerRegistryOrigin(_Model):
    """An image origin where the image is pulled from a private Docker registry."""

    type: Literal["docker-registry"] = "docker-registry"
    """The kind of origin, always `docker-registry`."""
    details: DockerRegistryOriginDetails
    """Which registry and image the image is pulled from, and how to authenticate."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["docker-registry"] = "docker-registry",
        details: DockerRegistryOriginDetails,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerRegistryOrigin:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "docker-registry" or type(type_) is not str:
                raise DecodeError(("type",), "'docker-registry'", type_)
            details_ = obj["details"]
            details_ = _DockerRegistryOriginDetails_from_dict(details_, "details")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _DockerRegistryOrigin_wire_names)
            )
            if _COMPILED:
                return DockerRegistryOrigin(
                    type="docker-registry", details=details_, additional_properties=extra
                )
            instance = _new(cls)
            instance.type = "docker-registry"
            instance.details = details_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("details", "details", DockerRegistryOriginDetails, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> DockerRegistryOrigin:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "docker-registry" or type(type_) is not str:
            raise DecodeError(("type",), "'docker-registry'", type_)
        details_ = wire.details
        details_ = _DockerRegistryOriginDetails_from_wire(details_)
        if _COMPILED:
            return DockerRegistryOrigin(
                type="docker-registry", details=details_, additional_properties={}
            )
        instance = _new(cls)
        instance.type = "docker-registry"
        instance.details = details_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["docker-registry"] | Keep = KEEP,
        details: DockerRegistryOriginDetails | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> DockerRegistryOrigin:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            details=self.details if details is KEEP else details,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_DockerRegistryOriginDetails_wire_names: Final[frozenset[str]] = frozenset(
    {"existing", "target", "url", "username", "token", "password"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerRegistryOriginDetails(_Model):
    """Which registry and image the image is pulled from, and how to authenticate."""

    existing: ExistingSource | Unset = UNSET
    """An existing image source to derive any values not given here from."""
    target: str
    """The image name on the registry."""
    url: str
    """The url of the remote registry."""
    username: str | Unset = UNSET
    """For authentication, a username."""
    token: str | Unset = field(default=UNSET, repr=False)
    """For authentication, a token."""
    password: str | Unset = field(default=UNSET, repr=False)
    """For authentication, a password."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        existing: ExistingSource | Unset = UNSET,
        target: str,
        url: str,
        username: str | Unset = UNSET,
        token: str | Unset = UNSET,
        password: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.existing = existing
        self.target = target
        self.url = url
        self.username = username
        self.token = token
        self.password = password
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerRegistryOriginDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            existing_ = obj.get("existing", UNSET)
            if existing_ is UNSET:
                absent += 1
            else:
                existing_ = _ExistingSource_from_dict(existing_, "existing")
            target_ = obj["target"]
            if type(target_) is not str:
                raise DecodeError(("target",), "string", target_)
            url_ = obj["url"]
            if type(url_) is not str:
                raise DecodeError(("url",), "string", url_)
            username_ = obj.get("username", UNSET)
            if username_ is UNSET:
                absent += 1
            elif type(username_) is not str:
                raise DecodeError(("username",), "string", username_)
            token_ = obj.get("token", UNSET)
            if token_ is UNSET:
                absent += 1
            elif type(token_) is not str:
                raise DecodeError(("token",), "string", token_)
            password_ = obj.get("password", UNSET)
            if password_ is UNSET:
                absent += 1
            elif type(password_) is not str:
                raise DecodeError(("password",), "string", password_)
            extra: dict[str, Any] = (
                {}
                if len(obj) == 6 - absent
                else unknown_fields(obj, _DockerRegistryOriginDetails_wire_names)
            )
            if _COMPILED:
                return DockerRegistryOriginDetails(
                    existing=existing_,
                    target=target_,
                    url=url_,
                    username=username_,
                    token=token_,
                    password=password_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.existing = existing_
            instance.target = target_
            instance.url = url_
            instance.username = username_
            instance.token = token_
            instance.password = password_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("existing", "existing", ExistingSource, False),
            ("target", "target", str, True),
            ("url", "url", str, True),
            ("username", "username", str, False),
            ("token", "token", str, False),
            ("password", "password", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> DockerRegistryOriginDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        existing_ = wire.existing
        if existing_ is not UNSET:
            existing_ = _ExistingSource_from_wire(existing_)
        target_ = wire.target
        url_ = wire.url
        username_ = wire.username
        token_ = wire.token
        password_ = wire.password
        if _COMPILED:
            return DockerRegistryOriginDetails(
                existing=existing_,
                target=target_,
                url=url_,
                username=username_,
                token=token_,
                password=password_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.existing = existing_
        instance.target = target_
        instance.url = url_
        instance.username = username_
        instance.token = token_
        instance.password = password_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "target": self.target,
            "url": self.url,
        }
        if self.existing is not UNSET:
            out["existing"] = self.existing.to_dict()
        if self.username is not UNSET:
            out["username"] = self.username
        if self.token is not UNSET:
            out["token"] = self.token
        if self.password is not UNSET:
            out["password"] = self.password
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        existing: ExistingSource | Unset | Keep = KEEP,
        target: str | Keep = KEEP,
        url: str | Keep = KEEP,
        username: str | Unset | Keep = KEEP,
        token: str | Unset | Keep = KEEP,
        password: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> DockerRegistryOriginDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            existing=self.existing if existing is KEEP else existing,
            target=self.target if target is KEEP else target,
            url=self.url if url is KEEP else url,
            username=self.username if username is KEEP else username,
            token=self.token if token is KEEP else token,
            password=self.password if password is KEEP else password,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_OciRegistryOrigin_wire_names: Final[frozenset[str]] = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class OciRegistryOrigin(_Model):
    """An image origin that pulls images fro an OCI-compatible registry. Also used for provider-native registries, such as AWS ECR."""

    type: Literal["oci-registry"] = "oci-registry"
    """The kind of origin, always `oci-registry`."""
    details: OciRegistryOriginDetails
    """Which registry and image the image is pulled from, and how to authenticate."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["oci-registry"] = "oci-registry",
        details: OciRegistryOriginDetails,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OciRegistryOrigin:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "oci-registry" or type(type_) is not str:
                raise DecodeError(("type",), "'oci-registry'", type_)
            details_ = obj["details"]
            details_ = _OciRegistryOriginDetails_from_dict(details_, "details")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _OciRegistryOrigin_wire_names)
            )
            if _COMPILED:
                return OciRegistryOrigin(
                    type="oci-registry", details=details_, additional_properties=extra
                )
            instance = _new(cls)
            instance.type = "oci-registry"
            instance.details = details_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("details", "details", OciRegistryOriginDetails, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> OciRegistryOrigin:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "oci-registry" or type(type_) is not str:
            raise DecodeError(("type",), "'oci-registry'", type_)
        details_ = wire.details
        details_ = _OciRegistryOriginDetails_from_wire(details_)
        if _COMPILED:
            return OciRegistryOrigin(
                type="oci-registry", details=details_, additional_properties={}
            )
        instance = _new(cls)
        instance.type = "oci-registry"
        instance.details = details_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["oci-registry"] | Keep = KEEP,
        details: OciRegistryOriginDetails | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> OciRegistryOrigin:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            details=self.details if details is KEEP else details,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_OciRegistryOriginDetails_wire_names: Final[frozenset[str]] = frozenset(
    {"existing", "target", "url", "auth"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class OciRegistryOriginDetails(_Model):
    """Which registry and image the image is pulled from, and how to authenticate."""

    existing: ExistingSource | Unset = UNSET
    """An existing image source to derive any values not given here from."""
    target: str
    """The image name on the registry."""
    url: str
    """The url of the remote registry."""
    auth: RegistryAuth | None | Unset = UNSET
    """Authentication details for a third party image registry/source."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        existing: ExistingSource | Unset = UNSET,
        target: str,
        url: str,
        auth: RegistryAuth | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.existing = existing
        self.target = target
        self.url = url
        self.auth = auth
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OciRegistryOriginDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            existing_ = obj.get("existing", UNSET)
            if existing_ is UNSET:
                absent += 1
            else:
                existing_ = _ExistingSource_from_dict(existing_, "existing")
            target_ = obj["target"]
            if type(target_) is not str:
                raise DecodeError(("target",), "string", target_)
            url_ = obj["url"]
            if type(url_) is not str:
                raise DecodeError(("url",), "string", url_)
            auth_ = obj.get("auth", UNSET)
            if auth_ is UNSET:
                absent += 1
            elif auth_ is not None:
                auth_ = registry_auth_from_dict(auth_, "auth")
            extra: dict[str, Any] = (
                {}
                if len(obj) == 4 - absent
                else unknown_fields(obj, _OciRegistryOriginDetails_wire_names)
            )
            if _COMPILED:
                return OciRegistryOriginDetails(
                    existing=existing_,
                    target=target_,
                    url=url_,
                    auth=auth_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.existing = existing_
            instance.target = target_
            instance.url = url_
            instance.auth = auth_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("existing", "existing", ExistingSource, False),
            ("target", "target", str, True),
            ("url", "url", str, True),
            ("auth", "auth", Any, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> OciRegistryOriginDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        existing_ = wire.existing
        if existing_ is not UNSET:
            existing_ = _ExistingSource_from_wire(existing_)
        target_ = wire.target
        url_ = wire.url
        auth_ = wire.auth
        if auth_ is not UNSET and auth_ is not None:
            auth_ = registry_auth_from_dict(auth_, "auth")
        if _COMPILED:
            return OciRegistryOriginDetails(
                existing=existing_, target=target_, url=url_, auth=auth_, additional_properties={}
            )
        instance = _new(cls)
        instance.existing = existing_
        instance.target = target_
        instance.url = url_
        instance.auth = auth_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "target": self.target,
            "url": self.url,
        }
        if self.existing is not UNSET:
            out["existing"] = self.existing.to_dict()
        if self.auth is not UNSET:
            out["auth"] = None if self.auth is None else self.auth.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        existing: ExistingSource | Unset | Keep = KEEP,
        target: str | Keep = KEEP,
        url: str | Keep = KEEP,
        auth: RegistryAuth | None | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> OciRegistryOriginDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            existing=self.existing if existing is KEEP else existing,
            target=self.target if target is KEEP else target,
            url=self.url if url is KEEP else url,
            auth=self.auth if auth is KEEP else auth,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_RegistryAuthUser_wire_names: Final[frozenset[str]] = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthUser(_Model):
    """User/token based credentials for authentication to a third-party image source."""

    type: Literal["user"] = "user"
    """The kind of registry authentication, always `user`."""
    details: RegistryAuthUserDetails
    """The username and token to authenticate with."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["user"] = "user",
        details: RegistryAuthUserDetails,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthUser:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "user" or type(type_) is not str:
                raise DecodeError(("type",), "'user'", type_)
            details_ = obj["details"]
            details_ = _RegistryAuthUserDetails_from_dict(details_, "details")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _RegistryAuthUser_wire_names)
            )
            if _COMPILED:
                return RegistryAuthUser(type="user", details=details_, additional_properties=extra)
            instance = _new(cls)
            instance.type = "user"
            instance.details = details_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("details", "details", RegistryAuthUserDetails, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> RegistryAuthUser:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "user" or type(type_) is not str:
            raise DecodeError(("type",), "'user'", type_)
        details_ = wire.details
        details_ = _RegistryAuthUserDetails_from_wire(details_)
        if _COMPILED:
            return RegistryAuthUser(type="user", details=details_, additional_properties={})
        instance = _new(cls)
        instance.type = "user"
        instance.details = details_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["user"] | Keep = KEEP,
        details: RegistryAuthUserDetails | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> RegistryAuthUser:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            details=self.details if details is KEEP else details,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_RegistryAuthUserDetails_wire_names: Final[frozenset[str]] = frozenset({"username", "token"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthUserDetails(_Model):
    """The username and token to authenticate with."""

    username: str | Unset = UNSET
    """For authentication, a username."""
    token: str | Unset = field(default=UNSET, repr=False)
    """For authentication, a token."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        username: str | Unset = UNSET,
        token: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.username = username
        self.token = token
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthUserDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            username_ = obj.get("username", UNSET)
            if username_ is UNSET:
                absent += 1
            elif type(username_) is not str:
                raise DecodeError(("username",), "string", username_)
            token_ = obj.get("token", UNSET)
            if token_ is UNSET:
                absent += 1
            elif type(token_) is not str:
                raise DecodeError(("token",), "string", token_)
            extra: dict[str, Any] = (
                {}
                if len(obj) == 2 - absent
                else unknown_fields(obj, _RegistryAuthUserDetails_wire_names)
            )
            if _COMPILED:
                return RegistryAuthUserDetails(
                    username=username_, token=token_, additional_properties=extra
                )
            instance = _new(cls)
            instance.username = username_
            instance.token = token_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("username", "username", str, False),
            ("token", "token", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> RegistryAuthUserDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        username_ = wire.username
        token_ = wire.token
        if _COMPILED:
            return RegistryAuthUserDetails(
                username=username_, token=token_, additional_properties={}
            )
        instance = _new(cls)
        instance.username = username_
        instance.token = token_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.username is not UNSET:
            out["username"] = self.username
        if self.token is not UNSET:
            out["token"] = self.token
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        username: str | Unset | Keep = KEEP,
        token: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> RegistryAuthUserDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            username=self.username if username is KEEP else username,
            token=self.token if token is KEEP else token,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_RegistryAuthProvider_wire_names: Final[frozenset[str]] = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthProvider(_Model):
    """Credentials for authentication to a provider-native image registry, such as AWS ECR."""

    type: Literal["provider"] = "provider"
    """The kind of registry authentication, always `provider`."""
    details: RegistryAuthProviderDetails
    """Which provider registry to authenticate with, and its credentials."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["provider"] = "provider",
        details: RegistryAuthProviderDetails,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthProvider:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "provider" or type(type_) is not str:
                raise DecodeError(("type",), "'provider'", type_)
            details_ = obj["details"]
            details_ = _RegistryAuthProviderDetails_from_dict(details_, "details")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _RegistryAuthProvider_wire_names)
            )
            if _COMPILED:
                return RegistryAuthProvider(
                    type="provider", details=details_, additional_properties=extra
                )
            instance = _new(cls)
            instance.type = "provider"
            instance.details = details_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("details", "details", RegistryAuthProviderDetails, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> RegistryAuthProvider:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "provider" or type(type_) is not str:
            raise DecodeError(("type",), "'provider'", type_)
        details_ = wire.details
        details_ = _RegistryAuthProviderDetails_from_wire(details_)
        if _COMPILED:
            return RegistryAuthProvider(type="provider", details=details_, additional_properties={})
        instance = _new(cls)
        instance.type = "provider"
        instance.details = details_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["provider"] | Keep = KEEP,
        details: RegistryAuthProviderDetails | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> RegistryAuthProvider:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            details=self.details if details is KEEP else details,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_RegistryAuthProviderDetails_wire_names: Final[frozenset[str]] = frozenset(
    {"flavor", "credentials"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthProviderDetails(_Model):
    """Which provider registry to authenticate with, and its credentials."""

    flavor: str
    """The provider-native registry."""
    credentials: RegistryAuthProviderCredentials
    """Credentials for the provider-native registry."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        flavor: str,
        credentials: RegistryAuthProviderCredentials,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.flavor = flavor
        self.credentials = credentials
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthProviderDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            flavor_ = obj["flavor"]
            if type(flavor_) is not str:
                raise DecodeError(("flavor",), "string", flavor_)
            credentials_ = obj["credentials"]
            credentials_ = _RegistryAuthProviderCredentials_from_dict(credentials_, "credentials")
            extra: dict[str, Any] = (
                {}
                if len(obj) == 2
                else unknown_fields(obj, _RegistryAuthProviderDetails_wire_names)
            )
            if _COMPILED:
                return RegistryAuthProviderDetails(
                    flavor=flavor_, credentials=credentials_, additional_properties=extra
                )
            instance = _new(cls)
            instance.flavor = flavor_
            instance.credentials = credentials_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("flavor", "flavor", str, True),
            ("credentials", "credentials", RegistryAuthProviderCredentials, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> RegistryAuthProviderDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        flavor_ = wire.flavor
        credentials_ = wire.credentials
        credentials_ = _RegistryAuthProviderCredentials_from_wire(credentials_)
        if _COMPILED:
            return RegistryAuthProviderDetails(
                flavor=flavor_, credentials=credentials_, additional_properties={}
            )
        instance = _new(cls)
        instance.flavor = flavor_
        instance.credentials = credentials_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "flavor": self.flavor,
            "credentials": self.credentials.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        flavor: str | Keep = KEEP,
        credentials: RegistryAuthProviderCredentials | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> RegistryAuthProviderDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            flavor=self.flavor if flavor is KEEP else flavor,
            credentials=self.credentials if credentials is KEEP else credentials,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_RegistryAuthProviderCredentials_wire_names: Final[frozenset[str]] = frozenset(
    {"region", "namespace", "api_key", "secret", "subscription_id", "client_id", "config"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthProviderCredentials(_Model):
    """Credentials for the provider-native registry."""

    region: str | Unset = UNSET
    """The provider region of the registry."""
    namespace: str | Unset = UNSET
    """The provider namespace of the registry."""
    api_key: str | Unset = field(default=UNSET, repr=False)
    """The provider API key."""
    secret: str | Unset = field(default=UNSET, repr=False)
    """The provider API secret."""
    subscription_id: str | Unset = UNSET
    """The provider subscription ID."""
    client_id: str | Unset = UNSET
    """The provider client ID."""
    config: str | Unset = UNSET
    """A base64'd string of additional configuration options."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        region: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        api_key: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        subscription_id: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        config: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.region = region
        self.namespace = namespace
        self.api_key = api_key
        self.secret = secret
        self.subscription_id = subscription_id
        self.client_id = client_id
        self.config = config
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthProviderCredentials:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            region_ = obj.get("region", UNSET)
            if region_ is UNSET:
                absent += 1
            elif type(region_) is not str:
                raise DecodeError(("region",), "string", region_)
            namespace_ = obj.get("namespace", UNSET)
            if namespace_ is UNSET:
                absent += 1
            elif type(namespace_) is not str:
                raise DecodeError(("namespace",), "string", namespace_)
            api_key_ = obj.get("api_key", UNSET)
            if api_key_ is UNSET:
                absent += 1
            elif type(api_key_) is not str:
                raise DecodeError(("api_key",), "string", api_key_)
            secret_ = obj.get("secret", UNSET)
            if secret_ is UNSET:
                absent += 1
            elif type(secret_) is not str:
                raise DecodeError(("secret",), "string", secret_)
            subscription_id_ = obj.get("subscription_id", UNSET)
            if subscription_id_ is UNSET:
                absent += 1
            elif type(subscription_id_) is not str:
                raise DecodeError(("subscription_id",), "string", subscription_id_)
            client_id_ = obj.get("client_id", UNSET)
            if client_id_ is UNSET:
                absent += 1
            elif type(client_id_) is not str:
                raise DecodeError(("client_id",), "string", client_id_)
            config_ = obj.get("config", UNSET)
            if config_ is UNSET:
                absent += 1
            elif type(config_) is not str:
                raise DecodeError(("config",), "string", config_)
            extra: dict[str, Any] = (
                {}
                if len(obj) == 7 - absent
                else unknown_fields(obj, _RegistryAuthProviderCredentials_wire_names)
            )
            if _COMPILED:
                return RegistryAuthProviderCredentials(
                    region=region_,
                    namespace=namespace_,
                    api_key=api_key_,
                    secret=secret_,
                    subscription_id=subscription_id_,
                    client_id=client_id_,
                    config=config_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.region = region_
            instance.namespace = namespace_
            instance.api_key = api_key_
            instance.secret = secret_
            instance.subscription_id = subscription_id_
            instance.client_id = client_id_
            instance.config = config_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("region", "region", str, False),
            ("namespace", "namespace", str, False),
            ("api_key", "api_key", str, False),
            ("secret", "secret", str, False),
            ("subscription_id", "subscription_id", str, False),
            ("client_id", "client_id", str, False),
            ("config", "config", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> RegistryAuthProviderCredentials:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        region_ = wire.region
        namespace_ = wire.namespace
        api_key_ = wire.api_key
        secret_ = wire.secret
        subscription_id_ = wire.subscription_id
        client_id_ = wire.client_id
        config_ = wire.config
        if _COMPILED:
            return RegistryAuthProviderCredentials(
                region=region_,
                namespace=namespace_,
                api_key=api_key_,
                secret=secret_,
                subscription_id=subscription_id_,
                client_id=client_id_,
                config=config_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.region = region_
        instance.namespace = namespace_
        instance.api_key = api_key_
        instance.secret = secret_
        instance.subscription_id = subscription_id_
        instance.client_id = client_id_
        instance.config = config_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.region is not UNSET:
            out["region"] = self.region
        if self.namespace is not UNSET:
            out["namespace"] = self.namespace
        if self.api_key is not UNSET:
            out["api_key"] = self.api_key
        if self.secret is not UNSET:
            out["secret"] = self.secret
        if self.subscription_id is not UNSET:
            out["subscription_id"] = self.subscription_id
        if self.client_id is not UNSET:
            out["client_id"] = self.client_id
        if self.config is not UNSET:
            out["config"] = self.config
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        region: str | Unset | Keep = KEEP,
        namespace: str | Unset | Keep = KEEP,
        api_key: str | Unset | Keep = KEEP,
        secret: str | Unset | Keep = KEEP,
        subscription_id: str | Unset | Keep = KEEP,
        client_id: str | Unset | Keep = KEEP,
        config: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> RegistryAuthProviderCredentials:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            region=self.region if region is KEEP else region,
            namespace=self.namespace if namespace is KEEP else namespace,
            api_key=self.api_key if api_key is KEEP else api_key,
            secret=self.secret if secret is KEEP else secret,
            subscription_id=self.subscription_id if subscription_id is KEEP else subscription_id,
            client_id=self.client_id if client_id is KEEP else client_id,
            config=self.config if config is KEEP else config,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_RegistryAuthWebhook_wire_names: Final[frozenset[str]] = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthWebhook(_Model):
    """Webhook-based authentication to the provided URL. This webhook expects to receive a base-64 string that when decoded is in the format `username:password`"""

    type: Literal["webhook"] = "webhook"
    """The kind of registry authentication, always `webhook`."""
    details: RegistryAuthWebhookDetails
    """The webhook to call for credentials."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["webhook"] = "webhook",
        details: RegistryAuthWebhookDetails,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthWebhook:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "webhook" or type(type_) is not str:
                raise DecodeError(("type",), "'webhook'", type_)
            details_ = obj["details"]
            details_ = _RegistryAuthWebhookDetails_from_dict(details_, "details")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _RegistryAuthWebhook_wire_names)
            )
            if _COMPILED:
                return RegistryAuthWebhook(
                    type="webhook", details=details_, additional_properties=extra
                )
            instance = _new(cls)
            instance.type = "webhook"
            instance.details = details_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("details", "details", RegistryAuthWebhookDetails, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> RegistryAuthWebhook:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "webhook" or type(type_) is not str:
            raise DecodeError(("type",), "'webhook'", type_)
        details_ = wire.details
        details_ = _RegistryAuthWebhookDetails_from_wire(details_)
        if _COMPILED:
            return RegistryAuthWebhook(type="webhook", details=details_, additional_properties={})
        instance = _new(cls)
        instance.type = "webhook"
        instance.details = details_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["webhook"] | Keep = KEEP,
        details: RegistryAuthWebhookDetails | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> RegistryAuthWebhook:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            details=self.details if details is KEEP else details,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_RegistryAuthWebhookDetails_wire_names: Final[frozenset[str]] = frozenset({"url"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthWebhookDetails(_Model):
    """The webhook to call for credentials."""

    url: str
    """The URL of the webhook."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        url: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.url = url
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthWebhookDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            url_ = obj["url"]
            if type(url_) is not str:
                raise DecodeError(("url",), "string", url_)
            extra: dict[str, Any] = (
                {} if len(obj) == 1 else unknown_fields(obj, _RegistryAuthWebhookDetails_wire_names)
            )
            if _COMPILED:
                return RegistryAuthWebhookDetails(url=url_, additional_properties=extra)
            instance = _new(cls)
            instance.url = url_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("url", "url", str, True),)

    @classmethod
    def _from_wire(cls, wire: Any) -> RegistryAuthWebhookDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        url_ = wire.url
        if _COMPILED:
            return RegistryAuthWebhookDetails(url=url_, additional_properties={})
        instance = _new(cls)
        instance.url = url_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "url": self.url,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        url: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> RegistryAuthWebhookDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            url=self.url if url is KEEP else url,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_CycleUploadOrigin_wire_names: Final[frozenset[str]] = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CycleUploadOrigin(_Model):
    """An image origin where the image is pushed directly to the factory, bypassing the need for a registry or external source.

    In order to utilize this image origin type, a tar file of an OCI compliant image will need to be generated and pushed directly to the factory. The authentication token is generated when this image is created, and expires at the provided time.
    Once you have a token, it can be uploaded as multipart form data under the key `file.tar`, directly to the factory at `https://factory.cycle.io:9414/v1/images/<IMAGE ID>/upload?hub-id=<HUB ID>&token=<TOKEN>`.
    """

    type: Literal["cycle-upload"] = "cycle-upload"
    """The kind of origin, always `cycle-upload`."""
    details: CycleUploadOriginDetails
    """The upload token and when it expires."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["cycle-upload"] = "cycle-upload",
        details: CycleUploadOriginDetails,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CycleUploadOrigin:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "cycle-upload" or type(type_) is not str:
                raise DecodeError(("type",), "'cycle-upload'", type_)
            details_ = obj["details"]
            details_ = _CycleUploadOriginDetails_from_dict(details_, "details")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _CycleUploadOrigin_wire_names)
            )
            if _COMPILED:
                return CycleUploadOrigin(
                    type="cycle-upload", details=details_, additional_properties=extra
                )
            instance = _new(cls)
            instance.type = "cycle-upload"
            instance.details = details_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("details", "details", CycleUploadOriginDetails, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> CycleUploadOrigin:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "cycle-upload" or type(type_) is not str:
            raise DecodeError(("type",), "'cycle-upload'", type_)
        details_ = wire.details
        details_ = _CycleUploadOriginDetails_from_wire(details_)
        if _COMPILED:
            return CycleUploadOrigin(
                type="cycle-upload", details=details_, additional_properties={}
            )
        instance = _new(cls)
        instance.type = "cycle-upload"
        instance.details = details_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["cycle-upload"] | Keep = KEEP,
        details: CycleUploadOriginDetails | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> CycleUploadOrigin:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            details=self.details if details is KEEP else details,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_CycleUploadOriginDetails_wire_names: Final[frozenset[str]] = frozenset({"expires", "token"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CycleUploadOriginDetails(_Model):
    """The upload token and when it expires."""

    expires: datetime
    """The date-time at which the authorization token for uploading this image expires."""
    token: str = field(repr=False)
    """The token that is required by the factory to accept an upload for this image."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        expires: datetime,
        token: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.expires = expires
        self.token = token
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CycleUploadOriginDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            expires_ = obj["expires"]
            expires_ = as_datetime(expires_, "expires")
            token_ = obj["token"]
            if type(token_) is not str:
                raise DecodeError(("token",), "string", token_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _CycleUploadOriginDetails_wire_names)
            )
            if _COMPILED:
                return CycleUploadOriginDetails(
                    expires=expires_, token=token_, additional_properties=extra
                )
            instance = _new(cls)
            instance.expires = expires_
            instance.token = token_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("expires", "expires", str, True),
            ("token", "token", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> CycleUploadOriginDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        expires_ = wire.expires
        expires_ = as_datetime(expires_, "expires")
        token_ = wire.token
        if _COMPILED:
            return CycleUploadOriginDetails(
                expires=expires_, token=token_, additional_properties={}
            )
        instance = _new(cls)
        instance.expires = expires_
        instance.token = token_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "expires": encode_datetime(self.expires),
            "token": self.token,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        expires: datetime | Keep = KEEP,
        token: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> CycleUploadOriginDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            expires=self.expires if expires is KEEP else expires,
            token=self.token if token is KEEP else token,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_CycleSourceOrigin_wire_names: Final[frozenset[str]] = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CycleSourceOrigin(_Model):
    """An image origin that references an image source on Cycle.

    This origin will never be embedded in an image source. It is for use in stacks, describing an image which is already a part of an image source on Cycle.
    """

    type: Literal["cycle-source"] = "cycle-source"
    """The kind of origin, always `cycle-source`."""
    details: CycleSourceOriginDetails
    """The image source on Cycle where this image originated."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["cycle-source"] = "cycle-source",
        details: CycleSourceOriginDetails,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CycleSourceOrigin:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "cycle-source" or type(type_) is not str:
                raise DecodeError(("type",), "'cycle-source'", type_)
            details_ = obj["details"]
            details_ = _CycleSourceOriginDetails_from_dict(details_, "details")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _CycleSourceOrigin_wire_names)
            )
            if _COMPILED:
                return CycleSourceOrigin(
                    type="cycle-source", details=details_, additional_properties=extra
                )
            instance = _new(cls)
            instance.type = "cycle-source"
            instance.details = details_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("type", "type", Any, True),
            ("details", "details", CycleSourceOriginDetails, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> CycleSourceOrigin:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "cycle-source" or type(type_) is not str:
            raise DecodeError(("type",), "'cycle-source'", type_)
        details_ = wire.details
        details_ = _CycleSourceOriginDetails_from_wire(details_)
        if _COMPILED:
            return CycleSourceOrigin(
                type="cycle-source", details=details_, additional_properties={}
            )
        instance = _new(cls)
        instance.type = "cycle-source"
        instance.details = details_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["cycle-source"] | Keep = KEEP,
        details: CycleSourceOriginDetails | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> CycleSourceOrigin:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            details=self.details if details is KEEP else details,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_CycleSourceOriginDetails_wire_names: Final[frozenset[str]] = frozenset({"source_id"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CycleSourceOriginDetails(_Model):
    """The image source on Cycle where this image originated."""

    source_id: str
    """The ID referencing the image source where this image originated."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        source_id: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.source_id = source_id
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CycleSourceOriginDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            source_id_ = obj["source_id"]
            if type(source_id_) is not str:
                raise DecodeError(("source_id",), "string", source_id_)
            extra: dict[str, Any] = (
                {} if len(obj) == 1 else unknown_fields(obj, _CycleSourceOriginDetails_wire_names)
            )
            if _COMPILED:
                return CycleSourceOriginDetails(source_id=source_id_, additional_properties=extra)
            instance = _new(cls)
            instance.source_id = source_id_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("source_id", "source_id", str, True),)

    @classmethod
    def _from_wire(cls, wire: Any) -> CycleSourceOriginDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        source_id_ = wire.source_id
        if _COMPILED:
            return CycleSourceOriginDetails(source_id=source_id_, additional_properties={})
        instance = _new(cls)
        instance.source_id = source_id_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source_id": self.source_id,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        source_id: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> CycleSourceOriginDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            source_id=self.source_id if source_id is KEEP else source_id,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_NoneOrigin_wire_names: Final[frozenset[str]] = frozenset({"type"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class NoneOrigin(_Model):
    """An empty origin. No details are provided for this image."""

    type: Literal["none"] = "none"
    """The kind of origin, always `none`."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        type: Literal["none"] = "none",
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> NoneOrigin:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "none" or type(type_) is not str:
                raise DecodeError(("type",), "'none'", type_)
            extra: dict[str, Any] = (
                {} if len(obj) == 1 else unknown_fields(obj, _NoneOrigin_wire_names)
            )
            if _COMPILED:
                return NoneOrigin(type="none", additional_properties=extra)
            instance = _new(cls)
            instance.type = "none"
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("type", "type", Any, True),)

    @classmethod
    def _from_wire(cls, wire: Any) -> NoneOrigin:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        type_ = wire.type
        if type_ != "none" or type(type_) is not str:
            raise DecodeError(("type",), "'none'", type_)
        if _COMPILED:
            return NoneOrigin(type="none", additional_properties={})
        instance = _new(cls)
        instance.type = "none"
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        type: Literal["none"] | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> NoneOrigin:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            type=self.type if type is KEEP else type,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


ImageOrigin: TypeAlias = (
    DockerHubOrigin
    | DockerFileOrigin
    | DockerRegistryOrigin
    | OciRegistryOrigin
    | CycleUploadOrigin
    | CycleSourceOrigin
    | NoneOrigin
)
"""The origin of the image."""


def image_origin_from_dict(data: Any, key: Key | None = None) -> ImageOrigin:
    """Decode a ImageOrigin, choosing the variant by its discriminator."""
    try:
        obj = as_object(data)
        tag = obj["type"]
        if tag == "docker-hub":
            return DockerHubOrigin.from_dict(obj)
        if tag == "docker-file":
            return DockerFileOrigin.from_dict(obj)
        if tag == "docker-registry":
            return DockerRegistryOrigin.from_dict(obj)
        if tag == "oci-registry":
            return OciRegistryOrigin.from_dict(obj)
        if tag == "cycle-upload":
            return CycleUploadOrigin.from_dict(obj)
        if tag == "cycle-source":
            return CycleSourceOrigin.from_dict(obj)
        if tag == "none":
            return NoneOrigin.from_dict(obj)
        raise DecodeError(
            ("type",),
            "one of 'docker-hub', 'docker-file', 'docker-registry', 'oci-registry', 'cycle-upload', 'cycle-source', 'none'",
            tag,
        )
    except (DecodeError, KeyError) as exc:
        raise decode_failure(exc, key) from None


RepoAuth: TypeAlias = HttpSourceCredentials | SshSourceCredentials
"""Authentication information for the repository."""


def repo_auth_from_dict(data: Any, key: Key | None = None) -> RepoAuth:
    """Decode a RepoAuth, choosing the variant by its discriminator."""
    try:
        obj = as_object(data)
        tag = obj["type"]
        if tag == "http":
            return HttpSourceCredentials.from_dict(obj)
        if tag == "ssh":
            return SshSourceCredentials.from_dict(obj)
        raise DecodeError(("type",), "one of 'http', 'ssh'", tag)
    except (DecodeError, KeyError) as exc:
        raise decode_failure(exc, key) from None


RegistryAuth: TypeAlias = RegistryAuthUser | RegistryAuthProvider | RegistryAuthWebhook
"""Authentication details for a third party image registry/source."""


def registry_auth_from_dict(data: Any, key: Key | None = None) -> RegistryAuth:
    """Decode a RegistryAuth, choosing the variant by its discriminator."""
    try:
        obj = as_object(data)
        tag = obj["type"]
        if tag == "user":
            return RegistryAuthUser.from_dict(obj)
        if tag == "provider":
            return RegistryAuthProvider.from_dict(obj)
        if tag == "webhook":
            return RegistryAuthWebhook.from_dict(obj)
        raise DecodeError(("type",), "one of 'user', 'provider', 'webhook'", tag)
    except (DecodeError, KeyError) as exc:
        raise decode_failure(exc, key) from None


_DockerHubOrigin_from_dict: Final = DockerHubOrigin.from_dict
_DockerHubOrigin_from_wire: Final = DockerHubOrigin._from_wire
_DockerHubOriginDetails_from_dict: Final = DockerHubOriginDetails.from_dict
_DockerHubOriginDetails_from_wire: Final = DockerHubOriginDetails._from_wire
_DockerFileOrigin_from_dict: Final = DockerFileOrigin.from_dict
_DockerFileOrigin_from_wire: Final = DockerFileOrigin._from_wire
_DockerFileOriginDetails_from_dict: Final = DockerFileOriginDetails.from_dict
_DockerFileOriginDetails_from_wire: Final = DockerFileOriginDetails._from_wire
_DockerfileCredential_from_dict: Final = DockerfileCredential.from_dict
_DockerfileCredential_from_wire: Final = DockerfileCredential._from_wire
_RepoSource_from_dict: Final = RepoSource.from_dict
_RepoSource_from_wire: Final = RepoSource._from_wire
_RepoRef_from_dict: Final = RepoRef.from_dict
_RepoRef_from_wire: Final = RepoRef._from_wire
_HttpSourceCredentials_from_dict: Final = HttpSourceCredentials.from_dict
_HttpSourceCredentials_from_wire: Final = HttpSourceCredentials._from_wire
_HttpCredentials_from_dict: Final = HttpCredentials.from_dict
_HttpCredentials_from_wire: Final = HttpCredentials._from_wire
_SshSourceCredentials_from_dict: Final = SshSourceCredentials.from_dict
_SshSourceCredentials_from_wire: Final = SshSourceCredentials._from_wire
_SshCredentials_from_dict: Final = SshCredentials.from_dict
_SshCredentials_from_wire: Final = SshCredentials._from_wire
_DockerRegistryOrigin_from_dict: Final = DockerRegistryOrigin.from_dict
_DockerRegistryOrigin_from_wire: Final = DockerRegistryOrigin._from_wire
_DockerRegistryOriginDetails_from_dict: Final = DockerRegistryOriginDetails.from_dict
_DockerRegistryOriginDetails_from_wire: Final = DockerRegistryOriginDetails._from_wire
_OciRegistryOrigin_from_dict: Final = OciRegistryOrigin.from_dict
_OciRegistryOrigin_from_wire: Final = OciRegistryOrigin._from_wire
_OciRegistryOriginDetails_from_dict: Final = OciRegistryOriginDetails.from_dict
_OciRegistryOriginDetails_from_wire: Final = OciRegistryOriginDetails._from_wire
_RegistryAuthUser_from_dict: Final = RegistryAuthUser.from_dict
_RegistryAuthUser_from_wire: Final = RegistryAuthUser._from_wire
_RegistryAuthUserDetails_from_dict: Final = RegistryAuthUserDetails.from_dict
_RegistryAuthUserDetails_from_wire: Final = RegistryAuthUserDetails._from_wire
_RegistryAuthProvider_from_dict: Final = RegistryAuthProvider.from_dict
_RegistryAuthProvider_from_wire: Final = RegistryAuthProvider._from_wire
_RegistryAuthProviderDetails_from_dict: Final = RegistryAuthProviderDetails.from_dict
_RegistryAuthProviderDetails_from_wire: Final = RegistryAuthProviderDetails._from_wire
_RegistryAuthProviderCredentials_from_dict: Final = RegistryAuthProviderCredentials.from_dict
_RegistryAuthProviderCredentials_from_wire: Final = RegistryAuthProviderCredentials._from_wire
_RegistryAuthWebhook_from_dict: Final = RegistryAuthWebhook.from_dict
_RegistryAuthWebhook_from_wire: Final = RegistryAuthWebhook._from_wire
_RegistryAuthWebhookDetails_from_dict: Final = RegistryAuthWebhookDetails.from_dict
_RegistryAuthWebhookDetails_from_wire: Final = RegistryAuthWebhookDetails._from_wire
_CycleUploadOrigin_from_dict: Final = CycleUploadOrigin.from_dict
_CycleUploadOrigin_from_wire: Final = CycleUploadOrigin._from_wire
_CycleUploadOriginDetails_from_dict: Final = CycleUploadOriginDetails.from_dict
_CycleUploadOriginDetails_from_wire: Final = CycleUploadOriginDetails._from_wire
_CycleSourceOrigin_from_dict: Final = CycleSourceOrigin.from_dict
_CycleSourceOrigin_from_wire: Final = CycleSourceOrigin._from_wire
_CycleSourceOriginDetails_from_dict: Final = CycleSourceOriginDetails.from_dict
_CycleSourceOriginDetails_from_wire: Final = CycleSourceOriginDetails._from_wire
_NoneOrigin_from_dict: Final = NoneOrigin.from_dict
_NoneOrigin_from_wire: Final = NoneOrigin._from_wire
