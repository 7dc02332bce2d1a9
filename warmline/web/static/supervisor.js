// The supervisors' dashboard: live tiles and charts, open conversations (read silently,
// whisper, reassign, end), users and canned responses. Any event on the feed schedules a
// refresh of the numbers, so the tiles follow the line without a reload.
"use strict";
(function () {
  const W = window.Warmline;
  const $ = function (id) { return document.getElementById(id); };
  const SVG = "http://www.w3.org/2000/svg";
  const state = {me: null, feed: null, reading: "", supporters: [], users: [], canned: [],
                 resetting: "", onCall: []};

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
      loadAudit();
      return listing.event_id;
    } catch (failure) { notice(failure.message); return ""; }
  }

  let refreshTimer = null;
  function refreshSoon() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, 200);
  }

  // ---- escalations: the tile, the on-call order, crisis terms, the audit log
  const LEVEL_WORDS = {L1: "L1 imminent", L2: "L2 urgent"};
  const FAMILY_WORDS = {
    ideation_explicit: "suicidal thoughts, said outright", ideation_implicit: "suicidal thoughts, implied",
    method: "method", means: "means at hand", place: "place", plan_time: "plan or time",
    farewell: "farewell", preparation: "preparation", self_harm: "self-harm",
    attempt_in_progress: "attempt in progress", danger: "danger from someone",
    third_party: "someone else at risk", coded_slang: "coded words",
  };

  function escalationWords(e) {
    if (e.status === "unanswered") {
      return "Unanswered: no clinician acknowledged after every page. Call the on-call clinician now.";
    }
    if (e.status === "acknowledged") {
      return "Acknowledged by " + e.acked_by + (e.engaged_at ? ", in the conversation" : ", not yet in the conversation");
    }
    const paged = e.paged || {};
    const who = paged.clinicians && paged.clinicians.length ? paged.clinicians.join(", ")
      : paged.supervisors ? "supervisors on shift" : "the on-call clinician";
    return "Paging " + who + ", not acknowledged yet";
  }

  async function showEscalations() {
    let open;
    try { open = (await W.api("GET", "/api/escalations")).escalations; } catch (failure) {
      return;
    }
    const acknowledged = open.filter(function (e) { return e.status === "acknowledged"; });
    const unanswered = open.filter(function (e) { return e.status === "unanswered"; });
    $("escalations").textContent = String(open.length);
    $("escalations-tile").classList.toggle("alarm", unanswered.length > 0);
    const detail = $("escalations-detail");
    detail.className = "detail" + (unanswered.length ? " alarm" : "");
    detail.textContent = open.length === 0 ? "None open." : (unanswered.length
      ? unanswered.length + " unanswered · " : "") + acknowledged.length + " acknowledged · " +
      (open.length - acknowledged.length - unanswered.length) + " waiting for a clinician";
    $("escalations-list").replaceChildren.apply($("escalations-list"), open.map(function (e) {
      return W.el("li", {className: e.status === "unanswered" ? "alarm-text" : ""},
        W.el("strong", {text: e.pseudonym}), " · " + (LEVEL_WORDS[e.level] || e.level) +
        " · code " + e.code + " · " + W.duration(Date.now() - e.created_at) + ": " +
        escalationWords(e));
    }));
  }

  function clinicians() {
    return state.users.filter(function (u) { return u.role === "clinician" && u.active; });
  }

  async function loadOnCall() {
    try { state.onCall = (await W.api("GET", "/api/oncall")).order; } catch (f) { notice(f.message); }
    $("oncall-state").textContent = "";
    showOnCall();
  }

  function showOnCall() {
    const order = state.onCall;
    const move = function (index, by) {
      const moved = order.splice(index, 1)[0];
      order.splice(index + by, 0, moved);
      $("oncall-state").textContent = "Not saved yet.";
      showOnCall();
    };
    $("oncall-list").replaceChildren.apply($("oncall-list"), order.map(function (name, i) {
      return W.el("li", {}, W.el("span", {text: name + " "}),
        W.el("button", {type: "button", className: "quiet", disabled: i === 0,
                        "aria-label": "Move " + name + " up", onclick: function () { move(i, -1); }}, "Up"),
        W.el("button", {type: "button", className: "quiet", disabled: i === order.length - 1,
                        "aria-label": "Move " + name + " down", onclick: function () { move(i, 1); }},
             "Down"),
        W.el("button", {type: "button", className: "danger", "aria-label": "Remove " + name +
                        " from the on-call order", onclick: function () {
                          order.splice(i, 1);
                          $("oncall-state").textContent = "Not saved yet.";
                          showOnCall();
                        }}, "Remove"));
    }));
    if (!order.length) {
      $("oncall-list").append(W.el("li", {className: "alarm-text",
        text: "Nobody is on call: crises page the supervisors on shift only."}));
    }
    const select = $("oncall-add");
    select.replaceChildren.apply(select, clinicians().filter(function (u) {
      return order.indexOf(u.username) < 0;
    }).map(function (u) {
      return W.el("option", {value: u.username, disabled: !u.phone,
        text: u.display_name + " (" + u.username + ")" + (u.phone ? "" : " — no phone to page")});
    }));
  }

  async function loadTerms() {
    let terms = [];
    try { terms = (await W.api("GET", "/api/crisis-terms")).terms; } catch (f) { notice(f.message); }
    const rows = terms.map(function (t) {
      return W.el("tr", {}, W.el("td", {text: t.phrase}),
        W.el("td", {text: cap(FAMILY_WORDS[t.family] || t.family)}),
        W.el("td", {text: LEVEL_WORDS[t.level] || t.level}),
        W.el("td", {}, W.el("button", {type: "button", className: "danger",
          "aria-label": "Remove term " + t.phrase, onclick: async function () {
            try {
              await W.api("DELETE", "/api/crisis-terms", {phrase: t.phrase});
              notice("");
            } catch (failure) { notice(failure.message); }
            loadTerms();
            loadAudit();
          }}, "Remove")));
    });
    if (!rows.length) {
      rows.push(W.el("tr", {}, W.el("td", {colspan: "4", className: "muted",
                                           text: "No terms added; the shipped screening applies."})));
    }
    $("terms").replaceChildren.apply($("terms"), rows);
  }

  function list(value) { return Array.isArray(value) ? value : []; }

  // One line of the audit log in words; `codes` names escalations by their short code.
  function auditWords(entry, codes) {
    const d = entry.detail && typeof entry.detail === "object" ? entry.detail : {};
    const text = typeof entry.detail === "string" ? entry.detail : "";
    const code = codes[entry.escalation] || d.code || entry.escalation;
    const which = "Escalation " + code;
    switch (entry.type) {
      case "escalation.opened": {
        const signals = Array.isArray(d.signals) ? d.signals : [];  // Lua writes [] as {}
        const families = Array.from(new Set(signals.map(function (s) {
          return FAMILY_WORDS[s.family] || s.family;
        })));
        return which + " opened (" + (LEVEL_WORDS[d.level] || d.level) + "): " +
          (d.trigger === "supporter" ? entry.actor + " asked for a clinician"
            : "screening found " + (families.join(", ") || "crisis words"));
      }
      case "escalation.raised": return which + " raised to " + (LEVEL_WORDS[d.level] || d.level);
      case "escalation.paged":
        return which + ": paged " + (list(d.paged).join(", ") ||
          (d.supervisors ? "no supervisor on shift" : "nobody")) +
          " (round " + ((d.round || 0) + 1) + ")" +
          (list(d.without_phone).length ? "; no phone for " + d.without_phone.join(", ") : "");
      case "escalation.acknowledged":
        return which + " acknowledged by " + entry.actor + (d.via ? " (" + d.via + ")" : "");
      case "escalation.engaged":
        return which + ": " + entry.actor + (d.took_over ? " took the conversation over"
          : " wrote in the conversation");
      case "escalation.not_engaged":
        return which + ": acknowledged but nobody wrote in time; paging again";
      case "escalation.unanswered":
        return which + " UNANSWERED: nobody acknowledged after every page";
      case "escalation.resolved":
        return which + " resolved by " + entry.actor + (text ? ": " + text : "");
      case "oncall.changed":
        return "On-call order set by " + entry.actor + ": " + (list(d.order).join(", ") || "nobody");
      case "crisis_term.added":
        return "Crisis term “" + d.phrase + "” added by " + entry.actor + " (" +
          (FAMILY_WORDS[d.family] || d.family) + ", " + (LEVEL_WORDS[d.level] || d.level) + ")";
      case "crisis_term.removed":
        return "Crisis term “" + d.phrase + "” removed by " + entry.actor;
      default:
        return cap(String(entry.type).replace(/[._]/g, " ")) + " by " + entry.actor;
    }
  }

  let auditAsked = 0;
  async function loadAudit() {
    const asked = ++auditAsked;
    let entries;
    try { entries = (await W.api("GET", "/api/audit")).entries; } catch (f) { return; }
    if (asked !== auditAsked) return;
    const codes = {};
    for (const entry of entries) {
      if (entry.type === "escalation.opened" && entry.detail && entry.detail.code) {
        codes[entry.escalation] = entry.detail.code;
      }
    }
    const shown = entries.slice(0, 100);
    $("audit").replaceChildren.apply($("audit"), shown.map(function (entry) {
      const at = Number(entry.at) || 0;
      return W.el("li", {className: entry.type === "escalation.unanswered" ? "alarm-text" : ""},
        W.el("time", {datetime: new Date(at).toISOString(),
                      text: W.day(at) + " " + W.clock(at)}),
        auditWords(entry, codes));
    }));
    if (!shown.length) $("audit").append(W.el("li", {className: "muted", text: "Nothing yet."}));
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
    showOnCall();  // the clinicians to choose from may have changed
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
  $("oncall-form").addEventListener("submit", function (event) {
    event.preventDefault();
    const name = $("oncall-add").value;
    if (!name || state.onCall.indexOf(name) >= 0) return;
    state.onCall.push(name);
    $("oncall-state").textContent = "Not saved yet.";
    showOnCall();
  });
  $("oncall-save").addEventListener("click", async function () {
    try {
      state.onCall = (await W.api("PUT", "/api/oncall", {order: state.onCall})).order;
      notice("");
      $("oncall-state").textContent = "Saved.";
      showOnCall();
      loadAudit();
    } catch (failure) { notice(failure.message); }
  });
  $("term-form").addEventListener("submit", async function (event) {
    event.preventDefault();
    try {
      await W.api("POST", "/api/crisis-terms", {phrase: $("term-phrase").value,
        family: $("term-family").value, level: $("term-level").value});
      $("term-form").reset();
      notice("");
    } catch (failure) { notice(failure.message); }
    loadTerms();
    loadAudit();
  });
  setInterval(refreshSoon, 30000);  // waits keep growing between events

  W.session({
    roles: ["supervisor"],
    wrongRole: "The dashboard is for supervisors. Supporters use the console at /console.",
    onSignedIn: async function (me) {
      state.me = me;
      if (state.feed) state.feed.stop();
      const from = await refresh();
      await loadUsers();
      loadCanned();
      loadOnCall();
      loadTerms();
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
