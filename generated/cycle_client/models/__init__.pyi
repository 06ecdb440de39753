# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Cycle Platform API (images) 1.0.0, each imported from its module on first use.

`from cycle_client import <Model>` (or from cycle_client.models) imports the module that defines
it and the modules it refers to, not the others: a large API costs at import what a caller uses.
"""

from .._runtime import UNSET as UNSET, DecodeError as DecodeError, Unset as Unset
from .acl import (
    Acl,
    AclEntry,
)
from .creator_include import CreatorInclude
from .creator_scope import (
    CreatorScope,
    CreatorScopeType,
)
from .error_envelope import (
    Capability,
    Error,
    ErrorCode,
    ErrorEnvelope,
    ErrorExtra,
    ErrorStatus,
)
from .existing_source import ExistingSource
from .image import (
    BucketImageSource,
    BucketImageSourceDetails,
    DirectImageSource,
    DirectImageSourceDetails,
    Image,
    ImageAbout,
    ImageBackend,
    ImageBuilder,
    ImageConfig,
    ImageConfigPort,
    ImageConfigVolume,
    ImageConfigVolumeMode,
    ImageEvents,
    ImageFactory,
    ImageMeta,
    ImageRequires,
    ImageSourceReference,
    ImageState,
    ImageStateError,
    ResourceCountSummary,
    StackImageSource,
    StackImageSourceDetails,
    image_source_reference_from_dict,
)
from .image_build import ImageBuild
from .image_create import ImageCreate
from .image_include_field import ImageIncludeField
from .image_includes import ImageIncludes
from .image_list import ImageList
from .image_origin import (
    CycleSourceOrigin,
    CycleSourceOriginDetails,
    CycleUploadOrigin,
    CycleUploadOriginDetails,
    DockerfileCredential,
    DockerFileOrigin,
    DockerFileOriginDetails,
    DockerHubOrigin,
    DockerHubOriginDetails,
    DockerRegistryOrigin,
    DockerRegistryOriginDetails,
    HttpCredentials,
    HttpSourceCredentials,
    ImageOrigin,
    NoneOrigin,
    OciRegistryOrigin,
    OciRegistryOriginDetails,
    RegistryAuth,
    RegistryAuthProvider,
    RegistryAuthProviderCredentials,
    RegistryAuthProviderDetails,
    RegistryAuthUser,
    RegistryAuthUserDetails,
    RegistryAuthWebhook,
    RegistryAuthWebhookDetails,
    RepoAuth,
    RepoRef,
    RepoSource,
    SshCredentials,
    SshSourceCredentials,
    image_origin_from_dict,
    registry_auth_from_dict,
    repo_auth_from_dict,
)
from .image_response import ImageResponse
from .image_source import (
    ImageSource,
    ImageSourceEvents,
    ImageSourceImagesCount,
    ImageSourceImagesCountByState,
    ImageSourceMeta,
    ImageSourceState,
    ImageSourceStateError,
)
from .image_source_about import ImageSourceAbout
from .image_source_builder import ImageSourceBuilder
from .image_source_create import ImageSourceCreate
from .image_source_include_field import ImageSourceIncludeField
from .image_source_includes import ImageSourceIncludes
from .image_source_list import ImageSourceList
from .image_source_override import ImageSourceOverride
from .image_source_response import ImageSourceResponse
from .image_source_state_current import ImageSourceStateCurrent
from .image_source_type import ImageSourceType
from .image_source_update import ImageSourceUpdate
from .image_state_current import ImageStateCurrent
from .image_update import ImageUpdate
from .job_descriptor_response import (
    JobDescriptor,
    JobDescriptorJob,
    JobDescriptorResponse,
    JobDescriptorTask,
    JobParallel,
    TaskStep,
)
from .v1_images_response1 import V1ImagesResponse1

__all__ = [
    "Acl",
    "AclEntry",
    "BucketImageSource",
    "BucketImageSourceDetails",
    "Capability",
    "CreatorInclude",
    "CreatorScope",
    "CreatorScopeType",
    "CycleSourceOrigin",
    "CycleSourceOriginDetails",
    "CycleUploadOrigin",
    "CycleUploadOriginDetails",
    "DirectImageSource",
    "DirectImageSourceDetails",
    "DockerFileOrigin",
    "DockerFileOriginDetails",
    "DockerHubOrigin",
    "DockerHubOriginDetails",
    "DockerRegistryOrigin",
    "DockerRegistryOriginDetails",
    "DockerfileCredential",
    "Error",
    "ErrorCode",
    "ErrorEnvelope",
    "ErrorExtra",
    "ErrorStatus",
    "ExistingSource",
    "HttpCredentials",
    "HttpSourceCredentials",
    "Image",
    "ImageAbout",
    "ImageBackend",
    "ImageBuild",
    "ImageBuilder",
    "ImageConfig",
    "ImageConfigPort",
    "ImageConfigVolume",
    "ImageConfigVolumeMode",
    "ImageCreate",
    "ImageEvents",
    "ImageFactory",
    "ImageIncludeField",
    "ImageIncludes",
    "ImageList",
    "ImageMeta",
    "ImageOrigin",
    "ImageRequires",
    "ImageResponse",
    "ImageSource",
    "ImageSourceAbout",
    "ImageSourceBuilder",
    "ImageSourceCreate",
    "ImageSourceEvents",
    "ImageSourceImagesCount",
    "ImageSourceImagesCountByState",
    "ImageSourceIncludeField",
    "ImageSourceIncludes",
    "ImageSourceList",
    "ImageSourceMeta",
    "ImageSourceOverride",
    "ImageSourceReference",
    "ImageSourceResponse",
    "ImageSourceState",
    "ImageSourceStateCurrent",
    "ImageSourceStateError",
    "ImageSourceType",
    "ImageSourceUpdate",
    "ImageState",
    "ImageStateCurrent",
    "ImageStateError",
    "ImageUpdate",
    "JobDescriptor",
    "JobDescriptorJob",
    "JobDescriptorResponse",
    "JobDescriptorTask",
    "JobParallel",
    "NoneOrigin",
    "OciRegistryOrigin",
    "OciRegistryOriginDetails",
    "RegistryAuth",
    "RegistryAuthProvider",
    "RegistryAuthProviderCredentials",
    "RegistryAuthProviderDetails",
    "RegistryAuthUser",
    "RegistryAuthUserDetails",
    "RegistryAuthWebhook",
    "RegistryAuthWebhookDetails",
    "RepoAuth",
    "RepoRef",
    "RepoSource",
    "ResourceCountSummary",
    "SshCredentials",
    "SshSourceCredentials",
    "StackImageSource",
    "StackImageSourceDetails",
    "TaskStep",
    "V1ImagesResponse1",
    "image_origin_from_dict",
    "image_source_reference_from_dict",
    "registry_auth_from_dict",
    "repo_auth_from_dict",
]
