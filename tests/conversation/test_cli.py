"""`chatbot interpret`: the whole dev corpus through the command, one JSON line per input."""

import json
from pathlib import Path

from flask import Flask

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_dev_corpus_reads_as_expected_through_the_command(app: Flask) -> None:
    lines = (DATA / "replies_dev.jsonl").read_text().splitlines()
    stdin = "\n".join(
        json.dumps({k: json.loads(line)[k] for k in ("text", "expecting", "lang")})
        for line in lines
    )

    result = app.test_cli_runner().invoke(args=["chatbot", "interpret"], input=stdin)

    assert result.exit_code == 0, result.output
    outputs = [json.loads(out) for out in result.output.splitlines()]
    assert len(outputs) == len(lines)
    for line, output in zip(lines, outputs, strict=True):
        assert set(output) == {
            "intent", "pain", "fatigue", "trend", "red_flags", "possible_flags", "language",
        }  # fmt: skip
        expected = json.loads(line)["expect"]
        assert {k: output[k] for k in expected} == expected, json.loads(line)["text"]


def test_a_line_that_is_not_json_is_refused_with_its_number(app: Flask) -> None:
    result = app.test_cli_runner().invoke(
        args=["chatbot", "interpret"], input='{"text": "done"}\nnot json\n'
    )

    assert result.exit_code != 0 and "line 2" in result.output
