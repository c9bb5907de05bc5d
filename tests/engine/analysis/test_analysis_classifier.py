"""The shipped classifier: loads, is deterministic, maps PROMISE labels onto ISO 25010."""

import numpy as np

from autoagi.engine.analysis import ISO_CATEGORY, classify_texts, promise_label_of
from autoagi.engine.analysis.classify.features import DENSE_NAMES, dense_features
from autoagi.engine.analysis.classify.labels import PROMISE_LABELS
from autoagi.engine.analysis.classify.model import MODEL_PATH, LinearModel
from autoagi.engine.analysis.classify.train import fit


def test_every_promise_label_maps_to_an_artifact_category():
    from typing import get_args

    from autoagi.engine.artifacts import Category

    assert set(ISO_CATEGORY) == set(PROMISE_LABELS)
    assert set(ISO_CATEGORY.values()) <= set(get_args(Category))
    for label, category in ISO_CATEGORY.items():
        assert ISO_CATEGORY[promise_label_of(category)] == category, label


def test_shipped_model_is_small_and_loads():
    assert MODEL_PATH.exists()
    assert MODEL_PATH.stat().st_size < 25 * 1024 * 1024
    model = LinearModel.load(MODEL_PATH)
    assert set(model.nfr_labels) <= set(PROMISE_LABELS) - {"F"}


def test_classify_texts_obvious_cases():
    functional, performance, security = classify_texts(
        [
            "The system shall display the list of open invoices for the selected customer.",
            "The system shall answer 95% of search requests within 1 second.",
            "All passwords shall be encrypted and only authorized staff shall access the audit log.",
        ]
    )
    assert functional.label == "F" and functional.p_nfr < 0.5
    assert performance.label == "PE" and performance.category == "performance_efficiency"
    assert security.label == "SE" and security.category == "security"


def test_classification_is_deterministic_and_batch_independent():
    texts = ["The product shall be easy to use.", "The system shall e-mail receipts."]
    together = classify_texts(texts)
    alone = [classify_texts([t])[0] for t in texts]
    assert together == alone == classify_texts(texts)
    assert classify_texts([]) == []


def test_dense_features_are_bounded():
    x = dense_features("The system shall respond within 2 seconds to 99% of 1000 concurrent users, etc.")
    assert x.shape == (len(DENSE_NAMES),)
    assert np.all(x >= 0) and np.all(x <= 1.5)


def test_fit_on_a_toy_set_round_trips(tmp_path):
    texts = [
        "The system shall print the invoice.",
        "The system shall send the order.",
        "The system shall store the customer.",
        "The system shall be fast and respond within 1 second.",
        "The system shall be secure and encrypt passwords.",
        "The system shall respond within 2 seconds.",
        "Only authorized users shall log in with a password.",
    ]
    labels = ["F", "F", "F", "PE", "SE", "PE", "SE"]
    model = fit(texts, labels)
    path = tmp_path / "m.npz"
    model.save(path, {"toy": True})
    loaded = LinearModel.load(path)
    assert loaded.predict(texts) == model.predict(texts)


def test_vocabulary_from_precomputed_grams_equals_vocabulary_from_texts():
    # C selection refits from precomputed n-grams; its idf must count the same documents
    from autoagi.engine.analysis.classify.vectorize import fit_ngram_vocabulary, ngrams

    texts = [
        "The system shall display the invoice.",
        "The system shall respond within 2 seconds.",
        "The clerk shall print the invoice.",
    ]
    vocab, idf = fit_ngram_vocabulary(texts, min_df=1)
    vocab_g, idf_g = fit_ngram_vocabulary([], min_df=1, grams=[ngrams(t) for t in texts])
    assert vocab == vocab_g
    np.testing.assert_allclose(idf, idf_g)
    assert idf.min() >= 1.0  # smoothed idf is never below 1


def test_a_user_story_is_classified_by_what_it_asks_not_by_its_goal(make_doc):
    from autoagi.engine.analysis import analyze

    text = (
        "As a camp administrator, I want to store campers' emergency contacts, so that I can easily and "
        "quickly notify the right people.\n"
        "As a shopper, I want the product pages to load in under 2 seconds, so that I do not give up.\n"
        "#G21# As an attendee, I want to register for a summit, so that I can reserve my seat.\n"
    )
    kinds = [(r.kind, r.category) for r in analyze([make_doc(text)]).requirements]
    assert kinds == [
        ("functional", "functional_suitability"),  # "easily and quickly" is the goal, not a quality asked for
        ("non_functional", "performance_efficiency"),
        ("functional", "functional_suitability"),  # the backlog tag is not a figure
    ]
