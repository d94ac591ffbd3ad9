// Dead letters: what each engine refused, replayed after a fix or discarded with a reason, and the
// audit trail of those decisions.
"use strict";

Console.pages["dead-letters"] = async () => {
  const { api, el, rows, dateTime, guarded, labels, query, onSubmit, term } = Console;
  const filter = document.getElementById("filter");

  const act = (action) => () =>
    guarded(async () => {
      await action();
      await load();
    });

  const actions = (letter) => {
    if (letter.status !== "PENDING") {
      return el("span", { className: "muted" }, [letter.decidedBy, letter.note].filter(Boolean).join(" · "));
    }
    const reason = el("input", { "aria-label": labels.discard + " — " + letter.id, className: "reason", size: 18 });
    return el(
      "div",
      { className: "row" },
      el("button", { type: "button", className: "replay", onclick: act(() => api("/api/admin/dead-letters/" + encodeURIComponent(letter.id) + "/replay", { method: "POST" })) }, labels.replay),
      reason,
      el(
        "button",
        {
          type: "button",
          className: "danger discard",
          onclick: act(async () => {
            if (!reason.value.trim()) throw new Error(labels.reasonRequired);
            await api("/api/admin/dead-letters/" + encodeURIComponent(letter.id) + "/discard", { method: "POST", body: { reason: reason.value.trim() } });
          }),
        },
        labels.discard,
      ),
    );
  };

  const load = async () => {
    const [letters, audit] = await Promise.all([
      api("/api/admin/dead-letters?" + query({ engine: filter.engine.value, status: filter.status.value })),
      api("/api/admin/audit?limit=50"),
    ]);
    rows(document.getElementById("letters"), letters.items, (d) =>
      el(
        "tr",
        { "data-id": d.id },
        el("td", {}, dateTime(d.timestamp)),
        el("td", {}, d.engine),
        el("td", {}, d.topic),
        el("td", {}, d.key),
        el("td", {}, d.reason, el("details", {}, el("summary", {}, labels.payload), el("pre", {}, JSON.stringify(d.data, null, 2)))),
        el("td", { className: "status-" + d.status }, term(d.status)),
        el("td", {}, actions(d)),
      ),
    );
    rows(document.getElementById("audit"), audit.items, (a) =>
      el("tr", {}, el("td", {}, dateTime(a.at)), el("td", {}, a.actor), el("td", {}, a.action), el("td", {}, a.target), el("td", {}, a.detail)),
    );
  };

  onSubmit(filter, load);
  document.getElementById("replay-all").addEventListener(
    "click",
    act(async () => {
      const result = await api("/api/admin/dead-letters/replay", { method: "POST", body: filter.engine.value ? { engine: filter.engine.value } : {} });
      document.getElementById("outcome").textContent = labels.replayed + " " + result.replayed;
    }),
  );
  await load();
};
