// Every figure a source gives (provenance "reported") and what follows from them by arithmetic
// ("derived"), exactly as shared/seed/FACTS.md lists them. Nothing here is generated.
import type { Localized, Observation } from '../../src/api/contract';
import { ARTICLE } from './sources';

const year = (y: number) => ({ start: `${y}-01`, end: `${y}-12` });

const rank = (unitCode: string, y: number, value: number, sourceId: string, quote: string | null = null): Observation => ({
  unitCode,
  indicatorId: 'par_rank',
  period: year(y),
  value,
  rankedOf: 21,
  provenance: 'reported',
  sourceId,
  quote,
  note: null,
});

const reported = (
  unitCode: string,
  indicatorId: string,
  period: { start: string; end: string },
  value: number,
  sourceId: string,
  extra: { quote?: string; note?: Localized; rankedOf?: number } = {},
): Observation => ({
  unitCode,
  indicatorId,
  period,
  value,
  rankedOf: extra.rankedOf ?? null,
  provenance: 'reported',
  sourceId,
  quote: extra.quote ?? null,
  note: extra.note ?? null,
});

const RANK_QUOTE = 'nâng lên 8 bậc, từ thứ 17/21 (năm 2019), liên tiếp trong 2 năm 2020, 2021 giữ được thứ bậc xếp hạng 9/21';
const SCORES_2021 = ['nghean24h-2022-03-anh-son', 'dcs-2023-04-qd-1048'];

/** The article's five figures. */
export const articleObservations: Observation[] = [
  rank('414', 2019, 17, ARTICLE, RANK_QUOTE),
  rank('414', 2020, 9, ARTICLE, RANK_QUOTE),
  rank('414', 2021, 9, ARTICLE, RANK_QUOTE),
  reported('414', 'investment_projects', { start: '2022-01', end: '2022-05' }, 7, ARTICLE, {
    quote: 'Chỉ tính 5 tháng đầu năm 2022, thị xã đã thu hút được 7 dự án',
  }),
  reported('414', 'investment_projects_cumulative', { start: '2020-01', end: '2022-05' }, 18, ARTICLE, {
    quote: 'lũy kế từ năm 2020 đến nay thu hút tổng 18 dự án',
    note: {
      vi: 'Bài báo viết "từ năm 2020 đến nay" (tháng 6/2022); kỳ được tính đến hết tháng 5/2022 để khớp với số 7 dự án của 5 tháng đầu năm.',
      en: 'The article says "from 2020 until now" (June 2022); the period is taken to end in May 2022 to match the 7 projects of Jan–May.',
    },
  }),
];

/** Figures that follow from the article's by arithmetic, with the arithmetic in the note. */
export const derivedObservations: Observation[] = [
  {
    unitCode: '414',
    indicatorId: 'investment_projects',
    period: { start: '2020-01', end: '2021-12' },
    value: 11,
    rankedOf: null,
    provenance: 'derived',
    sourceId: ARTICLE,
    quote: null,
    note: {
      vi: '18 dự án lũy kế từ 2020 trừ 7 dự án của 5 tháng đầu năm 2022 = 11. Bài báo không tách riêng năm 2020 và 2021.',
      en: '18 projects since 2020 minus 7 in Jan–May 2022 = 11. The article does not split 2020 from 2021.',
    },
  },
  {
    unitCode: '414',
    indicatorId: 'investment_projects_cumulative',
    period: { start: '2020-01', end: '2021-12' },
    value: 11,
    rankedOf: null,
    provenance: 'derived',
    sourceId: ARTICLE,
    quote: null,
    note: {
      vi: '18 dự án lũy kế từ 2020 trừ 7 dự án của 5 tháng đầu năm 2022 = 11.',
      en: '18 projects since 2020 minus 7 in Jan–May 2022 = 11.',
    },
  },
  {
    unitCode: '414',
    indicatorId: 'par_rank_change',
    period: { start: '2019-01', end: '2020-12' },
    value: 8,
    rankedOf: null,
    provenance: 'derived',
    sourceId: ARTICLE,
    quote: 'nâng lên 8 bậc',
    note: { vi: 'Thứ 17 (2019) − thứ 9 (2020) = tăng 8 bậc.', en: '17th (2019) − 9th (2020) = up 8 places.' },
  },
];

/** Ranks and scores from other public reports on the district PAR Index. */
export const otherDistrictObservations: Observation[] = [
  rank('412', 2021, 1, SCORES_2021[1]!),
  rank('425', 2021, 2, SCORES_2021[1]!),
  rank('429', 2021, 3, SCORES_2021[1]!),
  rank('421', 2021, 4, SCORES_2021[1]!),
  rank('432', 2021, 11, SCORES_2021[1]!),
  rank('424', 2021, 21, SCORES_2021[0]!),
  reported('412', 'par_score', year(2021), 84.76, SCORES_2021[1]!, { note: { vi: 'Điểm cao nhất năm 2021.', en: 'Highest score in 2021.' } }),
  reported('424', 'par_score', year(2021), 79.01, SCORES_2021[0]!, { note: { vi: 'Điểm thấp nhất năm 2021.', en: 'Lowest score in 2021.' } }),
  rank('412', 2022, 1, 'dcs-par-2022'),
  rank('425', 2022, 2, 'dcs-par-2022'),
  rank('429', 2022, 3, 'dcs-par-2022'),
  rank('421', 2022, 4, 'dcs-par-2022'),
  rank('432', 2022, 5, 'dcs-par-2022'),
  rank('412', 2023, 1, 'vinh-par-2023'),
  rank('425', 2023, 2, 'vinh-par-2023'),
  rank('429', 2023, 3, 'vinh-par-2023'),
];

/** 2023: three units are reported as the last three, but not in which order. */
export const bottomThree2023 = { year: 2023, unitCodes: ['418', '417', '413'], sourceId: 'vinh-par-2023' } as const;

const provinceRank = (y: number, value: number, sourceId: string): Observation =>
  reported('40', 'province_par_rank', year(y), value, sourceId, { rankedOf: 63 });

/** Nghệ An among the 63 provinces, and province-wide investment. */
export const provinceObservations: Observation[] = [
  provinceRank(2019, 24, 'baonghean-province-par'),
  provinceRank(2020, 18, 'baonghean-province-par'),
  provinceRank(2021, 17, 'baonghean-province-par'),
  provinceRank(2022, 16, 'baonghean-province-par'),
  provinceRank(2023, 15, 'nghean24h-province-par'),
  provinceRank(2024, 27, 'laodong-province-par-2024'),
  reported('40', 'province_par_score', year(2021), 87.59, 'nghean24h-province-par'),
  reported('40', 'investment_projects', { start: '2022-01', end: '2022-05' }, 41, 'nghean24h-2022-05-investment', {
    note: { vi: 'Dự án mới được cấp phép đến ngày 20/5/2022, toàn tỉnh.', en: 'New projects licensed province-wide up to 20 May 2022.' },
  }),
  reported('40', 'investment_projects', year(2023), 116, 'baonghean-2023-12-investment', {
    note: { vi: 'Dự án mới năm 2023, toàn tỉnh.', en: 'New projects in 2023, province-wide.' },
  }),
  reported('40', 'investment_projects', { start: '2024-01', end: '2024-09' }, 58, 'vneconomy-2024-09-investment', {
    note: { vi: 'Dự án mới đến ngày 23/9/2024, toàn tỉnh.', en: 'New projects up to 23 Sep 2024, province-wide.' },
  }),
  reported('432', 'investment_projects', { start: '2014-01', end: '2023-03' }, 48, 'baonghean-2023-03-hoang-mai', {
    note: { vi: 'Dự án được chấp thuận đầu tư từ năm 2014 đến tháng 3/2023.', en: 'Projects approved from 2014 to March 2023.' },
  }),
];
