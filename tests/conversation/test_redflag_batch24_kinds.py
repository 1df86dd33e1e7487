"""Signs and look-alikes of batch 24's kind, on new wordings in English and Spanish.

A means to die taken out and sat with, held, looked at or kept close (a gun, a rope, the
pills) is a mood sign, but a gun taken out for a hunting trip, a customer at a gun shop or
the cleaning before deer season is not; a stream that will not come however long the wait is
a bladder sign. Then the look-alikes: a sign asked about and said not to be there now (a
screening or a what-if question) is asked, never certain; a fall dated years back ("2 yrs
back") is long over; a stranger ("somebody", "alguien") who had the sign is someone else's;
"aint" right before a severe word denies it as "is not" does; passing out told by the sleep
that followed is sleep, a figure; a sign dated to last week or month opening its clause is of
days gone. Each sign told plainly, now, stays certain.
"""

import pytest

from tests.conversation.signs import certain, possible


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("took the rope out of the garage and just stared at it for an hour", "en"),
        ("got all my pills out and just sat looking at them", "en"),
        ("sitting here with my uncles revolver in my lap again", "en"),
        ("pulled the shotgun out of the closet, been holding it most of the night", "en"),
        ("saqué la pistola de mi papá anoche y nomás me quedé sentado con ella", "es"),
        ("agarré la soga del garage y me quedé viéndola un buen rato", "es"),
        ("me quedé sentado con la pistola en las piernas toda la noche", "es"),
    ],
)
def test_a_means_to_die_taken_out_and_sat_with_or_looked_at_is_a_certain_mood_sign(
    text: str, lang: str
) -> None:
    assert "mental_health" in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("got my rifle out to clean it for deer season", "en"),
        ("got the shotgun out for the hunting trip this weekend", "en"),
        ("took a pistol out of the case for a customer at the gun shop", "en"),
        ("saqué el rifle para limpiarlo antes de la temporada de venado", "es"),
        ("saqué la escopeta para ir de caza con mi compadre el sábado", "es"),
    ],
)
def test_a_gun_taken_out_to_hunt_sell_or_clean_is_no_sign(text: str, lang: str) -> None:
    assert "mental_health" not in certain(text, lang) + possible(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("stood at the urinal forever and nothing came out", "en"),
        ("tried to pee for like 15 min, nothing would come out", "en"),
        ("me senté en el baño un rato largo y no quiso salir nada", "es"),
        ("fui al baño a orinar y no salió ni una gota", "es"),
    ],
)
def test_a_stream_that_will_not_come_is_a_certain_bladder_sign(text: str, lang: str) -> None:
    assert "cauda_equina" in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("should my fingers go numb after the carries? not having it right now", "en"),
        ("is it bad if my leg gives out on the stairs? dont have it now, only asking", "en"),
        (
            "¿es normal que se me duerma la pierna? no la tengo ahorita, nomás pregunto",
            "es",
        ),
        ("¿es malo sentir hormigueo en los dedos después de cargar? ahorita no tengo", "es"),
    ],
)
def test_a_sign_asked_about_and_said_not_there_now_is_asked_not_certain(
    text: str, lang: str
) -> None:
    assert certain(text, lang) == () and "neuro" in possible(text, lang)


def test_a_sign_asked_about_and_said_there_now_stays_certain() -> None:
    assert "neuro" in certain("my fingers go numb after the carries? still numb now")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("broke my ankle falling off a ladder 3 yrs back, its fine now", "en"),
        ("took a nasty fall off the scaffold a few years back, all healed. did my walk", "en"),
    ],
)
def test_a_fall_dated_years_back_is_not_certain(text: str, lang: str) -> None:
    assert "fall_injury" not in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "watching a hospital show, somebody had a heart attack in the elevator. did my walk",
            "en",
        ),
        ("on the news someone had a stroke at the game. anyway im done", "en"),
        ("en el programa a alguien le dio un infarto. ya hice todo", "es"),
    ],
)
def test_a_sign_that_somebody_else_had_is_not_the_patients(text: str, lang: str) -> None:
    assert certain(text, lang) == ()


@pytest.mark.parametrize(
    "text", ["pain aint unbearable today, maybe a 5", "my back aint excruciating, just stiff"]
)
def test_aint_right_before_a_severe_word_denies_it(text: str) -> None:
    assert "severe_pain" not in certain(text) + possible(text)


def test_pain_that_is_unbearable_told_with_aint_elsewhere_stays_certain() -> None:
    assert "severe_pain" in certain("i aint lying the pain is unbearable")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("passed out in my recliner and snored til morning", "en"),
        ("passed out on the sofa after the walk, slept like a log. all done", "en"),
        ("me desmayé en el sillón y dormí como bebé", "es"),
    ],
)
def test_passing_out_told_by_the_sleep_after_it_is_sleep_not_a_faint(text: str, lang: str) -> None:
    assert "cardiac_resp" not in certain(text, lang) + possible(text, lang)


def test_passing_out_with_a_blow_to_the_head_stays_a_certain_faint() -> None:
    assert "cardiac_resp" in certain("passed out in the kitchen and hit my head")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "last month i almost passed out at the store, doc changed my bp pill. all good today",
            "en",
        ),
        ("la semana pasada casi me desmayo en la troca, ya me cambiaron la medicina", "es"),
    ],
)
def test_a_near_faint_dated_last_month_opening_its_clause_is_asked_not_certain(
    text: str, lang: str
) -> None:
    assert certain(text, lang) == () and "cardiac_resp" in possible(text, lang)


def test_a_near_faint_today_stays_certain() -> None:
    assert "cardiac_resp" in certain("i almost passed out at the store today")


# Signs the rules had missed, told in a dialect's clipped words or a new image: a thought of
# ending it ("thinkin bout endin it"), no point in waking up, vanishing for good as the better
# way, winded by a walk ("walkin"), a fall on a named step, a swelling as big as a fruit or a
# ring that will not come off, limbs asleep in Spanglish, a foot that will not lift, the urge to
# move the bowels not felt, a pain never felt in one's life: each is certain, not left to the
# model's possible.
@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("lately ive been thinkin bout endin it", "en", "mental_health"),
        ("i dont see the point of waking up tomorrow", "en", "mental_health"),
        ("sometimes i think its better to just disappear forever", "en", "mental_health"),
        ("quisiera desaparecer de este mundo, ya no aguanto", "es", "mental_health"),
        ("got real winded walkin up the driveway", "en", "cardiac_resp"),
        ("busted my butt on the icy stairs at work", "en", "fall_injury"),
        ("knee is big as a softball since this morning", "en", "swelling_infection"),
        ("fingers so swollen i couldnt get my wedding ring off", "en", "swelling_infection"),
        ("tengo la mano tan hinchada que no me puedo quitar el anillo", "es", "swelling_infection"),
        ("my hands are dormidos since this morning", "en", "neuro"),
        ("no puedo levantar bien la pierna derecha, la arrastro", "es", "neuro"),
        ("ya no sé cuando tengo que hacer popó", "es", "cauda_equina"),
        ("nunca en la vida me había dolido así la rodilla", "es", "severe_pain"),
    ],
)
def test_a_sign_in_clipped_or_new_words_is_certain(text: str, lang: str, category: str) -> None:
    assert category in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("no puedo levantar el brazo por encima de la cabeza desde la cirugía", "es"),
        ("busted my butt at work today, long shift", "en"),
        ("gonna disappear for the weekend, camping with my boys", "en"),
    ],
)
def test_a_range_lost_to_surgery_hard_work_or_a_trip_away_is_no_certain_sign(
    text: str, lang: str
) -> None:
    assert certain(text, lang) == ()
