// The admin console's shared code: the operator's token (this tab only), API calls, formatting in
// the page's language, and the login and platform pages. Other pages add their own script, which
// registers itself in Console.pages and runs once the DOM is ready.
"use strict";

const Console = (() => {
  const TOKEN = "comptoir.console.token";
  const lang = document.body.dataset.lang || "fr";
  const locale = lang === "en" ? "en-US" : "fr-FR";
  const labels = document.getElementById("labels").dataset;
  const pages = {};

  const token = () => sessionStorage.getItem(TOKEN);

  function toLogin() {
    sessionStorage.removeItem(TOKEN);
    location.assign("/console/login");
  }

  /** Calls the API with the operator's token; JSON in and out; problem details become errors. */
  async function api(path, { method = "GET", body } = {}) {
    const headers = { Accept: "application/json" };
    if (token()) headers.Authorization = "Bearer " + token();
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 401) {
      toLogin();
      throw new Error(labels.loginRefused);
    }
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const error = new Error((data && (data.detail || data.title)) || labels.failed + " (" + response.status + ")");
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function showError(error) {
    const box = document.getElementById("error");
    box.textContent = error ? error.message : "";
    box.hidden = !error;
  }

  /** Runs an action, showing its error in the page's alert instead of losing it. */
  async function guarded(action) {
    try {
      showError(null);
      return await action();
    } catch (error) {
      showError(error);
      return undefined;
    }
  }

  /** An element with attributes and children (strings become text: nothing is parsed as HTML). */
  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith("on")) node.addEventListener(name.substring(2), value);
      else if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child !== undefined && child !== null) node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  /** Fills a table body with one row per item, or a single "no data" row. */
  function rows(tbody, items, row) {
    const columns = tbody.closest("table").querySelectorAll("thead th").length || 1;
    tbody.replaceChildren(
      ...(items.length ? items.map(row) : [el("tr", {}, el("td", { colspan: columns, className: "muted" }, labels.empty))]),
    );
  }

  const numbers = new Intl.NumberFormat(locale);
  const number = (n) => (n === null || n === undefined ? "—" : numbers.format(n));
  const percent = (fraction) =>
    fraction === null || fraction === undefined ? "—" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(fraction);

  /** Money is integer minor units with a currency: 24907 XOF, 1999 EUR = 19,99 €. */
  function money(m) {
    if (!m) return "—";
    return new Intl.NumberFormat(locale, { style: "currency", currency: m.currency }).format(major(m));
  }

  /** An amount in major units, as charts plot it: 24907 XOF is 24907, 1999 EUR is 19.99. */
  function major(m) {
    if (!m) return null;
    const digits = new Intl.NumberFormat("en", { style: "currency", currency: m.currency }).resolvedOptions().maximumFractionDigits;
    return m.amount / 10 ** digits;
  }

  /** A value of the API's enumerations (a status, a tier, a method…) in the page's language, from its data-t-<value> label. */
  function term(value) {
    if (!value) return "—";
    const key = "t" + value.toLowerCase().split("_").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
    return labels[key] || value;
  }

  /** Fills a <dl class="figures"> with [key, label, value] entries, each marked data-figure="key". */
  function figures(list, entries) {
    list.replaceChildren(...entries.map(([key, label, value]) => el("div", { "data-figure": key }, el("dt", {}, label), el("dd", {}, value))));
  }

  /** A query string of the parameters that have a value. */
  function query(parameters) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(parameters)) {
      if (value !== undefined && value !== null && value !== "") search.set(name, value);
    }
    return search.toString();
  }

  /** Runs an action, guarded, when the form is submitted (the page stays). */
  function onSubmit(form, action) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      guarded(action);
    });
  }

  const dateTime = (iso) => (iso ? new Date(iso).toLocaleString(locale) : "—");

  /** Draws or redraws a chart on a canvas (Chart.js keeps one chart per canvas). */
  function chart(canvas, config) {
    const existing = Chart.getChart(canvas);
    if (existing) existing.destroy();
    return new Chart(canvas, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } });
  }

  function start() {
    const page = document.body.dataset.page;
    if (page !== "login" && !token()) {
      toLogin();
      return;
    }
    const logout = document.getElementById("logout");
    if (logout) logout.addEventListener("click", toLogin);
    if (pages[page]) guarded(pages[page]);
  }

  // --- Login: keep the token if the admin API accepts it. ---
  pages.login = async () => {
    const form = document.getElementById("login");
    const field = document.getElementById("token");
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      // What an operator copies is often the whole header value: keep the token alone.
      sessionStorage.setItem(TOKEN, field.value.trim().replace(/^Bearer\s+/i, ""));
      const ok = await guarded(async () => {
        try {
          await api("/api/admin/platform");
          return true;
        } catch (error) {
          sessionStorage.removeItem(TOKEN);
          throw error.status === 403 ? new Error(labels.loginRefused) : error;
        }
      });
      if (ok) location.assign("/console/platform");
    });
    // Dev mode mints tokens; production has no such endpoint and the button stays hidden.
    const dev = document.getElementById("dev-token");
    const probe = await fetch("/dev/token?sub=console&groups=admin").catch(() => null);
    if (probe && probe.ok) {
      dev.hidden = false;
      dev.addEventListener("click", async () => {
        field.value = await (await fetch("/dev/token?sub=console&groups=admin")).text();
        form.requestSubmit();
      });
    }
  };

  // --- Platform: engines, readiness, lag, and a live chart of events in and out. ---
  pages.platform = async () => {
    const refresh = async () => {
      const [platform, health, rates] = await Promise.all([
        api("/api/admin/platform"),
        fetch("/q/health/ready").then((r) => r.json()),
        api("/api/admin/platform/rates"),
      ]);
      document.getElementById("engines").replaceChildren(
        ...platform.engines.map((e) =>
          el("li", { className: e.enabled ? "badge on" : "badge off", "data-engine": e.id }, e.id + " · " + (e.enabled ? labels.on : labels.off)),
        ),
      );
      document.getElementById("kafka").textContent = platform.kafka.reachable ? labels.reachable : labels.unreachable;
      document.getElementById("backlog").textContent = number(platform.outbox.backlog);
      rows(document.getElementById("checks"), health.checks, (c) =>
        el("tr", {}, el("td", {}, c.name), el("td", { className: c.status === "UP" ? "ok" : "bad" }, c.status)),
      );
      rows(document.getElementById("lag"), platform.consumerGroups, (g) =>
        el("tr", {}, el("td", {}, g.group), el("td", {}, g.engine), el("td", { className: "num" }, number(g.lag))),
      );
      rows(document.getElementById("topics"), platform.topics.filter((t) => t.produced > 0), (t) =>
        el("tr", {}, el("td", {}, t.topic), el("td", { className: "num" }, number(t.produced)), el("td", { className: "num" }, number(t.consumed))),
      );
      // The chosen topic's events in and out per interval, or all topics' together.
      const select = document.getElementById("rates-topic");
      const known = new Set([...select.options].map((o) => o.value));
      for (const t of platform.topics.filter((t) => t.produced > 0 && !known.has(t.topic))) {
        select.append(el("option", { value: t.topic }, t.topic));
      }
      const chosen = select.value;
      const total = (sample, way) =>
        Object.entries(sample.topics)
          .filter(([topic]) => !chosen || topic === chosen)
          .reduce((sum, [, t]) => sum + (t[way] || 0), 0);
      chart(document.getElementById("rates-chart"), {
        type: "line",
        data: {
          labels: rates.samples.map((s) => new Date(s.at).toLocaleTimeString(locale)),
          datasets: [
            { label: labels.ratesOut, data: rates.samples.map((s) => total(s, "out")), borderColor: "#1f6feb", tension: 0.2 },
            { label: labels.ratesIn, data: rates.samples.map((s) => total(s, "in")), borderColor: "#2da44e", tension: 0.2 },
          ],
        },
        options: { scales: { y: { beginAtZero: true } } },
      });
    };
    await refresh();
    document.getElementById("rates-topic").addEventListener("change", () => guarded(refresh));
    setInterval(() => guarded(refresh), 5000);
  };

  document.addEventListener("DOMContentLoaded", start);
  return { api, guarded, el, rows, number, percent, money, major, term, figures, query, onSubmit, dateTime, chart, labels, lang, locale, pages };
})();
