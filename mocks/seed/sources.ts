// Where the reported figures come from, as shared/seed/SOURCES.md checked them: the page's own title
// where it could be seen, its date and its full address. An address is never guessed (null), and a
// title read from the address or a date that is only implied says so in its note.
import type { Source } from '../../src/api/contract';

export const ARTICLE = 'baonghean-2022-06-thai-hoa';
export const ANH_SON_2021 = 'nghean24h-2022-03-anh-son';
export const QD_1048_PAR_2022 = 'dcs-2023-04-qd-1048';
export const PAR_2023 = 'vinh-2024-03-par-2023';
export const PROVINCE_RANKS_2019_2022 = 'baonghean-en-2023-05-par-contest';
export const PROVINCE_SCORE_2021 = 'nghean24h-2022-06-investment-workshop';
export const PROVINCE_RANK_2023 = 'nghean24h-2024-04-par-2023';
export const PROVINCE_RANK_2024 = 'laodong-en-2025-05-par-2024';
export const RESOLUTION_1243 = 'baonghean-fr-2024-12-cua-lo-vinh';
export const RESOLUTION_1678 = 'nghean24h-2025-06-130-communes';
export const RESOLUTION_PROVINCES = 'gso-2025-915-provinces';

const FROM_ADDRESS = {
  vi: 'Tiêu đề đọc từ địa chỉ trang; trang lưu không hiện tiêu đề.',
  en: 'Title read from the page address; the stored page does not show it.',
};

export const sources: Source[] = [
  {
    id: ARTICLE,
    title: 'Quyết tâm ‘Tự soi, tự sửa’ ở thị xã Thái Hòa',
    publisher: 'Báo Nghệ An (baonghean.vn), Mai Hoa',
    published: '2022-06',
    url: null,
    note: {
      vi: 'Tiêu đề và tác giả theo văn bản bài báo; chưa tìm được địa chỉ trang, nên không ghi địa chỉ đoán.',
      en: 'Title and author as in the article’s text; its web address was not found, so none is guessed.',
    },
  },
  {
    id: ANH_SON_2021,
    title: 'Nghệ An: Chủ tịch huyện Anh Sơn bất ngờ với xếp hạng thấp về cải cách hành chính',
    publisher: 'nghean24h.vn',
    published: '2022-03',
    url: 'http://nghean24h.vn/nghe-an-chu-tich-huyen-anh-son-bat-ngo-voi-xep-hang-thap-ve-cai-cach-hanh-chinh-a661742.html',
    note: FROM_ADDRESS,
  },
  {
    id: QD_1048_PAR_2022,
    title: 'Nghệ An công bố kết quả chỉ số và xếp hạng cải cách hành chính năm 2022',
    publisher: 'nghean.dcs.vn (Tỉnh ủy Nghệ An)',
    published: '2023-04-18',
    url: 'https://nghean.dcs.vn/vi-vn/tin/nghe-an-cong-bo-ket-qua-chi-so-va-xep-hang-cai-cach-hanh-chinh-nam-2022-/405132-516170-81200',
    note: {
      vi: 'Về Quyết định 1048/QĐ-UBND phê duyệt kết quả năm 2022. Trang ghi “Ngày 18/4”, không ghi năm; năm 2023 là suy ra.',
      en: 'On Decision 1048/QĐ-UBND approving the 2022 results. The page prints “18/4” with no year; 2023 is implied.',
    },
  },
  {
    id: PAR_2023,
    title: 'Nghệ An công bố chỉ số CCHC năm 2023',
    publisher: 'vinh.nghean.gov.vn (Cổng TTĐT TP Vinh)',
    published: '2024-03',
    url: 'https://vinh.nghean.gov.vn/he-thong-thong-tin-kinh-te-xa-hoi-thanh-pho/-/asset_publisher/ynVJdsHuw4tR/content/nghe-an-cong-bo-chi-so-cchc-nam-2023',
    note: {
      vi: 'Trang không ghi ngày; công bố tại phiên họp thường kỳ tháng 3 (suy ra tháng 3/2024).',
      en: 'The page prints no date; announced at the March regular meeting (March 2024, inferred).',
    },
  },
  {
    id: PROVINCE_RANKS_2019_2022,
    title: "Nghe An launches online contest 'Learn about administrative reform in Nghe An province' in 2023",
    publisher: 'Báo Nghệ An, English edition (baonghean.vn/en)',
    published: '2023-05',
    url: 'https://baonghean.vn/en/nghe-an-phat-dong-cuoc-thi-truc-tuyen-tim-hieu-cai-cach-hanh-chinh-tinh-nghe-an-nam-2023-10254672.html',
    note: {
      vi: 'Bản tiếng Anh; sự kiện sáng 22/5/2023, trang không ghi ngày đăng.',
      en: 'English edition; the event was on the morning of 22 May 2023, the page prints no publication date.',
    },
  },
  {
    id: PROVINCE_SCORE_2021,
    title: 'Hội thảo khoa học: Những yếu tố ảnh hưởng đến thu hút đầu tư của doanh nghiệp vào địa bàn tỉnh Nghệ An',
    publisher: 'nghean24h.vn',
    published: '2022-06',
    url: 'http://nghean24h.vn/hoi-thao-khoa-hoc-nhung-yeu-to-anh-huong-den-thu-hut-dau-tu-cua-doanh-nghiep-vao-dia-ban-tinh-nghe-an-a671239.html',
    note: FROM_ADDRESS,
  },
  {
    id: PROVINCE_RANK_2023,
    title: 'Chỉ số PAR Index 2023 của Nghệ An xếp thứ 15 của cả nước và đứng đầu 6 tỉnh Bắc Trung bộ',
    publisher: 'nghean24h.vn (nguồn: vinh.nghean.gov.vn), Mai Hương',
    published: '2024-04',
    url: 'https://nghean24h.vn/chi-so-par-index-2023-cua-nghe-an-xep-thu-15-cua-ca-nuoc-va-dung-dau-6-tinh-bac-trung-bo-a721780.html',
    note: FROM_ADDRESS,
  },
  {
    id: PROVINCE_RANK_2024,
    title: 'Người dân Nghệ An hài lòng với bộ máy hành chính công',
    publisher: 'Lao Động, English edition (news.laodong.vn)',
    published: '2025-05',
    url: 'https://news.laodong.vn/thoi-su/nguoi-dan-nghe-an-hai-long-voi-bo-may-hanh-chinh-cong-1502943.ldo',
    note: {
      vi: 'Tiêu đề đọc từ địa chỉ trang; nội dung bằng tiếng Anh. Ngày suy ra từ thông cáo ngày 7/5/2025 mà bài dẫn.',
      en: 'Title read from the page address; the text is in English. Date inferred from the 7 May 2025 press release it reports.',
    },
  },
  {
    id: 'baonghean-en-2023-12-fdi-116-projects',
    title: "Nghe An's FDI surpasses USD 1.6 billion, ranking 8th nationwide",
    publisher: 'Báo Nghệ An, English edition (baonghean.vn)',
    published: '2023-12-25',
    url: 'https://baonghean.vn/nghe-ans-fdi-surpasses-usd-16-billion-ranking-8th-nationwide-post282236.html',
    note: FROM_ADDRESS,
  },
  {
    id: 'vneconomy-2024-09-58-projects',
    title: 'Nghe An province attracts $750 mln of FDI in 9M',
    publisher: 'VnEconomy (vneconomy.vn)',
    published: '2024-09',
    url: 'https://vneconomy.vn/nghe-an-province-attracts-750-mln-of-fdi-in-9m.htm',
    note: {
      vi: 'Trang không ghi ngày; năm 2024 suy ra từ “cùng kỳ năm 2023”.',
      en: 'The page prints no date; 2024 is implied by “the same period of 2023”.',
    },
  },
  {
    id: 'baonghean-2023-03-hoang-mai',
    title: 'Hiện thực hóa khát vọng trở thành cực tăng trưởng phía Bắc Nghệ An',
    publisher: 'Báo Nghệ An (baonghean.vn)',
    published: '2023-03',
    url: 'https://baonghean.vn/hien-thuc-hoa-khat-vong-tro-thanh-cuc-tang-truong-phia-bac-nghe-an-post267287.html',
    note: FROM_ADDRESS,
  },
  {
    id: RESOLUTION_1243,
    title:
      'Aujourd’hui, le 1er décembre, la ville de Cua Lo a officiellement fusionné avec la ville de Vinh. Nghe An compte 20 unités administratives au niveau du district.',
    publisher: 'Báo Nghệ An, French edition (baonghean.vn/fr)',
    published: '2024-12-01',
    url: 'https://baonghean.vn/fr/hom-nay-1-12-thi-xa-cua-lo-chinh-thuc-sap-nhap-vao-thanh-pho-vinh-nghe-an-con-20-don-vi-hanh-chinh-cap-huyen-10286013.html',
    note: {
      vi: 'Bản tiếng Pháp, về Nghị quyết 1243/NQ-UBTVQH15 có hiệu lực 1/12/2024.',
      en: 'French edition, on Resolution 1243/NQ-UBTVQH15, in force from 1 Dec 2024.',
    },
  },
  {
    id: RESOLUTION_1678,
    title: 'Nghệ An có 130 đơn vị hành chính cấp xã, gồm 119 xã và 11 phường sau khi sắp xếp',
    publisher: 'nghean24h.vn',
    published: '2025-06',
    url: 'https://nghean24h.vn/nghe-an-co-130-don-vi-hanh-chinh-cap-xa-gom-119-xa-va-11-phuong-sau-khi-sap-xep-a754168.html',
    note: {
      vi: 'Đăng toàn văn nghị quyết sắp xếp đơn vị hành chính cấp xã (Nghị quyết 1678/NQ-UBTVQH15; số hiệu không có trong trang). Mã đơn vị: Cục Thống kê, Công văn 1027/CTK-CSCL (25/6/2025).',
      en: 'Reprints the resolution rearranging the commune-level units (Resolution 1678/NQ-UBTVQH15; the page does not print its number). Unit codes: General Statistics Office, letter 1027/CTK-CSCL (25 Jun 2025).',
    },
  },
  {
    id: RESOLUTION_PROVINCES,
    title: 'Công văn 915/CTK-CSCL: danh mục 34 tỉnh, thành phố từ 1/7/2025',
    publisher: 'Cục Thống kê (General Statistics Office)',
    published: '2025',
    url: null,
    note: {
      vi: 'Không có địa chỉ trang công khai trong tài liệu đã kiểm tra.',
      en: 'No public web address was found in the material checked.',
    },
  },
];
