import { composeReport, validateReport } from '@baocao-khcn/core';
import { examples } from '@baocao-khcn/examples/registry';
import { measure, ms } from './measure';
for (const ex of examples) {
  const options = { profile: ex.profile, sections: ex.sections };
  const vc = await measure(() => { validateReport(ex.input, options); composeReport(ex.input, options); });
  console.log(ex.id.padEnd(28), ms(vc.median), ms(vc.p95), vc.runs);
}
