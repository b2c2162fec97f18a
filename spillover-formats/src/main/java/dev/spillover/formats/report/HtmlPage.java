package dev.spillover.formats.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The frame every HTML report shares: the head (charset, phone viewport, the one style sheet), a
 * header with the title, the estate, the day or days and the packs, the body the report writes,
 * and a footer saying what generated the page. Self-contained: no scripts, no external resources.
 *
 * <p>The style sheet keeps a page readable at 390 px: wide tables scroll inside their own
 * {@code .scroll} container, charts are SVGs with a {@code viewBox} drawn at {@code width:100%},
 * and long unbroken names wrap. In print: no backgrounds needed, charts fit the page width,
 * headings stay with what follows, figures and findings are not split.
 *
 * @param title the page's title and top heading
 * @param estate the estate's name
 * @param days the day or days assessed, as the reader should see them ("2020-09-21")
 * @param packs the packs applied, as "id" or "id (in scenario ...)"; may be empty
 */
record HtmlPage(String title, String estate, String days, List<String> packs) {
  /** The one style sheet. Colors of verdicts and statuses are shared by all pages. */
  static final String STYLE = """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1b1b1b;overflow-wrap:anywhere}
      h1{font-size:1.5rem;margin-bottom:.3rem}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1rem;margin:.2rem 0}
      header.page{border-bottom:1px solid #ccc;margin-bottom:1rem}footer.page{border-top:1px solid #ccc;margin-top:2.5rem;padding-top:.5rem;font-size:.85rem}
      dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.4rem 0 .8rem}dl.meta dt{color:#555}dl.meta dd{margin:0}
      .counts span{display:inline-block;margin:.2rem .6rem .2rem 0;padding:.2rem .6rem;border-radius:1rem;background:#eee}
      .graph{overflow-x:auto;border:1px solid #ddd;border-radius:8px;padding:.5rem;background:#fff}
      .graph svg{max-width:none}
      .scroll{overflow-x:auto;max-width:100%}
      .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:1rem}
      figure{margin:0;break-inside:avoid}figcaption{font-weight:600;margin:.3rem 0}
      svg.chart{display:block;width:100%;height:auto;max-width:44rem}svg.chart.bars{max-width:24rem}
      .curve{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem;align-items:start}
      .finding,.change{border:1px solid #ddd;border-left:6px solid #999;border-radius:6px;padding:.6rem .9rem;margin:.8rem 0;break-inside:avoid}
      .finding.prohibited,.change.prohibited{border-left-color:#b00020}.finding.restricted,.change.restricted{border-left-color:#e65100}
      .finding.review,.change.review{border-left-color:#f9a825}.finding.allowed,.change.allowed{border-left-color:#2e7d32}
      .finding.withheld{border-left-color:#5c6bc0;background:#fafbff}
      td.prohibited,td.stopped{color:#b00020;font-weight:600}td.restricted,td.degraded{color:#b35300;font-weight:600}td.review{color:#8a6d00}
      ul.packs{margin:.2rem 0;padding-left:1.2rem}
      .badge{font-weight:600;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em}
      .muted{color:#555}ol.path{margin:.3rem 0 .6rem;padding-left:1.4rem}ol.path li{margin:.1rem 0}
      table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .4rem;border-bottom:1px solid #eee;vertical-align:top}
      table.data td.num,table.data th.num{text-align:right;white-space:nowrap}table.data{overflow-wrap:normal}
      @media (max-width:40rem){table.stack td,table.stack th{display:block;border:0}table.stack tr{display:block;border-bottom:1px solid #ddd;padding:.3rem 0}}
      @media print{body{max-width:none;padding:0;font-size:11pt}.graph,.scroll{overflow:visible;border:0}
      .graph svg,svg.chart{width:100%;max-width:100%;height:auto}
      table.data{overflow-wrap:anywhere;font-size:9pt}table.data td.num,table.data th.num{white-space:normal}
      h2,h3,figcaption{break-after:avoid}tr,figure,.finding,.change{break-inside:avoid}a{color:inherit}
      .counts span,.finding.withheld{background:none;border:1px solid #999}}
      """;

  HtmlPage {
    packs = List.copyOf(packs);
  }

  /** Writes the whole page, {@code body} (HTML, already escaped) between header and footer; {@code out} stays open. */
  void write(CharSequence body, Writer out) throws IOException {
    StringBuilder html = new StringBuilder(body.length() + STYLE.length() + 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n<style>").append(STYLE)
        .append("</style>\n</head>\n<body>\n<header class=\"page\">\n<h1>").append(Html.escape(title)).append("</h1>\n")
        .append("<dl class=\"meta\"><dt>Estate</dt><dd>").append(Html.escape(estate)).append("</dd><dt>As of</dt><dd>")
        .append(Html.escape(days)).append("</dd>");
    if (!packs.isEmpty()) {
      html.append("<dt>Packs</dt><dd>").append(Html.escape(String.join(", ", packs))).append("</dd>");
    }
    html.append("</dl>\n</header>\n<main>\n").append(body).append("</main>\n<footer class=\"page\">\n<p class=\"muted\">")
        .append("Generated by Spillover from the estate ").append(Html.escape(estate)).append(", as of ")
        .append(Html.escape(days));
    if (!packs.isEmpty()) {
      html.append(", packs ").append(Html.escape(String.join(", ", packs)));
    }
    html.append(". A self-contained page: no scripts, nothing loaded from elsewhere.</p>\n</footer>\n</body>\n</html>\n");
    out.write(html.toString());
    out.flush();
  }
}
