# The shape of each Markdown file as Jekyll's kramdown reads it (GFM input without hard
# wraps, Jekyll's defaults): one JSON line per file, {file, shape} or {file, error}.
# Typography made of the text (smart quotes, dashes, ellipses) is text, not shape.
# Jekyll runs Liquid first: each tag and output is read as a word here (a pipe inside
# '{{ x | relative_url }}' would otherwise start a kramdown table).
# Usage: ruby parsed_shape.rb FILE...
require "json"
require "kramdown"
require "kramdown-parser-gfm"

def visit(element, out)
  href = element.attr["href"] || ""
  level = element.options[:level] || ""
  skipped = %i[text codespan codeblock smart_quote typographic_sym]
  out << [element.type, level, href].join(":") unless skipped.include?(element.type)
  element.children.each { |child| visit(child, out) }
end

ARGV.each do |file|
  text = File.read(file, encoding: "utf-8").sub(/\A---\n.*?\n---\n/m, "")
  text = text.gsub(/\{\{.*?\}\}|\{%.*?%\}/m, "liquid")
  begin
    out = []
    visit(Kramdown::Document.new(text, input: "GFM", hard_wrap: false).root, out)
    puts JSON.generate({ file: file, shape: out })
  rescue StandardError => e
    puts JSON.generate({ file: file, error: e.message.lines.first.to_s.strip })
  end
end
