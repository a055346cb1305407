// Where the reported figures come from (shared/seed/FACTS.md). URLs are left null where the
// seed gives only a site and a title, rather than guessing an address.
import type { Source } from '../../src/api/contract';

export const ARTICLE = 'baonghean-2022-06-thai-hoa';

export const sources: Source[] = [
  {
    id: ARTICLE,
    title: "Quyết tâm 'Tự soi, tự sửa' ở thị xã Thái Hòa",
    publisher: 'Báo Nghệ An (baonghean.vn), Mai Hoa',
    published: '2022-06',
    url: null,
  },
  {
    id: 'nghean24h-2022-03-anh-son',
    title: 'Chủ tịch huyện Anh Sơn bất ngờ với xếp hạng thấp về cải cách hành chính',
    publisher: 'nghean24h.vn',
    published: '2022-03',
    url: null,
  },
  {
    id: 'dcs-2023-04-qd-1048',
    title: 'Quyết định 1048/QĐ-UBND công bố Chỉ số CCHC năm 2021',
    publisher: 'nghean.dcs.vn',
    published: '2023-04-18',
    url: null,
  },
  {
    id: 'dcs-par-2022',
    title: 'Nghệ An công bố kết quả chỉ số và xếp hạng cải cách hành chính năm 2022',
    publisher: 'nghean.dcs.vn',
    published: '2023',
    url: null,
  },
  {
    id: 'vinh-par-2023',
    title: 'Nghệ An công bố chỉ số CCHC năm 2023',
    publisher: 'vinh.nghean.gov.vn',
    published: '2024',
    url: null,
  },
  { id: 'baonghean-province-par', title: 'Chỉ số cải cách hành chính của tỉnh Nghệ An, 2019–2022', publisher: 'baonghean.vn', published: null, url: null },
  {
    id: 'nghean24h-province-par',
    title: 'Chỉ số cải cách hành chính của tỉnh Nghệ An (điểm 2021, xếp hạng 2023)',
    publisher: 'nghean24h.vn',
    published: null,
    url: null,
  },
  {
    id: 'laodong-province-par-2024',
    title: 'Chỉ số cải cách hành chính năm 2024 của các tỉnh, thành phố',
    publisher: 'Lao Động',
    published: '2025',
    url: null,
  },
  {
    id: 'nghean24h-2022-05-investment',
    title: 'Nghệ An: 41 dự án đầu tư mới được cấp phép đến ngày 20/5/2022',
    publisher: 'nghean24h.vn',
    published: '2022-05',
    url: null,
  },
  { id: 'baonghean-2023-12-investment', title: 'Nghệ An: 116 dự án đầu tư mới năm 2023', publisher: 'baonghean.vn', published: '2023-12', url: null },
  { id: 'vneconomy-2024-09-investment', title: 'Nghệ An: 58 dự án đầu tư mới đến ngày 23/9/2024', publisher: 'vneconomy.vn', published: '2024-09', url: null },
  {
    id: 'baonghean-2023-03-hoang-mai',
    title: 'Hoàng Mai: 48 dự án được chấp thuận đầu tư từ 2014 đến tháng 3/2023',
    publisher: 'baonghean.vn',
    published: '2023-03',
    url: null,
  },
];
