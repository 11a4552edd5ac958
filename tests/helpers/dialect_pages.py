"""Pages in the Docusaurus (MDX) and Jekyll (Liquid + kramdown) dialects, and their Spanish."""

from __future__ import annotations

# An MDX page of the Docusaurus test site: an import, admonitions in both title
# forms and without one, tabs with translatable labels, a comment, code.
MDX_PAGE = """\
---
title: Doses
---
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

# Doses

:::tip[Take care]
Do not take more than
four grams a day.
:::

:::warning Before a journey
Pack enough tablets.
:::

:::note
Ask your pharmacist.
:::

<Tabs>
  <TabItem value="adults" label="Adults">
    Take one tablet.
  </TabItem>
  <TabItem value="children" label="Children" default>
    Ask a doctor first.
  </TabItem>
</Tabs>

{/* Checked by the pharmacy team. */}

```js
const dose = 500; // mg, never more
```
"""

# A Jekyll page: a Liquid include, raw and comment blocks, tag lines, an IAL class,
# a TOC list, kramdown options.
JEKYLL_PAGE = """\
---
title: Doses
---
* TOC
{:toc}

# Doses

Do not take more than
four grams a day.
{: .warning}

{% include note.html content="Take care" %}

{% raw %}
Write {{ page.title }} to show the title.
{% endraw %}

{% comment %}
Checked by the pharmacy team.
{% endcomment %}

{::options parse_block_html="false" /}

{% if page.title %}
Ask your pharmacist.
{% endif %}

<details class="side-effects">
<summary>Side effects</summary>
<p>Stop taking it if your skin turns <b>yellow</b>.</p>
</details>
```text
Kept as code by kramdown.
```

```python
dose = 500  # mg, never more
```
"""

# The include of the Jekyll site (_includes/note.html).
JEKYLL_NOTE = '<p class="note">{{ include.content }}</p>\n'

SPANISH = {
    "Doses": "Dosis",
    "Take care": "Cuidado",
    "Do not take more than four grams a day.": "No tome más de cuatro gramos al día.",
    "Before a journey": "Antes de un viaje",
    "Pack enough tablets.": "Lleve suficientes comprimidos.",
    "Ask your pharmacist.": "Pregunte a su farmacéutico.",
    "Side effects": "Efectos secundarios",
    "Stop taking it if your skin turns <b>yellow</b>.": (
        "Deje de tomarlo si la piel se le pone <b>amarilla</b>."
    ),
    "Adults": "Adultos",
    "Take one tablet.": "Tome un comprimido.",
    "Children": "Niños",
    "Ask a doctor first.": "Pregunte antes a un médico.",
}
