// The interactive timeline: loads only the visible window's items (one per claim group) from
// /api/timeline/, and keeps the claim list below and the URL in step with the visible dates.
(function () {
  "use strict";
  const box = document.getElementById("timeline");
  if (!box || !window.vis) return; // the list alone still works without JavaScript

  const DAY = 24 * 3600 * 1000;
  const items = new vis.DataSet();
  const parse = (text) => (text ? new Date(text + "T00:00:00") : null);
  const iso = (date) => {
    const d = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
    return d.toISOString().slice(0, 10);
  };
  const first = parse(box.dataset.first);
  const last = parse(box.dataset.last);
  const start = parse(box.dataset.from) || new Date(first.getTime() - 2 * DAY);
  const end = parse(box.dataset.to) || new Date(last.getTime() + 2 * DAY);

  const timeline = new vis.Timeline(box, items, {
    start, end,
    zoomMin: 3 * DAY,
    zoomMax: 20 * 365 * DAY,
    stack: true,
    maxHeight: 340,
    margin: { item: 4 },
    showCurrentTime: false,
    tooltip: { followMouse: true },
    keyboard: true,
  });

  function content(item) {
    const span = document.createElement("span");
    span.textContent = item.label.length > 60 ? item.label.slice(0, 59) + "…" : item.label;
    const count = document.createElement("small");
    count.textContent = item.claims > 1 ? ` ×${item.claims} · ${item.outlets} outlet${item.outlets === 1 ? "" : "s"}` : "";
    span.appendChild(count);
    return span;
  }

  let controller = null;
  async function load(from, to, updateList) {
    if (controller) controller.abort();
    controller = new AbortController();
    const url = `${box.dataset.itemsUrl}&from=${iso(from)}&to=${iso(to)}`;
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, signal: controller.signal });
      if (!response.ok) return;
      const data = await response.json();
      items.clear();
      items.add(data.items.map((item) => ({
        id: item.id,
        start: item.start,
        end: item.end || undefined,
        type: item.end ? "range" : "box",
        content: content(item),
        title: `${item.label} (${item.claims} report${item.claims === 1 ? "" : "s"})`,
        className: `kind-${item.kind}`,
        firstClaim: item.first_claim,
      })));
      box.dataset.loaded = String(data.items.length);
    } catch (error) {
      if (error.name !== "AbortError") console.error(error);
    }
    if (updateList) syncList(from, to);
  }

  function syncList(from, to) {
    const params = new URLSearchParams(window.location.search);
    params.set("from", iso(from));
    params.set("to", iso(to));
    params.delete("page");
    history.replaceState(null, "", "?" + params.toString());
    const form = document.getElementById("filters");
    if (form) {
      form.elements.from.value = iso(from);
      form.elements.to.value = iso(to);
    }
    htmx.ajax("GET", window.location.pathname + "?" + params.toString(), { target: "#claim-list", swap: "innerHTML" });
  }

  let pending = null;
  timeline.on("rangechanged", (event) => {
    clearTimeout(pending);
    pending = setTimeout(() => load(event.start, event.end, event.byUser), 250);
  });
  timeline.on("select", (event) => {
    if (!event.items.length) return;
    const item = items.get(event.items[0]);
    window.location.href = `/claims/${item.firstClaim}/`;
  });
  load(start, end, false);
})();
