import {toMarkdown} from 'mdast-util-to-markdown'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {fromMarkdown} from 'mdast-util-from-markdown'
const t = (value) => ({type:'text', value})
const show = (tree) => { const md = toMarkdown(tree, {extensions:[gfmToMarkdown({tablePipeAlign:false})], bullet:'-'}); console.log(JSON.stringify(md)); console.log(md); return md }
const p = (...c) => ({type:'paragraph', children:c})
show({type:'root', children:[
  {type:'heading', depth:2, children:[t('1. Công tác # x #')]},
  {type:'heading', depth:2, children:[t('# hash')]},
  p(t('# a')), p(t('- a')), p(t('+ a')), p(t('1. a')), p(t('| a | b |')), p(t('* a')), p(t('[^1] x')), p(t('<script>x</script>')),
  p(t('  lead'), ), p(t('trail  ')), p(t('a '), {type:'break'}, t(' b')),
  p(t('x'), {type:'strong', children:[t('(y)')]}, t('z')),
  p(t('a '), {type:'strong', children:[t('b')]}, {type:'emphasis', children:[t('c')]}, t(' d')),
  p(t('`code` \\ &amp; _x_ ***')),
  p(t('a\tb'), t('\tc')),
  p(t('1) x')), p(t('===')), p(t('---')),p(t('    indented')),
  {type:'table', align:[null,'center'], children:[{type:'tableRow', children:[{type:'tableCell', children:[t('a|b')]},{type:'tableCell', children:[t('- c'),{type:'break'}, t('d')]}]},{type:'tableRow', children:[{type:'tableCell', children:[]},{type:'tableCell', children:[t('x')]}]}]},
  p(t('ref'), {type:'footnoteReference', identifier:'1', label:'1'}),
  {type:'footnoteDefinition', identifier:'1', label:'1', children:[p(t('foot # a'), {type:'break'}, t('- line2'))]},
  {type:'list', ordered:false, spread:false, children:[{type:'listItem', spread:false, children:[p(t('a) x')), {type:'list', ordered:false, spread:false, children:[{type:'listItem', spread:false, children:[p(t('- nested'))]}]}]}]},
  {type:'list', ordered:false, spread:false, children:[{type:'listItem', spread:false, children:[p(t('second list'))]}]},
]})
