# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Capability, Error, ErrorCode, ErrorEnvelope, ErrorExtra, ErrorStatus: models of Cycle Platform API (images) 1.0.0.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
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
    as_object,
    decode_failure,
    unknown_fields,
)

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


_ErrorEnvelope_wire_names: Final[frozenset[str]] = frozenset({"error", "data"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ErrorEnvelope(_Model):
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ErrorEnvelope:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            error_ = obj["error"]
            error_ = _Error_from_dict(error_, "error")
            data_ = obj["data"]
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _ErrorEnvelope_wire_names)
            )
            if _COMPILED:
                return ErrorEnvelope(error=error_, data=data_, additional_properties=extra)
            instance = _new(cls)
            instance.error = error_
            instance.data = data_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("error", "error", Error, True),
            ("data", "data", Any, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ErrorEnvelope:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        error_ = wire.error
        error_ = _Error_from_wire(error_)
        data_ = wire.data
        if _COMPILED:
            return ErrorEnvelope(error=error_, data=data_, additional_properties={})
        instance = _new(cls)
        instance.error = error_
        instance.data = data_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "error": self.error.to_dict(),
            "data": self.data,
        }
        out.update(self.additional_properties)
        return out

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


_Error_wire_names: Final[frozenset[str]] = frozenset(
    {"status", "code", "title", "detail", "source", "extra"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Error(_Model):
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Error:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
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
            extra: dict[str, Any] = (
                {} if len(obj) == 6 - absent else unknown_fields(obj, _Error_wire_names)
            )
            if _COMPILED:
                return Error(
                    status=status_,
                    code=code_,
                    title=title_,
                    detail=detail_,
                    source=source_,
                    extra=extra_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.status = status_
            instance.code = code_
            instance.title = title_
            instance.detail = detail_
            instance.source = source_
            instance.extra = extra_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("status", "status", int, True),
            ("code", "code", str, True),
            ("title", "title", str, True),
            ("detail", "detail", str, False),
            ("source", "source", str, False),
            ("extra", "extra", ErrorExtra, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Error:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        status_: Any = wire.status
        status_ = _ErrorStatus_members.get(status_, status_)
        code_: Any = wire.code
        code_ = _ErrorCode_members.get(code_, code_)
        title_ = wire.title
        detail_ = wire.detail
        source_ = wire.source
        extra_ = wire.extra
        if extra_ is not UNSET:
            extra_ = _ErrorExtra_from_wire(extra_)
        if _COMPILED:
            return Error(
                status=status_,
                code=code_,
                title=title_,
                detail=detail_,
                source=source_,
                extra=extra_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.status = status_
        instance.code = code_
        instance.title = title_
        instance.detail = detail_
        instance.source = source_
        instance.extra = extra_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
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


_ErrorExtra_wire_names: Final[frozenset[str]] = frozenset({"capability"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ErrorExtra(_Model):
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ErrorExtra:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            capability_ = obj.get("capability", UNSET)
            if capability_ is UNSET:
                absent += 1
            elif type(capability_) is not str:
                raise DecodeError(("capability",), "string", capability_)
            else:
                capability_ = _Capability_members.get(capability_, capability_)
            extra: dict[str, Any] = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _ErrorExtra_wire_names)
            )
            if _COMPILED:
                return ErrorExtra(capability=capability_, additional_properties=extra)
            instance = _new(cls)
            instance.capability = capability_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("capability", "capability", str, False),)

    @classmethod
    def _from_wire(cls, wire: Any) -> ErrorExtra:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        capability_: Any = wire.capability
        if capability_ is not UNSET:
            capability_ = _Capability_members.get(capability_, capability_)
        if _COMPILED:
            return ErrorExtra(capability=capability_, additional_properties={})
        instance = _new(cls)
        instance.capability = capability_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.capability is not UNSET:
            out["capability"] = _Capability_values.get(self.capability, self.capability)
        out.update(self.additional_properties)
        return out

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


_ErrorEnvelope_from_dict: Final = ErrorEnvelope.from_dict
_ErrorEnvelope_from_wire: Final = ErrorEnvelope._from_wire
_Error_from_dict: Final = Error.from_dict
_Error_from_wire: Final = Error._from_wire
_ErrorExtra_from_dict: Final = ErrorExtra.from_dict
_ErrorExtra_from_wire: Final = ErrorExtra._from_wire
