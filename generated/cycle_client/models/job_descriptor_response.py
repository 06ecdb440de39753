# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""JobDescriptor, JobDescriptorJob, JobDescriptorResponse, JobDescriptorTask, JobParallel, TaskStep: models of Cycle Platform API (images) 1.0.0.

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
    as_any,
    as_datetime,
    as_dict,
    as_list,
    as_object,
    decode_failure,
    encode_datetime,
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


_JobDescriptorResponse_wire_names: Final[frozenset[str]] = frozenset({"data"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class JobDescriptorResponse(_Model):
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobDescriptorResponse:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            data_ = obj["data"]
            data_ = _JobDescriptor_from_dict(data_, "data")
            extra: dict[str, Any] = (
                {} if len(obj) == 1 else unknown_fields(obj, _JobDescriptorResponse_wire_names)
            )
            if _COMPILED:
                return JobDescriptorResponse(data=data_, additional_properties=extra)
            instance = _new(cls)
            instance.data = data_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("data", "data", JobDescriptor, True),)

    @classmethod
    def _from_wire(cls, wire: Any) -> JobDescriptorResponse:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        data_ = wire.data
        data_ = _JobDescriptor_from_wire(data_)
        if _COMPILED:
            return JobDescriptorResponse(data=data_, additional_properties={})
        instance = _new(cls)
        instance.data = data_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "data": self.data.to_dict(),
        }
        out.update(self.additional_properties)
        return out

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


_JobDescriptor_wire_names: Final[frozenset[str]] = frozenset({"action", "job"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class JobDescriptor(_Model):
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobDescriptor:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            action_ = obj["action"]
            if type(action_) is not str:
                raise DecodeError(("action",), "string", action_)
            job_ = obj.get("job", UNSET)
            if job_ is UNSET:
                absent += 1
            else:
                job_ = _JobDescriptorJob_from_dict(job_, "job")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _JobDescriptor_wire_names)
            )
            if _COMPILED:
                return JobDescriptor(action=action_, job=job_, additional_properties=extra)
            instance = _new(cls)
            instance.action = action_
            instance.job = job_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("action", "action", str, True),
            ("job", "job", JobDescriptorJob, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> JobDescriptor:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        action_ = wire.action
        job_ = wire.job
        if job_ is not UNSET:
            job_ = _JobDescriptorJob_from_wire(job_)
        if _COMPILED:
            return JobDescriptor(action=action_, job=job_, additional_properties={})
        instance = _new(cls)
        instance.action = action_
        instance.job = job_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "action": self.action,
        }
        if self.job is not UNSET:
            out["job"] = self.job.to_dict()
        out.update(self.additional_properties)
        return out

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


_JobDescriptorJob_wire_names: Final[frozenset[str]] = frozenset(
    {"id", "accepted", "queue", "schedule", "parallel", "tasks"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class JobDescriptorJob(_Model):
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobDescriptorJob:
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
            extra: dict[str, Any] = (
                {} if len(obj) == 6 else unknown_fields(obj, _JobDescriptorJob_wire_names)
            )
            if _COMPILED:
                return JobDescriptorJob(
                    id=id_,
                    accepted=accepted_,
                    queue=queue_,
                    schedule=schedule_,
                    parallel=parallel_,
                    tasks=tasks_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.id = id_
            instance.accepted = accepted_
            instance.queue = queue_
            instance.schedule = schedule_
            instance.parallel = parallel_
            instance.tasks = tasks_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("id", "id", str, True),
            ("accepted", "accepted", bool, True),
            ("queue", "queue", str, True),
            ("schedule", "schedule", str, True),
            ("parallel", "parallel", JobParallel, True),
            ("tasks", "tasks", list[JobDescriptorTask] | None, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> JobDescriptorJob:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        id_ = wire.id
        accepted_ = wire.accepted
        queue_ = wire.queue
        schedule_ = wire.schedule
        schedule_ = as_datetime(schedule_, "schedule")
        parallel_ = wire.parallel
        parallel_ = _JobParallel_from_wire(parallel_)
        tasks_ = wire.tasks
        if tasks_ is not None:
            tasks_ = [_JobDescriptorTask_from_wire(x) for x in tasks_]
        if _COMPILED:
            return JobDescriptorJob(
                id=id_,
                accepted=accepted_,
                queue=queue_,
                schedule=schedule_,
                parallel=parallel_,
                tasks=tasks_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.id = id_
        instance.accepted = accepted_
        instance.queue = queue_
        instance.schedule = schedule_
        instance.parallel = parallel_
        instance.tasks = tasks_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
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


_JobParallel_wire_names: Final[frozenset[str]] = frozenset({"sub_queue", "tasks"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class JobParallel(_Model):
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobParallel:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            sub_queue_ = obj.get("sub_queue", UNSET)
            if sub_queue_ is UNSET:
                absent += 1
            elif type(sub_queue_) is not str and sub_queue_ is not None:
                raise DecodeError(("sub_queue",), "string", sub_queue_)
            tasks_ = obj["tasks"]
            if type(tasks_) is not bool:
                raise DecodeError(("tasks",), "boolean", tasks_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _JobParallel_wire_names)
            )
            if _COMPILED:
                return JobParallel(sub_queue=sub_queue_, tasks=tasks_, additional_properties=extra)
            instance = _new(cls)
            instance.sub_queue = sub_queue_
            instance.tasks = tasks_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("sub_queue", "sub_queue", str | None, False),
            ("tasks", "tasks", bool, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> JobParallel:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        sub_queue_ = wire.sub_queue
        tasks_ = wire.tasks
        if _COMPILED:
            return JobParallel(sub_queue=sub_queue_, tasks=tasks_, additional_properties={})
        instance = _new(cls)
        instance.sub_queue = sub_queue_
        instance.tasks = tasks_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "tasks": self.tasks,
        }
        if self.sub_queue is not UNSET:
            out["sub_queue"] = self.sub_queue
        out.update(self.additional_properties)
        return out

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


_JobDescriptorTask_wire_names: Final[frozenset[str]] = frozenset(
    {"caption", "header", "steps", "input"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class JobDescriptorTask(_Model):
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> JobDescriptorTask:
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
            extra: dict[str, Any] = (
                {} if len(obj) == 4 else unknown_fields(obj, _JobDescriptorTask_wire_names)
            )
            if _COMPILED:
                return JobDescriptorTask(
                    caption=caption_,
                    header=header_,
                    steps=steps_,
                    input=input_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.caption = caption_
            instance.header = header_
            instance.steps = steps_
            instance.input = input_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("caption", "caption", str, True),
            ("header", "header", str, True),
            ("steps", "steps", list[TaskStep] | None, True),
            ("input", "input", Any, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> JobDescriptorTask:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        caption_ = wire.caption
        header_ = wire.header
        steps_ = wire.steps
        if steps_ is not None:
            steps_ = [_TaskStep_from_wire(x) for x in steps_]
        input_ = wire.input
        input_ = as_dict(input_, "input", as_any)
        if _COMPILED:
            return JobDescriptorTask(
                caption=caption_,
                header=header_,
                steps=steps_,
                input=input_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.caption = caption_
        instance.header = header_
        instance.steps = steps_
        instance.input = input_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "caption": self.caption,
            "header": self.header,
            "steps": None if self.steps is None else [x0.to_dict() for x0 in self.steps],
            "input": dict(self.input),
        }
        out.update(self.additional_properties)
        return out

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


_TaskStep_wire_names: Final[frozenset[str]] = frozenset(
    {"caption", "description", "started", "completed"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class TaskStep(_Model):
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> TaskStep:
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
            extra: dict[str, Any] = (
                {} if len(obj) == 4 else unknown_fields(obj, _TaskStep_wire_names)
            )
            if _COMPILED:
                return TaskStep(
                    caption=caption_,
                    description=description_,
                    started=started_,
                    completed=completed_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.caption = caption_
            instance.description = description_
            instance.started = started_
            instance.completed = completed_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("caption", "caption", str, True),
            ("description", "description", str, True),
            ("started", "started", str, True),
            ("completed", "completed", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> TaskStep:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        caption_ = wire.caption
        description_ = wire.description
        started_ = wire.started
        started_ = as_datetime(started_, "started")
        completed_ = wire.completed
        completed_ = as_datetime(completed_, "completed")
        if _COMPILED:
            return TaskStep(
                caption=caption_,
                description=description_,
                started=started_,
                completed=completed_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.caption = caption_
        instance.description = description_
        instance.started = started_
        instance.completed = completed_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "caption": self.caption,
            "description": self.description,
            "started": encode_datetime(self.started),
            "completed": encode_datetime(self.completed),
        }
        out.update(self.additional_properties)
        return out

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


_JobDescriptorResponse_from_dict: Final = JobDescriptorResponse.from_dict
_JobDescriptorResponse_from_wire: Final = JobDescriptorResponse._from_wire
_JobDescriptor_from_dict: Final = JobDescriptor.from_dict
_JobDescriptor_from_wire: Final = JobDescriptor._from_wire
_JobDescriptorJob_from_dict: Final = JobDescriptorJob.from_dict
_JobDescriptorJob_from_wire: Final = JobDescriptorJob._from_wire
_JobParallel_from_dict: Final = JobParallel.from_dict
_JobParallel_from_wire: Final = JobParallel._from_wire
_JobDescriptorTask_from_dict: Final = JobDescriptorTask.from_dict
_JobDescriptorTask_from_wire: Final = JobDescriptorTask._from_wire
_TaskStep_from_dict: Final = TaskStep.from_dict
_TaskStep_from_wire: Final = TaskStep._from_wire
