"""Files other tools write, as the tests feed them to painl10n."""

# A TMX 1.4 export of a CAT tool (SDL Trados style): inline tags, a header
# property, several languages.
CAT_TOOL_SAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="SDL Language Platform" creationtoolversion="8.0" o-tmf="SDL TM8"
          datatype="xml" segtype="sentence" adminlang="EN-US" srclang="EN-US"
          creationdate="20230101T120000Z"/>
  <body>
    <tu creationdate="20230101T120000Z" creationid="ANNA">
      <prop type="x-Context">clinic leaflet</prop>
      <note>reviewed</note>
      <tuv xml:lang="EN-US"><seg>Take <bpt i="1">**</bpt>two<ept i="1">**</ept> tablets.</seg></tuv>
      <tuv xml:lang="ES-ES"
        ><seg>Tome <bpt i="1">**</bpt>dos<ept i="1">**</ept> comprimidos.</seg></tuv>
    </tu>
    <tu>
      <tuv lang="en-GB"><seg>See <ph x="1">[the leaflet](leaflet.html)</ph> for details.</seg></tuv>
      <tuv lang="es"><seg>Consulte <ph x="1">[el prospecto](leaflet.html)</ph>.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="en-US"><seg>Fish &amp; chips &lt;3</seg></tuv>
      <tuv xml:lang="es-MX"><seg>Pescado mexicano</seg></tuv>
      <tuv xml:lang="es"><seg>Pescado &amp; patatas &lt;3</seg></tuv>
    </tu>
    <tu srclang="de-DE">
      <tuv xml:lang="de-DE"><seg>Nehmen Sie zwei Tabletten.</seg></tuv>
      <tuv xml:lang="es-ES"><seg>Tome dos comprimidos.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="en-US"><seg>Only French here.</seg></tuv>
      <tuv xml:lang="fr-FR"><seg>Seulement en français.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="en-US"><seg>Empty target.</seg></tuv>
      <tuv xml:lang="es-ES"><seg></seg></tuv>
    </tu>
  </body>
</tmx>
""".encode()
