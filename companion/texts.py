"""Every text Companion sends, in English and Spanish, from one table.

Texts carry the first name only: no diagnosis, no employer, no claim details.
"""

from typing import Any

from messaging.segments import gsm_safe

TEMPLATES: dict[str, dict[str, str]] = {
    "welcome": {
        "en": "{clinic}: Hi {name}! This is Companion, your home exercise coach. You'll get up "
        "to 2 texts a day on programme days. Msg & data rates may apply. Reply HELP for "
        "help, STOP to opt out.",
        "es": "{clinic}: ¡Hola {name}! Soy Companion, tu guía de ejercicios en casa. Recibirás "
        "hasta 2 mensajes al día en días de programa. Pueden aplicar tarifas. Responde "
        "AYUDA o STOP para salir.",
    },
    "opted_out": {
        "en": "You're unsubscribed from Companion texts and will get no more messages. "
        "Reply START to resume.",
        "es": "Ya no recibirás mensajes de Companion. Responde START para volver a recibirlos.",
    },
    "opted_in": {
        "en": "Welcome back, {name}! Companion texts are on again. Reply HELP for help, STOP "
        "to opt out.",
        "es": "¡Bienvenido de nuevo, {name}! Los mensajes de Companion están activos. Responde "
        "AYUDA o STOP para salir.",
    },
    "help": {
        "en": "Companion home exercise texts from {clinic}, up to 2 msgs/day. Call {phone} for "
        "help. Msg & data rates may apply. Reply STOP to opt out.",
        "es": "Mensajes de ejercicios de Companion de {clinic}, hasta 2 al día. Llama al {phone} "
        "para ayuda. Pueden aplicar tarifas. Responde STOP para salir.",
    },
    "unknown_number": {
        "en": "This number is not enrolled with Companion. Please contact your clinic.",
        "es": "Este número no está inscrito en Companion. Comunícate con tu clínica.",
    },
    "plan": {
        "en": "Hi {name}, today: {tasks}. Reply DONE, SOME or SKIP.",
        "es": "Hola {name}, hoy: {tasks}. Responde LISTO, ALGO o NO.",
    },
    "trend_question": {
        "en": " Pain this morning vs yesterday: BETTER, SAME or WORSE?",
        "es": " Dolor esta mañana vs ayer: MEJOR, IGUAL o PEOR?",
    },
    "more_tasks": {"en": "+{count} more (reply PLAN)", "es": "+{count} más (responde PLAN)"},
    "reminder": {
        "en": "Hi {name}, how did today's exercises go? Reply DONE, SOME or SKIP.",
        "es": "Hola {name}, ¿cómo te fueron los ejercicios de hoy? Responde LISTO, ALGO o NO.",
    },
    "received": {
        "en": "Thanks, {name}! Your therapist will see your message.",
        "es": "¡Gracias, {name}! Tu terapeuta verá tu mensaje.",
    },
}


# Names are cut to these lengths in texts, so the worst case still fits two segments.
MAX_VALUE_LENGTH = {"name": 24, "clinic": 40}


def render(key: str, language: str, **values: Any) -> str:
    """The template in the patient's language (English if it has none), filled in.

    Texts are spelled in GSM-7 ('día' is sent as 'dia'): one accent would otherwise make
    the whole text UCS-2 and more than double its segments.
    """
    variants = TEMPLATES[key]
    values = {k: str(v)[: MAX_VALUE_LENGTH.get(k, 1000)].strip() for k, v in values.items()}
    return gsm_safe(variants.get(language, variants["en"]).format(**values))


# A plan text stays within two GSM-7 segments (306 characters).
PLAN_LIMIT = 306


def plan_text(name: str, language: str, tasks: list[str], ask_trend: bool) -> str:
    """Today's tasks, numbered; long lists are cut short with a pointer to PLAN."""
    trend = render("trend_question", language) if ask_trend else ""
    shown = len(tasks)
    while True:
        items = [f"{i}) {task}" for i, task in enumerate(tasks[:shown], start=1)]
        if shown < len(tasks):
            items.append(render("more_tasks", language, count=len(tasks) - shown))
        body = render("plan", language, name=name, tasks=" ".join(items)) + trend
        if len(body) <= PLAN_LIMIT or shown <= 1:
            return body
        shown -= 1
