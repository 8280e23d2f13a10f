/**
 * The figures of the series, one value per month (index 0 = January). September 2025 is seed 004's sentence:
 * 38 samples in the month, 464 in January–August, a plan of 700 → lũy kế 502/700, 71,7 % of the plan.
 */
export const MONTHLY = {
  2025: {
    samples: [52, 55, 60, 58, 61, 57, 63, 58, 38, 60, 62, 65],
    applications: [10, 12, 9, 14, 11, 13, 12, 15, 10, 14, 12, 16],
    supportProjects: [18, 18, 19, 19, 20, 20, 21, 21, 21, 22, 22, 23],
    licences: [3, 4, 2, 5, 3, 4, 6, 3, 4, 5, 3, 4],
    facilities: [120, 120, 121, 122, 122, 123, 123, 124, 125, 125, 126, 127],
  },
  2024: {
    samples: [45, 50, 52, 49, 55, 50, 58, 54, 35, 52, 55, 60],
    applications: [8, 10, 9, 11, 10, 12, 10, 13, 9, 12, 11, 14],
    supportProjects: [15, 15, 15, 16, 16, 16, 17, 17, 17, 17, 18, 18],
    licences: [2, 3, 3, 4, 2, 3, 5, 3, 3, 4, 2, 3],
    facilities: [110, 111, 111, 112, 113, 113, 114, 115, 115, 116, 117, 118],
  },
} as const;

/** The targets of the 2025 plan (kế hoạch năm). */
export const TARGETS_2025 = { samples: 700, applications: 150, supportProjects: 25, licences: 45, facilities: 130 } as const;

/** The cumulative applications stated by hand in the October 2025 report: wrong on purpose (the right one is 120). */
export const WRONG_CUMULATIVE_OCTOBER = 128;
