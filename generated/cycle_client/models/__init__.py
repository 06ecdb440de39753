# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Cycle Platform API (images) 1.0.0, each imported from its module on first use.

`from cycle_client import <Model>` (or from cycle_client.models) imports the module that defines
it and the modules it refers to, not the others: a large API costs at import what a caller uses.
"""

from importlib import import_module as _import_module
from typing import Any

# What the models' fields and from_dict use, here too.
from .._runtime import UNSET as UNSET, DecodeError as DecodeError, Unset as Unset

# The public names each module of this folder defines. Type checkers read __init__.pyi, which
# imports them all; here a name is imported from its module when first asked for. The names are
# kept as one string per module, and looked up in them, because thousands of names each made a
# constant of its own, or a dict from name to module, would cost a large package 1-2 ms per import.
_NAMES_BY_MODULE: dict[str, str] = {
    "acl": "Acl AclEntry",
    "creator_include": "CreatorInclude",
    "creator_scope": "CreatorScope CreatorScopeType",
    "error_envelope": "Capability Error ErrorCode ErrorEnvelope ErrorExtra ErrorStatus",
    "existing_source": "ExistingSource",
    "image": (
        "BucketImageSource BucketImageSourceDetails DirectImageSource "
        "DirectImageSourceDetails Image ImageAbout ImageBackend ImageBuilder ImageConfig "
        "ImageConfigPort ImageConfigVolume ImageConfigVolumeMode ImageEvents "
        "ImageFactory ImageMeta ImageRequires ImageSourceReference ImageState "
        "ImageStateError ResourceCountSummary StackImageSource StackImageSourceDetails "
        "image_source_reference_from_dict"
    ),
    "image_build": "ImageBuild",
    "image_create": "ImageCreate",
    "image_include_field": "ImageIncludeField",
    "image_includes": "ImageIncludes",
    "image_list": "ImageList",
    "image_origin": (
        "CycleSourceOrigin CycleSourceOriginDetails CycleUploadOrigin "
        "CycleUploadOriginDetails DockerFileOrigin DockerFileOriginDetails "
        "DockerHubOrigin DockerHubOriginDetails DockerRegistryOrigin "
        "DockerRegistryOriginDetails DockerfileCredential HttpCredentials "
        "HttpSourceCredentials ImageOrigin NoneOrigin OciRegistryOrigin "
        "OciRegistryOriginDetails RegistryAuth RegistryAuthProvider "
        "RegistryAuthProviderCredentials RegistryAuthProviderDetails RegistryAuthUser "
        "RegistryAuthUserDetails RegistryAuthWebhook RegistryAuthWebhookDetails RepoAuth "
        "RepoRef RepoSource SshCredentials SshSourceCredentials image_origin_from_dict "
        "registry_auth_from_dict repo_auth_from_dict"
    ),
    "image_response": "ImageResponse",
    "image_source": (
        "ImageSource ImageSourceEvents ImageSourceImagesCount "
        "ImageSourceImagesCountByState ImageSourceMeta ImageSourceState "
        "ImageSourceStateError"
    ),
    "image_source_about": "ImageSourceAbout",
    "image_source_builder": "ImageSourceBuilder",
    "image_source_create": "ImageSourceCreate",
    "image_source_include_field": "ImageSourceIncludeField",
    "image_source_includes": "ImageSourceIncludes",
    "image_source_list": "ImageSourceList",
    "image_source_override": "ImageSourceOverride",
    "image_source_response": "ImageSourceResponse",
    "image_source_state_current": "ImageSourceStateCurrent",
    "image_source_type": "ImageSourceType",
    "image_source_update": "ImageSourceUpdate",
    "image_state_current": "ImageStateCurrent",
    "image_update": "ImageUpdate",
    "job_descriptor_response": (
        "JobDescriptor JobDescriptorJob JobDescriptorResponse JobDescriptorTask "
        "JobParallel TaskStep"
    ),
    "v1_images_response1": "V1ImagesResponse1",
}


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` on first use, and keep the class here."""
    if name == "__all__":
        value: Any = sorted(n for names in _NAMES_BY_MODULE.values() for n in names.split())
    else:
        module = _module_defining(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def _module_defining(name: str) -> str | None:
    for module, names in _NAMES_BY_MODULE.items():
        if name in names and name in names.split():
            return module
    return None


def __dir__() -> list[str]:
    return list(globals().get("__all__") or __getattr__("__all__"))
