// The print report's look: the official tables are plain bordered grids; printing drops the menu, the header
// and the buttons and fits the sheet to A4 landscape.
const REPORT_CSS = `
.jh-report { background: #fff; padding: 32px 40px; max-width: 1200px; margin: 0 auto; color: #000; }
.jh-report h1 { font-size: 22px; text-align: center; margin: 0 0 8px; }
.jh-report .jh-report-meta { text-align: center; color: #555; font-size: 12px; margin-bottom: 16px; }
.jh-report h2 { font-size: 16px; margin: 24px 0 8px; }
.jh-report table { width: 100%; border-collapse: collapse; font-size: 13px; }
.jh-report th, .jh-report td { border: 1px solid #000; padding: 4px 8px; }
.jh-report th { background: #f0f0f0; font-weight: 600; text-align: center; }
.jh-report td.num { text-align: right; font-variant-numeric: tabular-nums; }
.jh-report td.fail { color: #cf1322; font-weight: 600; }
.jh-report td.center { text-align: center; }
@media print {
  .ant-layout-sider, .ant-layout-header, .jh-no-print { display: none !important; }
  .ant-layout-content { margin: 0 !important; }
  .ant-layout { background: #fff !important; }
  .jh-report { padding: 0; max-width: none; }
  .jh-report th { background: #f0f0f0 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .jh-report tr { break-inside: avoid; }
  @page { size: A4 landscape; margin: 12mm; }
}
`;

export function ReportStyle() {
  return <style>{REPORT_CSS}</style>;
}
