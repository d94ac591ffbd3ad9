// Operations: orders found by customer and status and moved along their lifecycle, the reviews
// waiting for moderation, the orders the fraud engine holds, and the pricing settings.
"use strict";

Console.pages.operations = async () => {
  const { api, el, rows, number, money, term, query, onSubmit, dateTime, guarded, labels } = Console;
  const TARGETS = ["CONFIRMED", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED"];
  const num = (value) => el("td", { className: "num" }, value);
  const path = (id) => encodeURIComponent(id);

  /** Runs a decision: its outcome in the section's status line and the section reloaded, or the problem shown. */
  const act = async (outcome, action, reload) => {
    outcome.textContent = "";
    await guarded(async () => {
      const message = await action();
      await reload();
      outcome.textContent = message;
    });
    const error = document.getElementById("error");
    if (!error.hidden) error.scrollIntoView({ block: "nearest" });
  };

  /** A reason field and the buttons deciding with it; those needing a reason refuse to go without one. */
  const decision = (id, choices) => {
    const reason = el("input", { "aria-label": labels.reason + " — " + id, className: "reason", size: 18, maxlength: 500 });
    return el(
      "div",
      { className: "row" },
      reason,
      choices.map(({ label, className, needsReason, run }) =>
        el(
          "button",
          {
            type: "button",
            className,
            onclick: () =>
              run(() => {
                const text = reason.value.trim();
                if (needsReason && !text) throw new Error(labels.reasonNeeded);
                return text;
              }),
          },
          label,
        ),
      ),
    );
  };

  // --- Orders ---
  const search = document.getElementById("order-search");
  const orderOutcome = document.getElementById("order-outcome");
  const paging = { page: 0, size: 20, pages: 1 };

  const statusChange = (order) => {
    const target = el("select", { "aria-label": labels.newStatus + " — " + order.id, className: "target" }, TARGETS.map((s) => el("option", { value: s }, term(s))));
    const apply = () =>
      act(
        orderOutcome,
        async () => {
          const changed = await api("/api/orders/" + path(order.id) + "/status", { method: "PATCH", body: { status: target.value } });
          return labels.statusChanged + " " + changed.id + " → " + term(changed.status);
        },
        loadOrders,
      );
    return el("div", { className: "row" }, target, el("button", { type: "button", className: "apply", onclick: apply }, labels.apply));
  };

  // Only the latest request draws: a slow first load must not overwrite the operator's search.
  let latestOrders = 0;
  const loadOrders = async () => {
    const request = ++latestOrders;
    const result = await api("/api/orders?" + query({ customerId: search.customerId.value.trim(), status: search.status.value, page: paging.page, size: paging.size }));
    if (request !== latestOrders) return;
    rows(document.getElementById("orders"), result.items, (o) =>
      el(
        "tr",
        { "data-order": o.id },
        el("td", {}, o.id),
        el("td", {}, o.customerId),
        el("td", { className: "order-status", "data-status": o.status }, term(o.status)),
        num(money(o.total)),
        el("td", {}, dateTime(o.placedAt)),
        el("td", {}, statusChange(o)),
        el("td", {}, el("a", { href: "/console/events?key=" + path(o.id), "aria-label": labels.followOrder + " " + o.id, className: "follow" }, labels.follow)),
      ),
    );
    paging.pages = Math.max(1, Math.ceil(result.total / paging.size));
    document.getElementById("page-info").textContent = labels.page + " " + (paging.page + 1) + " " + labels.of + " " + paging.pages;
    document.getElementById("previous-page").disabled = paging.page === 0;
    document.getElementById("next-page").disabled = paging.page + 1 >= paging.pages;
  };
  const turn = (step) => () => {
    paging.page = Math.min(Math.max(0, paging.page + step), paging.pages - 1);
    guarded(loadOrders);
  };
  document.getElementById("previous-page").addEventListener("click", turn(-1));
  document.getElementById("next-page").addEventListener("click", turn(1));
  onSubmit(search, () => {
    paging.page = 0;
    orderOutcome.textContent = "";
    return loadOrders();
  });

  // --- Moderation ---
  const reviewOutcome = document.getElementById("review-outcome");
  const loadReviews = async () => {
    const pending = await api("/api/reviews/pending?size=100");
    rows(document.getElementById("reviews"), pending.items, (r) => {
      const moderate = (verb, done, body = () => undefined) =>
        act(
          reviewOutcome,
          async () => {
            await api("/api/reviews/" + path(r.id) + "/" + verb, { method: "POST", body: body() });
            return done + " " + r.id;
          },
          loadReviews,
        );
      return el(
        "tr",
        { "data-review": r.id },
        el("td", {}, dateTime(r.submittedAt)),
        el("td", {}, r.productId),
        el("td", {}, r.customerId),
        num(r.rating + " / 5"),
        el("td", {}, r.comment || "—"),
        el("td", { className: r.flags.length ? "warn" : "" }, r.flags.map(term).join(", ") || "—"),
        el(
          "td",
          {},
          decision(r.id, [
            { label: labels.approve, className: "approve", run: () => moderate("approve", labels.reviewApproved) },
            { label: labels.reject, className: "danger reject", needsReason: true, run: (reason) => moderate("reject", labels.reviewRejected, () => ({ reason: reason() })) },
          ]),
        ),
      );
    });
  };

  // --- Fraud holds ---
  const fraudOutcome = document.getElementById("fraud-outcome");
  const loadHolds = async () => {
    const holds = await api("/api/fraud/holds?size=100");
    rows(document.getElementById("holds"), holds.items, (a) => {
      const decide = (verb, done) => (reason) =>
        act(
          fraudOutcome,
          async () => {
            await api("/api/fraud/orders/" + path(a.orderId) + "/" + verb, { method: "POST", body: { reason: reason() } });
            return done + " " + a.orderId;
          },
          () => Promise.all([loadHolds(), loadOrders()]),
        );
      return el(
        "tr",
        { "data-hold": a.orderId },
        el("td", {}, el("a", { href: "/console/events?key=" + path(a.orderId), "aria-label": labels.followOrder + " " + a.orderId }, a.orderId), el("div", { className: "muted" }, dateTime(a.placedAt))),
        el("td", {}, a.customerId),
        num(money(a.total)),
        num(el("strong", {}, number(a.score))),
        el(
          "td",
          {},
          el(
            "ul",
            { className: "plain rules" },
            a.components.map((c) => el("li", { className: c.points > 0 ? "" : "muted", "data-rule": c.rule }, el("strong", {}, term(c.rule) + " +" + c.points), " — ", c.explanation)),
          ),
        ),
        el(
          "td",
          {},
          decision(a.orderId, [
            { label: labels.clear, className: "clear", needsReason: true, run: decide("clear", labels.orderCleared) },
            { label: labels.reject, className: "danger reject", needsReason: true, run: decide("reject", labels.orderRejected) },
          ]),
        ),
      );
    });
  };

  // --- Pricing settings: rates are fractions in the API (0.30), percentages in the form (30). ---
  const pricing = document.getElementById("pricing");
  const RATES = ["defaultMarginRate", "serviceFeeRate", "insuranceRate"];
  const fill = (settings) => {
    pricing.exchangeRate.value = settings.exchangeRate;
    for (const rate of RATES) pricing[rate].value = String(Number((Number(settings[rate]) * 100).toFixed(4)));
    pricing.roundingStep.value = settings.roundingStep;
    pricing.roundingMode.value = settings.roundingMode;
  };
  onSubmit(pricing, async () => {
    const outcome = document.getElementById("pricing-outcome");
    outcome.textContent = "";
    const body = { exchangeRate: pricing.exchangeRate.value, roundingStep: Number(pricing.roundingStep.value), roundingMode: pricing.roundingMode.value };
    for (const rate of RATES) body[rate] = String(Number((Number(pricing[rate].value) / 100).toFixed(6)));
    fill(await api("/api/pricing/settings", { method: "PUT", body }));
    outcome.textContent = labels.pricingSaved;
  });

  await Promise.all([loadOrders, loadReviews, loadHolds, async () => fill(await api("/api/pricing/settings"))].map((load) => guarded(load)));
};
