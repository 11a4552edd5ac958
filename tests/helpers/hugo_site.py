"""A Hugo article with every construct of the hugo dialect, its shortcodes and its Spanish.

An HTML block's text (a ``<details>`` box) is offered too: Hugo writes raw HTML
with ``markup.goldmark.renderer.unsafe``.

``note`` is a block shortcode with a translatable ``title``; ``code-toggle``
reads its body as TOML (``transform.Remarshal``), so a body whose lines were
joined stops the build, as the Hugo docs' own shortcode does.
"""

from __future__ import annotations

DOSES = """\
---
title: Pain relief doses
---
# Pain relief doses

Read [how to take paracetamol](#how-to-take-paracetamol) and [the daily limits](#limits).

## How to take paracetamol

Swallow the tablets
with a glass of water.

> [!WARNING]
> Do not take more than
> four grams a day.

{{< note title="Before you start: read the leaflet" >}}
Ask your pharmacist if you take **other medicines**.
{{< /note >}}

{{< code-toggle file="doses" >}}
[adult]
dose = "500 mg"
most_per_day = 4
{{< /code-toggle >}}

<details class="side-effects">
<summary>Side effects</summary>
<p>Stop taking it and call your doctor
if your skin turns <b>yellow</b>.</p>
</details>

## Daily limits {#limits}

Never take two medicines that contain paracetamol.
{.lead}
"""

SHORTCODES = {
    "note.html": (
        '<aside class="note"><p class="note-title">{{ .Get "title" }}</p>'
        "{{ .Inner | markdownify }}</aside>\n"
    ),
    "code-toggle.html": (
        '<div class="code-toggle"><pre class="toml">{{ .Inner }}</pre>'
        '<pre class="yaml">{{ transform.Remarshal "yaml" .Inner }}</pre></div>\n'
    ),
}

# Hugo's goldmark reads attribute lines below a block only when asked, and writes raw
# HTML only when it is allowed to.
GOLDMARK = """
[markup.goldmark.parser.attribute]
block = true
title = true

[markup.goldmark.renderer]
unsafe = true
"""

SPANISH = {
    "Pain relief doses": "Dosis de analgésicos",
    ("Read [how to take paracetamol](#how-to-take-paracetamol) and [the daily limits](#limits)."): (
        "Lea [cómo tomar el paracetamol](#how-to-take-paracetamol) y "
        "[los límites diarios](#limits)."
    ),
    "How to take paracetamol": "Cómo tomar el paracetamol",
    "Swallow the tablets with a glass of water.": "Trague los comprimidos con un vaso de agua.",
    "Do not take more than four grams a day.": "No tome más de cuatro gramos al día.",
    "Before you start: read the leaflet": 'Antes de empezar: lea el "prospecto"',
    "Ask your pharmacist if you take **other medicines**.": (
        "Pregunte a su farmacéutico si toma **otros medicamentos**."
    ),
    "Side effects": "Efectos secundarios",
    "Stop taking it and call your doctor if your skin turns <b>yellow</b>.": (
        "Deje de tomarlo y llame a su médico si la piel se le pone <b>amarilla</b>."
    ),
    "Daily limits": "Límites diarios",
    "Never take two medicines that contain paracetamol.": (
        "No tome nunca dos medicamentos que contengan paracetamol."
    ),
}
