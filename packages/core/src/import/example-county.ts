// The template's example rows: one school, its statistics, one teacher and one class — valid data, so a
// bureau can see every column filled in and the template itself imports cleanly.
import type { CountyData } from '../org/types';

export const EXAMPLE_COUNTY: CountyData = {
  county: { divisionCode: '510722', name: '示例县', cityDivisionCode: '510700', cityName: '示例市' },
  townships: ['城关镇'],
  schools: [
    {
      schoolCode: '2151072201',
      name: '示例县城关小学',
      countyCode: '510722',
      township: '城关镇',
      schoolType: 'primary',
      ownership: 'public',
      runBy: 'county',
      urbanRuralCode: '111',
      parentSchoolCode: null,
      weak: false,
      lng: 104.7,
      lat: 31.8,
    },
  ],
  stats: [
    {
      schoolYear: '2024-2025',
      schoolCode: '2151072201',
      primaryStudents: 1200,
      juniorStudents: 0,
      seniorStudents: 0,
      primaryClasses: 24,
      juniorClasses: 0,
      teachingAuxArea: 6500,
      indoorSportsArea: 800,
      sportsGroundArea: 9600,
      equipmentValue: 2600000,
      computers: 180,
      multimediaClassrooms: 26,
      books: 36000,
      musicRooms: 2,
      artRooms: 2,
    },
  ],
  teachers: [
    {
      schoolYear: '2024-2025',
      teacherCode: 'T0001',
      name: '张老师',
      gender: 'female',
      birthMonth: '1985-05',
      schoolCode: '2151072201',
      stage: 'primary',
      employerSchoolCode: '2151072201',
      education: 'bachelor',
      title: 'first',
      backboneLevel: 'county',
      subject: 'chinese',
      fullTime: true,
      certified: true,
      atSchoolSince: '2016-09',
      post: 'teacher',
    },
  ],
  classes: [
    {
      schoolYear: '2024-2025',
      schoolCode: '2151072201',
      stage: 'primary',
      grade: 1,
      className: '一年级1班',
      students: 45,
    },
  ],
};
