// Events: the recent events of a topic, and one aggregate followed across every topic.
"use strict";

Console.pages.events = async () => {
  const { api, el, rows, dateTime, labels, query, onSubmit } = Console;

  const payload = (event) =>
    el("details", {}, el("summary", {}, labels.payload), el("pre", {}, JSON.stringify({ id: event.id, type: event.type, source: event.source, time: event.time, subject: event.subject, correlationId: event.correlationId, causationId: event.causationId, userId: event.userId, dataVersion: event.dataVersion, partition: event.partition, offset: event.offset, data: event.data }, null, 2)));

  const browse = document.getElementById("browse");
  const load = async () => {
    const topic = browse.topic.value;
    const result = await api("/api/admin/events?" + query({ topic, limit: browse.limit.value }));
    rows(document.getElementById("recent"), result.events, (e) =>
      el("tr", { "data-event": e.id }, el("td", {}, dateTime(e.timestamp)), el("td", {}, e.key), el("td", {}, e.type), el("td", {}, e.correlationId), el("td", {}, payload(e))),
    );
  };
  onSubmit(browse, load);

  const trace = document.getElementById("trace");
  onSubmit(trace, async () => {
    const key = trace.key.value.trim();
    const result = await api("/api/admin/events/trace?" + query(key ? { key } : { correlationId: trace.correlationId.value.trim() }));
    document.getElementById("truncated").hidden = !result.truncated;
    rows(document.getElementById("timeline"), result.events, (e) =>
      el("tr", { "data-event": e.id }, el("td", {}, dateTime(e.timestamp)), el("td", {}, e.topic), el("td", {}, e.key), el("td", {}, e.type), el("td", {}, payload(e))),
    );
  });

  // A link may name what to follow: /console/events?key=ORD-1 or ?correlationId=…
  const params = new URLSearchParams(location.search);
  if (params.get("key") || params.get("correlationId")) {
    trace.key.value = params.get("key") || "";
    trace.correlationId.value = params.get("correlationId") || "";
    trace.requestSubmit();
  }
  await load();
};
