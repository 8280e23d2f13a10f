import { reportJsonSchema, sectionJsonSchema } from './packages/core/src/index';
import { nhiemVuDuocGiao } from './packages/sections/src/index';
const s = reportJsonSchema() as any;
console.log(Object.keys(s.$defs ?? {}), JSON.stringify(s.properties.period), JSON.stringify(s.properties.signer));
const t = sectionJsonSchema(nhiemVuDuocGiao) as any;
console.log(Object.keys(t.$defs ?? {}), JSON.stringify(t.properties.tasks).slice(0,100));
