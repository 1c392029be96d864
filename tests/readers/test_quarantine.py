import json

from tidings.readers import Quarantine, read_documents


def test_quarantine_writes_each_bad_record_and_reports_it(bad_dir, tmp_path, capsys):
    path = tmp_path / "out.quarantine.jsonl"
    with Quarantine(path) as quarantine:
        ids = [d.id for d in read_documents([bad_dir / "mixed.jsonl", bad_dir / "latin1.txt"], quarantine)]
    assert ids == ["good-1", "good-2"]
    assert quarantine.count == 6
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [line["where"] for line in lines] == [
        *(f"{bad_dir}/mixed.jsonl:{n}" for n in (2, 3, 4, 5, 6)),
        f"{bad_dir}/latin1.txt",
    ]
    assert lines[0] == {
        "where": f"{bad_dir}/mixed.jsonl:2",
        "error": "not valid JSON (Expecting ',' delimiter at column 43)",
        "raw": '{"id": "broken", "text": "missing a brace"',
    }
    assert lines[2]["raw"] == '{"id": "latin1", "text": "caf\ufffd bombing"}'
    assert lines[5]["raw"] == "Caf\ufffd owners protested in Marseille."
    stderr = capsys.readouterr().err.splitlines()
    assert len(stderr) == 6
    assert stderr[1] == (
        f'tidings: bad record {bad_dir}/mixed.jsonl:3: missing "text"; every line needs "id" and "text" '
        f"(quarantined to {path})"
    )


def test_quarantine_file_created_only_for_a_bad_record(docs_dir, tmp_path, capsys):
    path = tmp_path / "out.quarantine.jsonl"
    with Quarantine(path) as quarantine:
        assert len(list(read_documents([docs_dir], quarantine))) == 5
    assert quarantine.count == 0
    assert not path.exists()
    assert capsys.readouterr().err == ""


def test_quarantine_appends_across_runs(bad_dir, tmp_path):
    path = tmp_path / "q.jsonl"
    for _ in range(2):
        with Quarantine(path) as quarantine:
            list(read_documents([bad_dir / "latin1.txt"], quarantine))
    assert len(path.read_text(encoding="utf-8").splitlines()) == 2
