/**
 * Section data for the annotation test: for each built-in section with report-series indicators, data in which
 * its indicators are printed as figures. A section whose figures are written in different ways (a table or a
 * sentence, a breakdown in a footnote, a zero written in words) has one entry per way; together, the entries of a
 * section print every indicator it declares.
 */
export const ANNOTATED_DATA: Readonly<Record<string, readonly Record<string, unknown>[]>> = {
  'tham-muu': [{ stated: 2 }, { stated: 1, documents: [{ kind: 'Quyết định', number: '12/QĐ-UBND', subject: 'phê duyệt danh mục nhiệm vụ' }] }],
  'nghien-cuu-khcn': [
    { tasks: { total: 29 }, accepted: 3, inspected: 5, selected: 2 },
    { tasks: { total: 29, byField: [{ label: 'nông nghiệp', value: 20 }, { label: 'y dược', value: 9 }], breakdownIn: 'footnote' } },
    { tasks: { total: 29, byField: [{ label: 'nông nghiệp', value: 20 }, { label: 'y dược', value: 9 }] } },
  ],
  'khcn-co-so': [{ districts: 8, tasks: 3 }, { districts: 8 }, { tasks: 3 }],
  'quan-ly-cong-nghe': [{ appraisals: 45, environmentalPermits: 9, transfers: 2 }],
  'an-toan-buc-xa': [{ licences: 10, certificates: 5, facilities: 40, inspections: 6 }, { certificates: 5, inspections: 6 }],
  'so-huu-tri-tue': [{ applications: 13, granted: 2, collectiveMarks: 20, geographicalIndications: 2, supportProjects: 21 }],
  'sang-kien': [{ reviewed: 4, recognized: 3, contests: 1 }, { reviewed: 4, recognized: 4 }, { recognized: 4 }],
  'khoi-nghiep': [{ contests: 1, trainings: 2, participants: 120 }, { participants: 120 }],
  'thong-tin-thong-ke': [{ registrations: 13, publications: 4 }],
  'tieu-chuan-do-luong-chat-luong': [
    {
      instruments: { items: [{ label: 'cột đo xăng dầu', count: 360, unit: 'cột' }, { label: 'cân các loại', count: 138, unit: 'cái' }], total: 498 },
      scales: { checked: 3399, correct: 3328, incorrect: 71, correctPercent: 97.91, incorrectPercent: 2.09 },
      importLots: { total: 840, breakdown: [{ label: 'Thép', value: 840 }] },
      samples: { tested: 38, nonConforming: 6 },
    },
    { instruments: { items: [{ label: 'cân các loại', count: 138, unit: 'cái' }], total: 138, layout: 'table' }, importLots: { total: 12 }, samples: { tested: 38, nonConforming: 0 } },
  ],
  'thanh-tra': [
    { inspections: { count: 1, establishments: 13, violations: 2, fines: { amount: 2550000 } }, complaints: { received: 3, resolved: 2 } },
    { inspections: { count: 1, establishments: 13, violations: 0 } },
  ],
  'phap-che-cai-cach-hanh-chinh': [{ reviewedDocuments: 67, simplifiedProcedures: 5, dossiers: { received: 120, resolved: 118, onTime: 116, late: 2, pending: 2 } }],
  'hoat-dong-su-nghiep': [{ services: [{ label: 'Kiểm định cột đo xăng dầu', count: 360, unit: 'cột' }], revenue: { amount: 1250.5 } }],
  'ke-hoach-tai-chinh': [
    { budget: { total: 66769.9, items: [{ label: 'Kinh phí sự nghiệp KH&CN', amount: 33427.9 }, { label: 'Kinh phí chi đầu tư phát triển', amount: 33342 }] }, disbursement: { allocated: 1000, disbursed: 450 } },
    { budget: { total: 500 }, disbursement: { allocated: 1000, disbursed: 450, rate: 45 } },
  ],
  'nhiem-vu-duoc-giao': [{ stated: { total: 14, done: 4, doneLate: 1, inProgress: 10, overdue: 0, notStarted: 0 } }],
  'chuyen-doi-so': [{ onlineServices: { total: 120, fullProcess: 80, partial: 40 }, onlineDossiers: { online: 850, total: 1000 }, digitalSignatures: 35 }],
  'buu-chinh-vien-thong': [{ postalPoints: 215, btsStations: 1850, digitalCompanies: 120, subscribers: { mobile: 1200000, broadband: 250000 }, frequencyLicences: 42 }],
  'van-phong-to-chuc': [{ staff: 45, awards: 12 }],
};
