"""The template tasks in Spanish, in the words of the trade, with their short instructions.

A task keeps a name per language; a Spanish-speaking patient reads `name_es` when it has
one, else the English name. Instructions are short enough for one text: what to keep in
mind, not a lesson. Accents are written properly here; texts spell them in GSM-7.
"""

from typing import Any

# English name → (Spanish name, English instruction, Spanish instruction)
GLOSSARY: dict[str, tuple[str, str, str]] = {
    "Floor-to-waist lift": (
        "Levantamiento del piso a la cintura",
        "Bend at hips and knees, keep the load close, no twisting.",
        "Dobla cadera y rodillas, la carga pegada al cuerpo, sin torcerte.",
    ),
    "Waist-to-shoulder lift": (
        "Levantamiento de la cintura al hombro",
        "Load close to the body, lift with legs and arms, do not arch the back.",
        "La carga pegada al cuerpo, sube con piernas y brazos, sin arquear la espalda.",
    ),
    "Squat lift": (
        "Levantamiento en sentadilla",
        "Bend at hips and knees, keep the load close, no twisting.",
        "Dobla cadera y rodillas, la carga pegada al cuerpo, sin torcerte.",
    ),
    "Squat": (
        "Sentadilla",
        "Feet hip-width apart, sit back as if to a chair, knees over the toes.",
        "Pies al ancho de la cadera, baja como para sentarte, rodillas sobre los pies.",
    ),
    "Wall push": (
        "Empujar contra la pared",
        "Lean into a wall, arms straight, and push through your legs.",
        "Apóyate en la pared con los brazos estirados y empuja con las piernas.",
    ),
    "Band row": (
        "Remo con liga",
        "Resistance band round a door handle; squeeze the shoulder blades.",
        "Liga de resistencia amarrada a la manija de la puerta; junta los omóplatos.",
    ),
    "Carry": (
        "Cargar caminando",
        "Walk tall, load close to the body; rest between rounds.",
        "Camina derecho, la carga pegada al cuerpo; descansa entre vueltas.",
    ),
    "Farmer carry": (
        "Cargar un peso en cada mano",
        "Walk tall, load close to the body; rest between rounds.",
        "Camina derecho, la carga pegada al cuerpo; descansa entre vueltas.",
    ),
    "Sled push": (
        "Empujar el trineo",
        "Lean in, arms firm, push with the legs in short steps, back straight.",
        "Inclínate, brazos firmes, empuja con las piernas a pasos cortos, espalda recta.",
    ),
    "Cable row": (
        "Jalar la polea",
        "Pull toward the ribs, squeeze the shoulder blades, back straight.",
        "Jala hacia las costillas, junta los omóplatos, espalda recta.",
    ),
    "Step-ups": (
        "Subir y bajar el escalón",
        "Hold a rail.",
        "Agárrate del barandal.",
    ),
    "Overhead reach": (
        "Alcanzar arriba de la cabeza",
        "Place the light weight on a high shelf and take it down; ribs down, no arching.",
        "Sube el peso ligero a una repisa alta y bájalo; sin arquear la espalda.",
    ),
    "Standing work simulation": (
        "Trabajo de pie",
        "Stand at a counter doing light tasks; shift your weight, short breaks as needed.",
        "De pie en una mesa con tareas ligeras; cambia el peso de pierna, pausas cortas.",
    ),
    "Seated drive simulation": (
        "Manejo sentado",
        "Sit as you would to drive, reach the controls; stand and stretch every 30 min.",
        "Siéntate como para manejar, alcanza los controles; párate y estírate cada 30 min.",
    ),
    "Desk work simulation": (
        "Trabajo de escritorio",
        "Work at a desk; stand up and move every 30 minutes.",
        "Trabaja en un escritorio; levántate y muévete cada 30 minutos.",
    ),
    "Brisk walk": (
        "Caminata rápida",
        "Walk at a pace where you can talk but not sing.",
        "Camina a un paso en que puedas hablar pero no cantar.",
    ),
}
# Instructions the templates write in their own words, in Spanish.
INSTRUCTIONS_ES: dict[str, str] = {
    "Break up sitting time.": "Para cortar el tiempo sentado.",
} | {english: spanish for _, english, spanish in GLOSSARY.values()}


def translated(fields: dict[str, Any]) -> dict[str, Any]:
    """A new task's fields with what the glossary knows filled in where the caller gave
    nothing: the Spanish name, and the short instructions in English and Spanish."""
    known = GLOSSARY.get((fields.get("name") or "").strip())
    filled = dict(fields)
    if known is not None:
        filled["name_es"] = fields.get("name_es") or known[0]
        filled["instructions"] = fields.get("instructions") or known[1]
    instructions = filled.get("instructions")
    if instructions and not fields.get("instructions_es"):
        filled["instructions_es"] = INSTRUCTIONS_ES.get(instructions)
    # An empty Spanish field means "as in English", stored as nothing.
    for field in ("name_es", "instructions_es"):
        filled[field] = (filled.get(field) or "").strip() or None
    return filled
