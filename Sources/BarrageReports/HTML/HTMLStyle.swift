/// The report's inline style sheet: readable on screen, keeps colours and avoids splitting tables and
/// charts across pages when printed.
enum HTMLStyle {
    static let sheet = """
        :root { --pass: #15803d; --pass-bg: #dcfce7; --fail: #b91c1c; --fail-bg: #fee2e2; --warn-bg: #fef3c7;
                --muted: #6b7280; --line: #e5e7eb; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
               color: #111827; background: #f9fafb; }
        main { max-width: 1120px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 0 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 6px; }
        section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
        .verdict { border-radius: 8px; padding: 16px 20px; border: 1px solid; }
        .verdict.pass { background: var(--pass-bg); border-color: var(--pass); }
        .verdict.fail { background: var(--fail-bg); border-color: var(--fail); }
        .verdict .reasons { margin: 4px 0 0; }
        .capacity { font-size: 16px; font-weight: 600; }
        .generator-bound { font-weight: 600; color: var(--fail); }
        .note { color: var(--muted); font-size: 13px; }
        table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #f3f4f6; font-weight: 600; white-space: nowrap; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        td.nowrap { white-space: nowrap; }
        td.pass { color: var(--pass); font-weight: 600; }
        td.fail { color: var(--fail); font-weight: 600; }
        tr.fail td { background: #fff5f5; }
        .sub td:first-child { padding-left: 24px; color: var(--muted); }
        code { font: 12.5px ui-monospace, "DejaVu Sans Mono", monospace; background: #f3f4f6; padding: 1px 4px; border-radius: 4px; }
        pre { font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; background: #f3f4f6; padding: 8px;
              border-radius: 4px; white-space: pre-wrap; word-break: break-all; margin: 4px 0 0; max-height: 240px; overflow: auto; }
        figure { margin: 0 0 8px; }
        figcaption { color: var(--muted); font-size: 13px; margin-top: 2px; }
        svg.chart { width: 100%; height: auto; display: block; font-family: system-ui, "DejaVu Sans", sans-serif; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
        dt { color: var(--muted); }
        dd { margin: 0; }
        .sample { border-top: 1px solid var(--line); padding: 8px 0; }
        .sample:first-of-type { border-top: none; }
        footer { color: var(--muted); font-size: 12px; text-align: center; margin-top: 24px; }
        @media print {
          body { background: #fff; }
          main { max-width: none; padding: 0; }
          section, figure, table, .sample { break-inside: avoid; }
          section { border: none; padding: 8px 0; }
          pre { max-height: none; overflow: visible; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
