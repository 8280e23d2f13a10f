import type { AnySectionPlugin, Profile, ReportInput } from '@baocao-khcn/core';
import { allSections } from '@baocao-khcn/sections';
import { profile as langSonSkhcn } from './000-lang-son-9-thang-2022/profile';
import { report as report000 } from './000-lang-son-9-thang-2022/report';
import { report as report001 } from './001-lang-son-6-thang-2021/report';
import { profile as langSonUbnd } from './002-lang-son-ke-hoach-2021/profile';
import { report as report002 } from './002-lang-son-ke-hoach-2021/report';
import { profile as bacKan } from './003-bac-kan-6-thang-2023/profile';
import { report as report003 } from './003-bac-kan-6-thang-2023/report';
import { profile as bacGiang } from './004-bac-giang-thang-9-2023/profile';
import { report as report004 } from './004-bac-giang-thang-9-2023/report';
import { profile as customProfile } from './custom-province/profile';
import { report as customReport } from './custom-province/report';
import { customSections } from './custom-province/sections';

/** One example report: its data, the profile and sections it is composed with, and the seed it rebuilds. */
export type Example = {
  /** File-name stem in `out/`: the seed's three-digit number first. */
  id: string;
  /** The seed file in `../shared/seeds/` this example rebuilds (none for the custom province). */
  seed?: string;
  input: ReportInput;
  profile: Profile;
  sections: readonly AnySectionPlugin[];
};

export const examples: readonly Example[] = [
  { id: '000-lang-son-9-thang-2022', seed: '000_6308e27a77225439.txt', input: report000, profile: langSonSkhcn, sections: allSections },
  { id: '001-lang-son-6-thang-2021', seed: '001_09ea6a234aa3ea1d.txt', input: report001, profile: langSonSkhcn, sections: allSections },
  { id: '002-lang-son-ke-hoach-2021', seed: '002_df469a132838744e.txt', input: report002, profile: langSonUbnd, sections: allSections },
  { id: '003-bac-kan-6-thang-2023', seed: '003_40fd22f00ea810c7.txt', input: report003, profile: bacKan, sections: allSections },
  { id: '004-bac-giang-thang-9-2023', seed: '004_19f09592a08089bb.txt', input: report004, profile: bacGiang, sections: allSections },
  { id: 'custom-province-quy-3-2025', input: customReport, profile: customProfile, sections: [...allSections, ...customSections] },
];
