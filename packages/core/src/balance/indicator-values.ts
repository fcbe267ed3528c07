// A section's value of an indicator: its resource ÷ its students (×100 for "per 100 students").
import type { Section } from './input';
import type { IndicatorDefinition, NumeratorResource } from './standards/types';

/** The resource an indicator counts, for one section. */
export function numeratorOf(section: Section, numerator: NumeratorResource): number {
  const f = section.facilities;
  const t = section.teachers;
  switch (numerator) {
    case 'teachingAuxArea':
      return f.teachingAuxArea;
    case 'teachingAuxAreaExclIndoorSports':
      // quality-2017: indoor sports rooms move from teaching area to sports area (教督〔2017〕6号 note).
      return f.teachingAuxArea - f.indoorSportsArea;
    case 'sportsArea':
      return f.sportsGroundArea + f.indoorSportsArea;
    case 'equipmentValue':
      return f.equipmentValue;
    case 'computers':
      return f.computers;
    case 'multimediaClassrooms':
      return f.multimediaClassrooms;
    case 'books':
      return f.books;
    case 'fullTimeTeachers':
      return t.fullTime;
    case 'aboveRequiredEducationTeachers':
      return t.aboveRequiredEducation;
    case 'intermediateTitleTeachers':
      return t.intermediateTitle;
    case 'backboneTeachers':
      return t.backbone;
    case 'peArtsTeachers':
      return t.peArts;
  }
}

/** The scale of an indicator: 1 per student, 100 per 100 students. */
export const scaleOf = (indicator: Pick<IndicatorDefinition, 'per'>): number =>
  indicator.per === 'hundredStudents' ? 100 : 1;

/** Unrounded Xᵢ = Rᵢ / Pᵢ (× 100). A section without students has no value (0, never NaN). */
export function indicatorValue(section: Section, indicator: IndicatorDefinition): number {
  if (!(section.students > 0)) return 0;
  return (numeratorOf(section, indicator.numerator) / section.students) * scaleOf(indicator);
}
