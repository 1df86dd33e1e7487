"""Intents and scores of batch 27's kind, on new wordings: minutes "of the" whole, a stop "ahí"
and "todos menos uno" are partial; a score after "all but" and a sign that "stopped after" a
treatment leave the work whole; another day's work told alone, or the work told after a
laughing face, is done; "qué hago" at the end,
a "?" followed by "no entendí", "just wondering" beside "I'm not right now", how a task is
"supposed to be" and another weekday's work all ask the therapist; a checked-back answer, a
blackout and a mind told plainly report; "2 of the 4" is no score, a rating out of 10 with no
other scale is pain, and "nah, more like a 3" answers the pain asked before it."""

import pytest

from companion.conversation.interpret import interpret


def intent(text: str, lang: str = "en") -> str:
    return interpret(text, None, lang).intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # minutes of the whole
        ("legs felt like lead, walked maybe 12 min of the 25", "en"),
        # a stop told as "paré ahí" / "lo dejé ahí"
        ("me mareé en la escalera y lo dejé ahí", "es"),
        # all but one, named after the noun
        ("hice todas las rutinas menos la de la escalera", "es"),
    ],
)
def test_a_share_of_the_work_told_is_partial(text: str, lang: str) -> None:
    assert intent(text, lang) == "partial"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a score after "all but" opens its own clause
        ("got through it all but pain is at a 5 tonight", "en"),
        # a sign that stopped after a treatment is no stop in the work
        ("my hand used to tingle but it stopped after the brace, finished everything", "en"),
        # another day's work told alone answers for the day asked
        ("anoche hice toda la rutina y después me dolió la espalda", "es"),
        # a laughing face ends the joke asked before the work told
        ("does tripping over my own ego count as a fall 🤣 finished everything", "en"),
        ("¿eso cuenta como caída 😂 hice todo", "es"),
    ],
)
def test_the_whole_work_beside_a_score_a_sign_over_or_told_late_is_done(
    text: str, lang: str
) -> None:
    assert intent(text, lang) == "done"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # what to do, asked at the end without a "?"
        ("tengo la pierna hinchada desde el lunes que debo hacer", "es"),
        ("my wrist keeps locking up what should i do", "en"),
        # a "?" then why it asks is no self-answered question
        ("qué quiere decir 'bisagra de cadera'? no entiendo el dibujo", "es"),
        # a state denied beside "just wondering" puts nothing off
        (
            "is burning in the quads bad? im not right now, just wondering",
            "en",
        ),
        # how a task is meant to be, and another weekday's work, ask the therapist
        ("how many sets is the wall sit supposed to be", "en"),
        ("¿tengo que hacer la rutina el sábado también?", "es"),
    ],
)
def test_a_question_for_the_therapist_is_a_question(text: str, lang: str) -> None:
    assert intent(text, lang) == "question"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # checking the answer fits asks nothing
        ("ni mareos ni nada, eso es lo que querían saber verdad? dolor 3", "es"),
        ("no numbness at all, thats what you asked right? pain 2", "en"),
        # the sight going, told alone
        ("the room went dark when i got up from the chair", "en"),
        # a mind told plainly
        ("i'm not okay.", "en"),
        ("me estuve cortando anoche", "es"),
        ("siento que mi familia estaría better off sin mí", "es"),
    ],
)
def test_a_sign_or_a_checked_back_answer_alone_is_a_report(text: str, lang: str) -> None:
    assert intent(text, lang) == "report"


@pytest.mark.parametrize(
    ("text", "lang", "pain"),
    [
        # the whole a count is taken from is no score
        ("my hip was killing me, only did 2 of the 5", "en", None),
        ("la rodilla me duele, hice 2 de los 4", "es", None),
        # a rating out of 10 that no word names, with no other scale, is pain
        ("9/10 cant even roll over in bed", "en", 9),
        ("terminé, 3/10", "es", 3),
        # "nah, more like" answers the pain asked in the sentence before
        ("unbearable pain? nah more like a 4 honestly", "en", 4),
    ],
)
def test_counts_ratings_and_answers_to_one_s_own_question_score_as_the_patient_means(
    text: str, lang: str, pain: int | None
) -> None:
    assert interpret(text, None, lang).pain == pain


@pytest.mark.parametrize("text", ["the new routine was 10/10", "10/10 would recommend"])
def test_a_thing_rated_out_of_10_is_no_pain(text: str) -> None:
    assert interpret(text, None, "en").pain is None


def test_done_with_a_rating_out_of_10_is_the_work_done_not_a_share() -> None:
    assert intent("all good, finished 5/10") == "done"
