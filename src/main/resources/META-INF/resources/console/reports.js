// Reports: for a period, profitability (margins per day, week or month; top products and
// customers; price suggestions), sales KPIs, loyalty tiers and points, payments by method and
// status, and the stock alerts of now.
"use strict";

Console.pages.reports = async () => {
  const { api, el, rows, number, percent, money, major, term, figures, query, onSubmit, chart, guarded, labels, locale } = Console;
  const form = document.getElementById("period");
  const colours = { revenue: "#0b5cad", cost: "#bf8700", margin: "#116329" };
  const statusColours = { SUCCEEDED: "#2da44e", FAILED: "#cf222e", PENDING: "#bf8700", REQUIRES_ACTION: "#8250df", PROCESSING: "#0969da" };
  const tierColours = ["#a0522d", "#8c959f", "#d4a72c", "#57606a", "#54aeff"];

  const day = (date) => date.toISOString().slice(0, 10);
  const nextDay = (iso) => day(new Date(Date.parse(iso + "T00:00:00Z") + 86_400_000));
  const shortDate = (iso) => new Date(iso + "T00:00:00Z").toLocaleDateString(locale, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
  /** Percentages the API gives as 17.70 (of 100). */
  const percentOf = (value) => (value === null || value === undefined ? "—" : percent(value / 100));
  const num = (value) => el("td", { className: "num" }, value);

  // The last 30 days, today included (UTC days, as the reports count them).
  const today = new Date();
  form.to.value = day(today);
  form.from.value = day(new Date(today.getTime() - 29 * 86_400_000));

  const profitability = async ({ from, to, bucket }) => {
    const report = await api("/api/profitability/report?" + query({ from, to: nextDay(to), bucket, top: 10 }));
    const t = report.totals;
    figures(document.getElementById("profit-figures"), [
      ["orders", labels.orders, number(t.orders)],
      ["units", labels.units, number(t.units)],
      ["revenue", labels.revenue, money(t.revenue)],
      ["landedCost", labels.landedCost, money(t.landedCost)],
      ["margin", labels.margin, money(t.margin)],
      ["marginPercent", labels.marginPercent, percentOf(t.marginPercent)],
      ["targetMargin", labels.targetMargin, percentOf(report.targetMarginPercent)],
      ["linesWithoutCost", labels.linesWithoutCost, number(report.linesWithoutCost)],
    ]);
    const currency = report.currency;
    const axis = new Intl.NumberFormat(locale, { style: "currency", currency, notation: "compact" });
    const series = (label, pick, colour) => ({ label, data: report.buckets.map((b) => major(pick(b.figures)) ?? 0), backgroundColor: colour });
    chart(document.getElementById("margin-chart"), {
      type: "bar",
      data: {
        labels: report.buckets.map((b) => shortDate(b.start)),
        datasets: [
          series(labels.revenue, (f) => f.revenue, colours.revenue),
          series(labels.landedCost, (f) => f.landedCost, colours.cost),
          series(labels.margin, (f) => f.margin, colours.margin),
        ],
      },
      options: {
        scales: { y: { ticks: { callback: (value) => axis.format(value) } } },
        plugins: { tooltip: { callbacks: { label: (c) => c.dataset.label + " : " + new Intl.NumberFormat(locale, { style: "currency", currency }).format(c.parsed.y) } } },
      },
    });
    rows(document.getElementById("top-products"), report.products, (p) =>
      el("tr", { "data-product": p.productId }, el("td", {}, p.name || p.productId), num(number(p.figures.units)), num(money(p.figures.revenue)), num(money(p.figures.margin)), num(percentOf(p.figures.marginPercent))),
    );
    rows(document.getElementById("top-customers"), report.customers, (c) =>
      el("tr", { "data-customer": c.customerId }, el("td", {}, c.customerId), num(number(c.figures.orders)), num(money(c.figures.revenue)), num(money(c.figures.margin)), num(percentOf(c.figures.marginPercent))),
    );
    rows(document.getElementById("suggestions"), report.priceSuggestions, (s) =>
      el("tr", { "data-product": s.productId }, el("td", {}, s.name || s.productId), num(percentOf(s.marginPercent)), num(money(s.averageUnitPrice)), num(money(s.averageUnitCost)), num(money(s.suggestedUnitPrice))),
    );
    return new Map([...report.products, ...report.priceSuggestions].map((p) => [p.productId, p.name]));
  };

  /** The names the profitability report gave, for the reports that only know product ids. */
  const named = async (names, id) => ((await names) || new Map()).get(id) || id;

  const kpis = async ({ from, to }, names) => {
    const k = await api("/api/analytics/kpis?" + query({ from: from + "T00:00:00Z", to: nextDay(to) + "T00:00:00Z" }));
    figures(document.getElementById("kpi-figures"), [
      ["revenue", labels.revenue, money(k.revenue)],
      ["orders", labels.orders, number(k.orders)],
      ["averageBasket", labels.averageBasket, money(k.averageBasket)],
      ["sessions", labels.sessions, number(k.sessions)],
      ["conversionRate", labels.conversionRate, percentOf(k.conversionRate)],
    ]);
    const products = await Promise.all(k.topProducts.map((p) => named(names, p.productId)));
    rows(document.getElementById("best-sellers"), k.topProducts, (p, i) =>
      el("tr", { "data-product": p.productId }, el("td", {}, products[i]), num(number(p.units)), num(money(p.revenue)), num(number(p.views))),
    );
  };

  const loyalty = async () => {
    const stats = await api("/api/loyalty/stats");
    figures(document.getElementById("loyalty-figures"), [
      ["members", labels.members, number(stats.members)],
      ["pointsIssued", labels.pointsIssued, number(stats.pointsIssued)],
      ["pointsRedeemed", labels.pointsRedeemed, number(stats.pointsRedeemed)],
      ["pointsExpired", labels.pointsExpired, number(stats.pointsExpired)],
      ["pointsPending", labels.pointsPending, number(stats.pointsPending)],
    ]);
    const tiers = Object.keys(stats.tiers);
    chart(document.getElementById("tiers-chart"), {
      type: "doughnut",
      data: { labels: tiers.map(term), datasets: [{ data: tiers.map((tier) => stats.tiers[tier]), backgroundColor: tierColours }] },
      options: { plugins: { legend: { position: "right" } } },
    });
  };

  const payments = async ({ from, to }) => {
    const stats = await api("/api/payments/stats?" + query({ from, to }));
    figures(document.getElementById("payment-figures"), [
      ["payments", labels.payments, number(stats.payments)],
      ["succeeded", labels.succeeded, number(stats.succeeded)],
      ["failed", labels.failedPayments, number(stats.failed)],
      ["failureRate", labels.failureRate, percent(stats.failureRate)],
    ]);
    const methods = [...new Set(stats.totals.map((t) => t.method))].sort();
    const statuses = [...new Set(stats.totals.map((t) => t.status))].sort();
    const count = (method, status) => stats.totals.filter((t) => t.method === method && t.status === status).reduce((sum, t) => sum + t.count, 0);
    chart(document.getElementById("payments-chart"), {
      type: "bar",
      data: {
        labels: methods.map(term),
        datasets: statuses.map((status) => ({ label: term(status), data: methods.map((method) => count(method, status)), backgroundColor: statusColours[status] || "#8c959f" })),
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
  };

  const stock = async (period, names) => {
    const [low, depleted] = await Promise.all([api("/api/inventory?level=LOW&size=100"), api("/api/inventory?level=DEPLETED&size=100")]);
    const empty = new Set(depleted.items.map((s) => s.sku));
    const alerts = [...depleted.items, ...low.items.filter((s) => !empty.has(s.sku))];
    const products = await Promise.all(alerts.map((s) => named(names, s.productId)));
    rows(document.getElementById("stock"), alerts, (s, i) =>
      el(
        "tr",
        { "data-sku": s.sku },
        el("td", {}, s.sku),
        el("td", {}, products[i]),
        num(number(s.onHand)),
        num(number(s.reserved)),
        num(number(s.available)),
        num(number(s.lowThreshold)),
        num(number(s.suggestedReorder)),
        el("td", { className: empty.has(s.sku) ? "bad" : "warn" }, empty.has(s.sku) ? labels.levelDepleted : labels.levelLow),
      ),
    );
  };

  // Each report loads on its own: one failing leaves the others shown.
  const load = () => {
    const period = { from: form.from.value, to: form.to.value, bucket: form.bucket.value };
    document.getElementById("period-status").textContent = labels.loading;
    const names = guarded(() => profitability(period));
    return Promise.all([names, ...[kpis, loyalty, payments, stock].map((report) => guarded(() => report(period, names)))]).then(() => {
      document.getElementById("period-status").textContent = "";
    });
  };
  onSubmit(form, load);
  await load();
};
