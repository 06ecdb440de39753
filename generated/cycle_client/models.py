# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Cycle Platform API (images) 1.0.0.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any, ClassVar, Literal, TypeAlias

from ._runtime import (
    UNSET,
    DecodeError,
    Key,
    Unset,
    as_any,
    as_bool,
    as_datetime,
    as_dict,
    as_enum,
    as_int,
    as_int_enum,
    as_list,
    as_literal,
    as_number,
    as_object,
    as_str,
    decode_failure,
    encode_datetime,
    enum_value,
    unknown_fields,
)


class ImageConfigVolumeMode(StrEnum):
    """Permission settings for the volume."""

    RO = "ro"
    RW = "rw"


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


class ImageIncludeField(StrEnum):
    """An include value that can be requested for images with the `include` query parameter."""

    CREATORS = "creators"
    STACK_BUILDS = "stack_builds"
    STACKS = "stacks"
    SOURCES = "sources"
    INTEGRATIONS = "integrations"


class ImageSourceType(StrEnum):
    """The type of images in this source."""

    STACK_BUILD = "stack-build"
    DIRECT = "direct"
    BUCKET = "bucket"


class ImageSourceStateCurrent(StrEnum):
    """The current state of the image source."""

    LIVE = "live"
    DELETING = "deleting"
    DELETED = "deleted"


class ImageSourceIncludeField(StrEnum):
    """An include value that can be requested for image sources with the `include` query parameter."""

    CREATORS = "creators"
    INTEGRATIONS = "integrations"


class CreatorScopeType(StrEnum):
    """The kind of identity that created the resource."""

    ACCOUNT = "account"
    ENVIRONMENT = "environment"
    PLATFORM = "platform"
    PLATFORM_PIPELINE = "platform-pipeline"
    EMPLOYEE = "employee"
    API_KEY = "api-key"
    VISITOR = "visitor"


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


@dataclass(slots=True, kw_only=True)
class V1ImagesResponse1:
    """The single-image root document returned when an Image is created or updated; the Image is under `data`."""

    data: Image
    """An image is a point in time build on a given image source, and what is distributed by Cycle to run containers."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"data"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> V1ImagesResponse1:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            data_ = Image.from_dict(obj["data"], "data")
            return cls(
                data=data_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "data": self.data.to_dict(),
        }
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class ImageResponse:
    """The single-image root document returned when an Image is fetched; resources asked for with `include` are under `includes`."""

    data: Image
    """An image is a point in time build on a given image source, and what is distributed by Cycle to run containers."""
    includes: ImageIncludes | Unset = UNSET
    """All includable resources linkable to the given image."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"data", "includes"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageResponse:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            data_ = Image.from_dict(obj["data"], "data")
            includes_ = obj.get("includes", UNSET)
            if includes_ is not UNSET:
                includes_ = ImageIncludes.from_dict(includes_, "includes")
            return cls(
                data=data_,
                includes=includes_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageList:
    """The root document returned when listing Images."""

    data: list[Image]
    """The Images on this page of the list."""
    includes: ImageIncludes | Unset = UNSET
    """All includable resources linkable to the listed images."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"data", "includes"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageList:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            data_ = as_list(obj["data"], "data", Image.from_dict)
            includes_ = obj.get("includes", UNSET)
            if includes_ is not UNSET:
                includes_ = ImageIncludes.from_dict(includes_, "includes")
            return cls(
                data=data_,
                includes=includes_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageSourceResponse:
    """The single-image-source root document; resources asked for with `include` are under `includes`."""

    data: ImageSource
    """An image source is a set of resources that direct the platform on where it can find the resources needed to build an image resource."""
    includes: ImageSourceIncludes | Unset = UNSET
    """Resources associated with the image source."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"data", "includes"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceResponse:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            data_ = ImageSource.from_dict(obj["data"], "data")
            includes_ = obj.get("includes", UNSET)
            if includes_ is not UNSET:
                includes_ = ImageSourceIncludes.from_dict(includes_, "includes")
            return cls(
                data=data_,
                includes=includes_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageSourceList:
    """The root document returned when listing Image Sources."""

    data: list[ImageSource]
    """The Image Sources on this page of the list."""
    includes: ImageSourceIncludes | Unset = UNSET
    """Resources associated with the listed image sources."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"data", "includes"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceList:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            data_ = as_list(obj["data"], "data", ImageSource.from_dict)
            includes_ = obj.get("includes", UNSET)
            if includes_ is not UNSET:
                includes_ = ImageSourceIncludes.from_dict(includes_, "includes")
            return cls(
                data=data_,
                includes=includes_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class JobDescriptorResponse:
    """The root document returned by calls that start a job, such as deleting an Image or an Image Source."""

    data: JobDescriptor
    """A Job Descriptor is returned on success by API calls that create jobs. It contains the action that was requested, as well as the ID of the job created as a result."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"data"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobDescriptorResponse:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            data_ = JobDescriptor.from_dict(obj["data"], "data")
            return cls(
                data=data_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "data": self.data.to_dict(),
        }
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class ErrorEnvelope:
    """An error response. If there is an error, the error field will be present, and the data field will be present and null."""

    error: Error
    """The error that occurred."""
    data: Any
    """Always null in an error response."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"error", "data"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ErrorEnvelope:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            error_ = Error.from_dict(obj["error"], "error")
            data_ = as_any(obj["data"], "data")
            return cls(
                error=error_,
                data=data_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Image:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            id_ = as_str(obj["id"], "id")
            hub_id_ = as_str(obj["hub_id"], "hub_id")
            name_ = as_str(obj["name"], "name")
            size_ = as_int(obj["size"], "size")
            about_ = obj.get("about", UNSET)
            if about_ is not UNSET:
                about_ = ImageAbout.from_dict(about_, "about")
            backend_ = ImageBackend.from_dict(obj["backend"], "backend")
            requires_ = ImageRequires.from_dict(obj["requires"], "requires")
            build_ = obj.get("build", UNSET)
            if build_ is not UNSET and build_ is not None:
                build_ = ImageBuild.from_dict(build_, "build")
            builder_ = obj.get("builder", UNSET)
            if builder_ is not UNSET and builder_ is not None:
                builder_ = ImageBuilder.from_dict(builder_, "builder")
            config_ = ImageConfig.from_dict(obj["config"], "config")
            source_ = obj.get("source", UNSET)
            if source_ is not UNSET:
                source_ = image_source_reference_from_dict(source_, "source")
            creator_ = obj.get("creator", UNSET)
            if creator_ is not UNSET:
                creator_ = CreatorScope.from_dict(creator_, "creator")
            factory_ = obj.get("factory", UNSET)
            if factory_ is not UNSET and factory_ is not None:
                factory_ = ImageFactory.from_dict(factory_, "factory")
            state_ = ImageState.from_dict(obj["state"], "state")
            events_ = ImageEvents.from_dict(obj["events"], "events")
            meta_ = obj.get("meta", UNSET)
            if meta_ is not UNSET:
                meta_ = ImageMeta.from_dict(meta_, "meta")
            return cls(
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
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageAbout:
    """An object that holds information about the image."""

    description: str | None
    """A description of the image."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"description"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageAbout:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            description_ = obj["description"]
            if description_ is not None:
                description_ = as_str(description_, "description")
            return cls(
                description=description_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "description": self.description,
        }
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"provider", "size", "file_name", "file_id"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageBackend:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            provider_ = as_str(obj["provider"], "provider")
            size_ = as_int(obj["size"], "size")
            file_name_ = as_str(obj["file_name"], "file_name")
            file_id_ = as_str(obj["file_id"], "file_id")
            return cls(
                provider=provider_,
                size=size_,
                file_name=file_name_,
                file_id=file_id_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageRequires:
    """Any restrictions or requirements needed to run this image as a container."""

    nvidia_gpu: bool | Unset = UNSET
    """If true, containers running this image need a server with an NVIDIA GPU."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"nvidia_gpu"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageRequires:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            nvidia_gpu_ = obj.get("nvidia_gpu", UNSET)
            if nvidia_gpu_ is not UNSET:
                nvidia_gpu_ = as_bool(nvidia_gpu_, "nvidia_gpu")
            return cls(
                nvidia_gpu=nvidia_gpu_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.nvidia_gpu is not UNSET:
            out["nvidia_gpu"] = self.nvidia_gpu
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class ImageBuild:
    """Any additional build details for this image"""

    args: dict[str, str] | Unset = UNSET
    """Arguments to pass to the builder during a build of this image."""
    use_disk: bool | Unset = UNSET
    """If true, will skip using /dev/shm when building an image on factory. Allows for building much larger images."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"args", "use_disk"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageBuild:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            args_ = obj.get("args", UNSET)
            if args_ is not UNSET:
                args_ = as_dict(args_, "args", as_str)
            use_disk_ = obj.get("use_disk", UNSET)
            if use_disk_ is not UNSET:
                use_disk_ = as_bool(use_disk_, "use_disk")
            return cls(
                args=args_,
                use_disk=use_disk_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageBuilder:
    """Configuration options regarding the builder used to create/import this Image."""

    integration_id: str
    """The ID of the Integration used to do the build."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"integration_id"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageBuilder:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            integration_id_ = as_str(obj["integration_id"], "integration_id")
            return cls(
                integration_id=integration_id_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "integration_id": self.integration_id,
        }
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "user",
            "ports",
            "env",
            "labels",
            "command",
            "entrypoint",
            "volumes",
            "workdir",
            "signal_stop",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageConfig:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            user_ = as_str(obj["user"], "user")
            ports_ = as_list(obj["ports"], "ports", ImageConfigPort.from_dict)
            env_ = as_dict(obj["env"], "env", as_str)
            labels_ = as_dict(obj["labels"], "labels", as_str)
            command_ = as_list(obj["command"], "command", as_str)
            entrypoint_ = as_list(obj["entrypoint"], "entrypoint", as_str)
            volumes_ = as_list(obj["volumes"], "volumes", ImageConfigVolume.from_dict)
            workdir_ = as_str(obj["workdir"], "workdir")
            signal_stop_ = as_str(obj["signal_stop"], "signal_stop")
            return cls(
                user=user_,
                ports=ports_,
                env=env_,
                labels=labels_,
                command=command_,
                entrypoint=entrypoint_,
                volumes=volumes_,
                workdir=workdir_,
                signal_stop=signal_stop_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageConfigPort:
    """A port exposed by the image."""

    host: float
    """Host Port"""
    container: float
    """Container Port"""
    type: str
    """The protocol of the port, e.g. tcp or udp."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"host", "container", "type"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageConfigPort:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            host_ = as_number(obj["host"], "host")
            container_ = as_number(obj["container"], "container")
            type_ = as_str(obj["type"], "type")
            return cls(
                host=host_,
                container=container_,
                type=type_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageConfigVolume:
    """A volume declared by the image."""

    path: str | Unset = UNSET
    """The path where the volume is mounted."""
    mode: ImageConfigVolumeMode | str | Unset = UNSET
    """Permission settings for the volume."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"path", "mode"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageConfigVolume:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            path_ = obj.get("path", UNSET)
            if path_ is not UNSET:
                path_ = as_str(path_, "path")
            mode_ = obj.get("mode", UNSET)
            if mode_ is not UNSET:
                mode_ = as_enum(mode_, "mode", ImageConfigVolumeMode)
            return cls(
                path=path_,
                mode=mode_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.path is not UNSET:
            out["path"] = self.path
        if self.mode is not UNSET:
            out["mode"] = enum_value(self.mode)
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class ImageFactory:
    """Information about the Factory service that built/imported the Image into Cycle."""

    node_id: str
    """The node holding the factory service that was responsible for building the image."""
    cached: datetime
    """A date timestamp for when the node cached the image."""
    acknowledged: datetime
    """A date timestamp for when the node acknowledged the image import job."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"node_id", "cached", "acknowledged"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageFactory:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            node_id_ = as_str(obj["node_id"], "node_id")
            cached_ = as_datetime(obj["cached"], "cached")
            acknowledged_ = as_datetime(obj["acknowledged"], "acknowledged")
            return cls(
                node_id=node_id_,
                cached=cached_,
                acknowledged=acknowledged_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageState:
    """Information regarding the current state of the image."""

    current: ImageStateCurrent | str
    """The current state of the image."""
    changed: datetime
    """The timestamp of when the state last changed."""
    error: ImageStateError | Unset = UNSET
    """An error, if any, that has occurred for this resource."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"current", "changed", "error"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageState:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            current_ = as_enum(obj["current"], "current", ImageStateCurrent)
            changed_ = as_datetime(obj["changed"], "changed")
            error_ = obj.get("error", UNSET)
            if error_ is not UNSET:
                error_ = ImageStateError.from_dict(error_, "error")
            return cls(
                current=current_,
                changed=changed_,
                error=error_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "current": enum_value(self.current),
            "changed": encode_datetime(self.changed),
        }
        if self.error is not UNSET:
            out["error"] = self.error.to_dict()
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class ImageStateError:
    """An error, if any, that has occurred for this resource."""

    message: str | Unset = UNSET
    """Details about the error that has occurred."""
    time: datetime | Unset = UNSET
    """The timestamp of when the error was encountered."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"message", "time"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageStateError:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            message_ = obj.get("message", UNSET)
            if message_ is not UNSET:
                message_ = as_str(message_, "message")
            time_ = obj.get("time", UNSET)
            if time_ is not UNSET:
                time_ = as_datetime(time_, "time")
            return cls(
                message=message_,
                time=time_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageEvents:
    """A collection of timestamps for each event in the image's lifetime."""

    created: datetime
    """The timestamp of when the image was created."""
    updated: datetime
    """The timestamp of when the image was updated."""
    deleted: datetime
    """The timestamp of when the image was deleted."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"created", "updated", "deleted"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageEvents:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            created_ = as_datetime(obj["created"], "created")
            updated_ = as_datetime(obj["updated"], "updated")
            deleted_ = as_datetime(obj["deleted"], "deleted")
            return cls(
                created=created_,
                updated=updated_,
                deleted=deleted_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageMeta:
    """A list of meta fields that can be applied to the image."""

    containers_count: ResourceCountSummary | Unset = UNSET
    """A summary of the containers using this image, by state."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"containers_count"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageMeta:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            containers_count_ = obj.get("containers_count", UNSET)
            if containers_count_ is not UNSET:
                containers_count_ = ResourceCountSummary.from_dict(
                    containers_count_, "containers_count"
                )
            return cls(
                containers_count=containers_count_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.containers_count is not UNSET:
            out["containers_count"] = self.containers_count.to_dict()
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class ResourceCountSummary:
    """A summary of resources by state"""

    state: dict[str, int]
    """A count of this resource, grouped by state."""
    total: int
    """The total number of this resource"""
    available: int
    """The total number of this resource available, less any deleted ones."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"state", "total", "available"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ResourceCountSummary:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            state_ = as_dict(obj["state"], "state", as_int)
            total_ = as_int(obj["total"], "total")
            available_ = as_int(obj["available"], "available")
            return cls(
                state=state_,
                total=total_,
                available=available_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageIncludes:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            creators_ = obj.get("creators", UNSET)
            if creators_ is not UNSET:
                creators_ = CreatorInclude.from_dict(creators_, "creators")
            stack_builds_ = obj.get("stack_builds", UNSET)
            if stack_builds_ is not UNSET:
                stack_builds_ = as_dict(
                    stack_builds_, "stack_builds", lambda v, k: as_dict(v, k, as_any)
                )
            stacks_ = obj.get("stacks", UNSET)
            if stacks_ is not UNSET:
                stacks_ = as_dict(stacks_, "stacks", lambda v, k: as_dict(v, k, as_any))
            stacks_identifiers_ = obj.get("stacks:identifiers", UNSET)
            if stacks_identifiers_ is not UNSET:
                stacks_identifiers_ = as_dict(
                    stacks_identifiers_, "stacks:identifiers", lambda v, k: as_list(v, k, as_str)
                )
            sources_ = obj.get("sources", UNSET)
            if sources_ is not UNSET:
                sources_ = as_dict(sources_, "sources", ImageSource.from_dict)
            sources_identifiers_ = obj.get("sources:identifiers", UNSET)
            if sources_identifiers_ is not UNSET:
                sources_identifiers_ = as_dict(
                    sources_identifiers_, "sources:identifiers", lambda v, k: as_list(v, k, as_str)
                )
            integrations_ = obj.get("integrations", UNSET)
            if integrations_ is not UNSET:
                integrations_ = as_dict(
                    integrations_, "integrations", lambda v, k: as_dict(v, k, as_any)
                )
            integrations_identifiers_ = obj.get("integrations:identifiers", UNSET)
            if integrations_identifiers_ is not UNSET:
                integrations_identifiers_ = as_dict(
                    integrations_identifiers_,
                    "integrations:identifiers",
                    lambda v, k: as_list(v, k, as_str),
                )
            return cls(
                creators=creators_,
                stack_builds=stack_builds_,
                stacks=stacks_,
                stacks_identifiers=stacks_identifiers_,
                sources=sources_,
                sources_identifiers=sources_identifiers_,
                integrations=integrations_,
                integrations_identifiers=integrations_identifiers_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"name", "source_id", "build", "override"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageCreate:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            name_ = obj.get("name", UNSET)
            if name_ is not UNSET:
                name_ = as_str(name_, "name")
            source_id_ = as_str(obj["source_id"], "source_id")
            build_ = obj.get("build", UNSET)
            if build_ is not UNSET:
                build_ = ImageBuild.from_dict(build_, "build")
            override_ = obj.get("override", UNSET)
            if override_ is not UNSET:
                override_ = ImageSourceOverride.from_dict(override_, "override")
            return cls(
                name=name_,
                source_id=source_id_,
                build=build_,
                override=override_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageUpdate:
    """Parameters for updating an image."""

    name: str | Unset = UNSET
    """A name for the image."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"name"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageUpdate:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            name_ = obj.get("name", UNSET)
            if name_ is not UNSET:
                name_ = as_str(name_, "name")
            return cls(
                name=name_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.name is not UNSET:
            out["name"] = self.name
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class DirectImageSource:
    """An image built directly from an image source."""

    type: Literal["direct"] = "direct"
    """The kind of image source, always `direct`."""
    details: DirectImageSourceDetails
    """The image source and origin the image was built from."""
    override: ImageSourceOverride | Unset = UNSET
    """Overrides that were applied to the origin for this build."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "details", "override"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DirectImageSource:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "direct")
            details_ = DirectImageSourceDetails.from_dict(obj["details"], "details")
            override_ = obj.get("override", UNSET)
            if override_ is not UNSET:
                override_ = ImageSourceOverride.from_dict(override_, "override")
            return cls(
                type=type_,
                details=details_,
                override=override_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class DirectImageSourceDetails:
    """The image source and origin a direct image was built from."""

    id: str
    """The ID of the image source."""
    origin: ImageOrigin
    """The origin of the image."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"id", "origin"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DirectImageSourceDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            id_ = as_str(obj["id"], "id")
            origin_ = image_origin_from_dict(obj["origin"], "origin")
            return cls(
                id=id_,
                origin=origin_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class StackImageSource:
    """An image built as part of a stack build."""

    type: Literal["stack-build"] = "stack-build"
    """The kind of image source, always `stack-build`."""
    details: StackImageSourceDetails
    """The stack build, containers and origin the image was built from."""
    override: ImageSourceOverride | Unset = UNSET
    """Overrides that were applied to the origin for this build."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "details", "override"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> StackImageSource:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "stack-build")
            details_ = StackImageSourceDetails.from_dict(obj["details"], "details")
            override_ = obj.get("override", UNSET)
            if override_ is not UNSET:
                override_ = ImageSourceOverride.from_dict(override_, "override")
            return cls(
                type=type_,
                details=details_,
                override=override_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"id", "stack_id", "containers", "origin"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> StackImageSourceDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            id_ = as_str(obj["id"], "id")
            stack_id_ = as_str(obj["stack_id"], "stack_id")
            containers_ = as_list(obj["containers"], "containers", as_str)
            origin_ = image_origin_from_dict(obj["origin"], "origin")
            return cls(
                id=id_,
                stack_id=stack_id_,
                containers=containers_,
                origin=origin_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class BucketImageSource:
    """An image built from an image source of the bucket type."""

    type: Literal["bucket"] = "bucket"
    """The kind of image source, always `bucket`."""
    details: BucketImageSourceDetails
    """The image source and origin the image was built from."""
    override: ImageSourceOverride | Unset = UNSET
    """Overrides that were applied to the origin for this build."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "details", "override"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> BucketImageSource:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "bucket")
            details_ = BucketImageSourceDetails.from_dict(obj["details"], "details")
            override_ = obj.get("override", UNSET)
            if override_ is not UNSET:
                override_ = ImageSourceOverride.from_dict(override_, "override")
            return cls(
                type=type_,
                details=details_,
                override=override_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class BucketImageSourceDetails:
    """The image source and origin a bucket image was built from."""

    id: str
    """The ID of the image source."""
    origin: ImageOrigin
    """The origin of the image."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"id", "origin"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> BucketImageSourceDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            id_ = as_str(obj["id"], "id")
            origin_ = image_origin_from_dict(obj["origin"], "origin")
            return cls(
                id=id_,
                origin=origin_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageSourceOverride:
    """An override of the image source's origin, applied to a single Image build."""

    target: str | Unset = UNSET
    """For Image sources with `docker-hub` or `docker-registry` origin types. A target to be used for overridding the default target - should include an Image and a tag."""
    targz_url: str | Unset = UNSET
    """For Image sources with `docker-file` origin types. A URL pointing to a .tar.gz file of a repo with a Dockerfile in it - can be used instead of linking Cycle directly to a repository."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"target", "targz_url"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceOverride:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            target_ = obj.get("target", UNSET)
            if target_ is not UNSET:
                target_ = as_str(target_, "target")
            targz_url_ = obj.get("targz_url", UNSET)
            if targz_url_ is not UNSET:
                targz_url_ = as_str(targz_url_, "targz_url")
            return cls(
                target=target_,
                targz_url=targz_url_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ExistingSource:
    """In a stack, specifies an image source ID from which Cycle will derive any values not specified in the stack file. This is useful for avoiding direct placement of credentials in a stack file, for example."""

    source_id: str | Unset = UNSET
    """The ID of the image source this image should be built from."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"source_id"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ExistingSource:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            source_id_ = obj.get("source_id", UNSET)
            if source_id_ is not UNSET:
                source_id_ = as_str(source_id_, "source_id")
            return cls(
                source_id=source_id_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.source_id is not UNSET:
            out["source_id"] = self.source_id
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class DockerHubOrigin:
    """An image origin where the image is pulled from DockerHub."""

    type: Literal["docker-hub"] = "docker-hub"
    """The kind of origin, always `docker-hub`."""
    details: DockerHubOriginDetails
    """Where on DockerHub the image is pulled from, and how to authenticate."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "details"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerHubOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "docker-hub")
            details_ = DockerHubOriginDetails.from_dict(obj["details"], "details")
            return cls(
                type=type_,
                details=details_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"existing", "target", "username", "token"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerHubOriginDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            existing_ = obj.get("existing", UNSET)
            if existing_ is not UNSET and existing_ is not None:
                existing_ = ExistingSource.from_dict(existing_, "existing")
            target_ = as_str(obj["target"], "target")
            username_ = obj.get("username", UNSET)
            if username_ is not UNSET:
                username_ = as_str(username_, "username")
            token_ = obj.get("token", UNSET)
            if token_ is not UNSET:
                token_ = as_str(token_, "token")
            return cls(
                existing=existing_,
                target=target_,
                username=username_,
                token=token_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class DockerFileOrigin:
    """An image origin where the image is built from a Dockerfile located in a git repository."""

    type: Literal["docker-file"] = "docker-file"
    """The kind of origin, always `docker-file`."""
    details: DockerFileOriginDetails
    """Where the Dockerfile and its build context are found."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "details"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerFileOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "docker-file")
            details_ = DockerFileOriginDetails.from_dict(obj["details"], "details")
            return cls(
                type=type_,
                details=details_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {"existing", "repo", "targz_url", "context_dir", "build_file", "credentials"}
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerFileOriginDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            existing_ = obj.get("existing", UNSET)
            if existing_ is not UNSET and existing_ is not None:
                existing_ = ExistingSource.from_dict(existing_, "existing")
            repo_ = obj.get("repo", UNSET)
            if repo_ is not UNSET and repo_ is not None:
                repo_ = RepoSource.from_dict(repo_, "repo")
            targz_url_ = obj.get("targz_url", UNSET)
            if targz_url_ is not UNSET and targz_url_ is not None:
                targz_url_ = as_str(targz_url_, "targz_url")
            context_dir_ = obj.get("context_dir", UNSET)
            if context_dir_ is not UNSET and context_dir_ is not None:
                context_dir_ = as_str(context_dir_, "context_dir")
            build_file_ = obj.get("build_file", UNSET)
            if build_file_ is not UNSET and build_file_ is not None:
                build_file_ = as_str(build_file_, "build_file")
            credentials_ = obj.get("credentials", UNSET)
            if credentials_ is not UNSET and credentials_ is not None:
                credentials_ = as_list(credentials_, "credentials", DockerfileCredential.from_dict)
            return cls(
                existing=existing_,
                repo=repo_,
                targz_url=targz_url_,
                context_dir=context_dir_,
                build_file=build_file_,
                credentials=credentials_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class DockerfileCredential:
    """Credentials object used for authentication of indirect resources such as private parent images."""

    url: str | Unset = UNSET
    """The url the resource is located at."""
    username: str | Unset = UNSET
    """A username for authentication."""
    token: str | Unset = field(default=UNSET, repr=False)
    """A token for authentication."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"url", "username", "token"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerfileCredential:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            url_ = obj.get("url", UNSET)
            if url_ is not UNSET:
                url_ = as_str(url_, "url")
            username_ = obj.get("username", UNSET)
            if username_ is not UNSET:
                username_ = as_str(username_, "username")
            token_ = obj.get("token", UNSET)
            if token_ is not UNSET:
                token_ = as_str(token_, "token")
            return cls(
                url=url_,
                username=username_,
                token=token_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"url", "branch", "auth", "ref"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RepoSource:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            url_ = as_str(obj["url"], "url")
            branch_ = obj.get("branch", UNSET)
            if branch_ is not UNSET:
                branch_ = as_str(branch_, "branch")
            auth_ = obj.get("auth", UNSET)
            if auth_ is not UNSET and auth_ is not None:
                auth_ = repo_auth_from_dict(auth_, "auth")
            ref_ = obj.get("ref", UNSET)
            if ref_ is not UNSET and ref_ is not None:
                ref_ = RepoRef.from_dict(ref_, "ref")
            return cls(
                url=url_,
                branch=branch_,
                auth=auth_,
                ref=ref_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class RepoRef:
    """Repository reference information."""

    type: str
    """The type of reference being used."""
    value: str
    """The value for the given reference type."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "value"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RepoRef:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_str(obj["type"], "type")
            value_ = as_str(obj["value"], "value")
            return cls(
                type=type_,
                value=value_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class HttpSourceCredentials:
    """Authentication over HTTP for the repository of a Dockerfile image source."""

    type: Literal["http"] = "http"
    """The kind of repository authentication, always `http`."""
    credentials: HttpCredentials
    """Authentication credentails for the Dockerfile image source type when authenticating over HTTP."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "credentials"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> HttpSourceCredentials:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "http")
            credentials_ = HttpCredentials.from_dict(obj["credentials"], "credentials")
            return cls(
                type=type_,
                credentials=credentials_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class HttpCredentials:
    """Authentication credentails for the Dockerfile image source type when authenticating over HTTP."""

    username: str
    """For authentication, the username."""
    password: str = field(repr=False)
    """For authentication, the password."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"username", "password"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> HttpCredentials:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            username_ = as_str(obj["username"], "username")
            password_ = as_str(obj["password"], "password")
            return cls(
                username=username_,
                password=password_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class SshSourceCredentials:
    """Authentication with SSH for the repository of a Dockerfile image source."""

    type: Literal["ssh"] = "ssh"
    """The kind of repository authentication, always `ssh`."""
    credentials: SshCredentials
    """Authentication credentials for the Dockerfile image source type when authenticating with SSH."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "credentials"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> SshSourceCredentials:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "ssh")
            credentials_ = SshCredentials.from_dict(obj["credentials"], "credentials")
            return cls(
                type=type_,
                credentials=credentials_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class SshCredentials:
    """Authentication credentials for the Dockerfile image source type when authenticating with SSH."""

    username: str
    """The username for the repo service, that is used to authenticate an ssh key."""
    passphrase: str = field(repr=False)
    """The passphrase used for the key."""
    private_key: str = field(repr=False)
    """A pem encoded private key."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"username", "passphrase", "private_key"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> SshCredentials:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            username_ = as_str(obj["username"], "username")
            passphrase_ = as_str(obj["passphrase"], "passphrase")
            private_key_ = as_str(obj["private_key"], "private_key")
            return cls(
                username=username_,
                passphrase=passphrase_,
                private_key=private_key_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class DockerRegistryOrigin:
    """An image origin where the image is pulled from a private Docker registry."""

    type: Literal["docker-registry"] = "docker-registry"
    """The kind of origin, always `docker-registry`."""
    details: DockerRegistryOriginDetails
    """Which registry and image the image is pulled from, and how to authenticate."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "details"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerRegistryOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "docker-registry")
            details_ = DockerRegistryOriginDetails.from_dict(obj["details"], "details")
            return cls(
                type=type_,
                details=details_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {"existing", "target", "url", "username", "token", "password"}
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DockerRegistryOriginDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            existing_ = obj.get("existing", UNSET)
            if existing_ is not UNSET:
                existing_ = ExistingSource.from_dict(existing_, "existing")
            target_ = as_str(obj["target"], "target")
            url_ = as_str(obj["url"], "url")
            username_ = obj.get("username", UNSET)
            if username_ is not UNSET:
                username_ = as_str(username_, "username")
            token_ = obj.get("token", UNSET)
            if token_ is not UNSET:
                token_ = as_str(token_, "token")
            password_ = obj.get("password", UNSET)
            if password_ is not UNSET:
                password_ = as_str(password_, "password")
            return cls(
                existing=existing_,
                target=target_,
                url=url_,
                username=username_,
                token=token_,
                password=password_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class OciRegistryOrigin:
    """An image origin that pulls images fro an OCI-compatible registry. Also used for provider-native registries, such as AWS ECR."""

    type: Literal["oci-registry"] = "oci-registry"
    """The kind of origin, always `oci-registry`."""
    details: OciRegistryOriginDetails
    """Which registry and image the image is pulled from, and how to authenticate."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "details"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OciRegistryOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "oci-registry")
            details_ = OciRegistryOriginDetails.from_dict(obj["details"], "details")
            return cls(
                type=type_,
                details=details_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"existing", "target", "url", "auth"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OciRegistryOriginDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            existing_ = obj.get("existing", UNSET)
            if existing_ is not UNSET:
                existing_ = ExistingSource.from_dict(existing_, "existing")
            target_ = as_str(obj["target"], "target")
            url_ = as_str(obj["url"], "url")
            auth_ = obj.get("auth", UNSET)
            if auth_ is not UNSET and auth_ is not None:
                auth_ = registry_auth_from_dict(auth_, "auth")
            return cls(
                existing=existing_,
                target=target_,
                url=url_,
                auth=auth_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class RegistryAuthUser:
    """User/token based credentials for authentication to a third-party image source."""

    type: Literal["user"] = "user"
    """The kind of registry authentication, always `user`."""
    details: RegistryAuthUserDetails
    """The username and token to authenticate with."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "details"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthUser:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "user")
            details_ = RegistryAuthUserDetails.from_dict(obj["details"], "details")
            return cls(
                type=type_,
                details=details_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class RegistryAuthUserDetails:
    """The username and token to authenticate with."""

    username: str | Unset = UNSET
    """For authentication, a username."""
    token: str | Unset = field(default=UNSET, repr=False)
    """For authentication, a token."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"username", "token"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthUserDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            username_ = obj.get("username", UNSET)
            if username_ is not UNSET:
                username_ = as_str(username_, "username")
            token_ = obj.get("token", UNSET)
            if token_ is not UNSET:
                token_ = as_str(token_, "token")
            return cls(
                username=username_,
                token=token_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class RegistryAuthProvider:
    """Credentials for authentication to a provider-native image registry, such as AWS ECR."""

    type: Literal["provider"] = "provider"
    """The kind of registry authentication, always `provider`."""
    details: RegistryAuthProviderDetails
    """Which provider registry to authenticate with, and its credentials."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "details"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthProvider:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "provider")
            details_ = RegistryAuthProviderDetails.from_dict(obj["details"], "details")
            return cls(
                type=type_,
                details=details_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class RegistryAuthProviderDetails:
    """Which provider registry to authenticate with, and its credentials."""

    flavor: str
    """The provider-native registry."""
    credentials: RegistryAuthProviderCredentials
    """Credentials for the provider-native registry."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"flavor", "credentials"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthProviderDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            flavor_ = as_str(obj["flavor"], "flavor")
            credentials_ = RegistryAuthProviderCredentials.from_dict(
                obj["credentials"], "credentials"
            )
            return cls(
                flavor=flavor_,
                credentials=credentials_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {"region", "namespace", "api_key", "secret", "subscription_id", "client_id", "config"}
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthProviderCredentials:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            region_ = obj.get("region", UNSET)
            if region_ is not UNSET:
                region_ = as_str(region_, "region")
            namespace_ = obj.get("namespace", UNSET)
            if namespace_ is not UNSET:
                namespace_ = as_str(namespace_, "namespace")
            api_key_ = obj.get("api_key", UNSET)
            if api_key_ is not UNSET:
                api_key_ = as_str(api_key_, "api_key")
            secret_ = obj.get("secret", UNSET)
            if secret_ is not UNSET:
                secret_ = as_str(secret_, "secret")
            subscription_id_ = obj.get("subscription_id", UNSET)
            if subscription_id_ is not UNSET:
                subscription_id_ = as_str(subscription_id_, "subscription_id")
            client_id_ = obj.get("client_id", UNSET)
            if client_id_ is not UNSET:
                client_id_ = as_str(client_id_, "client_id")
            config_ = obj.get("config", UNSET)
            if config_ is not UNSET:
                config_ = as_str(config_, "config")
            return cls(
                region=region_,
                namespace=namespace_,
                api_key=api_key_,
                secret=secret_,
                subscription_id=subscription_id_,
                client_id=client_id_,
                config=config_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class RegistryAuthWebhook:
    """Webhook-based authentication to the provided URL. This webhook expects to receive a base-64 string that when decoded is in the format `username:password`"""

    type: Literal["webhook"] = "webhook"
    """The kind of registry authentication, always `webhook`."""
    details: RegistryAuthWebhookDetails
    """The webhook to call for credentials."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "details"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthWebhook:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "webhook")
            details_ = RegistryAuthWebhookDetails.from_dict(obj["details"], "details")
            return cls(
                type=type_,
                details=details_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class RegistryAuthWebhookDetails:
    """The webhook to call for credentials."""

    url: str
    """The URL of the webhook."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"url"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> RegistryAuthWebhookDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            url_ = as_str(obj["url"], "url")
            return cls(
                url=url_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "url": self.url,
        }
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class CycleUploadOrigin:
    """An image origin where the image is pushed directly to the factory, bypassing the need for a registry or external source.

    In order to utilize this image origin type, a tar file of an OCI compliant image will need to be generated and pushed directly to the factory. The authentication token is generated when this image is created, and expires at the provided time.
    Once you have a token, it can be uploaded as multipart form data under the key `file.tar`, directly to the factory at `https://factory.cycle.io:9414/v1/images/<IMAGE ID>/upload?hub-id=<HUB ID>&token=<TOKEN>`.
    """

    type: Literal["cycle-upload"] = "cycle-upload"
    """The kind of origin, always `cycle-upload`."""
    details: CycleUploadOriginDetails
    """The upload token and when it expires."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "details"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CycleUploadOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "cycle-upload")
            details_ = CycleUploadOriginDetails.from_dict(obj["details"], "details")
            return cls(
                type=type_,
                details=details_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class CycleUploadOriginDetails:
    """The upload token and when it expires."""

    expires: datetime
    """The date-time at which the authorization token for uploading this image expires."""
    token: str = field(repr=False)
    """The token that is required by the factory to accept an upload for this image."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"expires", "token"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CycleUploadOriginDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            expires_ = as_datetime(obj["expires"], "expires")
            token_ = as_str(obj["token"], "token")
            return cls(
                expires=expires_,
                token=token_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class CycleSourceOrigin:
    """An image origin that references an image source on Cycle.

    This origin will never be embedded in an image source. It is for use in stacks, describing an image which is already a part of an image source on Cycle.
    """

    type: Literal["cycle-source"] = "cycle-source"
    """The kind of origin, always `cycle-source`."""
    details: CycleSourceOriginDetails
    """The image source on Cycle where this image originated."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type", "details"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CycleSourceOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "cycle-source")
            details_ = CycleSourceOriginDetails.from_dict(obj["details"], "details")
            return cls(
                type=type_,
                details=details_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class CycleSourceOriginDetails:
    """The image source on Cycle where this image originated."""

    source_id: str
    """The ID referencing the image source where this image originated."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"source_id"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CycleSourceOriginDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            source_id_ = as_str(obj["source_id"], "source_id")
            return cls(
                source_id=source_id_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "source_id": self.source_id,
        }
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class NoneOrigin:
    """An empty origin. No details are provided for this image."""

    type: Literal["none"] = "none"
    """The kind of origin, always `none`."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"type"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> NoneOrigin:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            type_ = as_literal(obj["type"], "type", "none")
            return cls(
                type=type_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": self.type,
        }
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSource:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            id_ = as_str(obj["id"], "id")
            identifier_ = as_str(obj["identifier"], "identifier")
            type_ = as_enum(obj["type"], "type", ImageSourceType)
            hub_id_ = as_str(obj["hub_id"], "hub_id")
            name_ = as_str(obj["name"], "name")
            about_ = obj.get("about", UNSET)
            if about_ is not UNSET:
                about_ = ImageSourceAbout.from_dict(about_, "about")
            origin_ = image_origin_from_dict(obj["origin"], "origin")
            builder_ = obj.get("builder", UNSET)
            if builder_ is not UNSET and builder_ is not None:
                builder_ = ImageSourceBuilder.from_dict(builder_, "builder")
            creator_ = CreatorScope.from_dict(obj["creator"], "creator")
            acl_ = obj.get("acl", UNSET)
            if acl_ is not UNSET and acl_ is not None:
                acl_ = Acl.from_dict(acl_, "acl")
            state_ = ImageSourceState.from_dict(obj["state"], "state")
            events_ = ImageSourceEvents.from_dict(obj["events"], "events")
            meta_ = obj.get("meta", UNSET)
            if meta_ is not UNSET:
                meta_ = ImageSourceMeta.from_dict(meta_, "meta")
            return cls(
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
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "id": self.id,
            "identifier": self.identifier,
            "type": enum_value(self.type),
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


@dataclass(slots=True, kw_only=True)
class ImageSourceAbout:
    """Information about the image source resource."""

    description: str | None | Unset = UNSET
    """Some information about the image source resource."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"description"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceAbout:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            description_ = obj.get("description", UNSET)
            if description_ is not UNSET and description_ is not None:
                description_ = as_str(description_, "description")
            return cls(
                description=description_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.description is not UNSET:
            out["description"] = self.description
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class ImageSourceBuilder:
    """Configuration options regarding the builder used to create/import Images using this Image Source."""

    integration_id: str | None | Unset = UNSET
    """The ID or Identifier of the Integration used to do the build."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"integration_id"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceBuilder:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            integration_id_ = obj.get("integration_id", UNSET)
            if integration_id_ is not UNSET and integration_id_ is not None:
                integration_id_ = as_str(integration_id_, "integration_id")
            return cls(
                integration_id=integration_id_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.integration_id is not UNSET:
            out["integration_id"] = self.integration_id
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class ImageSourceState:
    """Information regarding the current state of the image source."""

    current: ImageSourceStateCurrent | str
    """The current state of the image source."""
    changed: datetime
    """The timestamp of when the state last changed."""
    error: ImageSourceStateError | Unset = UNSET
    """An error, if any, that has occurred for this resource."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"current", "changed", "error"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceState:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            current_ = as_enum(obj["current"], "current", ImageSourceStateCurrent)
            changed_ = as_datetime(obj["changed"], "changed")
            error_ = obj.get("error", UNSET)
            if error_ is not UNSET:
                error_ = ImageSourceStateError.from_dict(error_, "error")
            return cls(
                current=current_,
                changed=changed_,
                error=error_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "current": enum_value(self.current),
            "changed": encode_datetime(self.changed),
        }
        if self.error is not UNSET:
            out["error"] = self.error.to_dict()
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class ImageSourceStateError:
    """An error, if any, that has occurred for this resource."""

    message: str | Unset = UNSET
    """Details about the error that has occurred."""
    time: datetime | Unset = UNSET
    """The timestamp of when the error was encountered."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"message", "time"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceStateError:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            message_ = obj.get("message", UNSET)
            if message_ is not UNSET:
                message_ = as_str(message_, "message")
            time_ = obj.get("time", UNSET)
            if time_ is not UNSET:
                time_ = as_datetime(time_, "time")
            return cls(
                message=message_,
                time=time_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageSourceEvents:
    """A collection of timestamps for each event in the image source's lifetime."""

    created: datetime
    """The timestamp of when the image source was created."""
    updated: datetime
    """The timestamp of when the image source was updated."""
    deleted: datetime
    """The timestamp of when the image source was deleted."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"created", "updated", "deleted"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceEvents:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            created_ = as_datetime(obj["created"], "created")
            updated_ = as_datetime(obj["updated"], "updated")
            deleted_ = as_datetime(obj["deleted"], "deleted")
            return cls(
                created=created_,
                updated=updated_,
                deleted=deleted_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageSourceMeta:
    """A list of meta fields that can be applied to this environment."""

    images_count: ImageSourceImagesCount | Unset = UNSET
    """A count of the images in this source, in total and by state."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"images_count"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceMeta:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            images_count_ = obj.get("images_count", UNSET)
            if images_count_ is not UNSET:
                images_count_ = ImageSourceImagesCount.from_dict(images_count_, "images_count")
            return cls(
                images_count=images_count_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.images_count is not UNSET:
            out["images_count"] = self.images_count.to_dict()
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class ImageSourceImagesCount:
    """A count of the images in this source, in total and by state."""

    total: float
    """Number of image sources"""
    state: ImageSourceImagesCountByState
    """The number of images in this source, grouped by state."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"total", "state"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceImagesCount:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            total_ = as_number(obj["total"], "total")
            state_ = ImageSourceImagesCountByState.from_dict(obj["state"], "state")
            return cls(
                total=total_,
                state=state_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageSourceImagesCountByState:
    """The number of images in this source, grouped by state."""

    new: float
    """Number of images in this source with state new"""
    downloading: float
    """Number of images in this source with state downloading"""
    building: float
    """Number of images in this source with state building"""
    verifying: float
    """Number of images in this source with state verifying"""
    saving: float
    """Number of images in this source with state saving"""
    live: float
    """Number of images in this source with state live"""
    deleting: float
    """Number of images in this source with state deleting"""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {"new", "downloading", "building", "verifying", "saving", "live", "deleting"}
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceImagesCountByState:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            new_ = as_number(obj["new"], "new")
            downloading_ = as_number(obj["downloading"], "downloading")
            building_ = as_number(obj["building"], "building")
            verifying_ = as_number(obj["verifying"], "verifying")
            saving_ = as_number(obj["saving"], "saving")
            live_ = as_number(obj["live"], "live")
            deleting_ = as_number(obj["deleting"], "deleting")
            return cls(
                new=new_,
                downloading=downloading_,
                building=building_,
                verifying=verifying_,
                saving=saving_,
                live=live_,
                deleting=deleting_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class ImageSourceIncludes:
    """A resource associate with an image source."""

    creators: CreatorInclude | Unset = UNSET
    """An identity that created a resource."""
    integrations: dict[str, dict[str, Any]] | Unset = UNSET
    """Included integrations, keyed by ID."""
    integrations_identifiers: dict[str, list[str]] | Unset = UNSET
    """A map of integration identifiers to an array of integration IDs that are associated with it."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {"creators", "integrations", "integrations:identifiers"}
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceIncludes:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            creators_ = obj.get("creators", UNSET)
            if creators_ is not UNSET:
                creators_ = CreatorInclude.from_dict(creators_, "creators")
            integrations_ = obj.get("integrations", UNSET)
            if integrations_ is not UNSET:
                integrations_ = as_dict(
                    integrations_, "integrations", lambda v, k: as_dict(v, k, as_any)
                )
            integrations_identifiers_ = obj.get("integrations:identifiers", UNSET)
            if integrations_identifiers_ is not UNSET:
                integrations_identifiers_ = as_dict(
                    integrations_identifiers_,
                    "integrations:identifiers",
                    lambda v, k: as_list(v, k, as_str),
                )
            return cls(
                creators=creators_,
                integrations=integrations_,
                integrations_identifiers=integrations_identifiers_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {"name", "identifier", "acl", "builder", "type", "origin", "about"}
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceCreate:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            name_ = obj.get("name", UNSET)
            if name_ is not UNSET:
                name_ = as_str(name_, "name")
            identifier_ = obj.get("identifier", UNSET)
            if identifier_ is not UNSET:
                identifier_ = as_str(identifier_, "identifier")
            acl_ = obj.get("acl", UNSET)
            if acl_ is not UNSET and acl_ is not None:
                acl_ = Acl.from_dict(acl_, "acl")
            builder_ = obj.get("builder", UNSET)
            if builder_ is not UNSET and builder_ is not None:
                builder_ = ImageSourceBuilder.from_dict(builder_, "builder")
            type_ = as_enum(obj["type"], "type", ImageSourceType)
            origin_ = image_origin_from_dict(obj["origin"], "origin")
            about_ = obj.get("about", UNSET)
            if about_ is not UNSET:
                about_ = ImageSourceAbout.from_dict(about_, "about")
            return cls(
                name=name_,
                identifier=identifier_,
                acl=acl_,
                builder=builder_,
                type=type_,
                origin=origin_,
                about=about_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": enum_value(self.type),
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {"name", "identifier", "origin", "builder", "about"}
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceUpdate:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            name_ = obj.get("name", UNSET)
            if name_ is not UNSET:
                name_ = as_str(name_, "name")
            identifier_ = obj.get("identifier", UNSET)
            if identifier_ is not UNSET and identifier_ is not None:
                identifier_ = as_str(identifier_, "identifier")
            origin_ = obj.get("origin", UNSET)
            if origin_ is not UNSET:
                origin_ = image_origin_from_dict(origin_, "origin")
            builder_ = obj.get("builder", UNSET)
            if builder_ is not UNSET and builder_ is not None:
                builder_ = ImageSourceBuilder.from_dict(builder_, "builder")
            about_ = obj.get("about", UNSET)
            if about_ is not UNSET:
                about_ = ImageSourceAbout.from_dict(about_, "about")
            return cls(
                name=name_,
                identifier=identifier_,
                origin=origin_,
                builder=builder_,
                about=about_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class CreatorScope:
    """The creator scope is embedded in resource objects to describe who created them"""

    id: str
    """A 24 character hex string used to identify a unique resource."""
    type: CreatorScopeType | str
    """The kind of identity that created the resource."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"id", "type"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CreatorScope:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            id_ = as_str(obj["id"], "id")
            type_ = as_enum(obj["type"], "type", CreatorScopeType)
            return cls(
                id=id_,
                type=type_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "id": self.id,
            "type": enum_value(self.type),
        }
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {"accounts", "employees", "visitors", "environments", "api_keys"}
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CreatorInclude:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            accounts_ = obj.get("accounts", UNSET)
            if accounts_ is not UNSET:
                accounts_ = as_dict(accounts_, "accounts", lambda v, k: as_dict(v, k, as_any))
            employees_ = obj.get("employees", UNSET)
            if employees_ is not UNSET:
                employees_ = as_dict(employees_, "employees", lambda v, k: as_dict(v, k, as_any))
            visitors_ = obj.get("visitors", UNSET)
            if visitors_ is not UNSET:
                visitors_ = as_dict(visitors_, "visitors", lambda v, k: as_dict(v, k, as_any))
            environments_ = obj.get("environments", UNSET)
            if environments_ is not UNSET:
                environments_ = as_dict(
                    environments_, "environments", lambda v, k: as_dict(v, k, as_any)
                )
            api_keys_ = obj.get("api_keys", UNSET)
            if api_keys_ is not UNSET:
                api_keys_ = as_dict(api_keys_, "api_keys", lambda v, k: as_dict(v, k, as_any))
            return cls(
                accounts=accounts_,
                employees=employees_,
                visitors=visitors_,
                environments=environments_,
                api_keys=api_keys_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class Acl:
    """An access control list. Defines which roles have which permissions on specific resources."""

    roles: dict[str, AclEntry] | Unset = UNSET
    """The permissions of each role, keyed by role ID."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"roles"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Acl:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            roles_ = obj.get("roles", UNSET)
            if roles_ is not UNSET:
                roles_ = as_dict(roles_, "roles", AclEntry.from_dict)
            return cls(
                roles=roles_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.roles is not UNSET:
            out["roles"] = {k0: x0.to_dict() for k0, x0 in self.roles.items()}
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class AclEntry:
    """Permissions for an ACL entry."""

    view: bool
    """Can the user see / use this resource?"""
    modify: bool
    """Can the user edit the state / name / identifier of this resource?"""
    manage: bool
    """Can the user delete / update ACLs for this resource?"""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"view", "modify", "manage"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> AclEntry:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            view_ = as_bool(obj["view"], "view")
            modify_ = as_bool(obj["modify"], "modify")
            manage_ = as_bool(obj["manage"], "manage")
            return cls(
                view=view_,
                modify=modify_,
                manage=manage_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class JobDescriptor:
    """A Job Descriptor is returned on success by API calls that create jobs. It contains the action that was requested, as well as the ID of the job created as a result."""

    action: str
    """The action that was taken."""
    job: JobDescriptorJob | Unset = UNSET
    """Contains some basic information about the job associated with this task."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"action", "job"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobDescriptor:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            action_ = as_str(obj["action"], "action")
            job_ = obj.get("job", UNSET)
            if job_ is not UNSET:
                job_ = JobDescriptorJob.from_dict(job_, "job")
            return cls(
                action=action_,
                job=job_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {"id", "accepted", "queue", "schedule", "parallel", "tasks"}
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobDescriptorJob:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            id_ = as_str(obj["id"], "id")
            accepted_ = as_bool(obj["accepted"], "accepted")
            queue_ = as_str(obj["queue"], "queue")
            schedule_ = as_datetime(obj["schedule"], "schedule")
            parallel_ = JobParallel.from_dict(obj["parallel"], "parallel")
            tasks_ = obj["tasks"]
            if tasks_ is not None:
                tasks_ = as_list(tasks_, "tasks", JobDescriptorTask.from_dict)
            return cls(
                id=id_,
                accepted=accepted_,
                queue=queue_,
                schedule=schedule_,
                parallel=parallel_,
                tasks=tasks_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
class JobParallel:
    """How the job's tasks are run in parallel."""

    sub_queue: str | None | Unset = UNSET
    """The sub queue the job's tasks run on, if any."""
    tasks: bool
    """If true, the job's tasks run in parallel."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"sub_queue", "tasks"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobParallel:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            sub_queue_ = obj.get("sub_queue", UNSET)
            if sub_queue_ is not UNSET and sub_queue_ is not None:
                sub_queue_ = as_str(sub_queue_, "sub_queue")
            tasks_ = as_bool(obj["tasks"], "tasks")
            return cls(
                sub_queue=sub_queue_,
                tasks=tasks_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"caption", "header", "steps", "input"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobDescriptorTask:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            caption_ = as_str(obj["caption"], "caption")
            header_ = as_str(obj["header"], "header")
            steps_ = obj["steps"]
            if steps_ is not None:
                steps_ = as_list(steps_, "steps", TaskStep.from_dict)
            input_ = as_dict(obj["input"], "input", as_any)
            return cls(
                caption=caption_,
                header=header_,
                steps=steps_,
                input=input_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {"caption", "description", "started", "completed"}
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> TaskStep:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            caption_ = as_str(obj["caption"], "caption")
            description_ = as_str(obj["description"], "description")
            started_ = as_datetime(obj["started"], "started")
            completed_ = as_datetime(obj["completed"], "completed")
            return cls(
                caption=caption_,
                description=description_,
                started=started_,
                completed=completed_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
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


@dataclass(slots=True, kw_only=True)
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {"status", "code", "title", "detail", "source", "extra"}
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Error:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            status_ = as_int_enum(obj["status"], "status", ErrorStatus)
            code_ = as_enum(obj["code"], "code", ErrorCode)
            title_ = as_str(obj["title"], "title")
            detail_ = obj.get("detail", UNSET)
            if detail_ is not UNSET:
                detail_ = as_str(detail_, "detail")
            source_ = obj.get("source", UNSET)
            if source_ is not UNSET:
                source_ = as_str(source_, "source")
            extra_ = obj.get("extra", UNSET)
            if extra_ is not UNSET:
                extra_ = ErrorExtra.from_dict(extra_, "extra")
            return cls(
                status=status_,
                code=code_,
                title=title_,
                detail=detail_,
                source=source_,
                extra=extra_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "status": enum_value(self.status),
            "code": enum_value(self.code),
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


@dataclass(slots=True, kw_only=True)
class ErrorExtra:
    """Additional entries on the error object to provide extra details."""

    capability: Capability | str | Unset = UNSET
    """If the error occured because of a lack of permission (403), this will list the specific capability that the Role/API Key is missing."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"capability"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ErrorExtra:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            capability_ = obj.get("capability", UNSET)
            if capability_ is not UNSET:
                capability_ = as_enum(capability_, "capability", Capability)
            return cls(
                capability=capability_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.capability is not UNSET:
            out["capability"] = enum_value(self.capability)
        out.update(self.additional_properties)
        return out


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
