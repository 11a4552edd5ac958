// The shape of each MDX/Markdown file as Docusaurus' parser reads it (@mdx-js/mdx 3 with
// remark-gfm and remark-directive; HTML comments read as MDX comments, as Docusaurus'
// mdx1Compat.comments does): one JSON line per file, {file, shape} or {file, error}.
// Usage: node parsed_shape.mjs NODE_MODULES FILE...
import path from 'node:path'
import fs from 'node:fs'
import {pathToFileURL} from 'node:url'

const [modules, ...files] = process.argv.slice(2)
const load = async (name, entry) => import(pathToFileURL(path.join(modules, name, entry)).href)
const {createProcessor} = await load('@mdx-js/mdx', 'index.js')
const remarkGfm = (await load('remark-gfm', 'index.js')).default
const remarkDirective = (await load('remark-directive', 'index.js')).default
const processor = createProcessor({remarkPlugins: [remarkGfm, remarkDirective]})

function shape(text) {
  text = text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--([\s\S]*?)-->/g, '{/*$1*/}')
  const tree = processor.parse(text)
  const out = []
  ;(function visit(node) {
    if (!['text', 'inlineCode', 'code'].includes(node.type)) {
      out.push([node.type, node.name ?? '', node.depth ?? '', node.url ?? ''].join(':'))
    }
    for (const child of node.children ?? []) visit(child)
  })(tree)
  return out
}

for (const file of files) {
  try {
    console.log(JSON.stringify({file, shape: shape(fs.readFileSync(file, 'utf8'))}))
  } catch (error) {
    console.log(JSON.stringify({file, error: String(error.message).split('\n')[0]}))
  }
}
