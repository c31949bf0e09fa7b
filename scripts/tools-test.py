#!/usr/bin/env python3
"""What bus-docs gives other tools, checked by those tools: SARIF against the official 2.1.0 schema and
code scanning's required fields, the JSON outputs and the front-matter schema with a JSON Schema
validator, the pre-commit hook with the real pre-commit framework, the GitHub action's check step, the
GitLab report, and `make install` / `make deb` with man, the completions and dpkg-deb.

Run by `make test` (which installs jsonschema, PyYAML and pre-commit when missing). Uses the built
binary: $BUS_DOCS, default .build/debug/bus-docs.
"""
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
import urllib.parse
from pathlib import Path

import jsonschema
import referencing
import yaml

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(os.environ.get("BUS_DOCS", ROOT / ".build/debug/bus-docs")).resolve()
TODAY = "2026-11-24"
SCHEMAS = ROOT / "schemas"
SARIF_SCHEMA = json.loads((ROOT / "Tests/Schemas/sarif-schema-2.1.0.json").read_text())
AGREEMENTS = sorted((ROOT / "Agreements").glob("*.md")) + sorted((ROOT / "Tests/Corpus").glob("*.md"))


def run(args, cwd=ROOT, env=None, check=None):
    environment = {"PATH": os.environ["PATH"], "LANG": "C", "HOME": os.environ.get("HOME", "/tmp")}
    environment.update(env or {})
    result = subprocess.run([str(BIN), *args], cwd=cwd, env=environment, capture_output=True, text=True, timeout=300)
    if check is not None:
        assert result.returncode == check, f"bus-docs {' '.join(args)}: exit {result.returncode}\n{result.stderr}"
    return result


def git(args, cwd):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=cwd, check=True,
                   capture_output=True, text=True)


# MARK: SARIF

def sarif_problems(log):
    """Everything code scanning requires or the issue asks for that a SARIF log lacks."""
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    problems = []
    run_ = log["runs"][0]
    driver = run_["tool"]["driver"]
    for key in ["name", "version", "semanticVersion", "informationUri"]:
        if not driver.get(key):
            problems.append(f"driver has no {key}")
    if run_.get("columnKind") not in ("utf16CodeUnits", "unicodeCodePoints"):
        problems.append("no run.columnKind")
    for rule in driver["rules"]:
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", rule["name"]):
            problems.append(f"{rule['id']}: name {rule['name']!r} is not PascalCase")
        for key in ["shortDescription", "fullDescription", "help"]:
            if not rule.get(key, {}).get("text"):
                problems.append(f"{rule['id']}: no {key}.text")
        if not rule.get("help", {}).get("markdown"):
            problems.append(f"{rule['id']}: no help.markdown")
        if not rule.get("helpUri", "").startswith("https://"):
            problems.append(f"{rule['id']}: no helpUri")
        if not rule.get("properties", {}).get("tags"):
            problems.append(f"{rule['id']}: no tags")
    fingerprints = set()
    base_ids = run_.get("originalUriBaseIds", {})
    for result in run_["results"]:
        fingerprint = result.get("partialFingerprints", {}).get("busDocsFinding/v1")
        if not fingerprint:
            problems.append(f"{result['ruleId']}: no partialFingerprints")
        if fingerprint in fingerprints:
            problems.append(f"{result['ruleId']}: fingerprint {fingerprint} twice")
        fingerprints.add(fingerprint)
        if driver["rules"][result["ruleIndex"]]["id"] != result["ruleId"]:
            problems.append(f"{result['ruleId']}: ruleIndex points at another rule")
        location = result["locations"][0]["physicalLocation"]
        region = location["region"]
        for key in ["startLine", "startColumn", "endLine", "endColumn"]:
            if key not in region:
                problems.append(f"{result['ruleId']}: region has no {key}")
        artifact = location["artifactLocation"]
        if artifact.get("uriBaseId") not in base_ids and not artifact["uri"].startswith("file:///"):
            problems.append(f"{result['ruleId']}: {artifact['uri']} has neither a known uriBaseId nor an absolute URI")
        hint = result.get("properties", {}).get("hint")
        if hint and hint in result["message"]["text"]:
            problems.append(f"{result['ruleId']}: hint run into the message")
    return problems


def sarif(args, cwd=ROOT, env=None):
    result = run(["check", *args, "--format", "sarif", "--today", TODAY], cwd=cwd, env=env)
    assert result.returncode in (0, 1, 2), result.stderr
    log = json.loads(result.stdout)
    problems = sarif_problems(log)
    assert not problems, "\n".join(problems)
    return log


def mutated_repository(folder):
    """A git repository with the agreements, the corpus and every mutation of Tests/Corpus/mutations.tsv
    (each its own file), and the hostile inputs: findings of every kind, at known files."""
    repo = Path(folder) / "repo"
    for source in ["Agreements", "Tests/Corpus", "Tests/CLITests/Hostile"]:
        shutil.copytree(ROOT / source, repo / source)
    (repo / "Mutations").mkdir()
    for number, line in enumerate((ROOT / "Tests/Corpus/mutations.tsv").read_text().splitlines()[1:], 1):
        fields = line.split("\t")
        text = (ROOT / "Tests/Corpus" / fields[0]).read_text()
        (repo / "Mutations" / f"{number:03}-{fields[4]}-{fields[0]}").write_text(apply(text, fields[2], fields[3]))
    git(["init", "-q"], repo)
    return repo


def test_sarif_of_every_agreement_passes_the_official_schema_and_code_scanning():
    with tempfile.TemporaryDirectory() as folder:
        repo = mutated_repository(folder)
        for locale in ["C", "sv_SE.UTF-8"]:
            log = sarif(["Agreements", "Tests", "Mutations"], cwd=repo, env={"LANG": locale})
            results = log["runs"][0]["results"]
            assert len(results) > 200, len(results)
            assert len({r["ruleId"] for r in results}) >= 20, {r["ruleId"] for r in results}
            # Paths are relative to the repository's root, under %SRCROOT%, and name files that exist there
            # (a file named with a personal identity number is masked, so it cannot be found by its name).
            base = log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
            assert base == f"file://{urllib.parse.quote(str(repo.resolve()))}/", base
            for result in results:
                artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
                assert artifact["uriBaseId"] == "%SRCROOT%", artifact
                path = urllib.parse.unquote(artifact["uri"])
                assert (repo / path).is_file() or "XXXX" in path, path
            # The same fingerprints in either language: an alert does not reopen when the locale changes.
            fingerprints = sorted(r["partialFingerprints"]["busDocsFinding/v1"] for r in results)
            if locale == "C":
                english = fingerprints
            else:
                assert fingerprints == english


def test_sarif_snapshots_and_failures_pass_the_official_schema():
    for snapshot in sorted((ROOT / "Tests/BUSDocsKitTests/Snapshots").glob("*.sarif.*.json")):
        problems = sarif_problems(json.loads(snapshot.read_text()))
        assert not problems, f"{snapshot.name}: {problems}"
    log = sarif(["does-not-exist"])
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False


def test_sarif_paths_are_relative_to_the_git_root_from_a_subfolder_and_to_base():
    with tempfile.TemporaryDirectory() as folder:
        repo = Path(folder) / "repo"
        (repo / "docs" / "avtal").mkdir(parents=True)
        solna = (ROOT / "Tests/Corpus/solna-2016.md").read_text()
        (repo / "docs/avtal/solna.md").write_text(apply(solna, "samtycke: skriftligt", "samtycke: muntligt"))
        git(["init", "-q"], repo)
        # From a subfolder, with a path relative to it: the URI is still from the repository's root.
        log = sarif(["avtal/solna.md"], cwd=repo / "docs")
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
        assert uris == {"docs/avtal/solna.md"}, uris
        # --base DIR instead of git's root.
        log = sarif(["docs/avtal/solna.md", "--base", "docs"], cwd=repo)
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
        assert uris == {"avtal/solna.md"}, uris
        # A file outside the root is an absolute file: URI, without a base.
        (Path(folder) / "elsewhere").mkdir()
        log = sarif(["docs/avtal/solna.md", "--base", str(Path(folder) / "elsewhere")], cwd=repo)
        artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        assert artifact["uri"].startswith("file:///") and "uriBaseId" not in artifact, artifact
        # A --base that is no folder: exit status 2, a clear message, and still a valid log that says why.
        missing = run(["check", "docs", "--base", "no-such-folder", "--format", "sarif"], cwd=repo, check=2)
        assert missing.stderr == "bus-docs: --base no-such-folder: not a folder\n", missing.stderr
        assert not sarif_problems(json.loads(missing.stdout))
        swedish = run(["check", "docs", "--base", "no-such-folder"], cwd=repo, env={"LANG": "sv_SE.UTF-8"}, check=2)
        assert swedish.stderr == "bus-docs: --base no-such-folder: ingen mapp\n", swedish.stderr


def test_sarif_fingerprints_survive_lines_moving_and_columns_are_utf16():
    with tempfile.TemporaryDirectory() as folder:
        original = (ROOT / "Tests/Corpus/jarfalla-2016.md").read_text().replace("samtycke: skriftligt", "samtycke: muntligt", 1)
        original = original.replace("verksamheter: [socialtjanst, lss]", "verksamheter: [lss]", 1)
        (Path(folder) / "a.md").write_text(original)
        before = sarif(["a.md"], cwd=folder)["runs"][0]["results"]
        # Three lines more at the top of the front matter: every finding moves down, none changes.
        (Path(folder) / "a.md").write_text(original.replace("---\n", "---\n# ett\n# två\n# tre\n", 1))
        after = sarif(["a.md"], cwd=folder)["runs"][0]["results"]
        assert before, "the agreement has findings"
        key = lambda r: r["partialFingerprints"]["busDocsFinding/v1"]
        assert sorted(map(key, before)) == sorted(map(key, after))
        lines = {key(r): r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in before}
        for result in after:
            assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == lines[key(result)] + 3
        # A line with a character outside the BMP before the finding's column: UTF-16 counts it twice.
        text = re.sub(r"(?m)^samtycke: muntligt$", "samtycke: \"\U0001F600 muntligt\"", original)
        (Path(folder) / "b.md").write_text(text)
        json_out = json.loads(run(["check", "b.md", "--format", "json", "--today", TODAY], cwd=folder).stdout)
        results = sarif(["b.md"], cwd=folder)["runs"][0]["results"]
        lines_text = text.split("\n")
        for finding, result in zip(json_out["diagnostics"], results):
            region = result["locations"][0]["physicalLocation"]["region"]
            line = lines_text[finding["line"] - 1]
            prefix = line[: finding["column"] - 1]
            assert region["startColumn"] == len(prefix.encode("utf-16-le")) // 2 + 1, (finding, region)
            assert region["endColumn"] == len(line.encode("utf-16-le")) // 2 + 1, (finding, region)


# MARK: GitLab

def test_gitlab_code_quality_report():
    with tempfile.TemporaryDirectory() as folder:
        repo = mutated_repository(folder)
        result = run(["check", "Mutations", "--format", "gitlab", "--today", TODAY], cwd=repo)
        assert result.returncode == 1, result.stderr
        issues = json.loads(result.stdout)
        assert isinstance(issues, list) and len(issues) > 100
        assert len({i["fingerprint"] for i in issues}) == len(issues), "fingerprints are unique"
        assert {i["severity"] for i in issues} == {"major", "minor"}
        assert all((repo / i["location"]["path"]).is_file() for i in issues)
    result = run(["check", "Tests/CLITests/Hostile", "--format", "gitlab", "--today", TODAY])
    for issue in json.loads(result.stdout):
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}, issue
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}, issue
        assert re.fullmatch(r"BUS[0-9]{3}", issue["check_name"]), issue
        assert (ROOT / issue["location"]["path"]).is_file() or "XXXX" in issue["location"]["path"], issue
        assert isinstance(issue["location"]["lines"]["begin"], int) and issue["location"]["lines"]["begin"] >= 1
    failure = json.loads(run(["check", "does-not-exist", "--format", "gitlab"], check=2).stdout)
    assert failure[0]["severity"] == "blocker"


# MARK: Versioned JSON

def registry():
    resources = []
    for name in ["check.schema.json", "diff.schema.json"]:
        schema = json.loads((SCHEMAS / name).read_text())
        resources.append((schema["$id"], referencing.Resource.from_contents(schema)))
    return referencing.Registry().with_resources(resources)


def validate(instance, name):
    schema = json.loads((SCHEMAS / name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema, registry=registry()).validate(instance)


def test_check_json_has_a_version_and_passes_its_schema():
    for args in [["Agreements", "Tests/Corpus"], ["Tests/CLITests/Hostile"], ["does-not-exist"]]:
        for locale in ["C", "sv_SE.UTF-8"]:
            out = json.loads(run(["check", *args, "--format", "json", "--today", TODAY], env={"LANG": locale}).stdout)
            assert out["version"] == 1
            validate(out, "check.schema.json")
    # The schema is not a rubber stamp: a finding without a rule fails it.
    with tempfile.TemporaryDirectory() as folder:
        repo = mutated_repository(folder)
        out = json.loads(run(["check", "Mutations", "--format", "json", "--today", TODAY], cwd=repo).stdout)
        assert len(out["diagnostics"]) > 100 and any("hint" in d for d in out["diagnostics"])
        validate(out, "check.schema.json")
    broken = copy.deepcopy(out)
    del broken["diagnostics"][0]["rule"]
    try:
        validate(broken, "check.schema.json")
        raise AssertionError("a finding without a rule passed the schema")
    except jsonschema.ValidationError:
        pass
    # A duplicated id points at its first use in a note of its own, in the schema's shape; a note without
    # its line fails the schema.
    for locale, first in [("C", "first used here"), ("sv_SE.UTF-8", "först använt här")]:
        out = json.loads(run(["check", "Tests/CLITests/Hostile/fuzz-duplicate-group.md", "--format", "json", "--today", TODAY],
                             env={"LANG": locale}, check=1).stdout)
        noted = [d for d in out["diagnostics"] if "notes" in d]
        assert [(d["rule"], d["line"]) for d in noted] == [("BUS019", 68)], noted
        assert noted[0]["notes"] == [{"message": first, "line": 55, "column": 9}], noted
        assert "line" not in noted[0]["message"] and "rad" not in noted[0]["message"], noted
        validate(out, "check.schema.json")
    broken = copy.deepcopy(out)
    del next(d for d in broken["diagnostics"] if "notes" in d)["notes"][0]["line"]
    try:
        validate(broken, "check.schema.json")
        raise AssertionError("a note without a line passed the schema")
    except jsonschema.ValidationError:
        pass
    # SARIF: the note is a related location with its message, and the log still passes the official schema.
    log = sarif(["Tests/CLITests/Hostile/fuzz-duplicate-group.md"])
    related = [r["relatedLocations"] for r in log["runs"][0]["results"] if "relatedLocations" in r]
    assert len(related) == 1 and related[0][0]["message"]["text"] == "first used here", related
    assert related[0][0]["physicalLocation"]["region"]["startLine"] == 55, related


def test_diff_json_has_a_version_the_same_finding_shape_and_files_for_lines():
    old, new = "Tests/CLITests/Revisions/rinkeby-kista-2017.md", "Tests/CLITests/Revisions/rinkeby-kista-2019.md"
    for pair in [(old, new), (new, old)]:
        out = json.loads(run(["diff", *pair, "--format", "json", "--today", TODAY], check=0).stdout)
        assert out["version"] == 1
        validate(out, "diff.schema.json")
        assert out["appeared"] or out["disappeared"]
        assert all(f["file"] == pair[1] for f in out["appeared"])
        assert all(f["file"] == pair[0] for f in out["disappeared"])
        assert all(c["file"] in pair for c in out["changes"] if "line" in c)
        assert all(s["file"] == (pair[0] if s["status"] == "removed" else pair[1]) for s in out["sections"])
        # One finding shape: the keys of a diff finding are those of a check finding.
        checked = json.loads(run(["check", new, "--format", "json", "--today", TODAY]).stdout)["diagnostics"]
        finding = (out["appeared"] + out["disappeared"])[0]
        assert set(finding) <= set(checked[0]) | {"hint"}
        assert set(checked[0]) - {"hint"} <= set(finding)
    validate(json.loads((ROOT / "Tests/CLITests/Snapshots/diff.json").read_text()), "diff.schema.json")


# MARK: The front matter's JSON Schema

class YAML12Loader(yaml.SafeLoader):
    """YAML as the YAML language server reads it (1.2 core schema): dates stay text, only true/false are booleans."""


YAML12Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}
YAML12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def front_matter(text):
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    assert text.startswith("---\n"), "no front matter"
    end = text.index("\n---", 3)
    return yaml.load(text[4:end + 1], Loader=YAML12Loader)


def agreement_schema():
    return json.loads(run(["schema"], check=0).stdout)


def test_schema_is_draft_2020_12_in_swedish_and_the_committed_copy_is_current():
    schema = agreement_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert json.loads((SCHEMAS / "agreement.schema.json").read_text()) == schema, "run: bus-docs schema -o schemas/agreement.schema.json"
    properties = schema["properties"]
    assert "bup" in properties["parter"]["items"]["properties"]["verksamheter"]["items"]["enum"]
    assert "samordnande-vardcentral" in properties["sip"]["properties"]["initierar"]["items"]["enum"]
    # A choice offers its words for completion and accepts them as check reads them (case, accents).
    assert properties["grupper"]["items"]["properties"]["typ"]["anyOf"][0]["enum"] == ["styrgrupp", "arbetsgrupp", "individforum", "behandlingskonferens", "samrådsgrupp"]
    assert properties["status"]["anyOf"][0]["enum"] == ["utkast", "remiss", "beslutad", "upphävd"]
    # Names and descriptions are those of the keys editors show on hover (FrontMatterKeys): one source.
    assert properties["parter"]["description"] == "Parterna: förvaltningar och verksamheter som ingår överenskommelsen."
    # Services come from the rule set: one that adds a service allows it.
    with tempfile.TemporaryDirectory() as folder:
        rules = (ROOT / "Sources/BUSDocsKit/RuleSets/hok-2022.yaml").read_text()
        services = re.search(r"^verksamheter:.*\n", rules, re.M)
        assert services, "the rule set has no verksamheter"
        rules = rules[:services.end()] + "  fritidsgard: { sv: \"fritidsgård\", en: \"youth centre\", huvudman: kommun }\n" + rules[services.end():]
        (Path(folder) / "regler.yaml").write_text(rules)
        own = json.loads(run(["schema", "--rules", str(Path(folder) / "regler.yaml")], check=0).stdout)
        assert "fritidsgard" in own["properties"]["sip"]["properties"]["initierar"]["items"]["enum"]
        assert "fritidsgard" not in properties["sip"]["properties"]["initierar"]["items"]["enum"]


def test_every_agreement_in_the_repository_validates_against_the_schema():
    validator = jsonschema.Draft202012Validator(agreement_schema())
    for path in AGREEMENTS + [ROOT / "Tests/BUSDocsKitTests/Fixtures/valid.md"]:
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(front_matter(path.read_text()))]
        assert not errors, f"{path.relative_to(ROOT)}: {errors}"


# Written as people write them and read by check without a finding: the schema accepts them too, so the
# editor does not underline what check and CI pass. (file, find, replace)
ACCEPTED = [
    ("nacka-2023.md", "samtycke: skriftligt", "samtycke: Skriftligt"),
    ("nacka-2023.md", "typ: styrgrupp", "typ: Styrgrupp"),
    ("nacka-2023.md", "huvudman: kommun", "huvudman: Kommun"),
    ("nacka-2023.md", "regelverk: hök-2022", "regelverk: HOK-2022"),
    ("nacka-2023.md", "per: termin", "per: Termin"),
]


def test_what_check_accepts_the_schema_accepts():
    validator = jsonschema.Draft202012Validator(agreement_schema())
    with tempfile.TemporaryDirectory() as folder:
        for name, find, replace in ACCEPTED:
            mutated = apply((ROOT / "Agreements" / name).read_text(), find, replace)
            path = Path(folder) / name
            path.write_text(mutated)
            report = json.loads(run(["check", str(path), "--format", "json", "--today", TODAY]).stdout)
            assert not report["diagnostics"], f"{replace!r}: check finds {report['diagnostics']}"
            errors = [e.message for e in validator.iter_errors(front_matter(mutated))]
            assert not errors, f"{replace!r}: the schema rejects it: {errors}"
        # …and still refuses a word that is none of them.
        wrong = apply((ROOT / "Agreements" / "nacka-2023.md").read_text(), "samtycke: skriftligt", "samtycke: skriftlig-ish")
        assert list(validator.iter_errors(front_matter(wrong)))


# Structural changes: each must be a BUS019 finding and a schema error. (file, find, replace)
STRUCTURAL = [
    ("nacka-2023.md", "titel:", "rubrik:"),                    # a required key missing (and an unknown key)
    ("nacka-2023.md", "samtycke: skriftligt", "samtycke: [skriftligt]"),
    ("nacka-2023.md", "bus-docs: 1", "bus-docs: 2"),
    ("rinkeby-kista-spanga-tensta-2017.md", "typ: lokal-överenskommelse", "typ: avtal"),
    ("rinkeby-kista-spanga-tensta-2017.md", "regelverk: bus-2012", "regelverk: bus-2099"),
]


def apply(text, find, replace):
    find, replace = find.replace("\\n", "\n"), replace.replace("\\n", "\n")
    assert find in text, find
    return text.replace(find, replace, 1)


def test_structural_mutations_are_rejected_by_the_schema_as_by_bus019():
    validator = jsonschema.Draft202012Validator(agreement_schema())
    cases = [(ROOT / "Agreements" / f, find, replace) for f, find, replace in STRUCTURAL]
    for line in (ROOT / "Tests/Corpus/mutations.tsv").read_text().splitlines()[1:]:
        fields = line.split("\t")
        if fields[4] == "BUS019":
            cases.append((ROOT / "Tests/Corpus" / fields[0], fields[2], fields[3]))
    assert len(cases) >= 12, len(cases)
    with tempfile.TemporaryDirectory() as folder:
        for source, find, replace in cases:
            mutated = apply(source.read_text(), find, replace)
            path = Path(folder) / source.name
            path.write_text(mutated)
            rules = {d["rule"] for d in json.loads(run(["check", str(path), "--format", "json", "--today", TODAY]).stdout)["diagnostics"]}
            assert "BUS019" in rules, f"{source.name}: {replace!r} is no BUS019 finding ({rules})"
            assert list(validator.iter_errors(front_matter(mutated))), f"{source.name}: the schema accepts {replace!r}"


# MARK: pre-commit

def pre_commit(args, cwd, env):
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_pre_commit_refuses_a_broken_agreement_and_passes_a_good_one():
    with tempfile.TemporaryDirectory() as folder:
        repo = Path(folder) / "avtal"
        (repo / "Agreements").mkdir(parents=True)
        env = {"PATH": f"{BIN.parent}:{os.environ['PATH']}", "LANG": "C", "HOME": folder, "PRE_COMMIT_HOME": f"{folder}/cache",
               "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
        subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
        good = (ROOT / "Agreements/nacka-2023.md").read_text()
        broken = good.replace("samtycke: skriftligt", "samtycke: muntligt", 1)
        assert broken != good

        # try-repo: the hook of this repository, run by pre-commit on the staged files.
        (repo / "Agreements/nacka.md").write_text(broken)
        subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
        tried = pre_commit(["try-repo", str(ROOT), "bus-docs"], repo, env)
        assert tried.returncode == 1 and "BUS008" in tried.stdout, tried.stdout + tried.stderr
        (repo / "Agreements/nacka.md").write_text(good)
        subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
        tried = pre_commit(["try-repo", str(ROOT), "bus-docs"], repo, env)
        assert tried.returncode == 0, tried.stdout + tried.stderr

        # Installed as a git hook from a pinned revision, as a team would: git commit itself is refused.
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        (repo / ".pre-commit-config.yaml").write_text(f"repos:\n  - repo: {ROOT}\n    rev: {head}\n    hooks:\n      - id: bus-docs\n")
        assert pre_commit(["install"], repo, env).returncode == 0
        subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
        committed = subprocess.run(["git", "commit", "-qm", "Nacka"], cwd=repo, env=env, capture_output=True, text=True)
        assert committed.returncode == 0, committed.stdout + committed.stderr
        (repo / "Agreements/nacka.md").write_text(broken)
        subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
        refused = subprocess.run(["git", "commit", "-qm", "muntligt"], cwd=repo, env=env, capture_output=True, text=True)
        assert refused.returncode != 0 and "BUS008" in refused.stdout + refused.stderr, refused.stdout + refused.stderr
        log = subprocess.run(["git", "log", "--oneline"], cwd=repo, capture_output=True, text=True).stdout
        assert "muntligt" not in log


def test_the_readmes_local_hook_needs_only_the_binary():
    """README's `repo: local` configuration, as written there, refuses a broken agreement and passes a good one."""
    readme = (ROOT / "README.md").read_text()
    blocks = [block for block in readme.split("```yaml\n")[1:] if "repo: local" in block.split("```")[0] and "id: bus-docs\n" in block.split("```")[0]]
    assert len(blocks) == 1, "README has one local configuration of the agreements' hook"
    config = blocks[0].split("```")[0]
    with tempfile.TemporaryDirectory() as folder:
        repo = Path(folder) / "avtal"
        (repo / "Agreements").mkdir(parents=True)
        env = {"PATH": f"{BIN.parent}:{os.environ['PATH']}", "LANG": "C", "HOME": folder, "PRE_COMMIT_HOME": f"{folder}/cache"}
        subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
        (repo / ".pre-commit-config.yaml").write_text(config)
        good = (ROOT / "Agreements/nacka-2023.md").read_text()
        (repo / "Agreements/nacka.md").write_text(good.replace("samtycke: skriftligt", "samtycke: muntligt", 1))
        subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
        refused = pre_commit(["run", "--all-files"], repo, env)
        assert refused.returncode == 1 and "BUS008" in refused.stdout, refused.stdout + refused.stderr
        (repo / "Agreements/nacka.md").write_text(good)
        subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
        passed = pre_commit(["run", "--all-files"], repo, env)
        assert passed.returncode == 0, passed.stdout + passed.stderr
        # An agreement that has expired is refused too (README's `--error BUS012`), and a warning shows
        # although the commit goes through (`verbose: true`).
        (repo / "Agreements/nacka.md").write_text(good.replace("  till: 2027-12-31", "  till: 2025-06-30", 1))
        subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
        expired = pre_commit(["run", "--all-files"], repo, env)
        assert expired.returncode == 1 and "BUS012" in expired.stdout, expired.stdout + expired.stderr
        (repo / "Agreements/nacka.md").write_text(good.replace("samtycke: skriftligt", "samtycke: skriftligt\nokand-nyckel: ja", 1))
        subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
        warned = pre_commit(["run", "--all-files"], repo, env)
        assert warned.returncode == 0 and "BUS020" in warned.stdout, warned.stdout + warned.stderr


# MARK: The GitHub action

def action_check_step():
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = {step.get("id"): step for step in action["runs"]["steps"]}
    return action, steps["check"]


def run_action_step(step, inputs, cwd, env):
    """The step's script with its env as GitHub would set it from the inputs."""
    environment = dict(env)
    for name, value in step["env"].items():
        environment[name] = re.sub(r"\$\{\{ inputs\.([a-z-]+) \}\}", lambda m: inputs[m.group(1)], value)
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=300)


def test_the_action_blocks_a_broken_agreement_and_writes_sarif():
    action, step = action_check_step()
    inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    inputs.update(today=TODAY, sarif="true")
    uses = [s.get("uses", "") for s in action["runs"]["steps"]]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "Agreements").mkdir()
        env = {"PATH": f"{BIN.parent}:{os.environ['PATH']}", "LANG": "C", "GITHUB_OUTPUT": f"{folder}/output"}
        good = (ROOT / "Agreements/nacka-2023.md").read_text()
        (Path(folder) / "Agreements/nacka.md").write_text(good)
        passed = run_action_step(step, inputs, folder, env)
        assert passed.returncode == 0, passed.stdout + passed.stderr
        (Path(folder) / "Agreements/nacka.md").write_text(good.replace("samtycke: skriftligt", "samtycke: muntligt", 1))
        failed = run_action_step(step, inputs, folder, env)
        assert failed.returncode == 1, failed.stdout + failed.stderr
        assert "::error file=Agreements/nacka.md" in failed.stdout and "title=BUS008" in failed.stdout, failed.stdout
        log = json.loads((Path(folder) / "bus-docs.sarif").read_text())
        assert not sarif_problems(log)
        assert "BUS008" in {r["ruleId"] for r in log["runs"][0]["results"]}
        assert "sarif-file=bus-docs.sarif" in (Path(folder) / "output").read_text()
        # --strict through the input: the good agreement's warnings fail it too.
        inputs.update(strict="true", sarif="false")
        (Path(folder) / "Agreements/nacka.md").write_text(good)
        strict = run_action_step(step, inputs, folder, env)
        warnings = json.loads(run(["check", "Agreements/nacka.md", "--format", "json", "--today", TODAY], cwd=folder).stdout)["warnings"]
        assert strict.returncode == (1 if warnings else 0), strict.stdout


def test_the_action_checks_the_register_through_its_input():
    """`register: Register` runs check --register: a name in a register cell fails the step, as an annotation
    at the cell that names the column and not the name; without the input the register is not read."""
    action, step = action_check_step()
    assert "register" in action["inputs"] and action["inputs"]["register"].get("default", "") == ""
    inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    inputs.update(today=TODAY)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "Agreements").mkdir()
        (Path(folder) / "Agreements/nacka-2023.md").write_text((ROOT / "Agreements/nacka-2023.md").read_text())
        year = Path(folder) / "Register/nacka-2023/2026"
        year.mkdir(parents=True)
        (year / "individforum.csv").write_text("uppmärksammat;möte;parter;utfall\n2026-09-01;2026-09-08;soc-nacka,Lisa Ek (elev åk 4);löst\n")
        (year / "avvikelser.csv").write_text("datum;från;till;ämne;principiell;status\n")
        env = {"PATH": f"{BIN.parent}:{os.environ['PATH']}", "LANG": "C.UTF-8", "GITHUB_OUTPUT": f"{folder}/output"}
        without = run_action_step(step, inputs, folder, env)
        assert without.returncode == 0 and "Register/" not in without.stdout, without.stdout + without.stderr
        inputs.update(register="Register")
        failed = run_action_step(step, inputs, folder, env)
        assert failed.returncode == 1, failed.stdout + failed.stderr
        assert "::error file=Register/nacka-2023/2026/individforum.csv,line=2,col=33,title=BUS031::`parter` has a value" in failed.stdout, failed.stdout
        assert "Lisa" not in failed.stdout + failed.stderr, failed.stdout
        (year / "individforum.csv").write_text("uppmärksammat;möte;parter;utfall\n2026-09-01;2026-09-08;soc-nacka,bup-nacka;löst\n")
        passed = run_action_step(step, inputs, folder, env)
        assert passed.returncode == 0, passed.stdout + passed.stderr


# MARK: Installation

def test_the_action_refuses_an_expired_agreement_through_its_errors_input():
    """`errors: BUS012` runs check --error BUS012: an agreement whose `till` has passed is a warning by default
    and fails the step, as an error annotation, with the input."""
    action, step = action_check_step()
    assert action["inputs"]["errors"].get("default", "") == ""
    inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    inputs.update(today="2028-03-01")
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "Agreements").mkdir()
        text = (ROOT / "Agreements/nacka-2023.md").read_text()
        assert "  till: 2027-12-31\n" in text
        (Path(folder) / "Agreements/nacka-2023.md").write_text(text)
        env = {"PATH": f"{BIN.parent}:{os.environ['PATH']}", "LANG": "C.UTF-8", "GITHUB_OUTPUT": f"{folder}/output"}
        passed = run_action_step(step, inputs, folder, env)
        assert passed.returncode == 0 and "::warning file=Agreements/nacka-2023.md" in passed.stdout and "title=BUS012" in passed.stdout, passed.stdout + passed.stderr
        inputs.update(errors="BUS012")
        refused = run_action_step(step, inputs, folder, env)
        assert refused.returncode == 1, refused.stdout + refused.stderr
        assert "::error file=Agreements/nacka-2023.md" in refused.stdout and "title=BUS012" in refused.stdout, refused.stdout


def test_make_install_and_make_deb():
    with tempfile.TemporaryDirectory() as prefix:
        # Under a Swedish locale: the man page and the completions are made from untranslated output.
        made = subprocess.run(["make", "install", f"PREFIX={prefix}", f"BIN={BIN}"], cwd=ROOT, capture_output=True, text=True, timeout=900,
                              env={**os.environ, "LANG": "sv_SE.UTF-8", "LC_ALL": "sv_SE.UTF-8"})
        assert made.returncode == 0, made.stdout + made.stderr
        prefix = Path(prefix)
        assert os.access(prefix / "bin/bus-docs", os.X_OK)
        page = prefix / "share/man/man1/bus-docs.1"
        rendered = subprocess.run(["man", "-l", str(page)], capture_output=True, text=True, env={"MANPAGER": "cat", "PAGER": "cat", "COLUMNS": "100", "PATH": os.environ["PATH"], "LANG": "C"})
        assert rendered.returncode == 0, rendered.stderr
        text = re.sub(r".\x08", "", rendered.stdout)
        for command in ["check", "diff", "schema", "--format", "--strict"]:
            assert command in text, f"the man page does not mention {command}"
        assert "warning:" not in rendered.stderr, rendered.stderr
        # The Swedish page, for `man -L sv bus-docs`: every command's Swedish help, as the program shows it.
        swedish = subprocess.run(["man", "-l", str(prefix / "share/man/sv/man1/bus-docs.1")], capture_output=True, text=True,
                                 env={"MANPAGER": "cat", "PAGER": "cat", "COLUMNS": "100", "PATH": os.environ["PATH"], "LANG": "C.UTF-8"})
        assert swedish.returncode == 0 and "warning:" not in swedish.stderr, swedish.stderr
        svtext = re.sub(r".\x08", "", swedish.stdout)
        for words in ["NAMN", "KOMMANDON", "SLUTSTATUS", "bus-docs check", "bus-docs protocol", "Kontrollera överenskommelser mot de regionala",
                      "Skriv protokollmallen för ett BUS individforum", "--strict"]:
            assert words in svtext, f"the Swedish man page does not have {words!r}:\n{svtext[:2000]}"
        assert "OVERVIEW" not in svtext and "USAGE:" not in svtext, "the Swedish man page has English help"
        completions = {
            "share/bash-completion/completions/bus-docs": "_bus-docs",
            "share/zsh/site-functions/_bus-docs": "#compdef bus-docs",
            "share/fish/vendor_completions.d/bus-docs.fish": "complete -c 'bus-docs'",
        }
        for path, marker in completions.items():
            assert marker in (prefix / path).read_text(), path
            shell = {"share/bash-completion/completions/bus-docs": "bash", "share/zsh/site-functions/_bus-docs": "zsh"}.get(path, "fish")
            assert (prefix / path).read_text() == run(["--generate-completion-script", shell], check=0).stdout, path
        bash = subprocess.run(["bash", "-c", f"source {prefix}/share/bash-completion/completions/bus-docs && complete -p bus-docs"], capture_output=True, text=True)
        assert bash.returncode == 0, bash.stderr

    with tempfile.TemporaryDirectory() as out:
        made = subprocess.run(["make", "deb", f"BIN={BIN}", f"DEB_DIR={out}", "DEB_COMPRESSION=gzip"], cwd=ROOT, capture_output=True, text=True, timeout=900)
        assert made.returncode == 0, made.stdout + made.stderr
        debs = list(Path(out).glob("*.deb"))
        assert len(debs) == 1, debs
        contents = subprocess.run(["dpkg-deb", "-c", str(debs[0])], capture_output=True, text=True, check=True).stdout
        for path in ["./usr/bin/bus-docs", "./usr/share/man/man1/bus-docs.1.gz", "./usr/share/man/sv/man1/bus-docs.1.gz", "./usr/share/bash-completion/completions/bus-docs",
                     "./usr/share/zsh/vendor-completions/_bus-docs", "./usr/share/fish/vendor_completions.d/bus-docs.fish"]:
            assert path in contents, f"{path} not in the package:\n{contents}"
        info = subprocess.run(["dpkg-deb", "-I", str(debs[0])], capture_output=True, text=True, check=True).stdout
        assert "Package: bus-docs" in info and "Architecture: " in info and "Depends: " in info, info
        version = run(["--version"], check=0).stdout.strip()
        assert f"Version: {version}" in info, info


def main():
    selected = sys.argv[1:]
    tests = [(name, f) for name, f in globals().items() if name.startswith("test_") and (not selected or any(s in name for s in selected))]
    passed = failed = 0
    for name, test in tests:
        try:
            test()
            passed += 1
            print(f"PASS {name}", flush=True)
        except Exception:
            failed += 1
            print(f"FAIL {name}\n{traceback.format_exc()}", flush=True)
    print(f"tools-test: {passed} passed, {failed} failed")
    return 1 if failed or not tests else 0


if __name__ == "__main__":
    sys.exit(main())
