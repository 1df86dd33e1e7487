"""Signs of batch 21's kind, on new wordings: urine let go without warning, breath gone in a
few steps or lying flat, pain worse than kidney stones, crying or climbing the walls with it,
belongings given away in one sentence and not needed in the next, a last message of thanks
and goodbyes, a life like this not wanted. Each with the same words in a harmless use."""

import pytest

from companion.conversation.interpret import interpret


def certain(text: str) -> tuple[str, ...]:
    return interpret(text).red_flags


@pytest.mark.parametrize(("text", "category"), [
    # urine let go with no warning, the urge or a full bladder not felt
    ("having accidents lately, no warning at all", "cauda_equina"),
    ("had another accident out of nowhere at the store", "cauda_equina"),
    ("tuve un accidente sin aviso en la tienda", "cauda_equina"),
    ("i dont even know when i need to pee anymore", "cauda_equina"),
    ("no siento cuando tengo que orinar", "cauda_equina"),
    # breath gone in a few steps, or lying flat
    ("out of breath after like five steps to the mailbox", "cardiac_resp"),
    ("me quedo sin aire a los 10 pasos", "cardiac_resp"),
    ("cant breathe when i lay down, been sleeping propped up on two pillows", "cardiac_resp"),
    ("no puedo respirar acostado desde el lunes", "cardiac_resp"),
    # pain measured against kidney stones, crying or climbing the walls with it
    ("passed a kidney stone last year and this tops it", "severe_pain"),
    ("tuve piedras en el rinon y esto es peor", "severe_pain"),
    ("been crying in the shower because of my back", "severe_pain"),
    ("llore en el carro por la espalda", "severe_pain"),
    ("climbing the walls with this pain", "severe_pain"),
    ("me trepo por las paredes de lo que me duele", "severe_pain"),
    ("hurts so much im biting my lip", "severe_pain"),
    ("un dolor que me hace ver estrellas", "severe_pain"),
    ("ni con las medicinas se me calma", "severe_pain"),
    ("not even the meds touch it", "severe_pain"),
    # a leg dragged, a fall told by how one landed or came to
    ("im dragging my right foot since lunch", "neuro"),
    ("vengo arrastrando la pierna izquierda", "neuro"),
    ("me cai de espaldas en la banqueta", "fall_injury"),
    ("got lightheaded and next thing i was on the kitchen floor", "fall_injury"),
])  # fmt: skip
def test_a_sign_told_by_what_it_does_or_what_it_beats_is_certain(text: str, category: str) -> None:
    assert category in certain(text)


@pytest.mark.parametrize(("text", "category"), [
    ("had an accident at work with the forklift, no warning from the driver", "cauda_equina"),
    ("tuve un accidente en el carro sin aviso, estoy bien", "cauda_equina"),
    ("my buddy had kidney stones, this is nothing like that", "severe_pain"),
    ("crying at the movie over the dog", "severe_pain"),
    ("kids are climbing the walls, no pain today", "severe_pain"),
    ("propped my leg up on two pillows like you said", "cardiac_resp"),
    ("tuve que dormir con dos almohadas en el hotel", "cardiac_resp"),
    ("dragged my tool bag up the stairs", "neuro"),
    ("next thing on the list is the sled", "fall_injury"),
    ("saw stars on the camping trip, no pain at all", "severe_pain"),
])  # fmt: skip
def test_the_same_words_of_a_crash_a_movie_or_a_trip_flag_nothing(text: str, category: str) -> None:
    assert category not in certain(text)


@pytest.mark.parametrize("text", [
    # belongings given away, and not needed said in the next sentence
    "handed my fishing rods to my son. won't need them anymore",
    "le regale mi guitarra a mi primo. ya no la voy a necesitar",
    # a last message that thanks and says goodbye
    "this will be my last message, take care everyone",
    "este es mi ultimo mensaje, cuidense mucho",
    # a life like this not wanted
    "if this is my life now i dont want to live",
    "si asi va a ser mi vida, no la quiero",
    # waking not wished for, vanishing wished for
    "wish i hadnt woken up today", "ojala no hubiera despertado hoy", "i wanna disappear forever",
    # a way to die kept in mind: a gun thought of, the brakes not used
    "been thinking so much about the pistol in my truck",
    "keep thinking about not braking before the bridge",
    "pensando en no frenar en la curva del barranco",
    # skin burnt on purpose with a thing named
    "me queme el brazo con un encendedor a proposito",
])  # fmt: skip
def test_a_farewell_a_life_not_wanted_or_a_way_kept_in_mind_is_a_mood_sign(text: str) -> None:
    assert "mental_health" in certain(text)


@pytest.mark.parametrize("text", [
    "this is my last text of the week, thanks!",
    "este es mi ultimo mensaje con este numero, cambie de telefono, gracias",
    "if this is what retirement feels like i want it",
    "wish i didnt wake up so early for work",
    "ojala no hubiera despertado tan temprano",
    "thinking about not stopping at the gas station on the way",
    "me queme el brazo con la plancha sin querer",
    "quiero matar al vecino con su musica jaja",
])  # fmt: skip
def test_a_last_text_of_the_week_an_early_alarm_or_a_neighbour_is_no_mood_sign(text: str) -> None:
    assert "mental_health" not in certain(text)
