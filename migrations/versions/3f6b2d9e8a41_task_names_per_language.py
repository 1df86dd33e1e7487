"""A task has a name (and short instructions) per language: Spanish-speaking patients read theirs

Existing tasks get the Spanish name of the template task with the same English name, and
the template's short instructions where they had none; a task no template knows keeps an
empty Spanish name, which means "as in English". The glossary is copied here as it was, so
this migration does the same thing whatever companion/programs/spanish.py says later.

Revision ID: 3f6b2d9e8a41
Revises: b7e2f9a41c06
Create Date: 2026-12-07 10:45:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3f6b2d9e8a41'
down_revision = 'b7e2f9a41c06'
branch_labels = None
depends_on = None

# (English name, Spanish name, English instructions, Spanish instructions)
GLOSSARY = [
    (
        'Floor-to-waist lift',
        'Levantamiento del piso a la cintura',
        'Bend at hips and knees, keep the load close, no twisting.',
        'Dobla cadera y rodillas, la carga pegada al cuerpo, sin torcerte.',
    ),
    (
        'Waist-to-shoulder lift',
        'Levantamiento de la cintura al hombro',
        'Load close to the body, lift with legs and arms, do not arch the back.',
        'La carga pegada al cuerpo, sube con piernas y brazos, sin arquear la espalda.',
    ),
    (
        'Squat lift',
        'Levantamiento en sentadilla',
        'Bend at hips and knees, keep the load close, no twisting.',
        'Dobla cadera y rodillas, la carga pegada al cuerpo, sin torcerte.',
    ),
    (
        'Squat',
        'Sentadilla',
        'Feet hip-width apart, sit back as if to a chair, knees over the toes.',
        'Pies al ancho de la cadera, baja como para sentarte, rodillas sobre los pies.',
    ),
    (
        'Carry',
        'Cargar caminando',
        'Walk tall, load close to the body; rest between rounds.',
        'Camina derecho, la carga pegada al cuerpo; descansa entre vueltas.',
    ),
    (
        'Farmer carry',
        'Cargar un peso en cada mano',
        'Walk tall, load close to the body; rest between rounds.',
        'Camina derecho, la carga pegada al cuerpo; descansa entre vueltas.',
    ),
    (
        'Sled push',
        'Empujar el trineo',
        'Lean in, arms firm, push with the legs in short steps, back straight.',
        'Inclínate, brazos firmes, empuja con las piernas a pasos cortos, espalda recta.',
    ),
    (
        'Cable row',
        'Jalar la polea',
        'Pull toward the ribs, squeeze the shoulder blades, back straight.',
        'Jala hacia las costillas, junta los omóplatos, espalda recta.',
    ),
    (
        'Step-ups',
        'Subir y bajar el escalón',
        'Hold a rail.',
        'Agárrate del barandal.',
    ),
    (
        'Overhead reach',
        'Alcanzar arriba de la cabeza',
        'Place the light weight on a high shelf and take it down; ribs down, no arching.',
        'Sube el peso ligero a una repisa alta y bájalo; sin arquear la espalda.',
    ),
    (
        'Standing work simulation',
        'Trabajo de pie',
        'Stand at a counter doing light tasks; shift your weight, short breaks as needed.',
        'De pie en una mesa con tareas ligeras; cambia el peso de pierna, pausas cortas.',
    ),
    (
        'Seated drive simulation',
        'Manejo sentado',
        'Sit as you would to drive, reach the controls; stand and stretch every 30 min.',
        'Siéntate como para manejar, alcanza los controles; párate y estírate cada 30 min.',
    ),
    (
        'Desk work simulation',
        'Trabajo de escritorio',
        'Work at a desk; stand up and move every 30 minutes.',
        'Trabaja en un escritorio; levántate y muévete cada 30 minutos.',
    ),
    (
        'Brisk walk',
        'Caminata rápida',
        'Walk at a pace where you can talk but not sing.',
        'Camina a un paso en que puedas hablar pero no cantar.',
    ),
]
# Instructions a template wrote in its own words.
MORE_INSTRUCTIONS_ES = [('Break up sitting time.', 'Para cortar el tiempo sentado.')]

def upgrade():
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_es', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('instructions_es', sa.Text(), nullable=True))
    tasks = sa.table(
        'tasks',
        sa.column('name', sa.String),
        sa.column('name_es', sa.String),
        sa.column('instructions', sa.Text),
        sa.column('instructions_es', sa.Text),
    )
    for name, name_es, instructions, _ in GLOSSARY:
        op.execute(tasks.update().where(tasks.c.name == name).values(name_es=name_es))
        op.execute(
            tasks.update()
            .where(tasks.c.name == name, tasks.c.instructions.is_(None))
            .values(instructions=instructions)
        )
    pairs = [(english, spanish) for _, _, english, spanish in GLOSSARY] + MORE_INSTRUCTIONS_ES
    for english, spanish in pairs:
        op.execute(
            tasks.update().where(tasks.c.instructions == english).values(instructions_es=spanish)
        )


def downgrade():
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_column('instructions_es')
        batch_op.drop_column('name_es')
