import {toMarkdown} from 'mdast-util-to-markdown'
import {fromMarkdown} from 'mdast-util-from-markdown'
const t = (value) => ({type:'text', value})
const S = (...c) => ({type:'strong', children:c}), E = (...c) => ({type:'emphasis', children:c})
const cases = [
  [S(t('ệ'), E(t('𐀀_é')))],
  [S(t('e'), E(t('x_é')))],
  [S(t('e'), E(t('𐀀é')))],
  [E(t('🇻🇳_𐀀')), t('Ⰰ')],
  [E(t('a_b')), t('c')],
  [E(t('🇻🇳_')), t('c')],
  [t('Tổng'), S(t('số'))],
  [S(t('Tổng')), E(t('số'))],
  [S(t('Tổng'), E(t('số')))],
]
for (const c of cases) {
  const md = toMarkdown({type:'root', children:[{type:'paragraph', children:c}]}, {emphasis:'*', strong:'*'})
  console.log(JSON.stringify(md), JSON.stringify(fromMarkdown(md).children[0], (k,v)=> k==='position'?undefined:v))
}
