// The supervisors' dashboard: live tiles and charts, open conversations (read silently,
// whisper, reassign, end), users and canned responses. Any event on the feed schedules a
// refresh of the numbers, so the tiles follow the line without a reload.
"use strict";
(function () {
  const W = window.Warmline;
  const $ = function (id) { return document.getElementById(id); };
  const SVG = "http://www.w3.org/2000/svg";
  const state = {me: null, feed: null, reading: "", supporters: [], users: [], canned: [],
                 resetting: ""};

  function notice(text) { $("notice").textContent = text || ""; }
  function cap(text) { return text ? text.charAt(0).toUpperCase() + text.slice(1) : ""; }

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of Array.prototype.slice.call(arguments, 2)) if (child) node.append(child);
    return node;
  }

  // ---- tiles
  function showQueue(queue) {
    const by = queue.by_priority || {};
    $("waiting").textContent = String(queue.waiting.length);
    $("waiting-detail").textContent = ["imminent", "urgent", "normal"]
      .map(function (p) { return cap(p) + ": " + (by[p] || 0); }).join(" · ");
    $("longest").textContent = W.duration(queue.longest_wait_ms);
    state.supporters = queue.supporters;
    const available = queue.supporters.filter(function (s) { return s.status === "available"; });
    $("on-shift").textContent = String(queue.supporters.length);
    $("on-shift-detail").textContent = available.length + " available · " +
      (queue.supporters.length - available.length) + " away";
    $("supporters").replaceChildren.apply($("supporters"), queue.supporters.map(function (s) {
      return W.el("tr", {}, W.el("td", {text: s.username}), W.el("td", {text: cap(s.status)}),
                  W.el("td", {text: s.load + " of " + s.capacity}));
    }));
  }

  function showStats(stats) {
    $("active").textContent = String(stats.active);
    drawVolume(stats.per_hour, stats.now);
    drawWaits(stats.waits_seconds, stats.wait_median_seconds, stats.wait_p90_seconds);
  }

  // ---- charts, drawn here as SVG
  function drawVolume(counts, now) {
    const width = 480, height = 180, left = 30, bottom = 24, top = 10;
    const most = Math.max(1, Math.max.apply(null, counts));
    const slot = (width - left) / counts.length;
    const total = counts.reduce(function (a, b) { return a + b; }, 0);
    const chart = svg("svg", {viewBox: "0 0 " + width + " " + height, class: "chart", role: "img",
      "aria-label": total + " conversations in the last 24 hours; busiest hour had " +
        Math.max.apply(null, counts)});
    chart.append(svg("line", {x1: left, y1: height - bottom, x2: width, y2: height - bottom,
                              class: "axis"}));
    chart.append(svg("text", {x: 0, y: top + 8, text: String(most)}));
    chart.append(svg("text", {x: 0, y: height - bottom, text: "0"}));
    counts.forEach(function (count, i) {
      const h = (height - bottom - top) * count / most;
      const hourStart = new Date(now - (counts.length - i) * 3600000);
      const bar = svg("rect", {x: left + i * slot + 1, y: height - bottom - h,
                               width: Math.max(1, slot - 2), height: h, class: "bar-fill"},
        svg("title", {text: W.clock(hourStart.getTime()) + ": " + count}));
      chart.append(bar);
      if (i % 6 === 0) {
        chart.append(svg("text", {x: left + i * slot, y: height - 6,
                                  text: W.clock(hourStart.getTime())}));
      }
    });
    $("chart-volume").replaceChildren(chart);
  }

  const EDGES = [0, 30, 60, 120, 300, 600, 1200, Infinity];
  const EDGE_LABELS = ["<30s", "30s–1m", "1–2m", "2–5m", "5–10m", "10–20m", "20m+"];

  function waitX(seconds, left, slot) {
    for (let i = 0; i < EDGES.length - 1; i++) {
      if (seconds < EDGES[i + 1]) {
        const span = EDGES[i + 1] === Infinity ? 1200 : EDGES[i + 1] - EDGES[i];
        return left + slot * (i + Math.min(1, (seconds - EDGES[i]) / span));
      }
    }
    return left + slot * (EDGES.length - 1);
  }

  function drawWaits(waits, median, p90) {
    const width = 480, height = 180, left = 30, bottom = 24, top = 22;
    const buckets = EDGE_LABELS.map(function () { return 0; });
    for (const w of waits) {
      for (let i = 0; i < EDGES.length - 1; i++) if (w < EDGES[i + 1]) { buckets[i]++; break; }
    }
    const most = Math.max(1, Math.max.apply(null, buckets));
    const slot = (width - left) / buckets.length;
    const words = waits.length ? waits.length + " waits; median " + W.duration(median * 1000) +
      ", 90th percentile " + W.duration(p90 * 1000) : "No waits in the last 24 hours";
    const chart = svg("svg", {viewBox: "0 0 " + width + " " + height, class: "chart", role: "img",
                              "aria-label": words});
    chart.append(svg("line", {x1: left, y1: height - bottom, x2: width, y2: height - bottom,
                              class: "axis"}));
    chart.append(svg("text", {x: 0, y: top + 8, text: String(most)}));
    buckets.forEach(function (count, i) {
      const h = (height - bottom - top) * count / most;
      chart.append(svg("rect", {x: left + i * slot + 2, y: height - bottom - h,
                                width: slot - 4, height: h, class: "bar-fill"},
        svg("title", {text: EDGE_LABELS[i] + ": " + count})));
      chart.append(svg("text", {x: left + i * slot + 4, y: height - 6, text: EDGE_LABELS[i]}));
    });
    if (waits.length) {
      for (const [value, cls, label, y] of [[median, "median", "median", 10],
                                            [p90, "p90", "p90", 20]]) {
        const x = waitX(value, left, slot);
        chart.append(svg("line", {x1: x, x2: x, y1: top - 6, y2: height - bottom, class: cls}));
        chart.append(svg("text", {x: Math.min(x + 3, width - 70), y: y,
                                  text: label + " " + W.duration(value * 1000)}));
      }
    }
    $("chart-waits").replaceChildren(chart);
    $("chart-waits").append(W.el("p", {className: "muted", text: words}));
  }

  // ---- open conversations
  function showConversations(conversations) {
    const open = conversations.filter(function (c) { return c.status !== "closed"; });
    const rows = open.map(function (c) {
      const since = c.status === "waiting" ? c.queued_at : (c.assigned_at || c.created_at);
      return W.el("tr", {},
        W.el("td", {text: c.pseudonym}), W.el("td", {text: cap(c.status)}),
        W.el("td", {text: cap(c.priority)}), W.el("td", {text: c.supporter || "—"}),
        W.el("td", {text: W.duration(Date.now() - since)}),
        W.el("td", {}, W.el("button", {type: "button", "aria-label": "Read " + c.pseudonym,
                                       onclick: function () { read(c.id); }}, "Read")));
    });
    if (!rows.length) {
      rows.push(W.el("tr", {}, W.el("td", {colspan: "6", className: "muted",
                                           text: "No open conversations."})));
    }
    $("open-conversations").replaceChildren.apply($("open-conversations"), rows);
  }

  async function refresh() {
    try {
      const [queue, stats, listing] = await Promise.all([
        W.api("GET", "/api/queue"), W.api("GET", "/api/stats"),
        W.api("GET", "/api/conversations")]);
      showQueue(queue);
      showStats(stats);
      showConversations(listing.conversations);
      if (state.reading) await showReading();
      showEscalations();
      return listing.event_id;
    } catch (failure) { notice(failure.message); return ""; }
  }

  async function showEscalations() {
    let open;
    try { open = (await W.api("GET", "/api/escalations")).escalations; } catch (failure) {
      return;  // a line without escalations yet keeps the dash
    }
    const acknowledged = open.filter(function (e) { return e.acked_at; });
    $("escalations").textContent = String(open.length);
    $("escalations-detail").textContent = acknowledged.length + " acknowledged · " +
      (open.length - acknowledged.length) + " waiting for a clinician" +
      (acknowledged.length ? " (" + acknowledged.map(function (e) {
        return e.acked_by || "clinician";
      }).join(", ") + ")" : "");
  }

  let refreshTimer = null;
  function refreshSoon() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, 200);
  }

  // ---- silent reading, whisper, reassign, end
  function messageItem(m) {
    const kind = m.direction === "note" ? (m.kind === "whisper" ? "whisper" : "note") : m.direction;
    const who = m.direction === "in" ? "Texter" : m.direction === "note"
      ? (m.kind === "whisper" ? "Whisper from " : "Note by ") + m.author : m.author;
    const meta = [who, m.created_at ? W.clock(m.created_at) : "",
                  m.direction === "out" ? (W.statusWords[m.status] || m.status) : ""];
    const bad = m.direction === "out" && W.failed(m.status);
    return W.el("li", {className: "message " + kind + (bad ? " failed" : "")},
      W.el("p", {className: "body", text: m.body}),
      W.el("p", {className: "meta", text: meta.filter(Boolean).join(" · ")}),
      bad ? W.el("p", {className: "failure", text: "⚠ Not delivered" +
                                                    (m.error ? ": " + m.error : "")}) : null);
  }

  async function showReading() {
    const c = await W.api("GET", "/api/conversations/" + encodeURIComponent(state.reading));
    $("reader-title").textContent = "Reading " + c.pseudonym + " (" + c.status +
      (c.supporter ? ", with " + c.supporter : "") + ")";
    $("reader-transcript").replaceChildren.apply($("reader-transcript"),
                                                 c.messages.map(messageItem));
    $("whisper-form").hidden = !c.supporter || c.status !== "active";
    $("reader-end").hidden = c.status === "closed";
    $("reassign-form").hidden = c.status === "closed";
    const select = $("reassign-to");
    const chosen = select.value;
    select.replaceChildren(W.el("option", {value: "queue", text: "Back to the queue"}));
    for (const s of state.supporters) {
      if (s.username === c.supporter) continue;
      const room = s.status === "available" && s.load < s.capacity;
      select.append(W.el("option", {value: s.username, disabled: !room,
        text: s.username + " (" + s.load + " of " + s.capacity + ")" + (room ? "" : " — no room")}));
    }
    if (chosen) select.value = chosen;
  }

  async function read(id) {
    state.reading = id;
    $("reader").hidden = false;
    try { await showReading(); } catch (failure) { notice(failure.message); }
    $("reader").scrollIntoView();
    $("reader-title").setAttribute("tabindex", "-1");
    $("reader-title").focus();
  }

  async function act(path, body, done) {
    try {
      await W.api("POST", "/api/conversations/" + encodeURIComponent(state.reading) + path, body);
      notice("");
      if (done) done();
      refreshSoon();
    } catch (failure) { notice(failure.message); }
  }

  // ---- users
  async function loadUsers() {
    try { state.users = (await W.api("GET", "/api/users")).users; } catch (f) { notice(f.message); }
    $("users").replaceChildren.apply($("users"), state.users.map(function (u) {
      const role = W.el("select", {"aria-label": "Role for " + u.username,
        onchange: function () { changeUser(u.username, {role: role.value}); }},
        ...["supporter", "clinician", "supervisor"].map(function (r) {
          return W.el("option", {value: r, text: cap(r), selected: r === u.role});
        }));
      return W.el("tr", {},
        W.el("td", {text: u.username}), W.el("td", {text: u.display_name}),
        W.el("td", {}, role), W.el("td", {text: u.active ? "Yes" : "No"}),
        W.el("td", {},
          W.el("button", {type: "button", className: "quiet",
                          "aria-label": "Reset password for " + u.username,
                          onclick: function () { resetPassword(u.username); }}, "Reset password"),
          W.el("button", {type: "button", className: u.active ? "danger" : "quiet",
                          "aria-label": (u.active ? "Deactivate " : "Reactivate ") + u.username,
                          onclick: function () { changeUser(u.username, {active: !u.active}); }},
               u.active ? "Deactivate" : "Reactivate")));
    }));
  }

  async function changeUser(username, changes) {
    try {
      await W.api("PATCH", "/api/users/" + encodeURIComponent(username), changes);
      notice("");
    } catch (failure) { notice(failure.message); }
    loadUsers();
  }

  function resetPassword(username) {
    state.resetting = username;
    $("password-title").textContent = "Reset password for " + username;
    $("reset-password").value = "";
    $("password-error").textContent = "";
    $("password-dialog").showModal();
  }

  // ---- canned responses
  async function loadCanned() {
    try { state.canned = (await W.api("GET", "/api/canned")).canned; } catch (f) { notice(f.message); }
    $("canned-list").replaceChildren.apply($("canned-list"), state.canned.map(function (c) {
      return W.el("li", {}, W.el("strong", {text: c.title}), " — ", c.body, " ",
        W.el("button", {type: "button", className: "quiet", "aria-label": "Edit " + c.title,
                        onclick: function () {
                          $("canned-id").value = c.id;
                          $("canned-title-input").value = c.title;
                          $("canned-body").value = c.body;
                          $("canned-title-input").focus();
                        }}, "Edit"),
        W.el("button", {type: "button", className: "danger", "aria-label": "Remove " + c.title,
                        onclick: async function () {
                          try { await W.api("DELETE", "/api/canned/" + encodeURIComponent(c.id)); }
                          catch (failure) { notice(failure.message); }
                          loadCanned();
                        }}, "Remove"));
    }));
  }

  // ---- wiring
  $("whisper-form").addEventListener("submit", function (event) {
    event.preventDefault();
    const body = $("whisper").value.trim();
    if (body) act("/notes", {body: body, kind: "whisper"}, function () { $("whisper").value = ""; });
  });
  $("reassign-form").addEventListener("submit", function (event) {
    event.preventDefault();
    act("/transfer", {to: $("reassign-to").value});
  });
  $("reader-end").addEventListener("click", function () {
    if (window.confirm("End this conversation for the texter and the supporter?")) {
      act("/close", {outcome: "ended_by_supervisor", tags: []});
    }
  });
  $("reader-close").addEventListener("click", function () {
    state.reading = "";
    $("reader").hidden = true;
  });
  $("user-form").addEventListener("submit", async function (event) {
    event.preventDefault();
    try {
      await W.api("POST", "/api/users", {username: $("new-username").value,
        display_name: $("new-display").value, role: $("new-role").value,
        password: $("new-password").value});
      $("user-form").reset();
      notice("");
    } catch (failure) { notice(failure.message); }
    loadUsers();
  });
  $("password-dialog").querySelector("[data-close]").addEventListener("click", function () {
    $("password-dialog").close();
  });
  $("password-form").addEventListener("submit", async function (event) {
    event.preventDefault();
    try {
      await W.api("PATCH", "/api/users/" + encodeURIComponent(state.resetting),
                  {password: $("reset-password").value});
      $("password-dialog").close();
    } catch (failure) { $("password-error").textContent = failure.message; }
  });
  $("canned-form").addEventListener("submit", async function (event) {
    event.preventDefault();
    const id = $("canned-id").value;
    const body = {title: $("canned-title-input").value, body: $("canned-body").value};
    try {
      if (id) await W.api("PUT", "/api/canned/" + encodeURIComponent(id), body);
      else await W.api("POST", "/api/canned", body);
      $("canned-form").reset();
      $("canned-id").value = "";
      notice("");
    } catch (failure) { notice(failure.message); }
    loadCanned();
  });
  setInterval(refreshSoon, 30000);  // waits keep growing between events

  W.session({
    roles: ["supervisor"],
    wrongRole: "The dashboard is for supervisors. Supporters use the console at /console.",
    onSignedIn: async function (me) {
      state.me = me;
      if (state.feed) state.feed.stop();
      const from = await refresh();
      loadUsers();
      loadCanned();
      state.feed = W.feed({
        from: from,
        onEvent: function () { refreshSoon(); },
        onState: function (s) {
          $("connection").textContent = s === "live" ? "Live" : "Reconnecting…";
          $("connection").className = "connection " + s;
          if (s === "live") refreshSoon();
        },
        onResync: refreshSoon,
      });
    },
    onSignedOut: function () { if (state.feed) state.feed.stop(); state.feed = null; },
  });
})();
