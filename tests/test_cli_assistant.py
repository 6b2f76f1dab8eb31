"""The assistant from the command line: `motcua ask --json` prints what the API returns, a conversation continues
with --conversation, and `motcua assistant-eval` reports the evaluation figures above the targets."""
import json
import os
import subprocess
import tempfile

from test_calendar_oracle import motcua_binary


def run(env, *args):
    return subprocess.run([motcua_binary(), *args], capture_output=True, text=True, env=env, timeout=600)


def test_ask_json_follow_up_and_evaluation():
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "ask.sqlite"), LOG_LEVEL="error")
        first = run(env, "ask", "con tôi mới sinh thì làm giấy khai sinh ở đâu?", "--commune", "00004", "--json")
        assert first.returncode == 0, first.stderr
        answer = json.loads(first.stdout)
        assert set(answer) >= {"answer", "procedures", "needsClarification", "outOfScope", "conversationId"}
        assert answer["procedures"][0]["code"] == "1.001193"
        assert answer["procedures"][0]["url"] == "/thu-tuc/1.001193"
        assert "Phường Ba Đình" in answer["answer"] and answer["needsClarification"] is False

        follow = json.loads(run(env, "ask", "còn lệ phí thì sao?", "--conversation", answer["conversationId"], "--json").stdout)
        assert follow["decision"] == "followUp" and follow["procedures"][0]["code"] == "1.001193"

        # The same question twice: the same answer.
        again = json.loads(run(env, "ask", "con tôi mới sinh thì làm giấy khai sinh ở đâu?", "--commune", "00004", "--json").stdout)
        assert again["answer"] == answer["answer"]

        unknown = json.loads(run(env, "ask", "what is the capital of France", "--json").stdout)
        assert unknown["outOfScope"] is True and unknown["procedures"] == []

        bad = run(env, "ask", "khai sinh", "--commune", "99999")
        assert bad.returncode == 2 and "99999" in bad.stderr

        report = run(env, "assistant-eval", "--json")
        assert report.returncode == 0, report.stderr
        figures = json.loads(report.stdout)
        tuning = figures["assistant-questions.jsonl"]
        assert tuning["questions"] >= 150
        assert tuning["hitAt3"] >= 0.9 and tuning["outOfScopeAccuracy"] >= 0.9
        assert figures["assistant-heldout.jsonl"]["questions"] >= 60
