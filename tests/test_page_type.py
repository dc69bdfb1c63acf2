"""Unit tests of the page type: the model file format, the article threshold, the page
features, and the packaged model's answers on the golden pages of each kind."""

from __future__ import annotations

import json
from pathlib import Path

import articlex
from articlex.roles.page_type import (
    ARTICLE,
    PageTypeModel,
    packaged_page_model,
    page_features,
)

GOLDEN = Path(__file__).parent / "golden"
TYPES = {"article", "forum", "product", "listing", "collection", "documentation", "service"}
PRODUCT = ("<html><head><title>Trail shoe X2</title>"
           "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
           "\"@graph\": [{\"@type\": \"Product\", \"name\": \"Trail shoe X2\"}]}</script>"
           "</head><body><h1>Trail shoe X2</h1><p>Price: $89.00</p><p>Add to cart</p>"
           "<p>A light trail shoe with a grippy sole, for long runs on rough ground and "
           "wet rock, in six colours.</p></body></html>")


def test_a_model_survives_its_file_format() -> None:
    model = PageTypeModel(("article", "forum"), {"article": 0.1, "forum": -0.1},
                          {"url=thread": {"forum": 2.0}}, 0.6, "a test model")
    assert PageTypeModel.from_json(model.to_json()) == model


def test_a_page_is_an_article_only_from_the_threshold() -> None:
    model = PageTypeModel(("article", "forum", "product"), {}, {}, article_from=0.6)
    assert model.choose({"article": 0.6, "forum": 0.3, "product": 0.1}) == ARTICLE
    # the likeliest type, but below the threshold: the likeliest other type
    assert model.choose({"article": 0.55, "forum": 0.15, "product": 0.3}) == "product"


def test_scores_are_probabilities_moved_by_the_weights() -> None:
    model = PageTypeModel(("article", "forum"), {"article": 0.0, "forum": 0.0},
                          {"url=thread": {"forum": 3.0}}, 0.5)
    scores = model.scores({"url=thread": 1.0})
    assert abs(sum(scores.values()) - 1.0) < 1e-9 and scores["forum"] > 0.9
    assert model.scores({}) == {"article": 0.5, "forum": 0.5}


def test_features_read_declared_types_the_url_and_the_wording() -> None:
    _, classified = articlex.explain(PRODUCT, url="https://shop.example/products/trail-shoe-x2")
    features = page_features(classified)
    assert features["type=product"] == 1.0
    assert features["url=products"] == 1.0 and "url_date" not in features
    assert features["label=cart"] == 1.0
    assert "prices=0" not in features  # a price was seen
    assert features["format=html"] == 1.0


def test_the_packaged_model_knows_every_wcxb_type() -> None:
    model = packaged_page_model()
    assert model is not None and set(model.types) == TYPES
    assert 0.0 < model.article_from < 1.0
    assert "benchmarks/train_page_type.py" in model.about


def test_every_article_gets_a_known_type_and_the_json_key() -> None:
    article = articlex.extract(PRODUCT)
    assert article.page_type in TYPES
    assert article.to_dict()["page_type"] == article.page_type


def test_golden_forum_and_product_pages_are_told_from_articles() -> None:
    def expected(case: str) -> str:
        data = json.loads((GOLDEN / case / "expected.json").read_text(encoding="utf-8"))
        return str(data["page_type"])

    assert expected("html-forum-thread") == "forum"
    assert expected("html-product-page") == "product"
    assert expected("html-en-two-authors") == ARTICLE
