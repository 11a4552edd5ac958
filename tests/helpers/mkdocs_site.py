"""A small MkDocs Material site with every construct of the mkdocs dialect, and its Spanish."""

from __future__ import annotations

from collections.abc import Sequence


def material_i18n_config(
    extensions: Sequence[str],
    structure: str = "suffix",
    fallback: bool | None = None,
    more_languages: str = "",
) -> str:
    """An mkdocs.yml for Material with mkdocs-static-i18n, English and Spanish
    (``more_languages``: the YAML of further entries of its ``languages`` list)."""
    listed = "".join(f"\n  - {name}" for name in extensions) or " []"
    fall = "" if fallback is None else f"\n      fallback_to_default: {str(fallback).lower()}"
    return f"""\
site_name: Pain guide
site_url: https://example.org/
theme:
  name: material
markdown_extensions:{listed}
plugins:
  - i18n:
      docs_structure: {structure}{fall}
      languages:
        - locale: en
          name: English
          default: true
          build: true
        - locale: es
          name: Español
          build: true
{more_languages}"""


MKDOCS_YML = """\
site_name: Pain guide
theme:
  name: material
markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - def_list
  - footnotes
  - md_in_html
  - pymdownx.blocks.admonition
  - pymdownx.blocks.details
  - pymdownx.blocks.tab
  - pymdownx.details
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
"""

PAGE = """\
---
title: Pain relief
---

# Pain relief { #relief }

Paracetamol is a common medicine
for mild pain, as the HTML page says.
{: .lead }

!!! warning "Take care"
    Do not take more than
    four grams a day.

    Ask your pharmacist.

!!! tip
    Drink water with it.

??? info "More about doses"
    Children need less.

=== "Adults"

    Take one tablet.

=== "Children"
    Ask a doctor first.

Dose
:   The amount you take
    at one time.

Tablet
: A small pill.

*[HTML]: Hyper Text Markup Language
"""

# The same constructs as pymdownx.blocks writes them ('///').
BLOCKS_PAGE = """\
# Doses

/// warning | Never more
Do not take more than
four grams a day.
///

//// details | Before a journey
    open: True

Pack enough tablets.

/// tab | Morning
Take it with breakfast.
///

/// tab | Evening
Take it with dinner.
///

////

<div class="grid cards" markdown>

-   __Rest__

    Sleep well between doses.

</div>

<details class="side-effects">
<summary>Side effects</summary>
<p>Stop taking it and call your doctor
if your skin turns <b>yellow</b>.</p>
</details>
"""

SPANISH = {
    "Doses": "Dosis diarias",
    "Never more": "Nunca más",
    "Before a journey": "Antes de un viaje",
    "Pack enough tablets.": "Lleve suficientes comprimidos.",
    "Morning": "Por la mañana",
    "Take it with breakfast.": "Tómelo con el desayuno.",
    "Evening": "Por la noche",
    "__Rest__": "__Descanso__",
    "Sleep well between doses.": "Duerma bien entre dosis.",
    "Take it with dinner.": "Tómelo con la cena.",
    "Side effects": "Efectos secundarios",
    "Stop taking it and call your doctor if your skin turns <b>yellow</b>.": (
        "Deje de tomarlo y llame a su médico si la piel se le pone <b>amarilla</b>."
    ),
    "Pain relief": "Alivio del dolor",
    "Paracetamol is a common medicine for mild pain, as the HTML page says.": (
        "El paracetamol es un medicamento común para el dolor leve, como dice la página HTML."
    ),
    "Take care": "Cuidado",
    "Tip": "Consejo",
    "Drink water with it.": "Bébalo con agua.",
    "Do not take more than four grams a day.": "No tome más de cuatro gramos al día.",
    "Ask your pharmacist.": "Pregunte a su farmacéutico.",
    "More about doses": "Más sobre las dosis",
    "Children need less.": "Los niños necesitan menos.",
    "Adults": "Adultos",
    "Take one tablet.": "Tome un comprimido.",
    "Children": "Niños",
    "Ask a doctor first.": "Pregunte antes a un médico.",
    "Dose": "Dosis",
    "The amount you take at one time.": "La cantidad que se toma de una vez.",
    "Tablet": "Comprimido",
    "A small pill.": "Una píldora pequeña.",
    "Hyper Text Markup Language": "Lenguaje de marcado de hipertexto",
}

# Every marker of the dialect: none may reach a translator.
MARKERS = ("!!!", "???", "===", "///", "|", "{:", "{ #", "*[", ":   ")
