import { createTemplateEngine, type TemplateEngine } from '../template/engine';
import type { NumberStyle } from '../tree/types';
import type { Agency, Signer } from '../model/report';
import type { WindowRule } from '../period';
import type { SectionTitle } from './types';
import type { SeriesShow } from '../series/types';

/** A document kind: its title (caps) and its ND 30 Phụ lục III abbreviation. */
export type DocumentKind = {
  title: string;
  code: string;
  /** A plan looks ahead: its issue date precedes its period (no "issued before the period" warning). */
  planning?: boolean;
};

/**
 * Document kinds every profile knows; a profile may add its own.
 *
 * @example
 * DEFAULT_KINDS['ke-hoach'] // { title: 'KẾ HOẠCH', code: 'KH', planning: true }
 */
export const DEFAULT_KINDS: Readonly<Record<string, DocumentKind>> = Object.freeze({
  'bao-cao': { title: 'BÁO CÁO', code: 'BC' },
  'ke-hoach': { title: 'KẾ HOẠCH', code: 'KH', planning: true },
  'quyet-dinh': { title: 'QUYẾT ĐỊNH', code: 'QĐ' },
  'to-trinh': { title: 'TỜ TRÌNH', code: 'TTr' },
  'thong-bao': { title: 'THÔNG BÁO', code: 'TB' },
  'cong-van': { title: '', code: '' },
});

/** How a part's sections are rendered: their results, their plans, or free content only. */
export type PartMode = 'results' | 'plans' | 'free';

/** A part of the body as the profile lays it out (I/II/III, A/B/C, Phần I/II). */
export type PartSpec = {
  id: string;
  /** Handlebars template of the part title, e.g. `KẾT QUẢ THỰC HIỆN NHIỆM VỤ {{upper period}}`. */
  title: string;
  mode: PartMode;
  /**
   * Number styles of the levels inside this part, from level 2 on, when they differ from the profile's scheme
   * (Bắc Kạn numbers "I., II." under part A but "1., 2." directly under parts B and C).
   */
  headingScheme?: NumberStyle[];
  /** Default sections of the part (used when the report gives `sections` data instead of explicit content). */
  sections?: string[];
};

/**
 * Fixed sentences as handlebars templates. Data available: `period`, `nextPeriod` (labels such as
 * `9 tháng đầu năm 2022`), `periodNoYear`, `nextPeriodNoYear` (`9 tháng đầu năm`), `year`, `nextYear`, `kindName`,
 * `agency.name|shortName|place|parent`, `to` (Kính gửi list), `basis` (documents as text), `basisText` (joined by "; ").
 * Helpers: `upper`, `lower`, `capitalize` (one argument each); blocks `if`, `unless`, `each`, `with`. Templates are
 * strict: an unknown name, a partial, a decorator, more than 2,000 characters or more than 12 nested blocks is a
 * `template/error` diagnostic. They are interpreted, never compiled to code, so they run under a strict CSP.
 */
export type ProfileTemplates = {
  /** Trích yếu, e.g. `Kết quả hoạt động khoa học và công nghệ {{period}}`. */
  subject?: string;
  /** Opening paragraph. */
  opening?: string;
  /** Closing paragraph. */
  closing?: string;
  /** Appendix subtitle, default `(Kèm theo {{kindName}} số {{numberText}} ngày {{dateText}} của {{agencyName}})`. */
  appendixSubtitle?: string;
};

/** What a province declares for its format. */
export type ProfileSpec = {
  /** Stable id, e.g. `lang-son-skhcn`. */
  id: string;
  /** Human name, e.g. "Sở KH&CN Lạng Sơn — báo cáo định kỳ". */
  name: string;
  agency: Agency;
  /** Number style per heading level; level 1 = parts. */
  headingScheme: NumberStyle[];
  /** List markers by depth. Default `["-", "+"]`. */
  listMarkers?: string[];
  parts: PartSpec[];
  /** Renames of section titles, by section id. */
  sectionTitles?: Record<string, SectionTitle>;
  templates?: ProfileTemplates;
  /** Extra document kinds. */
  kinds?: Record<string, DocumentKind>;
  /** Default Kính gửi. */
  to?: string[];
  /** Default Nơi nhận items. */
  recipients?: string[];
  /** Default signer. */
  signer?: Signer;
  /** Cut-off rule of the reporting window; Nghị định 09/2019 by default. */
  window?: WindowRule;
  appliesFrom?: string;
  appliesUntil?: string;
  /**
   * Report series: the section figures the province wants annotated, by indicator id, with what to show
   * (`{ 'tieu-chuan-do-luong-chat-luong/samples.tested': ['cumulative', 'plan'] }`). Sections that build their
   * figures with `seriesFigure` honour it.
   */
  series?: { annotate?: Readonly<Record<string, readonly SeriesShow[]>> };
};

/** A province profile, as returned by {@link defineProfile}. */
export type Profile = Readonly<Required<Pick<ProfileSpec, 'listMarkers' | 'templates' | 'sectionTitles'>>> &
  Readonly<Omit<ProfileSpec, 'listMarkers' | 'templates' | 'sectionTitles' | 'kinds'>> & {
    readonly kind: 'profile';
    readonly kinds: Readonly<Record<string, DocumentKind>>;
  };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ENGINE = Symbol('templateEngine');

/** The template engine of a profile: the one {@link defineProfile} made, or a new one for a profile built otherwise. */
export function templateEngineOf(profile: Profile): TemplateEngine {
  return (profile as { [ENGINE]?: TemplateEngine })[ENGINE] ?? createTemplateEngine(profile.id);
}

/**
 * Defines a province's report format.
 *
 * @example
 * const langSon = defineProfile({
 *   id: 'lang-son-skhcn', name: 'Sở KH&CN Lạng Sơn',
 *   agency: { parent: 'UBND TỈNH LẠNG SƠN', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', code: 'SKHCN', place: 'Lạng Sơn' },
 *   headingScheme: ['roman', 'arabic', 'decimal', 'alpha'],
 *   parts: [
 *     { id: 'results', title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ {{upper period}}', mode: 'results' },
 *     { id: 'plans', title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ {{upper nextPeriod}}', mode: 'plans' },
 *   ],
 * });
 * // langSon.kinds['bao-cao'] → { title: 'BÁO CÁO', code: 'BC' }
 */
export function defineProfile(spec: ProfileSpec): Profile {
  if (!ID.test(spec.id)) throw new TypeError(`defineProfile: id "${spec.id}" phải ở dạng kebab-case.`);
  if (spec.headingScheme.length === 0) throw new TypeError(`defineProfile(${spec.id}): headingScheme trống.`);
  const seen = new Set<string>();
  for (const part of spec.parts) {
    if (seen.has(part.id)) throw new TypeError(`defineProfile(${spec.id}): phần "${part.id}" bị khai báo hai lần.`);
    seen.add(part.id);
  }
  const profile = {
    ...spec,
    kind: 'profile' as const,
    listMarkers: spec.listMarkers ?? ['-', '+'],
    templates: spec.templates ?? {},
    sectionTitles: spec.sectionTitles ?? {},
    kinds: Object.freeze({ ...DEFAULT_KINDS, ...(spec.kinds ?? {}) }),
  };
  // The profile's own template engine, so that its templates are parsed once (and a refused one refused once), not on every report. Not
  // enumerable: a copy such as `{ ...profile, templates }` does not carry it and gets a fresh engine.
  Object.defineProperty(profile, ENGINE, { value: createTemplateEngine(spec.id) });
  return Object.freeze(profile);
}

