"""``python -m generator diff``: the report on each before/after pair in tests/diffs is exact (golden).

Each case folder holds ``before.yaml`` and ``after.yaml`` (or ``before/spec.yaml`` and
``after/spec.yaml`` for a multi-file spec) and the expected reports; ``make golden`` refreshes
them after an intended change (review the diff).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from churn import read_spec
from conftest import ROOT, run_generator

from generator import pipeline
from generator.pipeline import review_specs

CASES_DIR = Path(__file__).resolve().parent / "diffs"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if p.is_dir())
FORMATS = {"text": "expected.txt", "markdown": "expected.md", "json": "expected.json"}
UPDATE = bool(os.environ.get("UPDATE_GOLDEN"))
P, OPTION1 = "platform_client.", "ImageConfigPortsItemOption1"  # the edited Cycle spec's package, a new class
CYCLE_CORPUS = ROOT.parent / "shared" / "corpus" / "cycle-api-spec" / "_bundled" / "platform.yml"


def versions(case: str) -> tuple[Path, Path]:
    folder = CASES_DIR / case
    if (folder / "before.yaml").exists():
        return folder / "before.yaml", folder / "after.yaml"
    return folder / "before" / "spec.yaml", folder / "after" / "spec.yaml"


@pytest.mark.parametrize("form", sorted(FORMATS))
@pytest.mark.parametrize("case", CASES)
def test_report_matches_its_golden_file(case: str, form: str) -> None:
    if form != "text" and case not in ("operations", "narrowing"):
        pytest.skip("Markdown and JSON are checked on two cases")
    before, after = versions(case)
    done = run_generator("diff", before.relative_to(ROOT), after.relative_to(ROOT), "--verbose", "--format", form)
    assert done.returncode == 0, done.stderr
    expected = CASES_DIR / case / FORMATS[form]
    if UPDATE:
        expected.write_text(done.stdout, encoding="utf-8")
    assert done.stdout == expected.read_text(encoding="utf-8"), f"run `make golden` if the change to {case} is intended"


def test_every_case_has_a_breaking_change_and_fail_on_says_so() -> None:
    for case in CASES:
        before, after = versions(case)
        done = run_generator("diff", before, after, "--fail-on", "breaking", "--format", "json")
        assert done.returncode == 5, (case, done.stderr)
        assert json.loads(done.stdout)[0]["breaking"] > 0


def test_identical_versions_report_nothing_and_pass() -> None:
    spec = ROOT / "specs" / "cycle.yaml"
    done = run_generator("diff", spec, spec, "--fail-on", "any")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("cycle_client: no changes for a Python caller")


def test_usage_errors_are_said_in_one_line() -> None:
    assert run_generator("diff", "specs/cycle.yaml").returncode == 2
    done = run_generator("diff", "nowhere.yaml", "nor-here.yaml")
    assert done.returncode == 2 and "no such spec file" in done.stderr and "Traceback" not in done.stderr
    done = run_generator("diff", "git:specs/cycle.yaml", "specs/cycle.yaml")
    assert done.returncode == 2 and "expected git:REVISION:PATH" in done.stderr


def _git(folder: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t"}
    env["GIT_COMMITTER_EMAIL"] = "t@t"
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, env=env)


def test_a_version_at_a_git_revision_and_make_generates_summary(tmp_path: Path) -> None:
    before, after = versions("multifile")
    project = tmp_path / "project"
    (project / "specs").mkdir(parents=True)
    for source in before.parent.rglob("*.yaml"):
        target = project / "specs" / source.relative_to(before.parent)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    _git(project, "init", "-q")
    _git(project, "add", ".")
    _git(project, "commit", "-qm", "before")
    first = run_generator("specs/spec.yaml", "--out", "generated", cwd=project, tools=True)
    assert first.returncode == 0 and "against HEAD" not in first.stderr  # a first generation: nothing to compare
    for source in after.parent.rglob("*.yaml"):
        (project / "specs" / source.relative_to(after.parent)).write_bytes(source.read_bytes())
    done = run_generator("diff", "--against", "HEAD", "specs/spec.yaml", cwd=project, tools=True)
    assert done.returncode == 0, done.stderr
    assert "split_client: 3 breaking, 2 compatible  [HEAD:specs/spec.yaml -> specs/spec.yaml]" in done.stdout
    assert "was HEAD:specs/components/pet.yaml:5: /properties/kind" in done.stdout  # the old file, at HEAD
    assert "now specs/components/pet.yaml:5: /properties/kind" in done.stdout
    generated = run_generator("specs/spec.yaml", "--out", "generated", cwd=project, tools=True)
    assert generated.returncode == 0, generated.stderr
    summary = generated.stderr.strip().splitlines()[-1]
    assert summary == "split_client: 2 changed, 3 breaking (against HEAD:specs/spec.yaml): run `make diff`"


def test_a_new_version_built_already_is_reused_not_built_again(monkeypatch: pytest.MonkeyPatch) -> None:
    before, after = versions("statuses")
    expected = review_specs(str(before), str(after))
    new_api = pipeline.build_spec(after, config=pipeline.review_config(after))
    built: list[str] = []
    build_version = pipeline.build_version
    monkeypatch.setattr(pipeline, "build_version", lambda v, roots=(): built.append(v) or build_version(v, roots))
    reused = review_specs(str(before), str(after), new_api=new_api)
    assert built == [str(before)]  # only the old version, and in this process
    assert reused == expected


@pytest.mark.slow  # Cycle's 1,900-class corpus spec, twice
def test_the_report_on_an_edited_cycle_corpus_spec_is_exact(tmp_path: Path) -> None:
    if not CYCLE_CORPUS.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CYCLE_CORPUS} is missing: CI runs with ../shared beside the project")
        pytest.skip("../shared/corpus is not beside the project")
    original, data = read_spec(CYCLE_CORPUS), read_spec(CYCLE_CORPUS)
    image = data["components"]["schemas"]["Image"]
    del image["properties"]["size"]
    image["required"] = [name for name in image["required"] if name not in ("size", "backend")]
    image["properties"]["churn"] = {"type": "string"}
    current = data["components"]["schemas"]["ImageState"]["allOf"][0]["properties"]["current"]
    current["enum"].remove("verifying")
    data["paths"]["/v1/images/{imageId}/build-log"]["get"]["operationId"] = "fetchImageBuildLog"
    # issue 26: a model that becomes a union, a success status and a header changed, a limit, a move
    port = image["properties"]["config"]["properties"]["ports"]["items"]
    ranged = {"type": "object", "required": ["range"], "properties": {"range": {"type": "string"}}}
    image["properties"]["config"]["properties"]["ports"]["items"] = {"oneOf": [port, ranged]}
    volume = image["properties"]["config"]["properties"]["volumes"]["items"]["properties"]
    data["components"]["schemas"]["VolumeMode"] = volume["mode"]
    volume["mode"] = {"$ref": "#/components/schemas/VolumeMode"}
    header = {"X-Request-Id": {"schema": {"type": "string"}}}
    original["paths"]["/v1/images/{imageId}"]["get"]["responses"]["200"]["headers"] = header
    responses = data["paths"]["/v1/images/{imageId}"]["get"]["responses"]
    responses["202"] = responses.pop("200")
    responses["202"]["headers"] = {"X-Request-Id": {"schema": {"type": "integer"}}}
    create = data["paths"]["/v1/images"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    create["properties"]["name"]["maxLength"] = 64
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    (tmp_path / "old" / "platform.json").write_text(json.dumps(original), encoding="utf-8")
    (tmp_path / "new" / "platform.json").write_text(json.dumps(data), encoding="utf-8")
    report = review_specs(str(tmp_path / "old" / "platform.json"), str(tmp_path / "new" / "platform.json"))
    found = sorted((c.severity, c.kind, c.symbol, c.detail) for c in report.changes)
    assert found == [
        ("breaking", "enum moved", f"{P}VolumeMode", "ImageConfigVolumesItemMode -> VolumeMode"),
        ("breaking", "enum value removed", f"{P}ImageStateCurrent.VERIFYING", ""),
        ("breaking", "field constraint narrowed", f"{P}CreateImageRequest.name", "maxLength: (none) -> 64"),
        ("breaking", "field may now be absent", f"{P}Image.backend", ""),
        ("breaking", "field no longer reachable", f"{P}ImageConfigPortsItem.container", f"only on {OPTION1}"),
        ("breaking", "field no longer reachable", f"{P}ImageConfigPortsItem.host", f"only on {OPTION1}"),
        ("breaking", "field no longer reachable", f"{P}ImageConfigPortsItem.type", f"only on {OPTION1}"),
        ("breaking", "field removed", f"{P}Image.size", ""),
        ("breaking", "model became a union", f"{P}ImageConfigPortsItem", f"{OPTION1} | ImageConfigPortsItemOption2"),
        (
            "breaking",
            "model renamed",
            f"{P}FetchImageBuildLogResponse",
            "GetImageBuildLogResponse -> FetchImageBuildLogResponse",
        ),
        (
            "breaking",
            "operation renamed",
            f"{P}Client.get_image_build_log",
            "get_image_build_log -> fetch_image_build_log",
        ),
        ("breaking", "response header type changed", f"{P}Client.get_image", "string -> integer"),
        ("breaking", "success status changed", f"{P}Client.get_image", "200 -> 202"),
        ("compatible", "description changed", f"{P}ImageConfigVolumesItem.mode", ""),  # a $ref has none
        ("compatible", "field added", f"{P}Image.churn", ""),
        ("compatible", "model added", f"{P}{OPTION1}", ""),
        ("compatible", "model added", f"{P}ImageConfigPortsItemOption2", ""),
    ]
