import { packageConfig } from '../../tsup.base';

export default packageConfig({ index: 'src/index.ts', plugin: 'src/entry/plugin.ts', format: 'src/entry/format.ts', tree: 'src/entry/tree.ts' });
