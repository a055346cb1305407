// Events and goals the sources name, drawn as annotations on a unit's charts.
import type { UnitEvent } from '../../src/api/contract';
import { ARTICLE } from './sources';

export const events: UnitEvent[] = [
  {
    unitCode: '414',
    date: '2022-05-19',
    kind: 'event',
    title: {
      vi: 'Hội nghị chuyên đề “tự soi, tự sửa” của Đảng bộ thị xã',
      en: 'Special “self-examination, self-correction” conference of the town Party committee',
    },
    sourceId: ARTICLE,
  },
  {
    unitCode: '414',
    date: '2025',
    kind: 'goal',
    title: { vi: 'Mục tiêu: đô thị loại III, trung tâm vùng Tây Bắc Nghệ An', en: 'Goal: class-III urban area, centre of north-west Nghệ An' },
    sourceId: ARTICLE,
  },
  {
    unitCode: '413',
    date: '2024-12-01',
    kind: 'boundary',
    title: { vi: 'Sáp nhập vào thành phố Vinh', en: 'Merged into Vinh city' },
    sourceId: null,
  },
];
