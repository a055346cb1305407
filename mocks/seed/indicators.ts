// The indicators the API serves; a new KPI is a new entry here plus its observations.
import type { Indicator } from '../../src/api/contract';

/** An indicator as defined here; the API adds the months its data covers. */
export type IndicatorDefinition = Omit<Indicator, 'coverage'>;

export const indicators: IndicatorDefinition[] = [
  {
    id: 'par_rank',
    label: { vi: 'Xếp hạng Chỉ số CCHC', en: 'PAR Index rank' },
    description: {
      vi: 'Thứ hạng Chỉ số cải cách hành chính của UBND cấp huyện trong tỉnh',
      en: "Administrative-reform (PAR Index) rank among the province's district-level units",
    },
    kind: 'rank',
    higherIsBetter: false,
    measure: { vi: 'thứ hạng', en: 'rank' },
    level: 'district',
  },
  {
    id: 'par_score',
    label: { vi: 'Điểm Chỉ số CCHC', en: 'PAR Index score' },
    description: {
      vi: 'Điểm Chỉ số cải cách hành chính của UBND cấp huyện (thang 100)',
      en: 'Administrative-reform (PAR Index) score of the district-level unit (out of 100)',
    },
    kind: 'score',
    higherIsBetter: true,
    measure: { vi: 'điểm', en: 'points' },
    level: 'district',
  },
  {
    id: 'par_rank_change',
    label: { vi: 'Thay đổi thứ hạng CCHC', en: 'Change in PAR Index rank' },
    description: {
      vi: 'Số bậc tăng (+) hoặc giảm (−) của thứ hạng Chỉ số CCHC giữa hai năm',
      en: 'Places gained (+) or lost (−) in the PAR Index ranking between two years',
    },
    kind: 'change',
    higherIsBetter: true,
    measure: { vi: 'bậc', en: 'places' },
    level: 'district',
  },
  {
    id: 'investment_projects',
    label: { vi: 'Dự án đầu tư thu hút', en: 'Investment projects attracted' },
    description: {
      vi: 'Số dự án đầu tư thu hút được trong kỳ',
      en: 'Number of investment projects attracted in the period',
    },
    kind: 'count',
    higherIsBetter: true,
    measure: { vi: 'dự án', en: 'projects' },
    level: 'district',
  },
  {
    id: 'investment_projects_cumulative',
    label: { vi: 'Dự án đầu tư lũy kế từ 2020', en: 'Investment projects since 2020' },
    description: {
      vi: 'Tổng số dự án đầu tư thu hút được từ đầu năm 2020 đến cuối kỳ',
      en: 'Investment projects attracted from the start of 2020 to the end of the period',
    },
    kind: 'count',
    higherIsBetter: true,
    measure: { vi: 'dự án', en: 'projects' },
    level: 'district',
  },
  {
    id: 'province_par_rank',
    label: { vi: 'Xếp hạng PAR Index cấp tỉnh', en: 'Provincial PAR Index rank' },
    description: {
      vi: 'Thứ hạng Chỉ số cải cách hành chính của tỉnh trong 63 tỉnh, thành phố',
      en: "The province's PAR Index rank among Vietnam's 63 provinces",
    },
    kind: 'rank',
    higherIsBetter: false,
    measure: { vi: 'thứ hạng', en: 'rank' },
    level: 'province',
  },
  {
    id: 'province_par_score',
    label: { vi: 'Điểm PAR Index cấp tỉnh', en: 'Provincial PAR Index score' },
    description: {
      vi: 'Điểm Chỉ số cải cách hành chính của tỉnh (thang 100)',
      en: "The province's PAR Index score (out of 100)",
    },
    kind: 'score',
    higherIsBetter: true,
    measure: { vi: 'điểm', en: 'points' },
    level: 'province',
  },
];
