"""Unit tests of the learned block score: the model file format, its two thresholds,
the block features, and the pass that applies a model to the structural verdicts."""

from __future__ import annotations

from pathlib import Path

from benchmarks import golden

import articlex
from articlex import Options, Role
from articlex.model import Classified
from articlex.roles.learned import (
    DECIDED,
    BlockScorer,
    LinearModel,
    block_features,
    load_model,
    packaged_model,
)
from articlex.roles.page_type import type_scores
from articlex.roles.passes import apply_model, classify_structural, structural_html

PROSE = ("The council approved the new budget on Monday, after a long debate about "
         "schools, roads and the future of the central library.")
PAGE = (f"<html><head><title>Budget passes</title></head><body>"
        f"<nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>"
        f"<article class='post-body'><h1>Budget passes</h1><p>{PROSE}</p>"
        f"<p>{PROSE.replace('Monday', 'Friday')}</p>"
        f"<div class='share-tools'><p>Share this story with a friend today</p></div></article>"
        f"<footer><p>Copyright 2024 Town News</p></footer></body></html>")


def _page():
    return articlex.read_page(PAGE)


def test_a_model_survives_its_file_format(tmp_path: Path) -> None:
    model = LinearModel(-0.25, {"tag=p": 1.5, "near=share": -2.0}, 0.3, 0.7, "a test model")
    path = tmp_path / "model.json"
    path.write_text(model.to_json(), encoding="utf-8")
    assert load_model(path) == model


def test_the_structural_verdict_sets_which_threshold_applies() -> None:
    model = LinearModel(0.0, {"x": 1.0}, drop_below=0.3, keep_from=0.8)
    features = {"x": 0.5}  # p = σ(0.5) ≈ 0.62
    assert model.decide(features, kept=True)[0]  # kept: stays unless p < 0.3
    assert not model.decide(features, kept=False)[0]  # dropped: needs p ≥ 0.8
    assert abs(model.decide(features, kept=True)[1] - 0.6225) < 1e-3


def test_reasons_name_the_strongest_features_first() -> None:
    model = LinearModel(0.0, {"a": 0.5, "b": -3.0, "c": 1.0})
    assert model.reasons({"a": 1.0, "b": 1.0, "c": 1.0, "unknown": 1.0}, 2) == ["b -3.0", "c +1.0"]


def test_features_describe_only_the_blocks_the_model_decides() -> None:
    page = _page()
    verdicts = structural_html(page)
    features = block_features(page, verdicts)
    assert len(features) == len(page.blocks)
    for block, verdict, found in zip(page.blocks, verdicts, features):
        if verdict.role in DECIDED:
            assert f"role={verdict.role.value}" in found
            assert found["log_units"] >= 0.0
        else:
            assert found == {}, block.text
    share = next(f for b, f in zip(page.blocks, features) if b.text.startswith("Share this"))
    assert "near=share" in share and "near=tools" in share  # the class words around it
    assert block_features(page, verdicts) == features  # deterministic


def test_what_the_page_is_shapes_the_features_of_its_blocks() -> None:
    page = _page()
    verdicts = structural_html(page)
    assert not any(k.startswith(("article_p", "likely=")) for f in block_features(
        page, verdicts) for k in f)  # without a page-type model
    thread = block_features(page, verdicts, {"article": 0.1, "forum": 0.7, "listing": 0.2})
    story = block_features(page, verdicts, {"article": 0.9, "forum": 0.05, "listing": 0.05})
    for verdict, on_thread, on_story in zip(verdicts, thread, story):
        if verdict.role not in DECIDED:
            continue
        role = verdict.role.value
        assert {"article_p=0", f"article_p=0&role={role}", f"likely=forum&role={role}"} \
            <= on_thread.keys()
        assert "article_p=2" in on_story and not any(k.startswith("likely=") for k in on_story)
        crossed = {k.partition("&")[2] for k in on_thread if k.startswith("article_p=0&")}
        assert crossed - {f"role={role}"} <= on_thread.keys()  # crossed only with its own


def test_the_model_changes_only_body_and_boilerplate_and_says_why() -> None:
    page = _page()
    verdicts = structural_html(page)
    # a model that keeps paragraphs and footers, unless they sit in a "share" element
    model = LinearModel(0.0, {"near=share": -20.0, "tag=p": 5.0, "tag=footer": 5.0}, 0.5, 0.6)
    learned = apply_model(page, verdicts, model, None)
    for block, before, after in zip(page.blocks, verdicts, learned):
        if before.role not in DECIDED:
            assert after.role is before.role, block.text
        elif after.role is not before.role:
            assert after.reason.startswith("learned score"), after.reason
    by_text = {b.text: v for b, v in zip(page.blocks, learned)}
    share = by_text["Share this story with a friend today"]
    assert share.role is Role.BOILERPLATE
    assert by_text[PROSE].role is Role.BODY
    footer = by_text["Copyright 2024 Town News"]
    assert footer.role is Role.BODY and "tag=footer +5.0" in footer.reason
    assert by_text["Home News"].role is Role.BOILERPLATE  # p = 0.5 < keep_from: stays dropped


def test_the_scorer_gives_the_score_of_the_features() -> None:
    """The learned pass scores blocks without building their features (BlockScorer);
    its score is the model's score of :func:`block_features`, on every golden page
    (HTML and text, each with its format's model), for each page type the features can
    be crossed with."""
    checked = {"html": 0, "text": 0}
    for case in golden.case_dirs():
        source, settings = golden.case_input(case)
        page = articlex.read_page(source, **settings)
        feed = page.source_format.value
        model = packaged_model(feed)
        assert model is not None
        verdicts = classify_structural(page, Options()).verdicts
        found = type_scores(Classified(page, verdicts))
        for scores in (found, None, {"article": 0.1, "forum": 0.7, "listing": 0.2}):
            features = block_features(page, verdicts, scores)
            scorer = BlockScorer(page, verdicts, model, scores)
            for i, verdict in enumerate(verdicts):
                if verdict.role in DECIDED:
                    assert abs(scorer.score(i) - model.score(features[i])) < 1e-12
                    assert scorer.features(i) == features[i]
                    checked[feed] += 1
    assert checked["html"] > 1000 and checked["text"] > 500


def test_text_pages_have_their_own_model() -> None:
    """The pipeline applies the text model to text pages: on the golden text pages it
    changes, the pipeline's roles are the text model's, not the structural ones."""
    html, text = packaged_model("html"), packaged_model("text")
    assert html is not None and text is not None and html != text
    assert "text pages" in text.about
    changed = 0
    for case in golden.case_dirs():
        source, settings = golden.case_input(case)
        if settings["input_format"] != "text":
            continue
        page = articlex.read_page(source, **settings)
        structural = classify_structural(page, Options())
        learned = [v.role for v in apply_model(page, structural.verdicts, text,
                                                type_scores(structural))]
        assert [v.role for v in articlex.classify(page).verdicts] == learned
        changed += learned != [v.role for v in structural.verdicts]
    assert changed >= 1
