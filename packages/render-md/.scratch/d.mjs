import {toMarkdown, defaultHandlers} from 'mdast-util-to-markdown'
import {gfmToMarkdown} from 'mdast-util-gfm'
const t = (value) => ({type:'text', value})
const text = (node, parent, state, info) => { const out = defaultHandlers.text(node, parent, state, info); console.log(JSON.stringify(node.value), 'before', JSON.stringify(info.before), 'after', JSON.stringify(info.after), '->', JSON.stringify(out)); return out }
const S = (...c) => ({type:'strong', children:c}), E = (...c) => ({type:'emphasis', children:c})
const tree = {type:'root', children:[
 {type:'paragraph', children:[t('a KH&CN'), S(t('KH&CN')), t('x'), E(t('KH&CN')), t(';'), {type:'footnoteReference', identifier:'1', label:'1'}, t('KH&CN')]},
 {type:'heading', depth:2, children:[t('về KH&CN')]},
 {type:'table', children:[{type:'tableRow', children:[{type:'tableCell', children:[t('KH&CN')]}, {type:'tableCell', children:[S(t('KH&CN'))]}]}]},
 {type:'list', children:[{type:'listItem', children:[{type:'paragraph', children:[t('KH&CN'), {type:'break'}, t('b')]}]}]},
]}
console.log(toMarkdown(tree, {handlers:{text}, extensions:[gfmToMarkdown()]}))
