"""Client-chosen session ids of Jupyter and Node.js: each must work as one path segment of the
session's own routes, and an encoded `/` in a path must not change which route matches."""

import pytest

BAD_IDS = ["/", "a/b", "../x", "with space", "x" * 129, "caf\u00e9"]


@pytest.mark.parametrize("session_id", BAD_IDS)
def test_jupyter_rejects_bad_session_ids(raw, session_id):
    body = raw.post("/v1/jupyter/sessions/create", {"session_id": session_id}).json()
    assert body["success"] is False
    assert "invalid session id" in body["message"]
    assert len(body["message"]) < 300, "a long id is shortened in the message"
    body = raw.post("/v1/jupyter/execute", {"code": "1", "session_id": session_id}).json()
    assert body["success"] is False
    assert "invalid session id" in body["message"]


@pytest.mark.parametrize("session_id", BAD_IDS)
def test_nodejs_rejects_bad_session_ids(raw, session_id):
    body = raw.post("/v1/nodejs/sessions", {"session_id": session_id}).json()
    assert body["success"] is False
    assert "invalid session id" in body["message"]
    body = raw.post("/v1/nodejs/execute", {"code": "1", "session_id": session_id, "stateful": True}).json()
    assert body["success"] is False
    assert "invalid session id" in body["message"]


def test_good_ids_are_accepted_and_reachable(raw):
    session_id = "agent-1.run_2:step@3"
    assert raw.post("/v1/jupyter/sessions/create", {"session_id": session_id}).json()["success"] is True
    listed = raw.get("/v1/jupyter/sessions").json()["data"]["sessions"]
    assert session_id in listed
    deleted = raw.session.delete(f"{raw.base}/v1/jupyter/sessions/{session_id}", timeout=60).json()
    assert deleted["success"] is True


def test_encoded_slash_stays_in_segment(raw):
    keep = "keep-me"
    assert raw.post("/v1/jupyter/sessions/create", {"session_id": keep}).json()["success"] is True
    response = raw.session.delete(f"{raw.base}/v1/jupyter/sessions/%2F", timeout=60)
    assert response.status_code == 200
    assert response.json()["success"] is False, response.text
    assert keep in raw.get("/v1/jupyter/sessions").json()["data"]["sessions"]
    raw.session.delete(f"{raw.base}/v1/jupyter/sessions/{keep}", timeout=60)
