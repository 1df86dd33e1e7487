"""Every text Companion sends, in English and Spanish, from one table.

Texts carry the first name only: no diagnosis, no employer, no claim details.
"""

from typing import TYPE_CHECKING, Any

import phonenumbers

from messaging.segments import gsm_safe

if TYPE_CHECKING:
    from companion.models import Patient

TEMPLATES: dict[str, dict[str, str]] = {
    "welcome": {
        "en": "{clinic}: Hi {name}! This is Companion, your home exercise coach. You'll get up "
        "to 3 texts a day on programme days. Msg & data rates may apply. Reply HELP for "
        "help, STOP to opt out.",
        "es": "{clinic}: ¡Hola {name}! Soy Companion, tu guía de ejercicios en casa. Recibirás "
        "hasta 3 mensajes al día en días de programa. Pueden aplicar tarifas. Responde "
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
        "en": "Companion home exercise texts from {clinic}, up to 3 msgs/day. Call {phone} for "
        "help. Msg & data rates may apply. Reply STOP to opt out.",
        "es": "Mensajes de ejercicios de Companion de {clinic}, hasta 3 al día. Llama al {phone} "
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
    "ask_pain": {
        "en": "Thanks, {name}! Pain right now, 0 (none) to 10 (worst)?",
        "es": "¡Gracias, {name}! ¿Dolor ahora, de 0 (nada) a 10 (el peor)?",
    },
    "ask_fatigue": {
        "en": "And how tired are you, 0 (not at all) to 10 (exhausted)?",
        "es": "¿Y qué tan cansado estás, de 0 (nada) a 10 (agotado)?",
    },
    "ask_pain_again": {
        "en": "Sorry, I didn't catch that. Pain as one number from 0 to 10?",
        "es": "Perdón, no entendí. ¿Dolor con un número del 0 al 10?",
    },
    "ask_fatigue_again": {
        "en": "Sorry, I didn't catch that. Tiredness as one number from 0 to 10?",
        "es": "Perdón, no entendí. ¿Cansancio con un número del 0 al 10?",
    },
    # A session's effort in our own words and anchors (conversation.effort): not the Borg CR10,
    # whose wording is copyrighted (Borg Perception).
    "ask_effort": {
        "en": "And how hard was today's session, 0 to 10? 0 = no effort at all, 10 = all you had.",
        "es": "¿Y qué tan duro fue el ejercicio de hoy, de 0 a 10? 0 = ningún esfuerzo, "
        "10 = tu máximo.",
    },
    "ask_effort_again": {
        "en": "Sorry, I didn't catch that. How hard it was, as one number from 0 to 10?",
        "es": "Perdón, no entendí. ¿Qué tan duro fue, con un número del 0 al 10?",
    },
    "give_up": {
        "en": "No problem, {name}. Your therapist will follow up with you.",
        "es": "No hay problema, {name}. Tu terapeuta te contactará.",
    },
    "ask_skip_reason": {
        "en": "Thanks for telling me. What got in the way? Reply 1 pain, 2 work or shift, "
        "3 no equipment, 4 forgot, 5 worried about re-injury, 6 family or caregiving.",
        "es": "Gracias por avisar. ¿Qué pasó? Responde 1 dolor, 2 trabajo o turno, 3 sin equipo, "
        "4 se me olvidó, 5 miedo a lastimarme otra vez, 6 familia o cuidar a alguien.",
    },
    "yesterday_noted": {
        "en": "Got it, {name}: yesterday noted as {completion}. Thank you for telling me!",
        "es": "Entendido, {name}: anoté ayer como {completion}. ¡Gracias por avisar!",
    },
    "completion_done": {"en": "done", "es": "hecho"},
    "completion_partial": {"en": "partly done", "es": "hecho en parte"},
    "completion_skipped": {"en": "skipped", "es": "no hecho"},
    "trend_noted": {"en": "Noted: {value}.", "es": "Anotado: {value}."},
    "ask_pain_short": {
        "en": "And your pain right now, 0 to 10?",
        "es": "¿Y tu dolor ahora, de 0 a 10?",
    },
    "ask_fatigue_short": {
        "en": "And how tired, 0 to 10?",
        "es": "¿Y tu cansancio, de 0 a 10?",
    },
    "explain_pain": {
        "en": "I'm asking about your pain right now: reply one number, 0 (none) to 10 (worst).",
        "es": "Te pregunto por tu dolor ahora: responde un número, 0 (nada) a 10 (el peor).",
    },
    "explain_fatigue": {
        "en": "I'm asking how tired you are: reply one number, 0 (not at all) to 10 (exhausted).",
        "es": "Te pregunto qué tan cansado estás: responde un número, 0 (nada) a 10 (agotado).",
    },
    "explain_effort": {
        "en": "I'm asking how hard today's exercise was for you: reply one number, 0 (no effort "
        "at all) to 10 (all you had).",
        "es": "Te pregunto qué tan duro fue el ejercicio de hoy: responde un número, 0 (ningún "
        "esfuerzo) a 10 (tu máximo).",
    },
    "joined_red_flag": {
        "en": "Thanks for letting me know, {name}. Your therapist will read it with your earlier "
        "message.",
        "es": "Gracias por avisar, {name}. Tu terapeuta lo leerá junto con tu mensaje anterior.",
    },
    "skip_noted": {
        "en": "Got it, thank you {name}. Tomorrow is a new day.",
        "es": "Entendido, gracias {name}. Mañana es otro día.",
    },
    "confirm": {
        "en": "Got it: {scores}. Thank you, {name}!",
        "es": "Anotado: {scores}. ¡Gracias, {name}!",
    },
    "pain_score": {"en": "pain {value}", "es": "dolor {value}"},
    "fatigue_score": {"en": "fatigue {value}", "es": "cansancio {value}"},
    "effort_score": {"en": "how hard {value}", "es": "esfuerzo {value}"},
    "farewell": {
        "en": "Hi {name}, your Companion programme with {clinic} has ended, so these texts stop "
        "here. Thank you for all your work! Questions: call {phone}.",
        "es": "Hola {name}, tu programa de Companion con {clinic} terminó y estos mensajes se "
        "acaban aquí. ¡Gracias por tu esfuerzo! Preguntas: llama al {phone}.",
    },
    "programme_ended": {
        "en": "Hi {name}, your Companion programme has ended, so this number no longer reads "
        "check-ins. Please call {clinic} at {phone}.",
        "es": "Hola {name}, tu programa de Companion terminó y este número ya no recibe "
        "reportes. Llama a {clinic} al {phone}.",
    },
    "how_to_reply": {
        "en": "Hi {name}! Reply in your own words: done, did half or skipped, and your pain "
        '0-10, like "done, pain 3". Questions go to your therapist. Help: {clinic} {phone}',
        "es": "¡Hola {name}! Responde con tus palabras: listo, hice la mitad o no pude, y tu "
        'dolor de 0 a 10, como "listo, dolor 3". Ayuda: {clinic} {phone}',
    },
    "question_routed": {
        "en": "Good question, {name}. I've passed it to your therapist, who will get back to you.",
        "es": "Buena pregunta, {name}. Se la pasé a tu terapeuta, quien te responderá.",
    },
    "unclear_routed": {
        "en": "Thanks, {name}. I couldn't read that one, so I've passed it to your therapist.",
        "es": "Gracias, {name}. No entendí tu mensaje, así que se lo pasé a tu terapeuta.",
    },
    "snoozed": {
        "en": "OK {name}, I'll check in again in about an hour.",
        "es": "Está bien {name}, te escribo otra vez en una hora.",
    },
    "snoozed_at": {
        "en": "OK {name}, I'll remind you at {time}.",
        "es": "Está bien {name}, te lo recuerdo a las {time}.",
    },
    "snoozed_morning": {
        "en": "OK {name}, I'll remind you at {time}, when texts start for the day.",
        "es": "Está bien {name}, te lo recuerdo a las {time}, cuando empiezan los mensajes del "
        "día.",
    },
    "snoozed_before_night": {
        "en": "OK {name}, I'll remind you at {time}, before texts stop for the night.",
        "es": "Está bien {name}, te lo recuerdo a las {time}, antes de que paren los mensajes de "
        "la noche.",
    },
    "snooze_too_late": {
        "en": "OK {name}. It's getting late, so no more texts today. Reply when you can.",
        "es": "Está bien {name}. Ya es tarde, no te escribo más hoy. Responde cuando puedas.",
    },
    "howto": {"en": "{task}: {instructions}", "es": "{task}: {instructions}"},
    "howto_missing": {
        "en": "{name}, I have no instructions for {task} yet, so I've asked your therapist to "
        "tell you.",
        "es": "{name}, aún no tengo instrucciones para {task}, así que le pregunté a tu terapeuta.",
    },
    "howto_which": {
        "en": '{name}, you have {count} tasks today. Ask by number, like "how do I do 1?"',
        "es": '{name}, hoy tienes {count} tareas. Pregunta por número, como "¿cómo hago el 1?"',
    },
    "no_plan_today": {
        "en": "No exercises are planned for today, {name}. Rest well!",
        "es": "Hoy no hay ejercicios, {name}. ¡Descansa!",
    },
    "safety_emergency": {
        "en": "{name}, stop exercising now. Chest pain, fainting or trouble breathing: call 911 "
        "now. Your therapist has been told.",
        "es": "{name}, deja de hacer ejercicio ahora. Dolor de pecho, desmayo o falta de aire: "
        "llama al 911 ahora. Ya avisamos a tu terapeuta.",
    },
    "safety_crisis": {
        "en": "{name}, you matter. Please call or text 988, the Suicide & Crisis Lifeline, now. "
        "If you are in danger, call 911.",
        "es": "{name}, tu vida importa. Llama o envía un texto al 988, la Línea de Crisis y "
        "Suicidio, ahora. Si estás en peligro, llama al 911.",
    },
    "safety_emergency_department": {
        "en": "{name}, please go to an emergency department today: these symptoms need to be "
        "checked now. Stop the exercises. Your therapist has been told.",
        "es": "{name}, ve hoy mismo a una sala de emergencias: estos síntomas deben revisarse ya. "
        "No hagas los ejercicios. Ya avisamos a tu terapeuta.",
    },
    "safety_stop": {
        "en": "{name}, please stop the exercises for now. Your therapist has been told and will "
        "contact you. If it gets worse, call 911.",
        "es": "{name}, por favor deja los ejercicios por ahora. Ya avisamos a tu terapeuta y te "
        "contactará. Si empeora, llama al 911.",
    },
    "therapist_alert": {
        "en": "Companion: urgent alert for patient {initials}, see dashboard.",
        "es": "Companion: alerta urgente del paciente {initials}, ver el panel.",
    },
    "received": {
        "en": "Thanks, {name}! Your therapist will see your message.",
        "es": "¡Gracias, {name}! Tu terapeuta verá tu mensaje.",
    },
    "dose_up": {
        "en": "Nice work, {name}! Your therapist moved you up a step: {tasks}. It starts with "
        "your next plan.",
        "es": "¡Buen trabajo, {name}! Tu terapeuta te subió un paso: {tasks}. Empieza con tu "
        "próximo plan.",
    },
    "dose_down": {
        "en": "{name}, your therapist has eased a task for now: {tasks}. It starts with your "
        "next plan.",
        "es": "{name}, tu terapeuta bajó una tarea por ahora: {tasks}. Empieza con tu próximo "
        "plan.",
    },
}


# Names are cut to these lengths in texts, so the worst case still fits two segments.
MAX_VALUE_LENGTH = {"name": 24, "clinic": 40, "task": 84, "instructions": 200}


def render(key: str, language: str, **values: Any) -> str:
    """The template in the patient's language (English if it has none), filled in.

    Texts are spelled in GSM-7 ('día' is sent as 'dia'): one accent would otherwise make
    the whole text UCS-2 and more than double its segments.
    """
    variants = TEMPLATES[key]
    values = {k: str(v)[: MAX_VALUE_LENGTH.get(k, 1000)].strip() for k, v in values.items()}
    return gsm_safe(variants.get(language, variants["en"]).format(**values))


def render_for(key: str, patient: "Patient", **values: Any) -> str:
    """The template for this patient: their language and first name, their clinic's name and
    number."""
    clinic = patient.clinic
    contact = {"name": patient.first_name, "clinic": clinic.name, "phone": spoken(clinic.phone)}
    return render(key, patient.language, **(contact | values))


def spoken(phone: str | None) -> str:
    """A number as people write it: '(312) 555-0100' at home, '+44 20 7946 0958' abroad."""
    if not phone:
        return ""
    try:
        number = phonenumbers.parse(phone, "US")
    except phonenumbers.NumberParseException:
        return phone
    if number.country_code == 1:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


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
