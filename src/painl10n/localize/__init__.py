"""Stage 3: catalogs → localized Markdown, the source's bytes kept around each translation.

``translations`` decides which translations are published and localizes an
article; ``assemble`` puts them back into the source text.
"""
