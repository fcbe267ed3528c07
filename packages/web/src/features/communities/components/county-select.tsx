import { Select } from 'antd';
import { usePageContext } from '../use-page-context';

/** The county a page is about, for users with more than one in scope (admin, city); nothing otherwise. */
export function CountySelect() {
  const { ct, counties, countyId, setParams } = usePageContext();
  if (counties.length <= 1) return null;
  return (
    <Select
      style={{ width: 200 }}
      placeholder={ct('chooseCounty')}
      value={countyId}
      options={counties.map((c) => ({ value: c.id, label: c.name }))}
      onChange={(id: string) => setParams({ countyId: id })}
      data-testid="community-county"
    />
  );
}
