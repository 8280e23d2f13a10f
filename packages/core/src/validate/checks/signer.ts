import type { Recipients, Signer } from '../../model/report';
import type { Diagnostic, JsonPath } from '../diagnostic';

const DEPUTY = /^PHÓ\s/u;

/**
 * Checks that the authority mode fits the signer's title: KT. (ký thay) is signed by a deputy (PHÓ …);
 * a deputy signing without KT. is flagged; KT., TM., TL. and TUQ. need the authority they sign for.
 *
 * @example
 * checkSigner({ mode: 'KT', for: 'GIÁM ĐỐC', title: 'GIÁM ĐỐC', name: 'A' }, ['signer']) // → [signer/kt-needs-deputy]
 */
export function checkSigner(signer: Signer, path: JsonPath): Diagnostic[] {
  const out: Diagnostic[] = [];
  const title = signer.title.trim().toLocaleUpperCase('vi');
  const deputy = DEPUTY.test(title);
  if (signer.mode === 'KT' && !deputy) {
    out.push({ code: 'signer/kt-needs-deputy', severity: 'error', path: [...path, 'title'], message: `Ký thay (KT.) phải là cấp phó, nhưng chức danh là "${signer.title}".` });
  }
  if (signer.mode === 'direct' && deputy) {
    out.push({ code: 'signer/deputy-needs-kt', severity: 'warning', path: [...path, 'mode'], message: `Cấp phó ("${signer.title}") ký thay người đứng đầu phải ghi "KT.".` });
  }
  if ((signer.mode === 'KT' || signer.mode === 'TM' || signer.mode === 'TL' || signer.mode === 'TUQ') && !signer.for) {
    out.push({ code: 'signer/missing-authority', severity: 'error', path: [...path, 'for'], message: `Thiếu thẩm quyền ký thay/thay mặt: ${signer.mode}. cần ghi cho ai (ví dụ "GIÁM ĐỐC", "ỦY BAN NHÂN DÂN").` });
  }
  if (signer.mode === 'Q' && deputy) {
    out.push({ code: 'signer/acting-title', severity: 'warning', path: [...path, 'title'], message: 'Quyền (Q.) ghi chức danh người đứng đầu, không ghi cấp phó.' });
  }
  return out;
}

/** Checks Nơi nhận: the last item is the `Lưu:` line ending with a full stop; the others end with a semicolon. */
export function checkRecipients(recipients: Recipients, path: JsonPath): Diagnostic[] {
  const out: Diagnostic[] = [];
  const items = recipients.items;
  const last = items[items.length - 1];
  if (last === undefined || !/^Lưu\b/u.test(last.trim())) {
    out.push({ code: 'recipients/missing-luu', severity: 'warning', path: [...path, 'items'], message: 'Nơi nhận phải kết thúc bằng dòng "Lưu: VT, …".' });
  } else if (!last.trim().endsWith('.')) {
    out.push({ code: 'recipients/luu-full-stop', severity: 'info', path: [...path, 'items', items.length - 1], message: 'Dòng "Lưu:" kết thúc bằng dấu chấm.' });
  }
  items.slice(0, -1).forEach((item, i) => {
    if (!item.trim().endsWith(';')) {
      out.push({ code: 'recipients/semicolon', severity: 'info', path: [...path, 'items', i], message: `Mục "${item}" nên kết thúc bằng dấu chấm phẩy.` });
    }
  });
  return out;
}
