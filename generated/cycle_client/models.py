# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Cycle Platform API (images) 1.0.0.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum
from types import FunctionType
from typing import Any, Final, Literal, TypeAlias

from ._runtime import (
    KEEP,
    UNSET,
    DecodeError,
    Keep,
    Key,
    Unset,
    as_any,
    as_datetime,
    as_dict,
    as_int_dict,
    as_list,
    as_object,
    as_str,
    as_str_dict,
    as_str_list,
    decode_failure,
    encode_datetime,
    json_document,
    json_dumps,
    reduce_model,
    same_json,
    unknown_fields,
)

# from_dict makes each instance with object.__new__ and fills its slots (5x cheaper than calling
# __init__ with every field), and __init__, __repr__ and __eq__ are written out in each class
# rather than made by @dataclass when the module is imported.
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


class ImageStateCurrent(StrEnum):
    """The current state of the image."""

    NEW = "new"
    UPLOADING = "uploading"
    DOWNLOADING = "downloading"
    BUILDING = "building"
    VERIFYING = "verifying"
    SAVING = "saving"
    LIVE = "live"
    DELETING = "deleting"
    DELETED = "deleted"


_ImageStateCurrent_members: Final = {m.value: m for m in ImageStateCurrent}
_ImageStateCurrent_values: Final[dict[ImageStateCurrent | str, str]] = {
    m: m.value for m in ImageStateCurrent
}


class ImageIncludeField(StrEnum):
    """An include value that can be requested for images with the `include` query parameter."""

    CREATORS = "creators"
    STACK_BUILDS = "stack_builds"
    STACKS = "stacks"
    SOURCES = "sources"
    INTEGRATIONS = "integrations"


_ImageIncludeField_members: Final = {m.value: m for m in ImageIncludeField}
_ImageIncludeField_values: Final[dict[ImageIncludeField | str, str]] = {
    m: m.value for m in ImageIncludeField
}


class ImageSourceType(StrEnum):
    """The type of images in this source."""

    STACK_BUILD = "stack-build"
    DIRECT = "direct"
    BUCKET = "bucket"


_ImageSourceType_members: Final = {m.value: m for m in ImageSourceType}
_ImageSourceType_values: Final[dict[ImageSourceType | str, str]] = {
    m: m.value for m in ImageSourceType
}


class ImageSourceStateCurrent(StrEnum):
    """The current state of the image source."""

    LIVE = "live"
    DELETING = "deleting"
    DELETED = "deleted"


_ImageSourceStateCurrent_members: Final = {m.value: m for m in ImageSourceStateCurrent}
_ImageSourceStateCurrent_values: Final[dict[ImageSourceStateCurrent | str, str]] = {
    m: m.value for m in ImageSourceStateCurrent
}


class ImageSourceIncludeField(StrEnum):
    """An include value that can be requested for image sources with the `include` query parameter."""

    CREATORS = "creators"
    INTEGRATIONS = "integrations"


_ImageSourceIncludeField_members: Final = {m.value: m for m in ImageSourceIncludeField}
_ImageSourceIncludeField_values: Final[dict[ImageSourceIncludeField | str, str]] = {
    m: m.value for m in ImageSourceIncludeField
}


class CreatorScopeType(StrEnum):
    """The kind of identity that created the resource."""

    ACCOUNT = "account"
    ENVIRONMENT = "environment"
    PLATFORM = "platform"
    PLATFORM_PIPELINE = "platform-pipeline"
    EMPLOYEE = "employee"
    API_KEY = "api-key"
    VISITOR = "visitor"


_CreatorScopeType_members: Final = {m.value: m for m in CreatorScopeType}
_CreatorScopeType_values: Final[dict[CreatorScopeType | str, str]] = {
    m: m.value for m in CreatorScopeType
}


class ErrorStatus(IntEnum):
    """The HTTP response code."""

    INTEGER_400 = 400
    INTEGER_401 = 401
    INTEGER_403 = 403
    INTEGER_404 = 404
    INTEGER_409 = 409
    INTEGER_415 = 415
    INTEGER_422 = 422
    INTEGER_429 = 429
    INTEGER_500 = 500
    INTEGER_501 = 501
    INTEGER_502 = 502
    INTEGER_503 = 503
    INTEGER_504 = 504


_ErrorStatus_members: Final = {m.value: m for m in ErrorStatus}
_ErrorStatus_values: Final[dict[ErrorStatus | int, int]] = {m: m.value for m in ErrorStatus}


class ErrorCode(StrEnum):
    """A Cycle standard error code."""

    FIELD_400_INVALID_SYNTAX = "400.invalid-syntax"
    FIELD_401_AUTH_INVALID = "401.auth-invalid"
    FIELD_401_AUTH_EXPIRED = "401.auth-expired"
    FIELD_401_NO_COOKIE = "401.no-cookie"
    FIELD_401_UNAUTHORIZED_APPLICATION = "401.unauthorized-application"
    FIELD_403_MISMATCH = "403.mismatch"
    FIELD_403_WRONG_HUB = "403.wrong-hub"
    FIELD_403_NOT_READY = "403.not-ready"
    FIELD_403_EXPIRED = "403.expired"
    FIELD_403_RESTRICTED_PORTAL = "403.restricted-portal"
    FIELD_403_PERMISSIONS = "403.permissions"
    FIELD_403_INVALID_IP = "403.invalid-ip"
    FIELD_403_INVALID_STATE = "403.invalid-state"
    FIELD_403_NOT_APPROVED = "403.not-approved"
    FIELD_403_NOT_ALLOWED = "403.not-allowed"
    FIELD_403_PLATFORM_DISABLED = "403.platform-disabled"
    FIELD_403_2FA_REQUIRED = "403.2fa-required"
    FIELD_403_2FA_FAILED = "403.2fa-failed"
    FIELD_403_NEW_APPLICATION_CAPABILITIES = "403.new-application-capabilities"
    FIELD_403_TIER_RESTRICTED = "403.tier-restricted"
    FIELD_404_HUB = "404.hub"
    FIELD_404_HUB_INVITATION = "404.hub.invitation"
    FIELD_404_HUB_INTEGRATION = "404.hub.integration"
    FIELD_404_HUB_ROLE = "404.hub.role"
    FIELD_404_SDN_NETWORK = "404.sdn.network"
    FIELD_404_ENVIRONMENT = "404.environment"
    FIELD_404_ENVIRONMENT_SCOPED_VARIABLE = "404.environment.scoped-variable"
    FIELD_404_HUB_API_KEY = "404.hub.api-key"
    FIELD_404_URI = "404.uri"
    FIELD_404_PROVIDER = "404.provider"
    FIELD_404_STACK = "404.stack"
    FIELD_404_COMMUNITY_THREAD = "404.community.thread"
    FIELD_404_COMMUNITY_THREAD_REPLY = "404.community.thread.reply"
    FIELD_404_SURVEY = "404.survey"
    FIELD_404_SURVEY_RESPONSE = "404.survey-response"
    FIELD_404_NOTIFICATION = "404.notification"
    FIELD_404_STACK_BUILD = "404.stack-build"
    FIELD_404_IMAGE = "404.image"
    FIELD_404_IMAGE_SOURCE = "404.image.source"
    FIELD_404_IMAGE_BUILD_LOG = "404.image.build-log"
    FIELD_404_JOB = "404.job"
    FIELD_404_BILLING_ORDER = "404.billing.order"
    FIELD_404_BILLING_SERVICE = "404.billing.service"
    FIELD_404_BILLING_CREDIT = "404.billing.credit"
    FIELD_404_BILLING_INVOICE = "404.billing.invoice"
    FIELD_404_BILLING_TIER = "404.billing.tier"
    FIELD_404_BILLING_SUPPORT = "404.billing.support"
    FIELD_404_BILLING_PAYMENT_METHOD = "404.billing.payment-method"
    FIELD_404_BILLING_PROMO_CODE = "404.billing.promo-code"
    FIELD_404_NODE = "404.node"
    FIELD_404_INFRASTRUCTURE_LOCATION = "404.infrastructure.location"
    FIELD_404_INFRASTRUCTURE_IPS_POOL = "404.infrastructure.ips.pool"
    FIELD_404_INFRASTRUCTURE_PROVIDER = "404.infrastructure.provider"
    FIELD_404_INFRASTRUCTURE_SERVER = "404.infrastructure.server"
    FIELD_404_INFRASTRUCTURE_CLUSTER = "404.infrastructure.cluster"
    FIELD_404_INFRASTRUCTURE_AUTOSCALE_GROUP = "404.infrastructure.autoscale.group"
    FIELD_404_INFRASTRUCTURE_MODEL = "404.infrastructure.model"
    FIELD_404_INFRASTRUCTURE_EXTERNAL_VOLUME = "404.infrastructure.external-volume"
    FIELD_404_MONITORING_LOGS_ANALYTICS_RULE = "404.monitoring.logs.analytics.rule"
    FIELD_404_ACCOUNT = "404.account"
    FIELD_404_CONTAINER = "404.container"
    FIELD_404_CONTAINER_BACKUP = "404.container.backup"
    FIELD_404_VPN_ACCOUNT = "404.vpn.account"
    FIELD_404_INSTANCE = "404.instance"
    FIELD_404_PIPELINE = "404.pipeline"
    FIELD_404_PIPELINE_RUN = "404.pipeline.run"
    FIELD_404_PIPELINE_KEY = "404.pipeline.key"
    FIELD_404_DNS_ZONE = "404.dns.zone"
    FIELD_404_DNS_RECORD = "404.dns.record"
    FIELD_404_CLUSTER = "404.cluster"
    FIELD_404_PLATFORM_BUILD = "404.platform-build"
    FIELD_404_CYCLEOS_BUILD = "404.cycleos-build"
    FIELD_404_EMAIL_VERIFICATION = "404.email-verification"
    FIELD_404_HUB_MEMBERSHIP = "404.hub.membership"
    FIELD_404_ANNOUNCEMENT = "404.announcement"
    FIELD_404_HA_SERVICE_SESSION = "404.ha-service.session"
    FIELD_404_VIRTUAL_MACHINE = "404.virtual-machine"
    FIELD_404_VIRTUAL_MACHINE_SSH_KEY = "404.virtual-machine.ssh-key"
    FIELD_404_SALES_LEAD = "404.sales.lead"
    FIELD_404_STACK_BUILD_LOG = "404.stack.build-log"
    FIELD_409_DUPLICATE_FOUND = "409.duplicate-found"
    FIELD_415_INVALID_CONTENT_TYPE = "415.invalid-content-type"
    FIELD_422_MISSING_ARGUMENT = "422.missing-argument"
    FIELD_422_INVALID_ARGUMENT = "422.invalid-argument"
    FIELD_422_INVALID_INPUT = "422.invalid-input"
    FIELD_422_MAX_EXCEEDED = "422.max-exceeded"
    FIELD_422_NOT_COMPATIBLE = "422.not-compatible"
    FIELD_422_ALREADY_EXISTS = "422.already-exists"
    FIELD_429_RATE_LIMITING = "429.rate-limiting"
    FIELD_500_DATABASE = "500.database"
    FIELD_500_DATABASE_INSERT = "500.database-insert"
    FIELD_500_DATABASE_UPDATE = "500.database-update"
    FIELD_500_DATABASE_REMOVE = "500.database-remove"
    FIELD_500_JOBD = "500.jobd"
    FIELD_500_UNKNOWN = "500.unknown"
    FIELD_500_DEV = "500.dev"
    FIELD_500_EMAIL = "500.email"
    FIELD_503_NOT_READY = "503.not-ready"
    FIELD_503_NOT_ENABLED = "503.not-enabled"
    FIELD_503_DEPENDENCY_NOT_ENABLED = "503.dependency-not-enabled"
    FIELD_504_NOT_AVAILABLE = "504.not-available"


_ErrorCode_members: Final = {m.value: m for m in ErrorCode}
_ErrorCode_values: Final[dict[ErrorCode | str, str]] = {m: m.value for m in ErrorCode}


class Capability(StrEnum):
    """A capability that a user or API key that represents what an API key or a user can do."""

    EXTERNAL_VOLUMES_VIEW = "external-volumes-view"
    EXTERNAL_VOLUMES_MANAGE = "external-volumes-manage"
    API_KEYS_MANAGE = "api-keys-manage"
    APIONLY_JOBS_VIEW = "apionly-jobs-view"
    APIONLY_NOTIFICATIONS_LISTEN = "apionly-notifications-listen"
    AUTOSCALE_GROUPS_MANAGE = "autoscale-groups-manage"
    AUTOSCALE_GROUPS_VIEW = "autoscale-groups-view"
    BILLING_CREDITS_VIEW = "billing-credits-view"
    BILLING_INVOICES_PAY = "billing-invoices-pay"
    BILLING_INVOICES_VIEW = "billing-invoices-view"
    BILLING_METHODS_MANAGE = "billing-methods-manage"
    BILLING_SERVICES_MANAGE = "billing-services-manage"
    BILLING_SERVICES_VIEW = "billing-services-view"
    CONTAINERS_BACKUPS_MANAGE = "containers-backups-manage"
    CONTAINERS_BACKUPS_VIEW = "containers-backups-view"
    CONTAINERS_CONSOLE = "containers-console"
    CONTAINERS_DEPLOY = "containers-deploy"
    CONTAINERS_INSTANCES_MIGRATE = "containers-instances-migrate"
    CONTAINERS_LOCK = "containers-lock"
    CONTAINERS_SSH = "containers-ssh"
    CONTAINERS_MANAGE = "containers-manage"
    CONTAINERS_VIEW = "containers-view"
    CONTAINERS_FUNCTIONS_TRIGGER = "containers-functions-trigger"
    CONTAINERS_VOLUMES_MANAGE = "containers-volumes-manage"
    CONTAINERS_VOLUMES_VIEW = "containers-volumes-view"
    DNS_CERTS_VIEW = "dns-certs-view"
    DNS_MANAGE = "dns-manage"
    DNS_VIEW = "dns-view"
    ENVIRONMENTS_DEPLOYMENTS_MANAGE = "environments-deployments-manage"
    ENVIRONMENTS_MANAGE = "environments-manage"
    ENVIRONMENTS_SCOPEDVARIABLES_MANAGE = "environments-scopedvariables-manage"
    ENVIRONMENTS_SCOPEDVARIABLES_VIEW = "environments-scopedvariables-view"
    ENVIRONMENTS_SERVICES_MANAGE = "environments-services-manage"
    ENVIRONMENTS_VIEW = "environments-view"
    ENVIRONMENTS_VPN = "environments-vpn"
    ENVIRONMENTS_VPN_MANAGE = "environments-vpn-manage"
    HUBS_DELETE = "hubs-delete"
    HUBS_INTEGRATIONS_MANAGE = "hubs-integrations-manage"
    HUBS_INTEGRATIONS_VIEW = "hubs-integrations-view"
    HUBS_INVITES_MANAGE = "hubs-invites-manage"
    HUBS_INVITES_SEND = "hubs-invites-send"
    HUBS_MEMBERS_MANAGE = "hubs-members-manage"
    HUBS_MEMBERS_VIEW = "hubs-members-view"
    HUBS_ROLES_MANAGE = "hubs-roles-manage"
    HUBS_ROLES_VIEW = "hubs-roles-view"
    HUBS_USAGE_VIEW = "hubs-usage-view"
    HUBS_UPDATE = "hubs-update"
    HUBS_AUDITLOG_VIEW = "hubs-auditlog-view"
    IMAGES_MANAGE = "images-manage"
    IMAGES_SOURCES_MANAGE = "images-sources-manage"
    IMAGES_SOURCES_VIEW = "images-sources-view"
    IMAGES_VIEW = "images-view"
    IPS_MANAGE = "ips-manage"
    SERVERS_CONSOLE = "servers-console"
    SERVERS_DECOMMISSION = "servers-decommission"
    SERVERS_LOGIN = "servers-login"
    CLUSTERS_MANAGE = "clusters-manage"
    CLUSTERS_VIEW = "clusters-view"
    SERVERS_PROVISION = "servers-provision"
    SERVERS_MANAGE = "servers-manage"
    SERVERS_VIEW = "servers-view"
    SAN_MANAGE = "san-manage"
    SAN_VIEW = "san-view"
    MONITOR_MANAGE = "monitor-manage"
    MONITOR_VIEW = "monitor-view"
    PIPELINES_MANAGE = "pipelines-manage"
    PIPELINES_TRIGGER = "pipelines-trigger"
    PIPELINES_VIEW = "pipelines-view"
    SDN_NETWORKS_MANAGE = "sdn-networks-manage"
    SDN_NETWORKS_VIEW = "sdn-networks-view"
    SECURITY_MANAGE = "security-manage"
    SECURITY_VIEW = "security-view"
    STACKS_BUILDS_DEPLOY = "stacks-builds-deploy"
    STACKS_BUILDS_MANAGE = "stacks-builds-manage"
    STACKS_MANAGE = "stacks-manage"
    STACKS_VIEW = "stacks-view"
    VIRTUAL_MACHINES_VIEW = "virtual-machines-view"
    VIRTUAL_MACHINES_MANAGE = "virtual-machines-manage"
    VIRTUAL_MACHINES_DEPLOY = "virtual-machines-deploy"
    VIRTUAL_MACHINES_CONSOLE = "virtual-machines-console"
    VIRTUAL_MACHINES_LOCK = "virtual-machines-lock"
    VIRTUAL_MACHINES_SSH_KEYS_MANAGE = "virtual-machines-ssh-keys-manage"
    VIRTUAL_MACHINES_ROOT_PW_VIEW = "virtual-machines-root-pw-view"
    VIRTUAL_MACHINES_ROOT_PW_VIEW_TEMP = "virtual-machines-root-pw-view-temp"


_Capability_members: Final = {m.value: m for m in Capability}
_Capability_values: Final[dict[Capability | str, str]] = {m: m.value for m in Capability}


_V1ImagesResponse1_wire_names: Final = frozenset({"data"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class V1ImagesResponse1:
    """The single-image root document returned when an Image is created or updated; the Image is under `data`."""

    data: Image
    """An image is a point in time build on a given image source, and what is distributed by Cycle to run containers."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        data: Image,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.data = data
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"data={self.data!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1ImagesResponse1) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> V1ImagesResponse1:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            data_ = obj["data"]
            data_ = _Image_from_dict(data_, "data")
            if _COMPILED:
                return V1ImagesResponse1(
                    data=data_,
                    additional_properties={}
                    if len(obj) == 1
                    else unknown_fields(obj, _V1ImagesResponse1_wire_names),
                )
            instance = _new(cls)
            instance.data = data_
            instance.additional_properties = (
                {} if len(obj) == 1 else unknown_fields(obj, _V1ImagesResponse1_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "data": self.data.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> V1ImagesResponse1:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        data: Image | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> V1ImagesResponse1:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            data=self.data if data is KEEP else data,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageResponse_wire_names: Final = frozenset({"data", "includes"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageResponse:
    """The single-image root document returned when an Image is fetched; resources asked for with `include` are under `includes`."""

    data: Image
    """An image is a point in time build on a given image source, and what is distributed by Cycle to run containers."""
    includes: ImageIncludes | Unset = UNSET
    """All includable resources linkable to the given image."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        data: Image,
        includes: ImageIncludes | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.data = data
        self.includes = includes
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"data={self.data!r}, "
            f"includes={self.includes!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageResponse:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            data_ = obj["data"]
            data_ = _Image_from_dict(data_, "data")
            includes_ = obj.get("includes", UNSET)
            if includes_ is UNSET:
                absent += 1
            else:
                includes_ = _ImageIncludes_from_dict(includes_, "includes")
            if _COMPILED:
                return ImageResponse(
                    data=data_,
                    includes=includes_,
                    additional_properties={}
                    if len(obj) == 2 - absent
                    else unknown_fields(obj, _ImageResponse_wire_names),
                )
            instance = _new(cls)
            instance.data = data_
            instance.includes = includes_
            instance.additional_properties = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _ImageResponse_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "data": self.data.to_dict(),
        }
        if self.includes is not UNSET:
            out["includes"] = self.includes.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageResponse:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        data: Image | Keep = KEEP,
        includes: ImageIncludes | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageResponse:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            data=self.data if data is KEEP else data,
            includes=self.includes if includes is KEEP else includes,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageList_wire_names: Final = frozenset({"data", "includes"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageList:
    """The root document returned when listing Images."""

    data: list[Image]
    """The Images on this page of the list."""
    includes: ImageIncludes | Unset = UNSET
    """All includable resources linkable to the listed images."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        data: list[Image],
        includes: ImageIncludes | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.data = data
        self.includes = includes
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"data={self.data!r}, "
            f"includes={self.includes!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageList) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageList:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            data_ = obj["data"]
            data_ = as_list(data_, "data", _Image_from_dict)
            includes_ = obj.get("includes", UNSET)
            if includes_ is UNSET:
                absent += 1
            else:
                includes_ = _ImageIncludes_from_dict(includes_, "includes")
            if _COMPILED:
                return ImageList(
                    data=data_,
                    includes=includes_,
                    additional_properties={}
                    if len(obj) == 2 - absent
                    else unknown_fields(obj, _ImageList_wire_names),
                )
            instance = _new(cls)
            instance.data = data_
            instance.includes = includes_
            instance.additional_properties = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _ImageList_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "data": [x0.to_dict() for x0 in self.data],
        }
        if self.includes is not UNSET:
            out["includes"] = self.includes.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageList:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        data: list[Image] | Keep = KEEP,
        includes: ImageIncludes | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageList:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            data=self.data if data is KEEP else data,
            includes=self.includes if includes is KEEP else includes,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceResponse_wire_names: Final = frozenset({"data", "includes"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceResponse:
    """The single-image-source root document; resources asked for with `include` are under `includes`."""

    data: ImageSource
    """An image source is a set of resources that direct the platform on where it can find the resources needed to build an image resource."""
    includes: ImageSourceIncludes | Unset = UNSET
    """Resources associated with the image source."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        data: ImageSource,
        includes: ImageSourceIncludes | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.data = data
        self.includes = includes
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"data={self.data!r}, "
            f"includes={self.includes!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceResponse:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            data_ = obj["data"]
            data_ = _ImageSource_from_dict(data_, "data")
            includes_ = obj.get("includes", UNSET)
            if includes_ is UNSET:
                absent += 1
            else:
                includes_ = _ImageSourceIncludes_from_dict(includes_, "includes")
            if _COMPILED:
                return ImageSourceResponse(
                    data=data_,
                    includes=includes_,
                    additional_properties={}
                    if len(obj) == 2 - absent
                    else unknown_fields(obj, _ImageSourceResponse_wire_names),
                )
            instance = _new(cls)
            instance.data = data_
            instance.includes = includes_
            instance.additional_properties = (
                {}
                if len(obj) == 2 - absent
                else unknown_fields(obj, _ImageSourceResponse_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "data": self.data.to_dict(),
        }
        if self.includes is not UNSET:
            out["includes"] = self.includes.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceResponse:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        data: ImageSource | Keep = KEEP,
        includes: ImageSourceIncludes | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceResponse:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            data=self.data if data is KEEP else data,
            includes=self.includes if includes is KEEP else includes,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceList_wire_names: Final = frozenset({"data", "includes"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceList:
    """The root document returned when listing Image Sources."""

    data: list[ImageSource]
    """The Image Sources on this page of the list."""
    includes: ImageSourceIncludes | Unset = UNSET
    """Resources associated with the listed image sources."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        data: list[ImageSource],
        includes: ImageSourceIncludes | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.data = data
        self.includes = includes
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"data={self.data!r}, "
            f"includes={self.includes!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceList) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceList:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            data_ = obj["data"]
            data_ = as_list(data_, "data", _ImageSource_from_dict)
            includes_ = obj.get("includes", UNSET)
            if includes_ is UNSET:
                absent += 1
            else:
                includes_ = _ImageSourceIncludes_from_dict(includes_, "includes")
            if _COMPILED:
                return ImageSourceList(
                    data=data_,
                    includes=includes_,
                    additional_properties={}
                    if len(obj) == 2 - absent
                    else unknown_fields(obj, _ImageSourceList_wire_names),
                )
            instance = _new(cls)
            instance.data = data_
            instance.includes = includes_
            instance.additional_properties = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _ImageSourceList_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "data": [x0.to_dict() for x0 in self.data],
        }
        if self.includes is not UNSET:
            out["includes"] = self.includes.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceList:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        data: list[ImageSource] | Keep = KEEP,
        includes: ImageSourceIncludes | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceList:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            data=self.data if data is KEEP else data,
            includes=self.includes if includes is KEEP else includes,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_JobDescriptorResponse_wire_names: Final = frozenset({"data"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class JobDescriptorResponse:
    """The root document returned by calls that start a job, such as deleting an Image or an Image Source."""

    data: JobDescriptor
    """A Job Descriptor is returned on success by API calls that create jobs. It contains the action that was requested, as well as the ID of the job created as a result."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        data: JobDescriptor,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.data = data
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"data={self.data!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JobDescriptorResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobDescriptorResponse:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            data_ = obj["data"]
            data_ = _JobDescriptor_from_dict(data_, "data")
            if _COMPILED:
                return JobDescriptorResponse(
                    data=data_,
                    additional_properties={}
                    if len(obj) == 1
                    else unknown_fields(obj, _JobDescriptorResponse_wire_names),
                )
            instance = _new(cls)
            instance.data = data_
            instance.additional_properties = (
                {} if len(obj) == 1 else unknown_fields(obj, _JobDescriptorResponse_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "data": self.data.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> JobDescriptorResponse:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        data: JobDescriptor | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> JobDescriptorResponse:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            data=self.data if data is KEEP else data,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ErrorEnvelope_wire_names: Final = frozenset({"error", "data"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ErrorEnvelope:
    """An error response. If there is an error, the error field will be present, and the data field will be present and null."""

    error: Error
    """The error that occurred."""
    data: Any
    """Always null in an error response."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        error: Error,
        data: Any,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.error = error
        self.data = data
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"error={self.error!r}, "
            f"data={self.data!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ErrorEnvelope) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ErrorEnvelope:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            error_ = obj["error"]
            error_ = _Error_from_dict(error_, "error")
            data_ = obj["data"]
            if _COMPILED:
                return ErrorEnvelope(
                    error=error_,
                    data=data_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _ErrorEnvelope_wire_names),
                )
            instance = _new(cls)
            instance.error = error_
            instance.data = data_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _ErrorEnvelope_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "error": self.error.to_dict(),
            "data": self.data,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ErrorEnvelope:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        error: Error | Keep = KEEP,
        data: Any | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ErrorEnvelope:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            error=self.error if error is KEEP else error,
            data=self.data if data is KEEP else data,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Image_wire_names: Final = frozenset(
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
class Image:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"hub_id={self.hub_id!r}, "
            f"name={self.name!r}, "
            f"size={self.size!r}, "
            f"about={self.about!r}, "
            f"backend={self.backend!r}, "
            f"requires={self.requires!r}, "
            f"build={self.build!r}, "
            f"builder={self.builder!r}, "
            f"config={self.config!r}, "
            f"source={self.source!r}, "
            f"creator={self.creator!r}, "
            f"factory={self.factory!r}, "
            f"state={self.state!r}, "
            f"events={self.events!r}, "
            f"meta={self.meta!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Image) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Image:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
                    additional_properties={}
                    if len(obj) == 16 - absent
                    else unknown_fields(obj, _Image_wire_names),
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
            instance.additional_properties = (
                {} if len(obj) == 16 - absent else unknown_fields(obj, _Image_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
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

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> Image:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageAbout_wire_names: Final = frozenset({"description"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageAbout:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"description={self.description!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageAbout) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageAbout:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            description_ = obj["description"]
            if type(description_) is not str and description_ is not None:
                raise DecodeError(("description",), "string", description_)
            if _COMPILED:
                return ImageAbout(
                    description=description_,
                    additional_properties={}
                    if len(obj) == 1
                    else unknown_fields(obj, _ImageAbout_wire_names),
                )
            instance = _new(cls)
            instance.description = description_
            instance.additional_properties = (
                {} if len(obj) == 1 else unknown_fields(obj, _ImageAbout_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "description": self.description,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageAbout:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageBackend_wire_names: Final = frozenset({"provider", "size", "file_name", "file_id"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageBackend:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"provider={self.provider!r}, "
            f"size={self.size!r}, "
            f"file_name={self.file_name!r}, "
            f"file_id={self.file_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageBackend) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageBackend:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
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
            if _COMPILED:
                return ImageBackend(
                    provider=provider_,
                    size=size_,
                    file_name=file_name_,
                    file_id=file_id_,
                    additional_properties={}
                    if len(obj) == 4
                    else unknown_fields(obj, _ImageBackend_wire_names),
                )
            instance = _new(cls)
            instance.provider = provider_
            instance.size = size_
            instance.file_name = file_name_
            instance.file_id = file_id_
            instance.additional_properties = (
                {} if len(obj) == 4 else unknown_fields(obj, _ImageBackend_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "provider": self.provider,
            "size": self.size,
            "file_name": self.file_name,
            "file_id": self.file_id,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageBackend:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageRequires_wire_names: Final = frozenset({"nvidia_gpu"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageRequires:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"nvidia_gpu={self.nvidia_gpu!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageRequires) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageRequires:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            nvidia_gpu_ = obj.get("nvidia_gpu", UNSET)
            if nvidia_gpu_ is UNSET:
                absent += 1
            elif type(nvidia_gpu_) is not bool:
                raise DecodeError(("nvidia_gpu",), "boolean", nvidia_gpu_)
            if _COMPILED:
                return ImageRequires(
                    nvidia_gpu=nvidia_gpu_,
                    additional_properties={}
                    if len(obj) == 1 - absent
                    else unknown_fields(obj, _ImageRequires_wire_names),
                )
            instance = _new(cls)
            instance.nvidia_gpu = nvidia_gpu_
            instance.additional_properties = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _ImageRequires_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.nvidia_gpu is not UNSET:
            out["nvidia_gpu"] = self.nvidia_gpu
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageRequires:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageBuild_wire_names: Final = frozenset({"args", "use_disk"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageBuild:
    """Any additional build details for this image"""

    args: dict[str, str] | Unset = UNSET
    """Arguments to pass to the builder during a build of this image."""
    use_disk: bool | Unset = UNSET
    """If true, will skip using /dev/shm when building an image on factory. Allows for building much larger images."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        args: dict[str, str] | Unset = UNSET,
        use_disk: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.args = args
        self.use_disk = use_disk
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"args={self.args!r}, "
            f"use_disk={self.use_disk!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageBuild) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageBuild:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            args_ = obj.get("args", UNSET)
            if args_ is UNSET:
                absent += 1
            else:
                args_ = as_str_dict(args_, "args")
            use_disk_ = obj.get("use_disk", UNSET)
            if use_disk_ is UNSET:
                absent += 1
            elif type(use_disk_) is not bool:
                raise DecodeError(("use_disk",), "boolean", use_disk_)
            if _COMPILED:
                return ImageBuild(
                    args=args_,
                    use_disk=use_disk_,
                    additional_properties={}
                    if len(obj) == 2 - absent
                    else unknown_fields(obj, _ImageBuild_wire_names),
                )
            instance = _new(cls)
            instance.args = args_
            instance.use_disk = use_disk_
            instance.additional_properties = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _ImageBuild_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.args is not UNSET:
            out["args"] = dict(self.args)
        if self.use_disk is not UNSET:
            out["use_disk"] = self.use_disk
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageBuild:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        args: dict[str, str] | Unset | Keep = KEEP,
        use_disk: bool | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageBuild:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            args=self.args if args is KEEP else args,
            use_disk=self.use_disk if use_disk is KEEP else use_disk,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageBuilder_wire_names: Final = frozenset({"integration_id"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageBuilder:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"integration_id={self.integration_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageBuilder) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageBuilder:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            integration_id_ = obj["integration_id"]
            if type(integration_id_) is not str:
                raise DecodeError(("integration_id",), "string", integration_id_)
            if _COMPILED:
                return ImageBuilder(
                    integration_id=integration_id_,
                    additional_properties={}
                    if len(obj) == 1
                    else unknown_fields(obj, _ImageBuilder_wire_names),
                )
            instance = _new(cls)
            instance.integration_id = integration_id_
            instance.additional_properties = (
                {} if len(obj) == 1 else unknown_fields(obj, _ImageBuilder_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "integration_id": self.integration_id,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageBuilder:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageConfig_wire_names: Final = frozenset(
    {"user", "ports", "env", "labels", "command", "entrypoint", "volumes", "workdir", "signal_stop"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageConfig:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"user={self.user!r}, "
            f"ports={self.ports!r}, "
            f"env={self.env!r}, "
            f"labels={self.labels!r}, "
            f"command={self.command!r}, "
            f"entrypoint={self.entrypoint!r}, "
            f"volumes={self.volumes!r}, "
            f"workdir={self.workdir!r}, "
            f"signal_stop={self.signal_stop!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageConfig) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageConfig:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
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
                    additional_properties={}
                    if len(obj) == 9
                    else unknown_fields(obj, _ImageConfig_wire_names),
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
            instance.additional_properties = (
                {} if len(obj) == 9 else unknown_fields(obj, _ImageConfig_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
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

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageConfig:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageConfigPort_wire_names: Final = frozenset({"host", "container", "type"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageConfigPort:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"host={self.host!r}, "
            f"container={self.container!r}, "
            f"type={self.type!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageConfigPort) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageConfigPort:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
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
            if _COMPILED:
                return ImageConfigPort(
                    host=host_,
                    container=container_,
                    type=type_,
                    additional_properties={}
                    if len(obj) == 3
                    else unknown_fields(obj, _ImageConfigPort_wire_names),
                )
            instance = _new(cls)
            instance.host = host_
            instance.container = container_
            instance.type = type_
            instance.additional_properties = (
                {} if len(obj) == 3 else unknown_fields(obj, _ImageConfigPort_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "host": self.host,
            "container": self.container,
            "type": self.type,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageConfigPort:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageConfigVolume_wire_names: Final = frozenset({"path", "mode"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageConfigVolume:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"path={self.path!r}, "
            f"mode={self.mode!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageConfigVolume) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageConfigVolume:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return ImageConfigVolume(
                    path=path_,
                    mode=mode_,
                    additional_properties={}
                    if len(obj) == 2 - absent
                    else unknown_fields(obj, _ImageConfigVolume_wire_names),
                )
            instance = _new(cls)
            instance.path = path_
            instance.mode = mode_
            instance.additional_properties = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _ImageConfigVolume_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.path is not UNSET:
            out["path"] = self.path
        if self.mode is not UNSET:
            out["mode"] = _ImageConfigVolumeMode_values.get(self.mode, self.mode)
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageConfigVolume:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageFactory_wire_names: Final = frozenset({"node_id", "cached", "acknowledged"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageFactory:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"node_id={self.node_id!r}, "
            f"cached={self.cached!r}, "
            f"acknowledged={self.acknowledged!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageFactory) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageFactory:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            node_id_ = obj["node_id"]
            if type(node_id_) is not str:
                raise DecodeError(("node_id",), "string", node_id_)
            cached_ = obj["cached"]
            cached_ = as_datetime(cached_, "cached")
            acknowledged_ = obj["acknowledged"]
            acknowledged_ = as_datetime(acknowledged_, "acknowledged")
            if _COMPILED:
                return ImageFactory(
                    node_id=node_id_,
                    cached=cached_,
                    acknowledged=acknowledged_,
                    additional_properties={}
                    if len(obj) == 3
                    else unknown_fields(obj, _ImageFactory_wire_names),
                )
            instance = _new(cls)
            instance.node_id = node_id_
            instance.cached = cached_
            instance.acknowledged = acknowledged_
            instance.additional_properties = (
                {} if len(obj) == 3 else unknown_fields(obj, _ImageFactory_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "node_id": self.node_id,
            "cached": encode_datetime(self.cached),
            "acknowledged": encode_datetime(self.acknowledged),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageFactory:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageState_wire_names: Final = frozenset({"current", "changed", "error"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageState:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"current={self.current!r}, "
            f"changed={self.changed!r}, "
            f"error={self.error!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageState) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageState:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return ImageState(
                    current=current_,
                    changed=changed_,
                    error=error_,
                    additional_properties={}
                    if len(obj) == 3 - absent
                    else unknown_fields(obj, _ImageState_wire_names),
                )
            instance = _new(cls)
            instance.current = current_
            instance.changed = changed_
            instance.error = error_
            instance.additional_properties = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _ImageState_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "current": _ImageStateCurrent_values.get(self.current, self.current),
            "changed": encode_datetime(self.changed),
        }
        if self.error is not UNSET:
            out["error"] = self.error.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageState:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageStateError_wire_names: Final = frozenset({"message", "time"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageStateError:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"message={self.message!r}, "
            f"time={self.time!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageStateError) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageStateError:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return ImageStateError(
                    message=message_,
                    time=time_,
                    additional_properties={}
                    if len(obj) == 2 - absent
                    else unknown_fields(obj, _ImageStateError_wire_names),
                )
            instance = _new(cls)
            instance.message = message_
            instance.time = time_
            instance.additional_properties = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _ImageStateError_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.message is not UNSET:
            out["message"] = self.message
        if self.time is not UNSET:
            out["time"] = encode_datetime(self.time)
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageStateError:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageEvents_wire_names: Final = frozenset({"created", "updated", "deleted"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageEvents:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"created={self.created!r}, "
            f"updated={self.updated!r}, "
            f"deleted={self.deleted!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageEvents) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageEvents:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            created_ = obj["created"]
            created_ = as_datetime(created_, "created")
            updated_ = obj["updated"]
            updated_ = as_datetime(updated_, "updated")
            deleted_ = obj["deleted"]
            deleted_ = as_datetime(deleted_, "deleted")
            if _COMPILED:
                return ImageEvents(
                    created=created_,
                    updated=updated_,
                    deleted=deleted_,
                    additional_properties={}
                    if len(obj) == 3
                    else unknown_fields(obj, _ImageEvents_wire_names),
                )
            instance = _new(cls)
            instance.created = created_
            instance.updated = updated_
            instance.deleted = deleted_
            instance.additional_properties = (
                {} if len(obj) == 3 else unknown_fields(obj, _ImageEvents_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "created": encode_datetime(self.created),
            "updated": encode_datetime(self.updated),
            "deleted": encode_datetime(self.deleted),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageEvents:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageMeta_wire_names: Final = frozenset({"containers_count"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageMeta:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"containers_count={self.containers_count!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageMeta) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageMeta:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            containers_count_ = obj.get("containers_count", UNSET)
            if containers_count_ is UNSET:
                absent += 1
            else:
                containers_count_ = _ResourceCountSummary_from_dict(
                    containers_count_, "containers_count"
                )
            if _COMPILED:
                return ImageMeta(
                    containers_count=containers_count_,
                    additional_properties={}
                    if len(obj) == 1 - absent
                    else unknown_fields(obj, _ImageMeta_wire_names),
                )
            instance = _new(cls)
            instance.containers_count = containers_count_
            instance.additional_properties = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _ImageMeta_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.containers_count is not UNSET:
            out["containers_count"] = self.containers_count.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageMeta:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ResourceCountSummary_wire_names: Final = frozenset({"state", "total", "available"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ResourceCountSummary:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"state={self.state!r}, "
            f"total={self.total!r}, "
            f"available={self.available!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResourceCountSummary) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ResourceCountSummary:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
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
            if _COMPILED:
                return ResourceCountSummary(
                    state=state_,
                    total=total_,
                    available=available_,
                    additional_properties={}
                    if len(obj) == 3
                    else unknown_fields(obj, _ResourceCountSummary_wire_names),
                )
            instance = _new(cls)
            instance.state = state_
            instance.total = total_
            instance.available = available_
            instance.additional_properties = (
                {} if len(obj) == 3 else unknown_fields(obj, _ResourceCountSummary_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "state": dict(self.state),
            "total": self.total,
            "available": self.available,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ResourceCountSummary:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageIncludes_wire_names: Final = frozenset(
    {
        "creators",
        "stack_builds",
        "stacks",
        "stacks:identifiers",
        "sources",
        "sources:identifiers",
        "integrations",
        "integrations:identifiers",
    }
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageIncludes:
    """All includable resources linkable to the given image."""

    creators: CreatorInclude | Unset = UNSET
    """An identity that created a resource."""
    stack_builds: dict[str, dict[str, Any]] | Unset = UNSET
    """Included stack builds, keyed by ID."""
    stacks: dict[str, dict[str, Any]] | Unset = UNSET
    """Included stacks, keyed by ID."""
    stacks_identifiers: dict[str, list[str]] | Unset = UNSET
    """A map of stack identifiers to an array of stack IDs that are associated with it."""
    sources: dict[str, ImageSource] | Unset = UNSET
    """Included image sources, keyed by ID."""
    sources_identifiers: dict[str, list[str]] | Unset = UNSET
    """A map of image source identifiers to an array of image source IDs that are associated with it."""
    integrations: dict[str, dict[str, Any]] | Unset = UNSET
    """Included integrations, keyed by ID."""
    integrations_identifiers: dict[str, list[str]] | Unset = UNSET
    """A map of integration identifiers to an array of integration IDs that are associated with it."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        creators: CreatorInclude | Unset = UNSET,
        stack_builds: dict[str, dict[str, Any]] | Unset = UNSET,
        stacks: dict[str, dict[str, Any]] | Unset = UNSET,
        stacks_identifiers: dict[str, list[str]] | Unset = UNSET,
        sources: dict[str, ImageSource] | Unset = UNSET,
        sources_identifiers: dict[str, list[str]] | Unset = UNSET,
        integrations: dict[str, dict[str, Any]] | Unset = UNSET,
        integrations_identifiers: dict[str, list[str]] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.creators = creators
        self.stack_builds = stack_builds
        self.stacks = stacks
        self.stacks_identifiers = stacks_identifiers
        self.sources = sources
        self.sources_identifiers = sources_identifiers
        self.integrations = integrations
        self.integrations_identifiers = integrations_identifiers
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"creators={self.creators!r}, "
            f"stack_builds={self.stack_builds!r}, "
            f"stacks={self.stacks!r}, "
            f"stacks_identifiers={self.stacks_identifiers!r}, "
            f"sources={self.sources!r}, "
            f"sources_identifiers={self.sources_identifiers!r}, "
            f"integrations={self.integrations!r}, "
            f"integrations_identifiers={self.integrations_identifiers!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageIncludes) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageIncludes:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            creators_ = obj.get("creators", UNSET)
            if creators_ is UNSET:
                absent += 1
            else:
                creators_ = _CreatorInclude_from_dict(creators_, "creators")
            stack_builds_ = obj.get("stack_builds", UNSET)
            if stack_builds_ is UNSET:
                absent += 1
            else:
                stack_builds_ = as_dict(
                    stack_builds_, "stack_builds", lambda v, k: as_dict(v, k, as_any)
                )
            stacks_ = obj.get("stacks", UNSET)
            if stacks_ is UNSET:
                absent += 1
            else:
                stacks_ = as_dict(stacks_, "stacks", lambda v, k: as_dict(v, k, as_any))
            stacks_identifiers_ = obj.get("stacks:identifiers", UNSET)
            if stacks_identifiers_ is UNSET:
                absent += 1
            else:
                stacks_identifiers_ = as_dict(
                    stacks_identifiers_, "stacks:identifiers", lambda v, k: as_list(v, k, as_str)
                )
            sources_ = obj.get("sources", UNSET)
            if sources_ is UNSET:
                absent += 1
            else:
                sources_ = as_dict(sources_, "sources", _ImageSource_from_dict)
            sources_identifiers_ = obj.get("sources:identifiers", UNSET)
            if sources_identifiers_ is UNSET:
                absent += 1
            else:
                sources_identifiers_ = as_dict(
                    sources_identifiers_, "sources:identifiers", lambda v, k: as_list(v, k, as_str)
                )
            integrations_ = obj.get("integrations", UNSET)
            if integrations_ is UNSET:
                absent += 1
            else:
                integrations_ = as_dict(
                    integrations_, "integrations", lambda v, k: as_dict(v, k, as_any)
                )
            integrations_identifiers_ = obj.get("integrations:identifiers", UNSET)
            if integrations_identifiers_ is UNSET:
                absent += 1
            else:
                integrations_identifiers_ = as_dict(
                    integrations_identifiers_,
                    "integrations:identifiers",
                    lambda v, k: as_list(v, k, as_str),
                )
            if _COMPILED:
                return ImageIncludes(
                    creators=creators_,
                    stack_builds=stack_builds_,
                    stacks=stacks_,
                    stacks_identifiers=stacks_identifiers_,
                    sources=sources_,
                    sources_identifiers=sources_identifiers_,
                    integrations=integrations_,
                    integrations_identifiers=integrations_identifiers_,
                    additional_properties={}
                    if len(obj) == 8 - absent
                    else unknown_fields(obj, _ImageIncludes_wire_names),
                )
            instance = _new(cls)
            instance.creators = creators_
            instance.stack_builds = stack_builds_
            instance.stacks = stacks_
            instance.stacks_identifiers = stacks_identifiers_
            instance.sources = sources_
            instance.sources_identifiers = sources_identifiers_
            instance.integrations = integrations_
            instance.integrations_identifiers = integrations_identifiers_
            instance.additional_properties = (
                {} if len(obj) == 8 - absent else unknown_fields(obj, _ImageIncludes_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.creators is not UNSET:
            out["creators"] = self.creators.to_dict()
        if self.stack_builds is not UNSET:
            out["stack_builds"] = {k0: dict(x0) for k0, x0 in self.stack_builds.items()}
        if self.stacks is not UNSET:
            out["stacks"] = {k0: dict(x0) for k0, x0 in self.stacks.items()}
        if self.stacks_identifiers is not UNSET:
            out["stacks:identifiers"] = {k0: list(x0) for k0, x0 in self.stacks_identifiers.items()}
        if self.sources is not UNSET:
            out["sources"] = {k0: x0.to_dict() for k0, x0 in self.sources.items()}
        if self.sources_identifiers is not UNSET:
            out["sources:identifiers"] = {
                k0: list(x0) for k0, x0 in self.sources_identifiers.items()
            }
        if self.integrations is not UNSET:
            out["integrations"] = {k0: dict(x0) for k0, x0 in self.integrations.items()}
        if self.integrations_identifiers is not UNSET:
            out["integrations:identifiers"] = {
                k0: list(x0) for k0, x0 in self.integrations_identifiers.items()
            }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageIncludes:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        creators: CreatorInclude | Unset | Keep = KEEP,
        stack_builds: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        stacks: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        stacks_identifiers: dict[str, list[str]] | Unset | Keep = KEEP,
        sources: dict[str, ImageSource] | Unset | Keep = KEEP,
        sources_identifiers: dict[str, list[str]] | Unset | Keep = KEEP,
        integrations: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        integrations_identifiers: dict[str, list[str]] | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageIncludes:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            creators=self.creators if creators is KEEP else creators,
            stack_builds=self.stack_builds if stack_builds is KEEP else stack_builds,
            stacks=self.stacks if stacks is KEEP else stacks,
            stacks_identifiers=self.stacks_identifiers
            if stacks_identifiers is KEEP
            else stacks_identifiers,
            sources=self.sources if sources is KEEP else sources,
            sources_identifiers=self.sources_identifiers
            if sources_identifiers is KEEP
            else sources_identifiers,
            integrations=self.integrations if integrations is KEEP else integrations,
            integrations_identifiers=self.integrations_identifiers
            if integrations_identifiers is KEEP
            else integrations_identifiers,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageCreate_wire_names: Final = frozenset({"name", "source_id", "build", "override"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageCreate:
    """Parameters for creating a new Image."""

    name: str | Unset = UNSET
    """A name for the Image."""
    source_id: str
    """The ID for the Image source to be used."""
    build: ImageBuild | Unset = UNSET
    """A build object, holding information important to the Image build."""
    override: ImageSourceOverride | Unset = UNSET
    """An override object to be used for a single Image create request."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        source_id: str,
        build: ImageBuild | Unset = UNSET,
        override: ImageSourceOverride | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.source_id = source_id
        self.build = build
        self.override = override
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"name={self.name!r}, "
            f"source_id={self.source_id!r}, "
            f"build={self.build!r}, "
            f"override={self.override!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageCreate) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageCreate:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            name_ = obj.get("name", UNSET)
            if name_ is UNSET:
                absent += 1
            elif type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            source_id_ = obj["source_id"]
            if type(source_id_) is not str:
                raise DecodeError(("source_id",), "string", source_id_)
            build_ = obj.get("build", UNSET)
            if build_ is UNSET:
                absent += 1
            else:
                build_ = _ImageBuild_from_dict(build_, "build")
            override_ = obj.get("override", UNSET)
            if override_ is UNSET:
                absent += 1
            else:
                override_ = _ImageSourceOverride_from_dict(override_, "override")
            if _COMPILED:
                return ImageCreate(
                    name=name_,
                    source_id=source_id_,
                    build=build_,
                    override=override_,
                    additional_properties={}
                    if len(obj) == 4 - absent
                    else unknown_fields(obj, _ImageCreate_wire_names),
                )
            instance = _new(cls)
            instance.name = name_
            instance.source_id = source_id_
            instance.build = build_
            instance.override = override_
            instance.additional_properties = (
                {} if len(obj) == 4 - absent else unknown_fields(obj, _ImageCreate_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "source_id": self.source_id,
        }
        if self.name is not UNSET:
            out["name"] = self.name
        if self.build is not UNSET:
            out["build"] = self.build.to_dict()
        if self.override is not UNSET:
            out["override"] = self.override.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageCreate:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        name: str | Unset | Keep = KEEP,
        source_id: str | Keep = KEEP,
        build: ImageBuild | Unset | Keep = KEEP,
        override: ImageSourceOverride | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageCreate:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            name=self.name if name is KEEP else name,
            source_id=self.source_id if source_id is KEEP else source_id,
            build=self.build if build is KEEP else build,
            override=self.override if override is KEEP else override,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageUpdate_wire_names: Final = frozenset({"name"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageUpdate:
    """Parameters for updating an image."""

    name: str | Unset = UNSET
    """A name for the image."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"name={self.name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageUpdate) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageUpdate:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            name_ = obj.get("name", UNSET)
            if name_ is UNSET:
                absent += 1
            elif type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            if _COMPILED:
                return ImageUpdate(
                    name=name_,
                    additional_properties={}
                    if len(obj) == 1 - absent
                    else unknown_fields(obj, _ImageUpdate_wire_names),
                )
            instance = _new(cls)
            instance.name = name_
            instance.additional_properties = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _ImageUpdate_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.name is not UNSET:
            out["name"] = self.name
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageUpdate:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        name: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageUpdate:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            name=self.name if name is KEEP else name,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_DirectImageSource_wire_names: Final = frozenset({"type", "details", "override"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DirectImageSource:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"details={self.details!r}, "
            f"override={self.override!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DirectImageSource) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DirectImageSource:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return DirectImageSource(
                    type="direct",
                    details=details_,
                    override=override_,
                    additional_properties={}
                    if len(obj) == 3 - absent
                    else unknown_fields(obj, _DirectImageSource_wire_names),
                )
            instance = _new(cls)
            instance.type = "direct"
            instance.details = details_
            instance.override = override_
            instance.additional_properties = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _DirectImageSource_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        if self.override is not UNSET:
            out["override"] = self.override.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> DirectImageSource:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_DirectImageSourceDetails_wire_names: Final = frozenset({"id", "origin"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DirectImageSourceDetails:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"origin={self.origin!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DirectImageSourceDetails) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DirectImageSourceDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            id_ = obj["id"]
            if type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            origin_ = obj["origin"]
            origin_ = image_origin_from_dict(origin_, "origin")
            if _COMPILED:
                return DirectImageSourceDetails(
                    id=id_,
                    origin=origin_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _DirectImageSourceDetails_wire_names),
                )
            instance = _new(cls)
            instance.id = id_
            instance.origin = origin_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _DirectImageSourceDetails_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "id": self.id,
            "origin": self.origin.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> DirectImageSourceDetails:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_StackImageSource_wire_names: Final = frozenset({"type", "details", "override"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class StackImageSource:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"details={self.details!r}, "
            f"override={self.override!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StackImageSource) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> StackImageSource:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return StackImageSource(
                    type="stack-build",
                    details=details_,
                    override=override_,
                    additional_properties={}
                    if len(obj) == 3 - absent
                    else unknown_fields(obj, _StackImageSource_wire_names),
                )
            instance = _new(cls)
            instance.type = "stack-build"
            instance.details = details_
            instance.override = override_
            instance.additional_properties = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _StackImageSource_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        if self.override is not UNSET:
            out["override"] = self.override.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> StackImageSource:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_StackImageSourceDetails_wire_names: Final = frozenset({"id", "stack_id", "containers", "origin"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class StackImageSourceDetails:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"stack_id={self.stack_id!r}, "
            f"containers={self.containers!r}, "
            f"origin={self.origin!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StackImageSourceDetails) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> StackImageSourceDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
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
            if _COMPILED:
                return StackImageSourceDetails(
                    id=id_,
                    stack_id=stack_id_,
                    containers=containers_,
                    origin=origin_,
                    additional_properties={}
                    if len(obj) == 4
                    else unknown_fields(obj, _StackImageSourceDetails_wire_names),
                )
            instance = _new(cls)
            instance.id = id_
            instance.stack_id = stack_id_
            instance.containers = containers_
            instance.origin = origin_
            instance.additional_properties = (
                {} if len(obj) == 4 else unknown_fields(obj, _StackImageSourceDetails_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "id": self.id,
            "stack_id": self.stack_id,
            "containers": list(self.containers),
            "origin": self.origin.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> StackImageSourceDetails:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_BucketImageSource_wire_names: Final = frozenset({"type", "details", "override"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class BucketImageSource:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"details={self.details!r}, "
            f"override={self.override!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BucketImageSource) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> BucketImageSource:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return BucketImageSource(
                    type="bucket",
                    details=details_,
                    override=override_,
                    additional_properties={}
                    if len(obj) == 3 - absent
                    else unknown_fields(obj, _BucketImageSource_wire_names),
                )
            instance = _new(cls)
            instance.type = "bucket"
            instance.details = details_
            instance.override = override_
            instance.additional_properties = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _BucketImageSource_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        if self.override is not UNSET:
            out["override"] = self.override.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> BucketImageSource:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_BucketImageSourceDetails_wire_names: Final = frozenset({"id", "origin"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class BucketImageSourceDetails:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"origin={self.origin!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BucketImageSourceDetails) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> BucketImageSourceDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            id_ = obj["id"]
            if type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            origin_ = obj["origin"]
            origin_ = image_origin_from_dict(origin_, "origin")
            if _COMPILED:
                return BucketImageSourceDetails(
                    id=id_,
                    origin=origin_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _BucketImageSourceDetails_wire_names),
                )
            instance = _new(cls)
            instance.id = id_
            instance.origin = origin_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _BucketImageSourceDetails_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "id": self.id,
            "origin": self.origin.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> BucketImageSourceDetails:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageSourceOverride_wire_names: Final = frozenset({"target", "targz_url"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceOverride:
    """An override of the image source's origin, applied to a single Image build."""

    target: str | Unset = UNSET
    """For Image sources with `docker-hub` or `docker-registry` origin types. A target to be used for overridding the default target - should include an Image and a tag."""
    targz_url: str | Unset = UNSET
    """For Image sources with `docker-file` origin types. A URL pointing to a .tar.gz file of a repo with a Dockerfile in it - can be used instead of linking Cycle directly to a repository."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        target: str | Unset = UNSET,
        targz_url: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.target = target
        self.targz_url = targz_url
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"target={self.target!r}, "
            f"targz_url={self.targz_url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceOverride) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceOverride:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            target_ = obj.get("target", UNSET)
            if target_ is UNSET:
                absent += 1
            elif type(target_) is not str:
                raise DecodeError(("target",), "string", target_)
            targz_url_ = obj.get("targz_url", UNSET)
            if targz_url_ is UNSET:
                absent += 1
            elif type(targz_url_) is not str:
                raise DecodeError(("targz_url",), "string", targz_url_)
            if _COMPILED:
                return ImageSourceOverride(
                    target=target_,
                    targz_url=targz_url_,
                    additional_properties={}
                    if len(obj) == 2 - absent
                    else unknown_fields(obj, _ImageSourceOverride_wire_names),
                )
            instance = _new(cls)
            instance.target = target_
            instance.targz_url = targz_url_
            instance.additional_properties = (
                {}
                if len(obj) == 2 - absent
                else unknown_fields(obj, _ImageSourceOverride_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.target is not UNSET:
            out["target"] = self.target
        if self.targz_url is not UNSET:
            out["targz_url"] = self.targz_url
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceOverride:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        target: str | Unset | Keep = KEEP,
        targz_url: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceOverride:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            target=self.target if target is KEEP else target,
            targz_url=self.targz_url if targz_url is KEEP else targz_url,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ExistingSource_wire_names: Final = frozenset({"source_id"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ExistingSource:
    """In a stack, specifies an image source ID from which Cycle will derive any values not specified in the stack file. This is useful for avoiding direct placement of credentials in a stack file, for example."""

    source_id: str | Unset = UNSET
    """The ID of the image source this image should be built from."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        source_id: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.source_id = source_id
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"source_id={self.source_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExistingSource) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ExistingSource:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            source_id_ = obj.get("source_id", UNSET)
            if source_id_ is UNSET:
                absent += 1
            elif type(source_id_) is not str:
                raise DecodeError(("source_id",), "string", source_id_)
            if _COMPILED:
                return ExistingSource(
                    source_id=source_id_,
                    additional_properties={}
                    if len(obj) == 1 - absent
                    else unknown_fields(obj, _ExistingSource_wire_names),
                )
            instance = _new(cls)
            instance.source_id = source_id_
            instance.additional_properties = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _ExistingSource_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.source_id is not UNSET:
            out["source_id"] = self.source_id
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ExistingSource:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        source_id: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ExistingSource:
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


_DockerHubOrigin_wire_names: Final = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerHubOrigin:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"details={self.details!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DockerHubOrigin) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerHubOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "docker-hub" or type(type_) is not str:
                raise DecodeError(("type",), "'docker-hub'", type_)
            details_ = obj["details"]
            details_ = _DockerHubOriginDetails_from_dict(details_, "details")
            if _COMPILED:
                return DockerHubOrigin(
                    type="docker-hub",
                    details=details_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _DockerHubOrigin_wire_names),
                )
            instance = _new(cls)
            instance.type = "docker-hub"
            instance.details = details_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _DockerHubOrigin_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> DockerHubOrigin:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_DockerHubOriginDetails_wire_names: Final = frozenset({"existing", "target", "username", "token"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerHubOriginDetails:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"existing={self.existing!r}, "
            f"target={self.target!r}, "
            f"username={self.username!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DockerHubOriginDetails) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerHubOriginDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return DockerHubOriginDetails(
                    existing=existing_,
                    target=target_,
                    username=username_,
                    token=token_,
                    additional_properties={}
                    if len(obj) == 4 - absent
                    else unknown_fields(obj, _DockerHubOriginDetails_wire_names),
                )
            instance = _new(cls)
            instance.existing = existing_
            instance.target = target_
            instance.username = username_
            instance.token = token_
            instance.additional_properties = (
                {}
                if len(obj) == 4 - absent
                else unknown_fields(obj, _DockerHubOriginDetails_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
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

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> DockerHubOriginDetails:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_DockerFileOrigin_wire_names: Final = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerFileOrigin:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"details={self.details!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DockerFileOrigin) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerFileOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "docker-file" or type(type_) is not str:
                raise DecodeError(("type",), "'docker-file'", type_)
            details_ = obj["details"]
            details_ = _DockerFileOriginDetails_from_dict(details_, "details")
            if _COMPILED:
                return DockerFileOrigin(
                    type="docker-file",
                    details=details_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _DockerFileOrigin_wire_names),
                )
            instance = _new(cls)
            instance.type = "docker-file"
            instance.details = details_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _DockerFileOrigin_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> DockerFileOrigin:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_DockerFileOriginDetails_wire_names: Final = frozenset(
    {"existing", "repo", "targz_url", "context_dir", "build_file", "credentials"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerFileOriginDetails:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"existing={self.existing!r}, "
            f"repo={self.repo!r}, "
            f"targz_url={self.targz_url!r}, "
            f"context_dir={self.context_dir!r}, "
            f"build_file={self.build_file!r}, "
            f"credentials={self.credentials!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DockerFileOriginDetails) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerFileOriginDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return DockerFileOriginDetails(
                    existing=existing_,
                    repo=repo_,
                    targz_url=targz_url_,
                    context_dir=context_dir_,
                    build_file=build_file_,
                    credentials=credentials_,
                    additional_properties={}
                    if len(obj) == 6 - absent
                    else unknown_fields(obj, _DockerFileOriginDetails_wire_names),
                )
            instance = _new(cls)
            instance.existing = existing_
            instance.repo = repo_
            instance.targz_url = targz_url_
            instance.context_dir = context_dir_
            instance.build_file = build_file_
            instance.credentials = credentials_
            instance.additional_properties = (
                {}
                if len(obj) == 6 - absent
                else unknown_fields(obj, _DockerFileOriginDetails_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
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

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> DockerFileOriginDetails:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_DockerfileCredential_wire_names: Final = frozenset({"url", "username", "token"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerfileCredential:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"url={self.url!r}, "
            f"username={self.username!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DockerfileCredential) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerfileCredential:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return DockerfileCredential(
                    url=url_,
                    username=username_,
                    token=token_,
                    additional_properties={}
                    if len(obj) == 3 - absent
                    else unknown_fields(obj, _DockerfileCredential_wire_names),
                )
            instance = _new(cls)
            instance.url = url_
            instance.username = username_
            instance.token = token_
            instance.additional_properties = (
                {}
                if len(obj) == 3 - absent
                else unknown_fields(obj, _DockerfileCredential_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.url is not UNSET:
            out["url"] = self.url
        if self.username is not UNSET:
            out["username"] = self.username
        if self.token is not UNSET:
            out["token"] = self.token
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> DockerfileCredential:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_RepoSource_wire_names: Final = frozenset({"url", "branch", "auth", "ref"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RepoSource:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"url={self.url!r}, "
            f"branch={self.branch!r}, "
            f"auth={self.auth!r}, "
            f"ref={self.ref!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RepoSource) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RepoSource:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return RepoSource(
                    url=url_,
                    branch=branch_,
                    auth=auth_,
                    ref=ref_,
                    additional_properties={}
                    if len(obj) == 4 - absent
                    else unknown_fields(obj, _RepoSource_wire_names),
                )
            instance = _new(cls)
            instance.url = url_
            instance.branch = branch_
            instance.auth = auth_
            instance.ref = ref_
            instance.additional_properties = (
                {} if len(obj) == 4 - absent else unknown_fields(obj, _RepoSource_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
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

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> RepoSource:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_RepoRef_wire_names: Final = frozenset({"type", "value"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RepoRef:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"value={self.value!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RepoRef) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RepoRef:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type(type_) is not str:
                raise DecodeError(("type",), "string", type_)
            value_ = obj["value"]
            if type(value_) is not str:
                raise DecodeError(("value",), "string", value_)
            if _COMPILED:
                return RepoRef(
                    type=type_,
                    value=value_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _RepoRef_wire_names),
                )
            instance = _new(cls)
            instance.type = type_
            instance.value = value_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _RepoRef_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "value": self.value,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> RepoRef:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_HttpSourceCredentials_wire_names: Final = frozenset({"type", "credentials"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class HttpSourceCredentials:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"credentials={self.credentials!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HttpSourceCredentials) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> HttpSourceCredentials:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "http" or type(type_) is not str:
                raise DecodeError(("type",), "'http'", type_)
            credentials_ = obj["credentials"]
            credentials_ = _HttpCredentials_from_dict(credentials_, "credentials")
            if _COMPILED:
                return HttpSourceCredentials(
                    type="http",
                    credentials=credentials_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _HttpSourceCredentials_wire_names),
                )
            instance = _new(cls)
            instance.type = "http"
            instance.credentials = credentials_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _HttpSourceCredentials_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "credentials": self.credentials.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> HttpSourceCredentials:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_HttpCredentials_wire_names: Final = frozenset({"username", "password"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class HttpCredentials:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"username={self.username!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HttpCredentials) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> HttpCredentials:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            username_ = obj["username"]
            if type(username_) is not str:
                raise DecodeError(("username",), "string", username_)
            password_ = obj["password"]
            if type(password_) is not str:
                raise DecodeError(("password",), "string", password_)
            if _COMPILED:
                return HttpCredentials(
                    username=username_,
                    password=password_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _HttpCredentials_wire_names),
                )
            instance = _new(cls)
            instance.username = username_
            instance.password = password_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _HttpCredentials_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "username": self.username,
            "password": self.password,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> HttpCredentials:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_SshSourceCredentials_wire_names: Final = frozenset({"type", "credentials"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class SshSourceCredentials:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"credentials={self.credentials!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SshSourceCredentials) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> SshSourceCredentials:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "ssh" or type(type_) is not str:
                raise DecodeError(("type",), "'ssh'", type_)
            credentials_ = obj["credentials"]
            credentials_ = _SshCredentials_from_dict(credentials_, "credentials")
            if _COMPILED:
                return SshSourceCredentials(
                    type="ssh",
                    credentials=credentials_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _SshSourceCredentials_wire_names),
                )
            instance = _new(cls)
            instance.type = "ssh"
            instance.credentials = credentials_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _SshSourceCredentials_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "credentials": self.credentials.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> SshSourceCredentials:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_SshCredentials_wire_names: Final = frozenset({"username", "passphrase", "private_key"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class SshCredentials:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"username={self.username!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SshCredentials) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> SshCredentials:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
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
            if _COMPILED:
                return SshCredentials(
                    username=username_,
                    passphrase=passphrase_,
                    private_key=private_key_,
                    additional_properties={}
                    if len(obj) == 3
                    else unknown_fields(obj, _SshCredentials_wire_names),
                )
            instance = _new(cls)
            instance.username = username_
            instance.passphrase = passphrase_
            instance.private_key = private_key_
            instance.additional_properties = (
                {} if len(obj) == 3 else unknown_fields(obj, _SshCredentials_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "username": self.username,
            "passphrase": self.passphrase,
            "private_key": self.private_key,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> SshCredentials:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_DockerRegistryOrigin_wire_names: Final = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerRegistryOrigin:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"details={self.details!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DockerRegistryOrigin) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerRegistryOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "docker-registry" or type(type_) is not str:
                raise DecodeError(("type",), "'docker-registry'", type_)
            details_ = obj["details"]
            details_ = _DockerRegistryOriginDetails_from_dict(details_, "details")
            if _COMPILED:
                return DockerRegistryOrigin(
                    type="docker-registry",
                    details=details_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _DockerRegistryOrigin_wire_names),
                )
            instance = _new(cls)
            instance.type = "docker-registry"
            instance.details = details_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _DockerRegistryOrigin_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> DockerRegistryOrigin:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_DockerRegistryOriginDetails_wire_names: Final = frozenset(
    {"existing", "target", "url", "username", "token", "password"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DockerRegistryOriginDetails:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"existing={self.existing!r}, "
            f"target={self.target!r}, "
            f"url={self.url!r}, "
            f"username={self.username!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, DockerRegistryOriginDetails)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerRegistryOriginDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return DockerRegistryOriginDetails(
                    existing=existing_,
                    target=target_,
                    url=url_,
                    username=username_,
                    token=token_,
                    password=password_,
                    additional_properties={}
                    if len(obj) == 6 - absent
                    else unknown_fields(obj, _DockerRegistryOriginDetails_wire_names),
                )
            instance = _new(cls)
            instance.existing = existing_
            instance.target = target_
            instance.url = url_
            instance.username = username_
            instance.token = token_
            instance.password = password_
            instance.additional_properties = (
                {}
                if len(obj) == 6 - absent
                else unknown_fields(obj, _DockerRegistryOriginDetails_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
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

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> DockerRegistryOriginDetails:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_OciRegistryOrigin_wire_names: Final = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class OciRegistryOrigin:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"details={self.details!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OciRegistryOrigin) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OciRegistryOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "oci-registry" or type(type_) is not str:
                raise DecodeError(("type",), "'oci-registry'", type_)
            details_ = obj["details"]
            details_ = _OciRegistryOriginDetails_from_dict(details_, "details")
            if _COMPILED:
                return OciRegistryOrigin(
                    type="oci-registry",
                    details=details_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _OciRegistryOrigin_wire_names),
                )
            instance = _new(cls)
            instance.type = "oci-registry"
            instance.details = details_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _OciRegistryOrigin_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> OciRegistryOrigin:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_OciRegistryOriginDetails_wire_names: Final = frozenset({"existing", "target", "url", "auth"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class OciRegistryOriginDetails:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"existing={self.existing!r}, "
            f"target={self.target!r}, "
            f"url={self.url!r}, "
            f"auth={self.auth!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OciRegistryOriginDetails) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OciRegistryOriginDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return OciRegistryOriginDetails(
                    existing=existing_,
                    target=target_,
                    url=url_,
                    auth=auth_,
                    additional_properties={}
                    if len(obj) == 4 - absent
                    else unknown_fields(obj, _OciRegistryOriginDetails_wire_names),
                )
            instance = _new(cls)
            instance.existing = existing_
            instance.target = target_
            instance.url = url_
            instance.auth = auth_
            instance.additional_properties = (
                {}
                if len(obj) == 4 - absent
                else unknown_fields(obj, _OciRegistryOriginDetails_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
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

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> OciRegistryOriginDetails:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_RegistryAuthUser_wire_names: Final = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthUser:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"details={self.details!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RegistryAuthUser) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthUser:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "user" or type(type_) is not str:
                raise DecodeError(("type",), "'user'", type_)
            details_ = obj["details"]
            details_ = _RegistryAuthUserDetails_from_dict(details_, "details")
            if _COMPILED:
                return RegistryAuthUser(
                    type="user",
                    details=details_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _RegistryAuthUser_wire_names),
                )
            instance = _new(cls)
            instance.type = "user"
            instance.details = details_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _RegistryAuthUser_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> RegistryAuthUser:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_RegistryAuthUserDetails_wire_names: Final = frozenset({"username", "token"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthUserDetails:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"username={self.username!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RegistryAuthUserDetails) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthUserDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return RegistryAuthUserDetails(
                    username=username_,
                    token=token_,
                    additional_properties={}
                    if len(obj) == 2 - absent
                    else unknown_fields(obj, _RegistryAuthUserDetails_wire_names),
                )
            instance = _new(cls)
            instance.username = username_
            instance.token = token_
            instance.additional_properties = (
                {}
                if len(obj) == 2 - absent
                else unknown_fields(obj, _RegistryAuthUserDetails_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.username is not UNSET:
            out["username"] = self.username
        if self.token is not UNSET:
            out["token"] = self.token
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> RegistryAuthUserDetails:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_RegistryAuthProvider_wire_names: Final = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthProvider:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"details={self.details!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RegistryAuthProvider) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthProvider:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "provider" or type(type_) is not str:
                raise DecodeError(("type",), "'provider'", type_)
            details_ = obj["details"]
            details_ = _RegistryAuthProviderDetails_from_dict(details_, "details")
            if _COMPILED:
                return RegistryAuthProvider(
                    type="provider",
                    details=details_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _RegistryAuthProvider_wire_names),
                )
            instance = _new(cls)
            instance.type = "provider"
            instance.details = details_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _RegistryAuthProvider_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> RegistryAuthProvider:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_RegistryAuthProviderDetails_wire_names: Final = frozenset({"flavor", "credentials"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthProviderDetails:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"flavor={self.flavor!r}, "
            f"credentials={self.credentials!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, RegistryAuthProviderDetails)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthProviderDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            flavor_ = obj["flavor"]
            if type(flavor_) is not str:
                raise DecodeError(("flavor",), "string", flavor_)
            credentials_ = obj["credentials"]
            credentials_ = _RegistryAuthProviderCredentials_from_dict(credentials_, "credentials")
            if _COMPILED:
                return RegistryAuthProviderDetails(
                    flavor=flavor_,
                    credentials=credentials_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _RegistryAuthProviderDetails_wire_names),
                )
            instance = _new(cls)
            instance.flavor = flavor_
            instance.credentials = credentials_
            instance.additional_properties = (
                {}
                if len(obj) == 2
                else unknown_fields(obj, _RegistryAuthProviderDetails_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "flavor": self.flavor,
            "credentials": self.credentials.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> RegistryAuthProviderDetails:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_RegistryAuthProviderCredentials_wire_names: Final = frozenset(
    {"region", "namespace", "api_key", "secret", "subscription_id", "client_id", "config"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthProviderCredentials:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"region={self.region!r}, "
            f"namespace={self.namespace!r}, "
            f"subscription_id={self.subscription_id!r}, "
            f"client_id={self.client_id!r}, "
            f"config={self.config!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, RegistryAuthProviderCredentials)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthProviderCredentials:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return RegistryAuthProviderCredentials(
                    region=region_,
                    namespace=namespace_,
                    api_key=api_key_,
                    secret=secret_,
                    subscription_id=subscription_id_,
                    client_id=client_id_,
                    config=config_,
                    additional_properties={}
                    if len(obj) == 7 - absent
                    else unknown_fields(obj, _RegistryAuthProviderCredentials_wire_names),
                )
            instance = _new(cls)
            instance.region = region_
            instance.namespace = namespace_
            instance.api_key = api_key_
            instance.secret = secret_
            instance.subscription_id = subscription_id_
            instance.client_id = client_id_
            instance.config = config_
            instance.additional_properties = (
                {}
                if len(obj) == 7 - absent
                else unknown_fields(obj, _RegistryAuthProviderCredentials_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
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

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> RegistryAuthProviderCredentials:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_RegistryAuthWebhook_wire_names: Final = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthWebhook:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"details={self.details!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RegistryAuthWebhook) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthWebhook:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "webhook" or type(type_) is not str:
                raise DecodeError(("type",), "'webhook'", type_)
            details_ = obj["details"]
            details_ = _RegistryAuthWebhookDetails_from_dict(details_, "details")
            if _COMPILED:
                return RegistryAuthWebhook(
                    type="webhook",
                    details=details_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _RegistryAuthWebhook_wire_names),
                )
            instance = _new(cls)
            instance.type = "webhook"
            instance.details = details_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _RegistryAuthWebhook_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> RegistryAuthWebhook:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_RegistryAuthWebhookDetails_wire_names: Final = frozenset({"url"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RegistryAuthWebhookDetails:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"url={self.url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, RegistryAuthWebhookDetails)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthWebhookDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            url_ = obj["url"]
            if type(url_) is not str:
                raise DecodeError(("url",), "string", url_)
            if _COMPILED:
                return RegistryAuthWebhookDetails(
                    url=url_,
                    additional_properties={}
                    if len(obj) == 1
                    else unknown_fields(obj, _RegistryAuthWebhookDetails_wire_names),
                )
            instance = _new(cls)
            instance.url = url_
            instance.additional_properties = (
                {} if len(obj) == 1 else unknown_fields(obj, _RegistryAuthWebhookDetails_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "url": self.url,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> RegistryAuthWebhookDetails:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_CycleUploadOrigin_wire_names: Final = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CycleUploadOrigin:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"details={self.details!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CycleUploadOrigin) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CycleUploadOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "cycle-upload" or type(type_) is not str:
                raise DecodeError(("type",), "'cycle-upload'", type_)
            details_ = obj["details"]
            details_ = _CycleUploadOriginDetails_from_dict(details_, "details")
            if _COMPILED:
                return CycleUploadOrigin(
                    type="cycle-upload",
                    details=details_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _CycleUploadOrigin_wire_names),
                )
            instance = _new(cls)
            instance.type = "cycle-upload"
            instance.details = details_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _CycleUploadOrigin_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> CycleUploadOrigin:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_CycleUploadOriginDetails_wire_names: Final = frozenset({"expires", "token"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CycleUploadOriginDetails:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"expires={self.expires!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CycleUploadOriginDetails) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CycleUploadOriginDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            expires_ = obj["expires"]
            expires_ = as_datetime(expires_, "expires")
            token_ = obj["token"]
            if type(token_) is not str:
                raise DecodeError(("token",), "string", token_)
            if _COMPILED:
                return CycleUploadOriginDetails(
                    expires=expires_,
                    token=token_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _CycleUploadOriginDetails_wire_names),
                )
            instance = _new(cls)
            instance.expires = expires_
            instance.token = token_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _CycleUploadOriginDetails_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "expires": encode_datetime(self.expires),
            "token": self.token,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> CycleUploadOriginDetails:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_CycleSourceOrigin_wire_names: Final = frozenset({"type", "details"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CycleSourceOrigin:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"details={self.details!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CycleSourceOrigin) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CycleSourceOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "cycle-source" or type(type_) is not str:
                raise DecodeError(("type",), "'cycle-source'", type_)
            details_ = obj["details"]
            details_ = _CycleSourceOriginDetails_from_dict(details_, "details")
            if _COMPILED:
                return CycleSourceOrigin(
                    type="cycle-source",
                    details=details_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _CycleSourceOrigin_wire_names),
                )
            instance = _new(cls)
            instance.type = "cycle-source"
            instance.details = details_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _CycleSourceOrigin_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
            "details": self.details.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> CycleSourceOrigin:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_CycleSourceOriginDetails_wire_names: Final = frozenset({"source_id"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CycleSourceOriginDetails:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"source_id={self.source_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CycleSourceOriginDetails) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CycleSourceOriginDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            source_id_ = obj["source_id"]
            if type(source_id_) is not str:
                raise DecodeError(("source_id",), "string", source_id_)
            if _COMPILED:
                return CycleSourceOriginDetails(
                    source_id=source_id_,
                    additional_properties={}
                    if len(obj) == 1
                    else unknown_fields(obj, _CycleSourceOriginDetails_wire_names),
                )
            instance = _new(cls)
            instance.source_id = source_id_
            instance.additional_properties = (
                {} if len(obj) == 1 else unknown_fields(obj, _CycleSourceOriginDetails_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "source_id": self.source_id,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> CycleSourceOriginDetails:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_NoneOrigin_wire_names: Final = frozenset({"type"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class NoneOrigin:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type={self.type!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NoneOrigin) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> NoneOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            type_ = obj["type"]
            if type_ != "none" or type(type_) is not str:
                raise DecodeError(("type",), "'none'", type_)
            if _COMPILED:
                return NoneOrigin(
                    type="none",
                    additional_properties={}
                    if len(obj) == 1
                    else unknown_fields(obj, _NoneOrigin_wire_names),
                )
            instance = _new(cls)
            instance.type = "none"
            instance.additional_properties = (
                {} if len(obj) == 1 else unknown_fields(obj, _NoneOrigin_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> NoneOrigin:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageSource_wire_names: Final = frozenset(
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
class ImageSource:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"identifier={self.identifier!r}, "
            f"type={self.type!r}, "
            f"hub_id={self.hub_id!r}, "
            f"name={self.name!r}, "
            f"about={self.about!r}, "
            f"origin={self.origin!r}, "
            f"builder={self.builder!r}, "
            f"creator={self.creator!r}, "
            f"acl={self.acl!r}, "
            f"state={self.state!r}, "
            f"events={self.events!r}, "
            f"meta={self.meta!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSource) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSource:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
                    additional_properties={}
                    if len(obj) == 13 - absent
                    else unknown_fields(obj, _ImageSource_wire_names),
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
            instance.additional_properties = (
                {} if len(obj) == 13 - absent else unknown_fields(obj, _ImageSource_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
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

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSource:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageSourceAbout_wire_names: Final = frozenset({"description"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceAbout:
    """Information about the image source resource."""

    description: str | None | Unset = UNSET
    """Some information about the image source resource."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.description = description
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"description={self.description!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceAbout) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceAbout:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            description_ = obj.get("description", UNSET)
            if description_ is UNSET:
                absent += 1
            elif type(description_) is not str and description_ is not None:
                raise DecodeError(("description",), "string", description_)
            if _COMPILED:
                return ImageSourceAbout(
                    description=description_,
                    additional_properties={}
                    if len(obj) == 1 - absent
                    else unknown_fields(obj, _ImageSourceAbout_wire_names),
                )
            instance = _new(cls)
            instance.description = description_
            instance.additional_properties = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _ImageSourceAbout_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.description is not UNSET:
            out["description"] = self.description
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceAbout:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        description: str | None | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceAbout:
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


_ImageSourceBuilder_wire_names: Final = frozenset({"integration_id"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceBuilder:
    """Configuration options regarding the builder used to create/import Images using this Image Source."""

    integration_id: str | None | Unset = UNSET
    """The ID or Identifier of the Integration used to do the build."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        integration_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.integration_id = integration_id
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"integration_id={self.integration_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceBuilder) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceBuilder:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            integration_id_ = obj.get("integration_id", UNSET)
            if integration_id_ is UNSET:
                absent += 1
            elif type(integration_id_) is not str and integration_id_ is not None:
                raise DecodeError(("integration_id",), "string", integration_id_)
            if _COMPILED:
                return ImageSourceBuilder(
                    integration_id=integration_id_,
                    additional_properties={}
                    if len(obj) == 1 - absent
                    else unknown_fields(obj, _ImageSourceBuilder_wire_names),
                )
            instance = _new(cls)
            instance.integration_id = integration_id_
            instance.additional_properties = (
                {}
                if len(obj) == 1 - absent
                else unknown_fields(obj, _ImageSourceBuilder_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.integration_id is not UNSET:
            out["integration_id"] = self.integration_id
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceBuilder:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        integration_id: str | None | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceBuilder:
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


_ImageSourceState_wire_names: Final = frozenset({"current", "changed", "error"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceState:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"current={self.current!r}, "
            f"changed={self.changed!r}, "
            f"error={self.error!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceState) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceState:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return ImageSourceState(
                    current=current_,
                    changed=changed_,
                    error=error_,
                    additional_properties={}
                    if len(obj) == 3 - absent
                    else unknown_fields(obj, _ImageSourceState_wire_names),
                )
            instance = _new(cls)
            instance.current = current_
            instance.changed = changed_
            instance.error = error_
            instance.additional_properties = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _ImageSourceState_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "current": _ImageSourceStateCurrent_values.get(self.current, self.current),
            "changed": encode_datetime(self.changed),
        }
        if self.error is not UNSET:
            out["error"] = self.error.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceState:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageSourceStateError_wire_names: Final = frozenset({"message", "time"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceStateError:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"message={self.message!r}, "
            f"time={self.time!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceStateError) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceStateError:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
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
            if _COMPILED:
                return ImageSourceStateError(
                    message=message_,
                    time=time_,
                    additional_properties={}
                    if len(obj) == 2 - absent
                    else unknown_fields(obj, _ImageSourceStateError_wire_names),
                )
            instance = _new(cls)
            instance.message = message_
            instance.time = time_
            instance.additional_properties = (
                {}
                if len(obj) == 2 - absent
                else unknown_fields(obj, _ImageSourceStateError_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.message is not UNSET:
            out["message"] = self.message
        if self.time is not UNSET:
            out["time"] = encode_datetime(self.time)
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceStateError:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageSourceEvents_wire_names: Final = frozenset({"created", "updated", "deleted"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceEvents:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"created={self.created!r}, "
            f"updated={self.updated!r}, "
            f"deleted={self.deleted!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceEvents) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceEvents:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            created_ = obj["created"]
            created_ = as_datetime(created_, "created")
            updated_ = obj["updated"]
            updated_ = as_datetime(updated_, "updated")
            deleted_ = obj["deleted"]
            deleted_ = as_datetime(deleted_, "deleted")
            if _COMPILED:
                return ImageSourceEvents(
                    created=created_,
                    updated=updated_,
                    deleted=deleted_,
                    additional_properties={}
                    if len(obj) == 3
                    else unknown_fields(obj, _ImageSourceEvents_wire_names),
                )
            instance = _new(cls)
            instance.created = created_
            instance.updated = updated_
            instance.deleted = deleted_
            instance.additional_properties = (
                {} if len(obj) == 3 else unknown_fields(obj, _ImageSourceEvents_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "created": encode_datetime(self.created),
            "updated": encode_datetime(self.updated),
            "deleted": encode_datetime(self.deleted),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceEvents:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageSourceMeta_wire_names: Final = frozenset({"images_count"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceMeta:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"images_count={self.images_count!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceMeta) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceMeta:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            images_count_ = obj.get("images_count", UNSET)
            if images_count_ is UNSET:
                absent += 1
            else:
                images_count_ = _ImageSourceImagesCount_from_dict(images_count_, "images_count")
            if _COMPILED:
                return ImageSourceMeta(
                    images_count=images_count_,
                    additional_properties={}
                    if len(obj) == 1 - absent
                    else unknown_fields(obj, _ImageSourceMeta_wire_names),
                )
            instance = _new(cls)
            instance.images_count = images_count_
            instance.additional_properties = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _ImageSourceMeta_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.images_count is not UNSET:
            out["images_count"] = self.images_count.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceMeta:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageSourceImagesCount_wire_names: Final = frozenset({"total", "state"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceImagesCount:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"total={self.total!r}, "
            f"state={self.state!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceImagesCount) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceImagesCount:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            total_ = obj["total"]
            if type(total_) is not float and type(total_) is not int:
                raise DecodeError(("total",), "number", total_)
            state_ = obj["state"]
            state_ = _ImageSourceImagesCountByState_from_dict(state_, "state")
            if _COMPILED:
                return ImageSourceImagesCount(
                    total=total_,
                    state=state_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _ImageSourceImagesCount_wire_names),
                )
            instance = _new(cls)
            instance.total = total_
            instance.state = state_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _ImageSourceImagesCount_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "total": self.total,
            "state": self.state.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceImagesCount:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageSourceImagesCountByState_wire_names: Final = frozenset(
    {"new", "downloading", "building", "verifying", "saving", "live", "deleting"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceImagesCountByState:
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

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"new={self.new!r}, "
            f"downloading={self.downloading!r}, "
            f"building={self.building!r}, "
            f"verifying={self.verifying!r}, "
            f"saving={self.saving!r}, "
            f"live={self.live!r}, "
            f"deleting={self.deleting!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, ImageSourceImagesCountByState)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceImagesCountByState:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
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
            if _COMPILED:
                return ImageSourceImagesCountByState(
                    new=new_,
                    downloading=downloading_,
                    building=building_,
                    verifying=verifying_,
                    saving=saving_,
                    live=live_,
                    deleting=deleting_,
                    additional_properties={}
                    if len(obj) == 7
                    else unknown_fields(obj, _ImageSourceImagesCountByState_wire_names),
                )
            instance = _new(cls)
            instance.new = new_
            instance.downloading = downloading_
            instance.building = building_
            instance.verifying = verifying_
            instance.saving = saving_
            instance.live = live_
            instance.deleting = deleting_
            instance.additional_properties = (
                {}
                if len(obj) == 7
                else unknown_fields(obj, _ImageSourceImagesCountByState_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
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

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceImagesCountByState:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

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


_ImageSourceIncludes_wire_names: Final = frozenset(
    {"creators", "integrations", "integrations:identifiers"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceIncludes:
    """A resource associate with an image source."""

    creators: CreatorInclude | Unset = UNSET
    """An identity that created a resource."""
    integrations: dict[str, dict[str, Any]] | Unset = UNSET
    """Included integrations, keyed by ID."""
    integrations_identifiers: dict[str, list[str]] | Unset = UNSET
    """A map of integration identifiers to an array of integration IDs that are associated with it."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        creators: CreatorInclude | Unset = UNSET,
        integrations: dict[str, dict[str, Any]] | Unset = UNSET,
        integrations_identifiers: dict[str, list[str]] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.creators = creators
        self.integrations = integrations
        self.integrations_identifiers = integrations_identifiers
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"creators={self.creators!r}, "
            f"integrations={self.integrations!r}, "
            f"integrations_identifiers={self.integrations_identifiers!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceIncludes) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceIncludes:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            creators_ = obj.get("creators", UNSET)
            if creators_ is UNSET:
                absent += 1
            else:
                creators_ = _CreatorInclude_from_dict(creators_, "creators")
            integrations_ = obj.get("integrations", UNSET)
            if integrations_ is UNSET:
                absent += 1
            else:
                integrations_ = as_dict(
                    integrations_, "integrations", lambda v, k: as_dict(v, k, as_any)
                )
            integrations_identifiers_ = obj.get("integrations:identifiers", UNSET)
            if integrations_identifiers_ is UNSET:
                absent += 1
            else:
                integrations_identifiers_ = as_dict(
                    integrations_identifiers_,
                    "integrations:identifiers",
                    lambda v, k: as_list(v, k, as_str),
                )
            if _COMPILED:
                return ImageSourceIncludes(
                    creators=creators_,
                    integrations=integrations_,
                    integrations_identifiers=integrations_identifiers_,
                    additional_properties={}
                    if len(obj) == 3 - absent
                    else unknown_fields(obj, _ImageSourceIncludes_wire_names),
                )
            instance = _new(cls)
            instance.creators = creators_
            instance.integrations = integrations_
            instance.integrations_identifiers = integrations_identifiers_
            instance.additional_properties = (
                {}
                if len(obj) == 3 - absent
                else unknown_fields(obj, _ImageSourceIncludes_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.creators is not UNSET:
            out["creators"] = self.creators.to_dict()
        if self.integrations is not UNSET:
            out["integrations"] = {k0: dict(x0) for k0, x0 in self.integrations.items()}
        if self.integrations_identifiers is not UNSET:
            out["integrations:identifiers"] = {
                k0: list(x0) for k0, x0 in self.integrations_identifiers.items()
            }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceIncludes:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        creators: CreatorInclude | Unset | Keep = KEEP,
        integrations: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        integrations_identifiers: dict[str, list[str]] | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceIncludes:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            creators=self.creators if creators is KEEP else creators,
            integrations=self.integrations if integrations is KEEP else integrations,
            integrations_identifiers=self.integrations_identifiers
            if integrations_identifiers is KEEP
            else integrations_identifiers,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceCreate_wire_names: Final = frozenset(
    {"name", "identifier", "acl", "builder", "type", "origin", "about"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceCreate:
    """Parameters for creating an Image Source."""

    name: str | Unset = UNSET
    """A name for the Image Source."""
    identifier: str | Unset = UNSET
    """A human readable slugged identifier for this image source."""
    acl: Acl | None | Unset = UNSET
    """An access control list. Defines which roles have which permissions on this image source."""
    builder: ImageSourceBuilder | None | Unset = UNSET
    """Configuration options regarding the builder used to create/import Images using this Image Source."""
    type: ImageSourceType | str
    """The type of images in this source."""
    origin: ImageOrigin
    """The origin of the given image source."""
    about: ImageSourceAbout | Unset = UNSET
    """User defined information about the Image Source."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        acl: Acl | None | Unset = UNSET,
        builder: ImageSourceBuilder | None | Unset = UNSET,
        type: ImageSourceType | str,
        origin: ImageOrigin,
        about: ImageSourceAbout | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.identifier = identifier
        self.acl = acl
        self.builder = builder
        self.type = type
        self.origin = origin
        self.about = about
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"name={self.name!r}, "
            f"identifier={self.identifier!r}, "
            f"acl={self.acl!r}, "
            f"builder={self.builder!r}, "
            f"type={self.type!r}, "
            f"origin={self.origin!r}, "
            f"about={self.about!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceCreate) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceCreate:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            name_ = obj.get("name", UNSET)
            if name_ is UNSET:
                absent += 1
            elif type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            identifier_ = obj.get("identifier", UNSET)
            if identifier_ is UNSET:
                absent += 1
            elif type(identifier_) is not str:
                raise DecodeError(("identifier",), "string", identifier_)
            acl_ = obj.get("acl", UNSET)
            if acl_ is UNSET:
                absent += 1
            elif acl_ is not None:
                acl_ = _Acl_from_dict(acl_, "acl")
            builder_ = obj.get("builder", UNSET)
            if builder_ is UNSET:
                absent += 1
            elif builder_ is not None:
                builder_ = _ImageSourceBuilder_from_dict(builder_, "builder")
            type_ = obj["type"]
            if type(type_) is not str:
                raise DecodeError(("type",), "string", type_)
            type_ = _ImageSourceType_members.get(type_, type_)
            origin_ = obj["origin"]
            origin_ = image_origin_from_dict(origin_, "origin")
            about_ = obj.get("about", UNSET)
            if about_ is UNSET:
                absent += 1
            else:
                about_ = _ImageSourceAbout_from_dict(about_, "about")
            if _COMPILED:
                return ImageSourceCreate(
                    name=name_,
                    identifier=identifier_,
                    acl=acl_,
                    builder=builder_,
                    type=type_,
                    origin=origin_,
                    about=about_,
                    additional_properties={}
                    if len(obj) == 7 - absent
                    else unknown_fields(obj, _ImageSourceCreate_wire_names),
                )
            instance = _new(cls)
            instance.name = name_
            instance.identifier = identifier_
            instance.acl = acl_
            instance.builder = builder_
            instance.type = type_
            instance.origin = origin_
            instance.about = about_
            instance.additional_properties = (
                {} if len(obj) == 7 - absent else unknown_fields(obj, _ImageSourceCreate_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": _ImageSourceType_values.get(self.type, self.type),
            "origin": self.origin.to_dict(),
        }
        if self.name is not UNSET:
            out["name"] = self.name
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.acl is not UNSET:
            out["acl"] = None if self.acl is None else self.acl.to_dict()
        if self.builder is not UNSET:
            out["builder"] = None if self.builder is None else self.builder.to_dict()
        if self.about is not UNSET:
            out["about"] = self.about.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceCreate:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        name: str | Unset | Keep = KEEP,
        identifier: str | Unset | Keep = KEEP,
        acl: Acl | None | Unset | Keep = KEEP,
        builder: ImageSourceBuilder | None | Unset | Keep = KEEP,
        type: ImageSourceType | str | Keep = KEEP,
        origin: ImageOrigin | Keep = KEEP,
        about: ImageSourceAbout | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceCreate:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            name=self.name if name is KEEP else name,
            identifier=self.identifier if identifier is KEEP else identifier,
            acl=self.acl if acl is KEEP else acl,
            builder=self.builder if builder is KEEP else builder,
            type=self.type if type is KEEP else type,
            origin=self.origin if origin is KEEP else origin,
            about=self.about if about is KEEP else about,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceUpdate_wire_names: Final = frozenset(
    {"name", "identifier", "origin", "builder", "about"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceUpdate:
    """Parameters for updating an image source."""

    name: str | Unset = UNSET
    """A name for the image source."""
    identifier: str | None | Unset = UNSET
    """A human readable slugged identifier for this image source."""
    origin: ImageOrigin | Unset = UNSET
    """The origin of the given image source."""
    builder: ImageSourceBuilder | None | Unset = UNSET
    """Configuration options regarding the builder used to create/import Images using this Image Source."""
    about: ImageSourceAbout | Unset = UNSET
    """User defined information about the image source."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        identifier: str | None | Unset = UNSET,
        origin: ImageOrigin | Unset = UNSET,
        builder: ImageSourceBuilder | None | Unset = UNSET,
        about: ImageSourceAbout | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.identifier = identifier
        self.origin = origin
        self.builder = builder
        self.about = about
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"name={self.name!r}, "
            f"identifier={self.identifier!r}, "
            f"origin={self.origin!r}, "
            f"builder={self.builder!r}, "
            f"about={self.about!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageSourceUpdate) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceUpdate:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            name_ = obj.get("name", UNSET)
            if name_ is UNSET:
                absent += 1
            elif type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            identifier_ = obj.get("identifier", UNSET)
            if identifier_ is UNSET:
                absent += 1
            elif type(identifier_) is not str and identifier_ is not None:
                raise DecodeError(("identifier",), "string", identifier_)
            origin_ = obj.get("origin", UNSET)
            if origin_ is UNSET:
                absent += 1
            else:
                origin_ = image_origin_from_dict(origin_, "origin")
            builder_ = obj.get("builder", UNSET)
            if builder_ is UNSET:
                absent += 1
            elif builder_ is not None:
                builder_ = _ImageSourceBuilder_from_dict(builder_, "builder")
            about_ = obj.get("about", UNSET)
            if about_ is UNSET:
                absent += 1
            else:
                about_ = _ImageSourceAbout_from_dict(about_, "about")
            if _COMPILED:
                return ImageSourceUpdate(
                    name=name_,
                    identifier=identifier_,
                    origin=origin_,
                    builder=builder_,
                    about=about_,
                    additional_properties={}
                    if len(obj) == 5 - absent
                    else unknown_fields(obj, _ImageSourceUpdate_wire_names),
                )
            instance = _new(cls)
            instance.name = name_
            instance.identifier = identifier_
            instance.origin = origin_
            instance.builder = builder_
            instance.about = about_
            instance.additional_properties = (
                {} if len(obj) == 5 - absent else unknown_fields(obj, _ImageSourceUpdate_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.name is not UNSET:
            out["name"] = self.name
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.origin is not UNSET:
            out["origin"] = self.origin.to_dict()
        if self.builder is not UNSET:
            out["builder"] = None if self.builder is None else self.builder.to_dict()
        if self.about is not UNSET:
            out["about"] = self.about.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ImageSourceUpdate:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        name: str | Unset | Keep = KEEP,
        identifier: str | None | Unset | Keep = KEEP,
        origin: ImageOrigin | Unset | Keep = KEEP,
        builder: ImageSourceBuilder | None | Unset | Keep = KEEP,
        about: ImageSourceAbout | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceUpdate:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            name=self.name if name is KEEP else name,
            identifier=self.identifier if identifier is KEEP else identifier,
            origin=self.origin if origin is KEEP else origin,
            builder=self.builder if builder is KEEP else builder,
            about=self.about if about is KEEP else about,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_CreatorScope_wire_names: Final = frozenset({"id", "type"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CreatorScope:
    """The creator scope is embedded in resource objects to describe who created them"""

    id: str
    """A 24 character hex string used to identify a unique resource."""
    type: CreatorScopeType | str
    """The kind of identity that created the resource."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        id: str,
        type: CreatorScopeType | str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.type = type
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"type={self.type!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreatorScope) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CreatorScope:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            id_ = obj["id"]
            if type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            type_ = obj["type"]
            if type(type_) is not str:
                raise DecodeError(("type",), "string", type_)
            type_ = _CreatorScopeType_members.get(type_, type_)
            if _COMPILED:
                return CreatorScope(
                    id=id_,
                    type=type_,
                    additional_properties={}
                    if len(obj) == 2
                    else unknown_fields(obj, _CreatorScope_wire_names),
                )
            instance = _new(cls)
            instance.id = id_
            instance.type = type_
            instance.additional_properties = (
                {} if len(obj) == 2 else unknown_fields(obj, _CreatorScope_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "id": self.id,
            "type": _CreatorScopeType_values.get(self.type, self.type),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> CreatorScope:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        id: str | Keep = KEEP,
        type: CreatorScopeType | str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> CreatorScope:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            id=self.id if id is KEEP else id,
            type=self.type if type is KEEP else type,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_CreatorInclude_wire_names: Final = frozenset(
    {"accounts", "employees", "visitors", "environments", "api_keys"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CreatorInclude:
    """An identity that created a resource."""

    accounts: dict[str, dict[str, Any]] | Unset = UNSET
    """Included creators that are public accounts, keyed by ID."""
    employees: dict[str, dict[str, Any]] | Unset = UNSET
    """Included creators that are employees of Cycle, keyed by ID."""
    visitors: dict[str, dict[str, Any]] | Unset = UNSET
    """Included creators that are not Cycle accounts, keyed by ID."""
    environments: dict[str, dict[str, Any]] | Unset = UNSET
    """Included creators that are Cycle environments (usually automatically created resources), keyed by ID."""
    api_keys: dict[str, dict[str, Any]] | Unset = UNSET
    """Included creators that are Cycle API Keys, keyed by ID."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        accounts: dict[str, dict[str, Any]] | Unset = UNSET,
        employees: dict[str, dict[str, Any]] | Unset = UNSET,
        visitors: dict[str, dict[str, Any]] | Unset = UNSET,
        environments: dict[str, dict[str, Any]] | Unset = UNSET,
        api_keys: dict[str, dict[str, Any]] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.accounts = accounts
        self.employees = employees
        self.visitors = visitors
        self.environments = environments
        self.api_keys = api_keys
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"accounts={self.accounts!r}, "
            f"employees={self.employees!r}, "
            f"visitors={self.visitors!r}, "
            f"environments={self.environments!r}, "
            f"api_keys={self.api_keys!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreatorInclude) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CreatorInclude:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            accounts_ = obj.get("accounts", UNSET)
            if accounts_ is UNSET:
                absent += 1
            else:
                accounts_ = as_dict(accounts_, "accounts", lambda v, k: as_dict(v, k, as_any))
            employees_ = obj.get("employees", UNSET)
            if employees_ is UNSET:
                absent += 1
            else:
                employees_ = as_dict(employees_, "employees", lambda v, k: as_dict(v, k, as_any))
            visitors_ = obj.get("visitors", UNSET)
            if visitors_ is UNSET:
                absent += 1
            else:
                visitors_ = as_dict(visitors_, "visitors", lambda v, k: as_dict(v, k, as_any))
            environments_ = obj.get("environments", UNSET)
            if environments_ is UNSET:
                absent += 1
            else:
                environments_ = as_dict(
                    environments_, "environments", lambda v, k: as_dict(v, k, as_any)
                )
            api_keys_ = obj.get("api_keys", UNSET)
            if api_keys_ is UNSET:
                absent += 1
            else:
                api_keys_ = as_dict(api_keys_, "api_keys", lambda v, k: as_dict(v, k, as_any))
            if _COMPILED:
                return CreatorInclude(
                    accounts=accounts_,
                    employees=employees_,
                    visitors=visitors_,
                    environments=environments_,
                    api_keys=api_keys_,
                    additional_properties={}
                    if len(obj) == 5 - absent
                    else unknown_fields(obj, _CreatorInclude_wire_names),
                )
            instance = _new(cls)
            instance.accounts = accounts_
            instance.employees = employees_
            instance.visitors = visitors_
            instance.environments = environments_
            instance.api_keys = api_keys_
            instance.additional_properties = (
                {} if len(obj) == 5 - absent else unknown_fields(obj, _CreatorInclude_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.accounts is not UNSET:
            out["accounts"] = {k0: dict(x0) for k0, x0 in self.accounts.items()}
        if self.employees is not UNSET:
            out["employees"] = {k0: dict(x0) for k0, x0 in self.employees.items()}
        if self.visitors is not UNSET:
            out["visitors"] = {k0: dict(x0) for k0, x0 in self.visitors.items()}
        if self.environments is not UNSET:
            out["environments"] = {k0: dict(x0) for k0, x0 in self.environments.items()}
        if self.api_keys is not UNSET:
            out["api_keys"] = {k0: dict(x0) for k0, x0 in self.api_keys.items()}
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> CreatorInclude:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        accounts: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        employees: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        visitors: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        environments: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        api_keys: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> CreatorInclude:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            accounts=self.accounts if accounts is KEEP else accounts,
            employees=self.employees if employees is KEEP else employees,
            visitors=self.visitors if visitors is KEEP else visitors,
            environments=self.environments if environments is KEEP else environments,
            api_keys=self.api_keys if api_keys is KEEP else api_keys,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Acl_wire_names: Final = frozenset({"roles"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Acl:
    """An access control list. Defines which roles have which permissions on specific resources."""

    roles: dict[str, AclEntry] | Unset = UNSET
    """The permissions of each role, keyed by role ID."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        roles: dict[str, AclEntry] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.roles = roles
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"roles={self.roles!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Acl) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Acl:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            roles_ = obj.get("roles", UNSET)
            if roles_ is UNSET:
                absent += 1
            else:
                roles_ = as_dict(roles_, "roles", _AclEntry_from_dict)
            if _COMPILED:
                return Acl(
                    roles=roles_,
                    additional_properties={}
                    if len(obj) == 1 - absent
                    else unknown_fields(obj, _Acl_wire_names),
                )
            instance = _new(cls)
            instance.roles = roles_
            instance.additional_properties = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _Acl_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.roles is not UNSET:
            out["roles"] = {k0: x0.to_dict() for k0, x0 in self.roles.items()}
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> Acl:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        roles: dict[str, AclEntry] | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Acl:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            roles=self.roles if roles is KEEP else roles,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_AclEntry_wire_names: Final = frozenset({"view", "modify", "manage"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class AclEntry:
    """Permissions for an ACL entry."""

    view: bool
    """Can the user see / use this resource?"""
    modify: bool
    """Can the user edit the state / name / identifier of this resource?"""
    manage: bool
    """Can the user delete / update ACLs for this resource?"""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        view: bool,
        modify: bool,
        manage: bool,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.view = view
        self.modify = modify
        self.manage = manage
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"view={self.view!r}, "
            f"modify={self.modify!r}, "
            f"manage={self.manage!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AclEntry) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> AclEntry:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            view_ = obj["view"]
            if type(view_) is not bool:
                raise DecodeError(("view",), "boolean", view_)
            modify_ = obj["modify"]
            if type(modify_) is not bool:
                raise DecodeError(("modify",), "boolean", modify_)
            manage_ = obj["manage"]
            if type(manage_) is not bool:
                raise DecodeError(("manage",), "boolean", manage_)
            if _COMPILED:
                return AclEntry(
                    view=view_,
                    modify=modify_,
                    manage=manage_,
                    additional_properties={}
                    if len(obj) == 3
                    else unknown_fields(obj, _AclEntry_wire_names),
                )
            instance = _new(cls)
            instance.view = view_
            instance.modify = modify_
            instance.manage = manage_
            instance.additional_properties = (
                {} if len(obj) == 3 else unknown_fields(obj, _AclEntry_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "view": self.view,
            "modify": self.modify,
            "manage": self.manage,
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> AclEntry:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        view: bool | Keep = KEEP,
        modify: bool | Keep = KEEP,
        manage: bool | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> AclEntry:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            view=self.view if view is KEEP else view,
            modify=self.modify if modify is KEEP else modify,
            manage=self.manage if manage is KEEP else manage,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_JobDescriptor_wire_names: Final = frozenset({"action", "job"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class JobDescriptor:
    """A Job Descriptor is returned on success by API calls that create jobs. It contains the action that was requested, as well as the ID of the job created as a result."""

    action: str
    """The action that was taken."""
    job: JobDescriptorJob | Unset = UNSET
    """Contains some basic information about the job associated with this task."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        action: str,
        job: JobDescriptorJob | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.action = action
        self.job = job
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"action={self.action!r}, "
            f"job={self.job!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JobDescriptor) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobDescriptor:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            action_ = obj["action"]
            if type(action_) is not str:
                raise DecodeError(("action",), "string", action_)
            job_ = obj.get("job", UNSET)
            if job_ is UNSET:
                absent += 1
            else:
                job_ = _JobDescriptorJob_from_dict(job_, "job")
            if _COMPILED:
                return JobDescriptor(
                    action=action_,
                    job=job_,
                    additional_properties={}
                    if len(obj) == 2 - absent
                    else unknown_fields(obj, _JobDescriptor_wire_names),
                )
            instance = _new(cls)
            instance.action = action_
            instance.job = job_
            instance.additional_properties = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _JobDescriptor_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "action": self.action,
        }
        if self.job is not UNSET:
            out["job"] = self.job.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> JobDescriptor:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        action: str | Keep = KEEP,
        job: JobDescriptorJob | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> JobDescriptor:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            action=self.action if action is KEEP else action,
            job=self.job if job is KEEP else job,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_JobDescriptorJob_wire_names: Final = frozenset(
    {"id", "accepted", "queue", "schedule", "parallel", "tasks"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class JobDescriptorJob:
    """Contains some basic information about the job associated with this task."""

    id: str
    """The ID of the job"""
    accepted: bool
    """Describes if the job has been accepted"""
    queue: str
    """Describes the queue this job is a part of."""
    schedule: datetime
    """The time the job is scheduled to run."""
    parallel: JobParallel
    """How the job's tasks are run in parallel."""
    tasks: list[JobDescriptorTask] | None
    """The tasks of the job."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        id: str,
        accepted: bool,
        queue: str,
        schedule: datetime,
        parallel: JobParallel,
        tasks: list[JobDescriptorTask] | None,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.accepted = accepted
        self.queue = queue
        self.schedule = schedule
        self.parallel = parallel
        self.tasks = tasks
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"accepted={self.accepted!r}, "
            f"queue={self.queue!r}, "
            f"schedule={self.schedule!r}, "
            f"parallel={self.parallel!r}, "
            f"tasks={self.tasks!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JobDescriptorJob) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobDescriptorJob:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            id_ = obj["id"]
            if type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            accepted_ = obj["accepted"]
            if type(accepted_) is not bool:
                raise DecodeError(("accepted",), "boolean", accepted_)
            queue_ = obj["queue"]
            if type(queue_) is not str:
                raise DecodeError(("queue",), "string", queue_)
            schedule_ = obj["schedule"]
            schedule_ = as_datetime(schedule_, "schedule")
            parallel_ = obj["parallel"]
            parallel_ = _JobParallel_from_dict(parallel_, "parallel")
            tasks_ = obj["tasks"]
            if tasks_ is not None:
                tasks_ = as_list(tasks_, "tasks", _JobDescriptorTask_from_dict)
            if _COMPILED:
                return JobDescriptorJob(
                    id=id_,
                    accepted=accepted_,
                    queue=queue_,
                    schedule=schedule_,
                    parallel=parallel_,
                    tasks=tasks_,
                    additional_properties={}
                    if len(obj) == 6
                    else unknown_fields(obj, _JobDescriptorJob_wire_names),
                )
            instance = _new(cls)
            instance.id = id_
            instance.accepted = accepted_
            instance.queue = queue_
            instance.schedule = schedule_
            instance.parallel = parallel_
            instance.tasks = tasks_
            instance.additional_properties = (
                {} if len(obj) == 6 else unknown_fields(obj, _JobDescriptorJob_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "id": self.id,
            "accepted": self.accepted,
            "queue": self.queue,
            "schedule": encode_datetime(self.schedule),
            "parallel": self.parallel.to_dict(),
            "tasks": None if self.tasks is None else [x0.to_dict() for x0 in self.tasks],
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> JobDescriptorJob:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        id: str | Keep = KEEP,
        accepted: bool | Keep = KEEP,
        queue: str | Keep = KEEP,
        schedule: datetime | Keep = KEEP,
        parallel: JobParallel | Keep = KEEP,
        tasks: list[JobDescriptorTask] | None | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> JobDescriptorJob:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            id=self.id if id is KEEP else id,
            accepted=self.accepted if accepted is KEEP else accepted,
            queue=self.queue if queue is KEEP else queue,
            schedule=self.schedule if schedule is KEEP else schedule,
            parallel=self.parallel if parallel is KEEP else parallel,
            tasks=self.tasks if tasks is KEEP else tasks,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_JobParallel_wire_names: Final = frozenset({"sub_queue", "tasks"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class JobParallel:
    """How the job's tasks are run in parallel."""

    sub_queue: str | None | Unset = UNSET
    """The sub queue the job's tasks run on, if any."""
    tasks: bool
    """If true, the job's tasks run in parallel."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        sub_queue: str | None | Unset = UNSET,
        tasks: bool,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.sub_queue = sub_queue
        self.tasks = tasks
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"sub_queue={self.sub_queue!r}, "
            f"tasks={self.tasks!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JobParallel) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobParallel:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            sub_queue_ = obj.get("sub_queue", UNSET)
            if sub_queue_ is UNSET:
                absent += 1
            elif type(sub_queue_) is not str and sub_queue_ is not None:
                raise DecodeError(("sub_queue",), "string", sub_queue_)
            tasks_ = obj["tasks"]
            if type(tasks_) is not bool:
                raise DecodeError(("tasks",), "boolean", tasks_)
            if _COMPILED:
                return JobParallel(
                    sub_queue=sub_queue_,
                    tasks=tasks_,
                    additional_properties={}
                    if len(obj) == 2 - absent
                    else unknown_fields(obj, _JobParallel_wire_names),
                )
            instance = _new(cls)
            instance.sub_queue = sub_queue_
            instance.tasks = tasks_
            instance.additional_properties = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _JobParallel_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "tasks": self.tasks,
        }
        if self.sub_queue is not UNSET:
            out["sub_queue"] = self.sub_queue
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> JobParallel:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        sub_queue: str | None | Unset | Keep = KEEP,
        tasks: bool | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> JobParallel:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            sub_queue=self.sub_queue if sub_queue is KEEP else sub_queue,
            tasks=self.tasks if tasks is KEEP else tasks,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_JobDescriptorTask_wire_names: Final = frozenset({"caption", "header", "steps", "input"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class JobDescriptorTask:
    """A task of a newly created job."""

    caption: str
    """A short description of the task."""
    header: str
    """The API function called."""
    steps: list[TaskStep] | None
    """An array of job task steps."""
    input: dict[str, Any]
    """Input information used for the job tasks."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        caption: str,
        header: str,
        steps: list[TaskStep] | None,
        input: dict[str, Any],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.caption = caption
        self.header = header
        self.steps = steps
        self.input = input
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"caption={self.caption!r}, "
            f"header={self.header!r}, "
            f"steps={self.steps!r}, "
            f"input={self.input!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JobDescriptorTask) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobDescriptorTask:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            caption_ = obj["caption"]
            if type(caption_) is not str:
                raise DecodeError(("caption",), "string", caption_)
            header_ = obj["header"]
            if type(header_) is not str:
                raise DecodeError(("header",), "string", header_)
            steps_ = obj["steps"]
            if steps_ is not None:
                steps_ = as_list(steps_, "steps", _TaskStep_from_dict)
            input_ = obj["input"]
            input_ = as_dict(input_, "input", as_any)
            if _COMPILED:
                return JobDescriptorTask(
                    caption=caption_,
                    header=header_,
                    steps=steps_,
                    input=input_,
                    additional_properties={}
                    if len(obj) == 4
                    else unknown_fields(obj, _JobDescriptorTask_wire_names),
                )
            instance = _new(cls)
            instance.caption = caption_
            instance.header = header_
            instance.steps = steps_
            instance.input = input_
            instance.additional_properties = (
                {} if len(obj) == 4 else unknown_fields(obj, _JobDescriptorTask_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "caption": self.caption,
            "header": self.header,
            "steps": None if self.steps is None else [x0.to_dict() for x0 in self.steps],
            "input": dict(self.input),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> JobDescriptorTask:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        caption: str | Keep = KEEP,
        header: str | Keep = KEEP,
        steps: list[TaskStep] | None | Keep = KEEP,
        input: dict[str, Any] | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> JobDescriptorTask:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            caption=self.caption if caption is KEEP else caption,
            header=self.header if header is KEEP else header,
            steps=self.steps if steps is KEEP else steps,
            input=self.input if input is KEEP else input,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_TaskStep_wire_names: Final = frozenset({"caption", "description", "started", "completed"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class TaskStep:
    """A step for a given job task."""

    caption: str
    """A short description of the step."""
    description: str
    """A more verbose description."""
    started: datetime
    """A timestamp for when the step started."""
    completed: datetime
    """A timestamp for when the step completed."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        caption: str,
        description: str,
        started: datetime,
        completed: datetime,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.caption = caption
        self.description = description
        self.started = started
        self.completed = completed
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"caption={self.caption!r}, "
            f"description={self.description!r}, "
            f"started={self.started!r}, "
            f"completed={self.completed!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TaskStep) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> TaskStep:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            caption_ = obj["caption"]
            if type(caption_) is not str:
                raise DecodeError(("caption",), "string", caption_)
            description_ = obj["description"]
            if type(description_) is not str:
                raise DecodeError(("description",), "string", description_)
            started_ = obj["started"]
            started_ = as_datetime(started_, "started")
            completed_ = obj["completed"]
            completed_ = as_datetime(completed_, "completed")
            if _COMPILED:
                return TaskStep(
                    caption=caption_,
                    description=description_,
                    started=started_,
                    completed=completed_,
                    additional_properties={}
                    if len(obj) == 4
                    else unknown_fields(obj, _TaskStep_wire_names),
                )
            instance = _new(cls)
            instance.caption = caption_
            instance.description = description_
            instance.started = started_
            instance.completed = completed_
            instance.additional_properties = (
                {} if len(obj) == 4 else unknown_fields(obj, _TaskStep_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "caption": self.caption,
            "description": self.description,
            "started": encode_datetime(self.started),
            "completed": encode_datetime(self.completed),
        }
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> TaskStep:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        caption: str | Keep = KEEP,
        description: str | Keep = KEEP,
        started: datetime | Keep = KEEP,
        completed: datetime | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> TaskStep:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            caption=self.caption if caption is KEEP else caption,
            description=self.description if description is KEEP else description,
            started=self.started if started is KEEP else started,
            completed=self.completed if completed is KEEP else completed,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Error_wire_names: Final = frozenset({"status", "code", "title", "detail", "source", "extra"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Error:
    """The Cycle API uses standard HTTP response codes to indicate the success or failure of an API request. Codes in the `2xx` range indicate success. Codes in the `4xx` range indicate a request that failed due to input, and codes in the `5xx` range indicate an error on Cycle's part (rare).
    There are two types of error response objects. Errors with authentication are formatted to follow the OAuth spec, while all other errors follow the same convention. If you're using one of our API Libraries, they will standardize OAuth errors to fit the general convention.
    """

    status: ErrorStatus | int
    """The HTTP response code."""
    code: ErrorCode | str
    """A Cycle standard error code."""
    title: str
    """The main text describing the error."""
    detail: str | Unset = UNSET
    """A more detailed description of the error."""
    source: str | Unset = UNSET
    """A [JSON pointer](https://tools.ietf.org/html/rfc6901/) describing the source of an error."""
    extra: ErrorExtra | Unset = UNSET
    """Additional entries on the error object to provide extra details."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        status: ErrorStatus | int,
        code: ErrorCode | str,
        title: str,
        detail: str | Unset = UNSET,
        source: str | Unset = UNSET,
        extra: ErrorExtra | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.source = source
        self.extra = extra
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"status={self.status!r}, "
            f"code={self.code!r}, "
            f"title={self.title!r}, "
            f"detail={self.detail!r}, "
            f"source={self.source!r}, "
            f"extra={self.extra!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Error) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Error:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            status_ = obj["status"]
            if type(status_) is not int:
                raise DecodeError(("status",), "integer", status_)
            status_ = _ErrorStatus_members.get(status_, status_)
            code_ = obj["code"]
            if type(code_) is not str:
                raise DecodeError(("code",), "string", code_)
            code_ = _ErrorCode_members.get(code_, code_)
            title_ = obj["title"]
            if type(title_) is not str:
                raise DecodeError(("title",), "string", title_)
            detail_ = obj.get("detail", UNSET)
            if detail_ is UNSET:
                absent += 1
            elif type(detail_) is not str:
                raise DecodeError(("detail",), "string", detail_)
            source_ = obj.get("source", UNSET)
            if source_ is UNSET:
                absent += 1
            elif type(source_) is not str:
                raise DecodeError(("source",), "string", source_)
            extra_ = obj.get("extra", UNSET)
            if extra_ is UNSET:
                absent += 1
            else:
                extra_ = _ErrorExtra_from_dict(extra_, "extra")
            if _COMPILED:
                return Error(
                    status=status_,
                    code=code_,
                    title=title_,
                    detail=detail_,
                    source=source_,
                    extra=extra_,
                    additional_properties={}
                    if len(obj) == 6 - absent
                    else unknown_fields(obj, _Error_wire_names),
                )
            instance = _new(cls)
            instance.status = status_
            instance.code = code_
            instance.title = title_
            instance.detail = detail_
            instance.source = source_
            instance.extra = extra_
            instance.additional_properties = (
                {} if len(obj) == 6 - absent else unknown_fields(obj, _Error_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "status": _ErrorStatus_values.get(self.status, self.status),
            "code": _ErrorCode_values.get(self.code, self.code),
            "title": self.title,
        }
        if self.detail is not UNSET:
            out["detail"] = self.detail
        if self.source is not UNSET:
            out["source"] = self.source
        if self.extra is not UNSET:
            out["extra"] = self.extra.to_dict()
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> Error:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        status: ErrorStatus | int | Keep = KEEP,
        code: ErrorCode | str | Keep = KEEP,
        title: str | Keep = KEEP,
        detail: str | Unset | Keep = KEEP,
        source: str | Unset | Keep = KEEP,
        extra: ErrorExtra | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Error:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            status=self.status if status is KEEP else status,
            code=self.code if code is KEEP else code,
            title=self.title if title is KEEP else title,
            detail=self.detail if detail is KEEP else detail,
            source=self.source if source is KEEP else source,
            extra=self.extra if extra is KEEP else extra,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ErrorExtra_wire_names: Final = frozenset({"capability"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ErrorExtra:
    """Additional entries on the error object to provide extra details."""

    capability: Capability | str | Unset = UNSET
    """If the error occured because of a lack of permission (403), this will list the specific capability that the Role/API Key is missing."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        capability: Capability | str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.capability = capability
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"capability={self.capability!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ErrorExtra) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ErrorExtra:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent = 0
            capability_ = obj.get("capability", UNSET)
            if capability_ is UNSET:
                absent += 1
            elif type(capability_) is not str:
                raise DecodeError(("capability",), "string", capability_)
            else:
                capability_ = _Capability_members.get(capability_, capability_)
            if _COMPILED:
                return ErrorExtra(
                    capability=capability_,
                    additional_properties={}
                    if len(obj) == 1 - absent
                    else unknown_fields(obj, _ErrorExtra_wire_names),
                )
            instance = _new(cls)
            instance.capability = capability_
            instance.additional_properties = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _ErrorExtra_wire_names)
            )
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.capability is not UNSET:
            out["capability"] = _Capability_values.get(self.capability, self.capability)
        out.update(self.additional_properties)
        return out

    # --- JSON text, replace() ---------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str) -> ErrorExtra:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        return cls.from_dict(json_document(data))

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def replace(
        self,
        *,
        capability: Capability | str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ErrorExtra:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            capability=self.capability if capability is KEEP else capability,
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


_V1ImagesResponse1_from_dict: Final = V1ImagesResponse1.from_dict
_ImageResponse_from_dict: Final = ImageResponse.from_dict
_ImageList_from_dict: Final = ImageList.from_dict
_ImageSourceResponse_from_dict: Final = ImageSourceResponse.from_dict
_ImageSourceList_from_dict: Final = ImageSourceList.from_dict
_JobDescriptorResponse_from_dict: Final = JobDescriptorResponse.from_dict
_ErrorEnvelope_from_dict: Final = ErrorEnvelope.from_dict
_Image_from_dict: Final = Image.from_dict
_ImageAbout_from_dict: Final = ImageAbout.from_dict
_ImageBackend_from_dict: Final = ImageBackend.from_dict
_ImageRequires_from_dict: Final = ImageRequires.from_dict
_ImageBuild_from_dict: Final = ImageBuild.from_dict
_ImageBuilder_from_dict: Final = ImageBuilder.from_dict
_ImageConfig_from_dict: Final = ImageConfig.from_dict
_ImageConfigPort_from_dict: Final = ImageConfigPort.from_dict
_ImageConfigVolume_from_dict: Final = ImageConfigVolume.from_dict
_ImageFactory_from_dict: Final = ImageFactory.from_dict
_ImageState_from_dict: Final = ImageState.from_dict
_ImageStateError_from_dict: Final = ImageStateError.from_dict
_ImageEvents_from_dict: Final = ImageEvents.from_dict
_ImageMeta_from_dict: Final = ImageMeta.from_dict
_ResourceCountSummary_from_dict: Final = ResourceCountSummary.from_dict
_ImageIncludes_from_dict: Final = ImageIncludes.from_dict
_ImageCreate_from_dict: Final = ImageCreate.from_dict
_ImageUpdate_from_dict: Final = ImageUpdate.from_dict
_DirectImageSource_from_dict: Final = DirectImageSource.from_dict
_DirectImageSourceDetails_from_dict: Final = DirectImageSourceDetails.from_dict
_StackImageSource_from_dict: Final = StackImageSource.from_dict
_StackImageSourceDetails_from_dict: Final = StackImageSourceDetails.from_dict
_BucketImageSource_from_dict: Final = BucketImageSource.from_dict
_BucketImageSourceDetails_from_dict: Final = BucketImageSourceDetails.from_dict
_ImageSourceOverride_from_dict: Final = ImageSourceOverride.from_dict
_ExistingSource_from_dict: Final = ExistingSource.from_dict
_DockerHubOrigin_from_dict: Final = DockerHubOrigin.from_dict
_DockerHubOriginDetails_from_dict: Final = DockerHubOriginDetails.from_dict
_DockerFileOrigin_from_dict: Final = DockerFileOrigin.from_dict
_DockerFileOriginDetails_from_dict: Final = DockerFileOriginDetails.from_dict
_DockerfileCredential_from_dict: Final = DockerfileCredential.from_dict
_RepoSource_from_dict: Final = RepoSource.from_dict
_RepoRef_from_dict: Final = RepoRef.from_dict
_HttpSourceCredentials_from_dict: Final = HttpSourceCredentials.from_dict
_HttpCredentials_from_dict: Final = HttpCredentials.from_dict
_SshSourceCredentials_from_dict: Final = SshSourceCredentials.from_dict
_SshCredentials_from_dict: Final = SshCredentials.from_dict
_DockerRegistryOrigin_from_dict: Final = DockerRegistryOrigin.from_dict
_DockerRegistryOriginDetails_from_dict: Final = DockerRegistryOriginDetails.from_dict
_OciRegistryOrigin_from_dict: Final = OciRegistryOrigin.from_dict
_OciRegistryOriginDetails_from_dict: Final = OciRegistryOriginDetails.from_dict
_RegistryAuthUser_from_dict: Final = RegistryAuthUser.from_dict
_RegistryAuthUserDetails_from_dict: Final = RegistryAuthUserDetails.from_dict
_RegistryAuthProvider_from_dict: Final = RegistryAuthProvider.from_dict
_RegistryAuthProviderDetails_from_dict: Final = RegistryAuthProviderDetails.from_dict
_RegistryAuthProviderCredentials_from_dict: Final = RegistryAuthProviderCredentials.from_dict
_RegistryAuthWebhook_from_dict: Final = RegistryAuthWebhook.from_dict
_RegistryAuthWebhookDetails_from_dict: Final = RegistryAuthWebhookDetails.from_dict
_CycleUploadOrigin_from_dict: Final = CycleUploadOrigin.from_dict
_CycleUploadOriginDetails_from_dict: Final = CycleUploadOriginDetails.from_dict
_CycleSourceOrigin_from_dict: Final = CycleSourceOrigin.from_dict
_CycleSourceOriginDetails_from_dict: Final = CycleSourceOriginDetails.from_dict
_NoneOrigin_from_dict: Final = NoneOrigin.from_dict
_ImageSource_from_dict: Final = ImageSource.from_dict
_ImageSourceAbout_from_dict: Final = ImageSourceAbout.from_dict
_ImageSourceBuilder_from_dict: Final = ImageSourceBuilder.from_dict
_ImageSourceState_from_dict: Final = ImageSourceState.from_dict
_ImageSourceStateError_from_dict: Final = ImageSourceStateError.from_dict
_ImageSourceEvents_from_dict: Final = ImageSourceEvents.from_dict
_ImageSourceMeta_from_dict: Final = ImageSourceMeta.from_dict
_ImageSourceImagesCount_from_dict: Final = ImageSourceImagesCount.from_dict
_ImageSourceImagesCountByState_from_dict: Final = ImageSourceImagesCountByState.from_dict
_ImageSourceIncludes_from_dict: Final = ImageSourceIncludes.from_dict
_ImageSourceCreate_from_dict: Final = ImageSourceCreate.from_dict
_ImageSourceUpdate_from_dict: Final = ImageSourceUpdate.from_dict
_CreatorScope_from_dict: Final = CreatorScope.from_dict
_CreatorInclude_from_dict: Final = CreatorInclude.from_dict
_Acl_from_dict: Final = Acl.from_dict
_AclEntry_from_dict: Final = AclEntry.from_dict
_JobDescriptor_from_dict: Final = JobDescriptor.from_dict
_JobDescriptorJob_from_dict: Final = JobDescriptorJob.from_dict
_JobParallel_from_dict: Final = JobParallel.from_dict
_JobDescriptorTask_from_dict: Final = JobDescriptorTask.from_dict
_TaskStep_from_dict: Final = TaskStep.from_dict
_Error_from_dict: Final = Error.from_dict
_ErrorExtra_from_dict: Final = ErrorExtra.from_dict
