/**
 * What the words before a period phrase say about it: a comparison or a reference to another period
 * ("so với cùng kỳ năm 2024", "Báo cáo kết quả tháng 8 năm 2023"), or a plan or deadline ("Dự kiến tháng 11/2023",
 * "hoàn thành trong tháng 11/2023"). Used by the period check to tell a legitimate mention of another period from a
 * wrong one.
 */

/** Cue phrases that make a mention of an earlier period legitimate: comparisons, ranges, earlier documents and events. */
const PAST_CUES = [
  // comparisons and series
  'so với', 'so cùng kỳ', 'cùng kỳ', 'bằng', 'gấp', 'lũy kế', 'luỹ kế', 'đạt', 'trước đó',
  // ranges and history
  'từ', 'kể từ', 'đến', 'giai đoạn', 'sau', 'còn lại', 'chuyển tiếp', 'chuyển sang',
  // documents, events and programmes that carry a period in their name
  'báo cáo', 'kế hoạch', 'chương trình', 'quyết định', 'nghị quyết', 'nghị định', 'thông tư', 'kết luận', 'chỉ thị',
  'công văn', 'thông báo', 'tờ trình', 'đề án', 'luật', 'quyết toán', 'dự toán', 'hội thi', 'cuộc thi', 'giải thưởng',
  'hội nghị', 'hội chợ', 'lần thứ', 'đợt', 'tổng kết', 'sơ kết', 'phê duyệt', 'được giao', 'giao',
];

/** Cue phrases that make a mention of a later period legitimate: plans, deadlines, targets. */
const FUTURE_CUES = [
  'dự kiến', 'kế hoạch', 'hoàn thành', 'phấn đấu', 'sẽ', 'trước', 'đến hết', 'hạn', 'thời hạn', 'dự toán', 'phương hướng',
  'nhiệm vụ', 'định hướng', 'tầm nhìn', 'thực hiện', 'triển khai', 'đăng ký', 'đề xuất', 'xây dựng', 'chuẩn bị',
  'tổ chức', 'mục tiêu', 'chỉ tiêu', 'chương trình', 'đề án', 'cho', 'vào',
];

/** How far back a cue is looked for: the clause before the phrase, at most this many words. */
const MAX_WORDS = 10;

/** `.`, `!`, `?` or `:` before a space, `;` or a line break ends a clause (the dots of "1.119" and "9001:2015" do not). */
const CLAUSE_END = /[.!?:](?=\s)|[;\n]/gu;

function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_END)) start = m.index + m[0].length;
  const words = before.slice(start).split(/\s+/u).filter((w) => w !== '');
  return words.slice(-MAX_WORDS).join(' ').toLowerCase();
}

function cuePattern(cues: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

const PAST = cuePattern(PAST_CUES);
const FUTURE = cuePattern(FUTURE_CUES);

/**
 * Whether a bare year ("năm 2024") at `index` is the time frame of what the clause reports — at the start of the
 * clause ("Năm 2024, Sở đã …") or after "trong" ("Trong năm 2024 …") — with no cue that makes it a comparison, a
 * reference or a plan. Elsewhere a year qualifies a noun ("Nông lịch năm 2024", "thành lập năm 2018") and is left alone.
 */
export function framesBareYear(text: string, index: number): boolean {
  const clause = clauseBefore(text, index);
  if (clause !== '' && !/(?:^|\s)(?:trong|trong cả|cả)$/u.test(clause)) return false;
  return !PAST.test(clause) && !FUTURE.test(clause);
}

/** Whether the words before the phrase at `index` make a mention of an earlier period legitimate. */
export function citesEarlierPeriod(text: string, index: number): boolean {
  return PAST.test(clauseBefore(text, index));
}

/** Whether the words before the phrase at `index` make a mention of a later period legitimate. */
export function plansLaterPeriod(text: string, index: number): boolean {
  return FUTURE.test(clauseBefore(text, index));
}
