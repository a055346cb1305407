// Every figure a source gives (provenance "reported") and what follows from them by arithmetic
// ("derived"), exactly as shared/seed/FACTS.md lists them. Nothing here is generated.
import type { Localized, Observation } from '../../src/api/contract';
import {
  ANH_SON_2021,
  ARTICLE,
  PAR_2023,
  PROVINCE_RANK_2023,
  PROVINCE_RANK_2024,
  PROVINCE_RANKS_2019_2022,
  PROVINCE_SCORE_2021,
  QD_1048_PAR_2022,
} from './sources';

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
const ANH_SON_QUOTE = 'TP Vinh đứng thứ nhất với 84,76 điểm; huyện Anh Sơn thấp nhất với 79,01 điểm.';
const TOP_FOUR_QUOTE = 'Tại phụ lục 2, với UBND cấp huyện, 4 vị trí dẫn đầu của năm 2022 không thay đổi so với năm 2021.';
const HOANG_MAI_QUOTE = 'Lần này, Thị xã Hoàng Mai từ vị trí thứ 11 năm 2021 năm nay vượt lên đứng thứ 5 trong bảng xếp hạng.';
const PAR_2022_QUOTE = 'Cụ thể xếp thứ nhất là UBND Thành phố Vinh; tiếp đến là các huyện: Diễn Châu, Nghi Lộc, Quỳnh Lưu.';
const PAR_2023_QUOTE = 'Đối với các địa phương cấp huyện, xếp đầu theo thứ tự là TP Vinh, Diễn Châu, Nghi Lộc';

/** 2021's second to fourth places: the source gives 2022's top four and says they had not changed. */
const unchangedFrom2022 = (unitCode: string, value: number): Observation => ({
  ...rank(unitCode, 2021, value, QD_1048_PAR_2022, TOP_FOUR_QUOTE),
  provenance: 'derived',
  note: {
    vi: `Thứ ${value} năm 2022 và nguồn nói 4 vị trí dẫn đầu năm 2022 không đổi so với năm 2021, nên năm 2021 cũng thứ ${value}.`,
    en: `${value}th in 2022, and the source says the 2022 top four were unchanged from 2021, so ${value}th in 2021 too.`,
  },
});

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
  rank('412', 2021, 1, ANH_SON_2021, ANH_SON_QUOTE),
  unchangedFrom2022('425', 2),
  unchangedFrom2022('429', 3),
  unchangedFrom2022('421', 4),
  rank('432', 2021, 11, QD_1048_PAR_2022, HOANG_MAI_QUOTE),
  rank('424', 2021, 21, ANH_SON_2021, ANH_SON_QUOTE),
  reported('412', 'par_score', year(2021), 84.76, ANH_SON_2021, {
    quote: ANH_SON_QUOTE,
    note: { vi: 'Điểm cao nhất năm 2021.', en: 'Highest score in 2021.' },
  }),
  reported('424', 'par_score', year(2021), 79.01, ANH_SON_2021, {
    quote: ANH_SON_QUOTE,
    note: { vi: 'Điểm thấp nhất năm 2021.', en: 'Lowest score in 2021.' },
  }),
  rank('412', 2022, 1, QD_1048_PAR_2022, PAR_2022_QUOTE),
  rank('425', 2022, 2, QD_1048_PAR_2022, PAR_2022_QUOTE),
  rank('429', 2022, 3, QD_1048_PAR_2022, PAR_2022_QUOTE),
  rank('421', 2022, 4, QD_1048_PAR_2022, PAR_2022_QUOTE),
  rank('432', 2022, 5, QD_1048_PAR_2022, HOANG_MAI_QUOTE),
  rank('412', 2023, 1, PAR_2023, PAR_2023_QUOTE),
  rank('425', 2023, 2, PAR_2023, PAR_2023_QUOTE),
  rank('429', 2023, 3, PAR_2023, PAR_2023_QUOTE),
];

/** 2023: three units are reported as the last three, but not in which order. */
export const bottomThree2023 = { year: 2023, unitCodes: ['418', '417', '413'], sourceId: PAR_2023 } as const;

const provinceRank = (y: number, value: number, sourceId: string, quote: string): Observation =>
  reported('40', 'province_par_rank', year(y), value, sourceId, { rankedOf: 63, quote });

const RANKS_2019_2022_QUOTE =
  "The province's administrative reform index (Par-Index) ranking has increased every year (2019 ranked 24/63; 2020 ranked 18/63; 2021 ranked 17/63; 2022 ranked 16/63).";

/** Nghệ An among the 63 provinces, and province-wide investment. No 2025 rank among the 34 is published yet. */
export const provinceObservations: Observation[] = [
  provinceRank(2019, 24, PROVINCE_RANKS_2019_2022, RANKS_2019_2022_QUOTE),
  provinceRank(2020, 18, PROVINCE_RANKS_2019_2022, RANKS_2019_2022_QUOTE),
  provinceRank(2021, 17, PROVINCE_RANKS_2019_2022, RANKS_2019_2022_QUOTE),
  provinceRank(2022, 16, PROVINCE_RANKS_2019_2022, RANKS_2019_2022_QUOTE),
  provinceRank(2023, 15, PROVINCE_RANK_2023, 'năm 2023, chỉ số cải cách hành chính PARINDEX của tỉnh được xếp thứ 15, tăng 1 bậc so với năm 2022'),
  provinceRank(2024, 27, PROVINCE_RANK_2024, "Nghe An's Administrative Reform Index (PAR Index) in 2024 ranked 27th/63"),
  reported('40', 'province_par_score', year(2021), 87.59, PROVINCE_SCORE_2021, {
    quote: 'chỉ số cải cách hành chính (Par Index) năm 2021 đạt 87,59 điểm, xếp thứ 17/63 tỉnh, thành phố',
  }),
  reported('40', 'investment_projects', { start: '2022-01', end: '2022-05' }, 41, PROVINCE_SCORE_2021, {
    quote: 'Tính đến 20/5/2022, tỉnh đã cấp mới cho 41 dự án',
    note: { vi: 'Dự án mới được cấp phép đến ngày 20/5/2022, toàn tỉnh.', en: 'New projects licensed province-wide up to 20 May 2022.' },
  }),
  reported('40', 'investment_projects', year(2023), 116, 'baonghean-en-2023-12-fdi-116-projects', {
    quote: 'as of December 22, 2023, the entire province had granted approvals for 116 new projects',
    note: { vi: 'Dự án mới năm 2023 tính đến ngày 22/12/2023, toàn tỉnh.', en: 'New projects in 2023 up to 22 Dec 2023, province-wide.' },
  }),
  reported('40', 'investment_projects', { start: '2024-01', end: '2024-09' }, 58, 'vneconomy-2024-09-58-projects', {
    quote: 'Central Nghe An province licensed 58 projects as of September 23 this year',
    note: { vi: 'Dự án mới đến ngày 23/9/2024, toàn tỉnh.', en: 'New projects up to 23 Sep 2024, province-wide.' },
  }),
  reported('432', 'investment_projects', { start: '2014-01', end: '2023-03' }, 48, 'baonghean-2023-03-hoang-mai', {
    quote: 'Từ năm 2014 đến nay, thị xã có 48 dự án được chấp thuận chủ trương đầu tư',
    note: { vi: 'Dự án được chấp thuận đầu tư từ năm 2014 đến tháng 3/2023.', en: 'Projects approved from 2014 to March 2023.' },
  }),
];
