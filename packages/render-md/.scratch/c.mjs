import {toMarkdown} from 'mdast-util-to-markdown'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {fromMarkdown} from 'mdast-util-from-markdown'
const t = (value) => ({type:'text', value})
const S = (...c) => ({type:'strong', children:c}), E = (...c) => ({type:'emphasis', children:c})
const c = [S(t('ệ'), E(t('𐀀_e\u0301')))]
for (const opts of [{}, {extensions:[gfmToMarkdown()]}, {unsafe: [{ character: ':', before: '\\]', inConstruct: 'phrasing' }]}]) {
  const md = toMarkdown({type:'root', children:[{type:'paragraph', children:c}]}, {emphasis:'*', strong:'*', ...opts})
  console.log(JSON.stringify(md), JSON.stringify(fromMarkdown(md).children[0], (k,v)=> k==='position'?undefined:v))
}
for (const v of ['x_e\u0301', 'x_\u0301', 'a_\u0301b']) {
 const md = toMarkdown({type:'root', children:[{type:'paragraph', children:[E(t(v))]}]}, {emphasis:'*', strong:'*'})
 console.log(JSON.stringify(v), JSON.stringify(md))
 const md2 = toMarkdown({type:'root', children:[{type:'paragraph', children:[t(v)]}]}, {emphasis:'*', strong:'*'})
 console.log(JSON.stringify(v), JSON.stringify(md2))
}
