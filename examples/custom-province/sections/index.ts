import { chuongTrinhChe } from './chuong-trinh-che';

export { chuongTrinhChe };

/** The province's own section plugins, added to the standard ones. */
export const customSections = [chuongTrinhChe] as const;
