// The supporters' console: shift controls, the live list of my conversations, one open
// conversation with its transcript, reply box, notes, history, transfer and wrap-up.
// Everything comes from the JSON API and the event feed; the page keeps no state the
// server does not also have, apart from unsent drafts (kept per tab in sessionStorage).
"use strict";
(function () {
  const W = window.Warmline;
  const $ = function (id) { return document.getElementById(id); };
  const state = {me: null, shift: {status: "off", capacity: 1}, conversations: new Map(),
                 selected: "", feed: null, canned: [], alerts: false,
                 escalations: new Map(), resolving: null};

  // ---- drafts survive reconnects and reloads of this tab
  function draftKey(id) { return "warmline:draft:" + id; }
  function saveDraft() {
    if (!state.selected) return;
    const text = $("reply").value;
    if (text) sessionStorage.setItem(draftKey(state.selected), text);
    else sessionStorage.removeItem(draftKey(state.selected));
  }

  function notice(text) { $("notice").textContent = text || ""; }

  // ---- shift
  function showShift() {
    if (shiftPending === 0) $("shift-status").value = state.shift.status;
    if (shiftPending === 0 && document.activeElement !== $("shift-capacity")) {
      $("shift-capacity").value = String(state.shift.capacity || 1);
    }
    // Conversations a clinician was only called into are not part of their load.
    let load = 0;
    for (const c of state.conversations.values()) {
      if (c.supporter === state.me.user.username) load += 1;
    }
    $("load").textContent = load + " of " + (state.shift.status === "off" ? 0 : state.shift.capacity);
  }

  // Shift changes go to the server one after another with the values the person chose at
  // that moment; while any is in flight the controls are left alone, so a quick
  // capacity-then-status change can never be undone by an earlier answer.
  let shiftChain = Promise.resolve();
  let shiftPending = 0;
  function changeShift() {
    const capacity = parseInt($("shift-capacity").value, 10);
    if (!(capacity >= 1 && capacity <= 10)) {
      notice("Capacity must be a whole number from 1 to 10.");
      return;
    }
    const wanted = {status: $("shift-status").value, capacity: capacity};
    shiftPending += 1;
    shiftChain = shiftChain.then(async function () {
      try {
        const answer = await W.api("PUT", "/api/shift", wanted);
        state.shift = {status: answer.status, capacity: answer.capacity};
        notice("");
      } catch (failure) { notice(failure.message); }
      shiftPending -= 1;
      showShift();
    });
  }

  // ---- the conversation list
  function priorityLabel(priority) {
    if (priority === "imminent") return "Crisis: imminent risk";
    if (priority === "urgent") return "Crisis: urgent";
    return "";
  }

  function waitingMs(c) {
    const lastIn = c.last_message_at || 0;
    const lastReply = c.last_reply_at || 0;
    return lastIn > lastReply ? Date.now() - lastIn : 0;
  }

  function renderList() {
    const list = $("conversations");
    const items = Array.from(state.conversations.values()).sort(function (a, b) {
      return (a.rank ?? 2) - (b.rank ?? 2) || (a.assigned_at || 0) - (b.assigned_at || 0);
    });
    list.replaceChildren();
    for (const c of items) {
      const crisis = priorityLabel(c.priority);
      const waiting = waitingMs(c);
      const unread = c.id === state.selected ? 0 : (c.unread || 0);
      const label = [c.pseudonym, crisis, unread ? unread + " unread" : "",
                     waiting ? "waiting " + W.duration(waiting) : ""].filter(Boolean).join(", ");
      const button = W.el("button", {type: "button", className: "conversation-item",
                                     "aria-current": c.id === state.selected ? "true" : null,
                                     "aria-label": label, onclick: function () { open(c.id); }},
        W.el("span", {className: "name", text: c.pseudonym}),
        crisis ? W.el("span", {className: "badge", text: crisis}) : null,
        unread ? W.el("span", {className: "unread", text: String(unread)}) : null,
        W.el("span", {className: "preview", text: c.last_preview || ""}),
        W.el("span", {className: "waiting", text: waiting ? "waiting " + W.duration(waiting) : ""}));
      list.append(W.el("li", {}, button));
    }
    $("empty").hidden = items.length > 0;
    showShift();
  }

  function remember(conversation) {
    const known = state.conversations.get(conversation.id);
    const messages = known ? known.messages : new Map();
    for (const m of conversation.messages || []) messages.set(m.id, m);
    const merged = Object.assign({}, known || {}, conversation, {messages: messages});
    state.conversations.set(conversation.id, merged);
    return merged;
  }

  // A supporter's console shows their own conversations; a clinician's also shows the ones
  // with an open escalation (the server decides which they may read), and keeps the open one
  // in view after it is resolved until they move on.
  function shownHere(conversation) {
    return conversation.supporter === state.me.user.username ||
      (state.me.user.role === "clinician" &&
       (Boolean(conversation.escalation) || conversation.id === state.selected));
  }

  async function fetchConversation(id) {
    try {
      const conversation = await W.api("GET", "/api/conversations/" + encodeURIComponent(id));
      if (conversation.status === "closed" || !shownHere(conversation)) {
        if (id !== state.selected && state.conversations.delete(id)) renderList();
        return;
      }
      remember(conversation);
      renderList();
      if (id === state.selected) renderConversation();
    } catch (failure) {
      if (failure.status !== 404) notice(failure.message);
    }
  }

  // ---- the open conversation
  function authorWords(m) {
    if (m.direction === "in") return "Texter";
    if (m.direction === "note") {
      return m.kind === "whisper" ? "Whisper from " + m.author + " (supervisor)"
        : "Private note by " + (m.author === state.me.user.username ? "you" : m.author);
    }
    if (m.author === "line") return "Automatic text (" + String(m.kind).replace(/_/g, " ") + ")";
    return m.author === state.me.user.username ? "You" : m.author;
  }

  function messageItem(m) {
    const kind = m.direction === "note" ? (m.kind === "whisper" ? "whisper" : "note") : m.direction;
    const bad = m.direction === "out" && W.failed(m.status);
    const meta = [authorWords(m), m.created_at ? W.clock(m.created_at) : ""];
    if (m.direction === "out") meta.push(W.statusWords[m.status] || m.status);
    return W.el("li", {className: "message " + kind + (bad ? " failed" : ""), "data-id": m.id},
      W.el("p", {className: "body", text: m.body}),
      W.el("p", {className: "meta"}, meta.filter(Boolean).join(" · ")),
      bad ? W.el("p", {className: "failure", role: "note",
                       text: "⚠ This text did not reach the texter" +
                             (m.error ? ": " + m.error : ".")}) : null);
  }

  function sortedMessages(c) {
    return Array.from(c.messages.values()).sort(function (a, b) {
      return (a.created_at || 0) - (b.created_at || 0) ||
        Number(String(a.id).slice(1)) - Number(String(b.id).slice(1));
    });
  }

  function renderConversation() {
    const c = state.conversations.get(state.selected);
    const pane = $("conversation-pane");
    if (!c) { pane.hidden = true; document.body.classList.remove("viewing"); return; }
    pane.hidden = false;
    document.body.classList.add("viewing");
    $("conversation-title").textContent = c.pseudonym;
    const crisis = priorityLabel(c.priority);
    $("conversation-badge").hidden = !crisis;
    $("conversation-badge").textContent = crisis;
    // A clinician called into someone else's conversation writes and notes; the owner transfers
    // and ends it, and a clinician never asks for a clinician.
    const owner = c.supporter === state.me.user.username;
    const clinician = state.me.user.role === "clinician";
    $("clinician").hidden = clinician;
    $("transfer-open").hidden = clinician && !owner;
    $("end-open").hidden = clinician && !owner;
    renderEscalationState();
    const transcript = $("transcript");
    const atBottom = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 40;
    transcript.replaceChildren.apply(transcript, sortedMessages(c).map(messageItem));
    if (atBottom) transcript.scrollTop = transcript.scrollHeight;
  }

  let readTimer = null;
  function markRead(id) {
    const c = state.conversations.get(id);
    if (!c || !c.unread) return;
    c.unread = 0;
    clearTimeout(readTimer);
    readTimer = setTimeout(function () {
      W.api("POST", "/api/conversations/" + encodeURIComponent(id) + "/read").catch(function () {});
    }, 300);
  }

  async function open(id) {
    saveDraft();
    state.selected = id;
    $("reply").value = sessionStorage.getItem(draftKey(id)) || "";
    $("reply-error").textContent = "";
    countReply();
    renderList();
    renderConversation();
    markRead(id);
    $("reply").focus();
    await fetchConversation(id);
    loadHistory(id);
  }

  function closeView(message) {
    saveDraft();
    state.selected = "";
    renderConversation();
    renderList();
    if (message) notice(message);
    // Keyboard users land back on the list rather than on a control that just vanished.
    $("list-title").setAttribute("tabindex", "-1");
    $("list-title").focus();
  }

  async function loadHistory(id) {
    const list = $("history-list");
    list.replaceChildren();
    $("history").hidden = true;
    try {
      const answer = await W.api("GET", "/api/conversations/" + encodeURIComponent(id) + "/history");
      if (id !== state.selected || !answer.conversations.length) return;
      $("history").hidden = false;
      $("history").querySelector("summary").textContent =
        "Earlier conversations (" + answer.conversations.length + ")";
      for (const earlier of answer.conversations) {
        const wrap = earlier.wrapup || {};
        const tags = (wrap.tags || []).join(", ");
        list.append(W.el("li", {},
          W.el("p", {className: "meta", text: W.day(earlier.created_at) + " · " +
            (wrap.outcome ? "Outcome: " + wrap.outcome.replace(/_/g, " ") : earlier.status) +
            (tags ? " · Tags: " + tags : "")}),
          W.el("ul", {}, ...earlier.notes.map(function (n) {
            return W.el("li", {text: (n.kind === "whisper" ? "Whisper: " : "Note: ") + n.body});
          }))));
      }
    } catch (failure) { /* history is a help, not a blocker */ }
  }

  // ---- replying
  function countReply() { $("reply-count").textContent = window.SmsCount.describe($("reply").value); }

  async function send() {
    const id = state.selected;
    const body = $("reply").value.trim();
    if (!id || !body) return;
    $("reply-error").textContent = "";
    try {
      const answer = await W.api("POST", "/api/conversations/" + encodeURIComponent(id) +
                                 "/messages", {body: body});
      const c = state.conversations.get(id);
      if (c && !c.messages.has(answer.id)) {
        c.messages.set(answer.id, {id: answer.id, direction: "out", author: state.me.user.username,
                                   kind: "reply", body: body, status: "pending",
                                   created_at: Date.now()});
        c.last_reply_at = Date.now();
      }
      if (state.selected === id) { $("reply").value = ""; countReply(); }
      sessionStorage.removeItem(draftKey(id));
      renderConversation();
      renderList();
    } catch (failure) {
      $("reply-error").textContent = "Not sent. " + failure.message;
    }
  }

  // ---- escalations: the clinician's panel, and every role's view of a flagged conversation
  const FAMILY_WORDS = {
    ideation_explicit: "Suicidal thoughts, said outright", ideation_implicit: "Suicidal thoughts, implied",
    method: "Method", means: "Means at hand", place: "Place", plan_time: "Plan or time",
    farewell: "Farewell", preparation: "Preparation", self_harm: "Self-harm",
    attempt_in_progress: "Attempt in progress", danger: "Danger from someone",
    third_party: "Someone else at risk", coded_slang: "Coded words",
  };
  const LEVEL_WORDS = {L1: "L1 · imminent risk", L2: "L2 · urgent"};

  function handlesEscalations() {
    return state.me.user.role === "clinician" || state.me.user.role === "supervisor";
  }

  function escalationFor(conversationId) {
    for (const e of state.escalations.values()) if (e.conversation_id === conversationId) return e;
    return null;
  }

  function pagedWords(e) {
    const paged = e.paged || {};
    const round = paged.round > 1 ? " (round " + paged.round + ")" : "";
    if (paged.clinicians && paged.clinicians.length) return "Paging " + paged.clinicians.join(", ") + round;
    if (paged.supervisors) return "Paging the supervisors on shift" + round;
    return "Paging the on-call clinician";
  }

  // What the escalation's state means, in words, for the clinician's panel.
  function stateWords(e) {
    if (e.status === "unanswered") {
      return "Unanswered: nobody acknowledged after every page. Acknowledge it now, or call a supervisor.";
    }
    if (e.status === "acknowledged") {
      return "Acknowledged by " + e.acked_by + " " + W.duration(Date.now() - e.acked_at) + " ago" +
        (e.engaged_at ? "; " + e.acked_by + " has written in the conversation."
          : "; nothing written in the conversation yet.");
    }
    return pagedWords(e) + "; not acknowledged yet.";
  }

  // What a supporter (or anyone in the conversation) needs to know about the clinician.
  function supporterWords(e) {
    if (e.status === "unanswered") {
      return "No clinician has acknowledged yet. Stay with the texter and call your supervisor now.";
    }
    if (e.status === "acknowledged") {
      return "Clinician acknowledged by " + e.acked_by +
        (e.engaged_at ? "; they have joined the conversation." : "; they will join shortly.");
    }
    const paged = (e.paged && e.paged.clinicians) || [];
    return "Clinician paged" + (paged.length ? " (" + paged.join(", ") + ")" : "") +
      "; not acknowledged yet. Stay with the texter.";
  }

  function whyItem(e) {
    if (e.trigger === "supporter") {
      return W.el("p", {className: "why", text: "Why: " + (e.requested_by || "the peer supporter") +
                                                " asked for a clinician."});
    }
    // One line per family and span; a span inside a longer one of the same family adds nothing.
    const all = Array.isArray(e.signals) ? e.signals : [];
    const words = function (s) { return String(s.text || s.term || ""); };
    const seen = new Set();
    const signals = all.filter(function (s) {
      const key = s.family + "\u0000" + words(s).toLowerCase();
      const inside = all.some(function (o) {
        return o !== s && o.family === s.family && words(o).length > words(s).length &&
          words(o).toLowerCase().includes(words(s).toLowerCase());
      });
      if (inside || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (!signals.length) return W.el("p", {className: "why", text: "Why: screening flagged it."});
    return W.el("ul", {className: "why", "aria-label": "Why it fired for " + e.pseudonym},
      ...signals.map(function (s) {
        return W.el("li", {}, W.el("strong", {text: (FAMILY_WORDS[s.family] || s.family) + ": "}),
                    W.el("mark", {text: s.text || s.term}));
      }));
  }

  function escalationItem(e) {
    const mine = (state.conversations.get(e.conversation_id) || {}).supporter ===
      state.me.user.username;
    const who = " " + e.pseudonym;
    const button = function (key, words, onclick, className) {
      return W.el("button", {type: "button", className: className || "", "data-key": e.id + key,
                             "aria-label": words + who, onclick: onclick}, words);
    };
    const canAck = e.status === "paging" || e.status === "unanswered";
    return W.el("li", {className: "escalation " + e.status + " " + e.level},
      W.el("h3", {}, W.el("span", {className: "badge", text: LEVEL_WORDS[e.level] || e.level}),
           " " + e.pseudonym + " ", W.el("span", {className: "code", text: "code " + e.code})),
      W.el("p", {className: "escalation-status", text: stateWords(e)}),
      whyItem(e),
      W.el("p", {className: "muted", text: "Opened " + W.duration(Date.now() - e.created_at) +
                                           " ago" + (mine ? " · you have this conversation" : "")}),
      W.el("div", {className: "actions"},
        canAck ? button("ack", "Acknowledge", function () { escalationStep(e, "ack"); }) : null,
        button("open", "Open conversation", function () { openEscalated(e); }, "quiet"),
        state.me.user.role === "clinician" && !mine
          ? button("take", "Take over", function () { escalationStep(e, "take"); }, "quiet") : null,
        button("resolve", "Resolve", function () { openResolve(e); }, "quiet")));
  }

  function renderEscalations() {
    if (!state.me) return;
    const pane = $("escalations-pane");
    pane.hidden = !handlesEscalations();
    if (pane.hidden) return;
    const focused = document.activeElement && document.activeElement.getAttribute("data-key");
    const items = Array.from(state.escalations.values()).sort(function (a, b) {
      return (a.status === "unanswered" ? 0 : 1) - (b.status === "unanswered" ? 0 : 1) ||
        String(a.level).localeCompare(String(b.level)) || a.created_at - b.created_at;
    });
    $("escalations").replaceChildren.apply($("escalations"), items.map(escalationItem));
    $("escalations-empty").hidden = items.length > 0;
    // A refresh must not throw a keyboard user's focus away from the button they were on.
    if (focused) {
      const again = $("escalations").querySelector('[data-key="' + CSS.escape(focused) + '"]');
      if (again) again.focus();
    }
  }

  function renderEscalationState() {
    const line = $("escalation-state");
    const e = state.selected ? escalationFor(state.selected) : null;
    line.hidden = !e;
    if (!e) return;
    line.textContent = handlesEscalations() ? (LEVEL_WORDS[e.level] || e.level) + ", code " +
      e.code + ": " + stateWords(e) : supporterWords(e);
    line.className = "escalation-state " + e.status;
  }

  let escalationsAsked = 0;
  async function loadEscalations() {
    const asked = ++escalationsAsked;
    let answer;
    try { answer = await W.api("GET", "/api/escalations"); } catch (failure) { return; }
    if (asked !== escalationsAsked) return;  // a newer answer is on its way
    state.escalations = new Map(answer.escalations.map(function (e) { return [e.id, e]; }));
    if (state.me.user.role === "clinician") {
      for (const e of state.escalations.values()) {
        if (!state.conversations.has(e.conversation_id)) fetchConversation(e.conversation_id);
      }
    }
    renderEscalations();
    renderEscalationState();
    if (state.resolving && !state.escalations.has(state.resolving.id) &&
        $("resolve-dialog").open) {
      $("resolve-dialog").close();
    }
  }

  async function escalationStep(e, step, body) {
    try {
      await W.api("POST", "/api/escalations/" + encodeURIComponent(e.id) + "/" + step, body);
      notice("");
      if (step === "take") {
        await fetchConversation(e.conversation_id);
        open(e.conversation_id);
      }
      await loadEscalations();
      return true;
    } catch (failure) {
      notice(failure.message);
      loadEscalations();
      return false;
    }
  }

  async function openEscalated(e) {
    if (!state.conversations.has(e.conversation_id)) await fetchConversation(e.conversation_id);
    if (!state.conversations.has(e.conversation_id)) {
      notice("That conversation can't be opened any more: it may have ended.");
      return;
    }
    open(e.conversation_id);
  }

  function openResolve(e) {
    state.resolving = e;
    $("resolve-form").reset();
    $("resolve-error").textContent = "";
    $("resolve-title").textContent = "Resolve escalation for " + e.pseudonym;
    $("resolve-dialog").showModal();
  }

  async function resolveEscalation() {
    const e = state.resolving;
    const outcome = $("resolve-outcome").value;
    const details = $("resolve-details").value.trim();
    if (!outcome) { $("resolve-error").textContent = "Choose an outcome."; return; }
    if (outcome.startsWith("Other") && !details) {
      $("resolve-error").textContent = "Say in the details what happened.";
      return;
    }
    const text = details ? (outcome.startsWith("Other") ? details : outcome + ": " + details)
      : outcome;
    if (await escalationStep(e, "resolve", {outcome: text.slice(0, 200)})) {
      $("resolve-dialog").close();
      state.resolving = null;
    } else {
      $("resolve-error").textContent = $("notice").textContent;
    }
  }

  // ---- live events
  function onEvent(event) {
    if (String(event.type).startsWith("escalation.")) loadEscalations();
    const mine = state.me && event.supporter === state.me.user.username;
    const id = event.conversation;
    const data = event.data || {};
    switch (event.type) {
      case "conversation.assigned":
        if (data.supporter === state.me.user.username) {
          alertNew();
          fetchConversation(id);
        }
        break;
      case "conversation.requeued":
      case "conversation.transferred":
      case "conversation.closed":
        if (state.conversations.has(id) && (event.type !== "conversation.transferred" ||
                                            data.to !== state.me.user.username)) {
          const c = state.conversations.get(id);
          state.conversations.delete(id);
          sessionStorage.removeItem(draftKey(id));
          const words = {"conversation.requeued": "went back to the queue",
                         "conversation.transferred": "was transferred",
                         "conversation.closed": "has ended"}[event.type];
          if (id === state.selected) closeView(c.pseudonym + " " + words + ".");
          else renderList();
        }
        break;
      case "message.created": {
        const c = state.conversations.get(id);
        if (!c) { if (mine || state.me.user.role === "clinician") fetchConversation(id); break; }
        c.messages.set(data.id, Object.assign({}, c.messages.get(data.id) || {}, data));
        if (data.direction === "in") {
          c.last_message_at = data.created_at;
          c.last_preview = String(data.body || "").slice(0, 80);
          if (id === state.selected && !document.hidden) markRead(id);
          else { c.unread = (c.unread || 0) + 1; alertNew(); }
        } else if (data.direction === "out" && data.author !== "line") {
          c.last_reply_at = data.created_at;
        }
        if (id === state.selected) renderConversation();
        renderList();
        break;
      }
      case "message.status": {
        const c = state.conversations.get(id);
        const m = c && c.messages.get(data.id);
        if (m) {
          m.status = data.status;
          if (data.error) m.error = data.error;
          if (id === state.selected) renderConversation();
        }
        break;
      }
      case "conversation.read": {
        const c = state.conversations.get(id);
        if (c) { c.unread = 0; renderList(); }
        break;
      }
      case "shift.changed":
        if (mine) {
          state.shift = {status: data.status, capacity: data.capacity};
          showShift();
        }
        break;
      default:  // escalations and anything newer: re-read the conversation it concerns
        if (id && (state.conversations.has(id) || state.me.user.role === "clinician")) {
          fetchConversation(id);
        }
    }
  }

  // ---- optional sound and desktop alert; they never show message text or numbers
  function alertNew() {
    if (!state.alerts || (!document.hidden && document.hasFocus())) return;
    try {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = 660;
      gain.gain.value = 0.08;
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.25);
    } catch (error) { /* no sound available */ }
    if ("Notification" in window && Notification.permission === "granted") {
      new Notification("warmline", {body: "Someone is waiting for you in the console."});
    }
  }

  // ---- loading everything (at sign-in, and after the feed says history was lost)
  async function load() {
    const listing = await W.api("GET", "/api/conversations");
    state.conversations.clear();
    for (const summary of listing.conversations) {
      if (summary.status !== "closed") remember(summary);
    }
    renderList();
    const ids = listing.conversations.map(function (c) { return c.id; });
    await Promise.all(ids.map(fetchConversation));
    await loadEscalations();  // a clinician also fetches the conversations they are called into
    if (state.selected && !state.conversations.has(state.selected)) closeView("");
    return listing.event_id;
  }

  async function loadCanned() {
    try {
      state.canned = (await W.api("GET", "/api/canned")).canned;
    } catch (failure) { state.canned = []; }
    const select = $("canned");
    select.replaceChildren(W.el("option", {value: "", text: "Choose…"}));
    for (const c of state.canned) select.append(W.el("option", {value: c.id, text: c.title}));
  }

  function insertCanned() {
    const chosen = state.canned.find(function (c) { return c.id === $("canned").value; });
    if (!chosen) return;
    const box = $("reply");
    const start = box.selectionStart ?? box.value.length;
    const end = box.selectionEnd ?? box.value.length;
    box.value = box.value.slice(0, start) + chosen.body + box.value.slice(end);
    box.focus();
    box.selectionStart = box.selectionEnd = start + chosen.body.length;
    countReply();
    saveDraft();
  }

  async function signedIn(me) {
    state.me = me;
    state.shift = {status: me.shift.status, capacity: me.shift.capacity || 2};
    showShift();
    if (state.feed) state.feed.stop();
    const from = await load();
    loadCanned();
    state.feed = W.feed({
      from: from, onEvent: onEvent,
      onState: function (s) {
        $("connection").textContent = s === "live" ? "Live" : "Reconnecting… your drafts are kept.";
        $("connection").className = "connection " + s;
      },
      onResync: function () { load().catch(function (f) { notice(f.message); }); },
    });
  }

  // ---- dialogs
  function wireDialog(dialog, form, submit) {
    dialog.querySelector("[data-close]").addEventListener("click", function () { dialog.close(); });
    form.addEventListener("submit", async function (event) {
      event.preventDefault();
      await submit();
    });
  }

  async function openTransfer() {
    const select = $("transfer-to");
    select.replaceChildren(W.el("option", {value: "queue", text: "Back to the queue"}));
    $("transfer-error").textContent = "";
    try {
      const answer = await W.api("GET", "/api/supporters");
      for (const s of answer.supporters) {
        if (s.username === state.me.user.username) continue;
        select.append(W.el("option", {value: s.username, disabled: !s.has_room,
          text: s.display_name + " (" + s.load + " of " + s.capacity + ")" +
                (s.has_room ? "" : " — no room")}));
      }
    } catch (failure) { $("transfer-error").textContent = failure.message; }
    $("transfer-dialog").showModal();
  }

  async function transfer() {
    const id = state.selected;
    try {
      await W.api("POST", "/api/conversations/" + encodeURIComponent(id) + "/transfer",
                  {to: $("transfer-to").value});
      $("transfer-dialog").close();
    } catch (failure) { $("transfer-error").textContent = failure.message; }
  }

  async function end() {
    const id = state.selected;
    const tags = $("tags").value.split(",").map(function (t) { return t.trim(); })
      .filter(Boolean);
    try {
      await W.api("POST", "/api/conversations/" + encodeURIComponent(id) + "/close",
                  {outcome: $("outcome").value, tags: tags});
      $("end-dialog").close();
      $("end-form").reset();
    } catch (failure) { $("end-error").textContent = failure.message; }
  }

  async function askClinician() {
    const id = state.selected;
    try {
      await W.api("POST", "/api/conversations/" + encodeURIComponent(id) + "/escalate", {});
      notice("");
      await loadEscalations();  // the conversation now shows "Clinician paged"
    } catch (failure) {
      notice("The clinician could not be paged: " + failure.message +
             " Call the on-call clinician or your supervisor now.");
    }
  }

  async function addNote(event) {
    event.preventDefault();
    const body = $("note").value.trim();
    if (!body || !state.selected) return;
    try {
      await W.api("POST", "/api/conversations/" + encodeURIComponent(state.selected) + "/notes",
                  {body: body});
      $("note").value = "";
    } catch (failure) { notice(failure.message); }
  }

  // ---- wiring
  $("shift-status").addEventListener("change", changeShift);
  $("shift-capacity").addEventListener("change", changeShift);
  $("shift").addEventListener("submit", function (event) { event.preventDefault(); changeShift(); });
  $("reply").addEventListener("input", function () { countReply(); saveDraft(); });
  $("reply").addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });
  $("reply-form").addEventListener("submit", function (event) { event.preventDefault(); send(); });
  $("canned-insert").addEventListener("click", insertCanned);
  $("note-form").addEventListener("submit", addNote);
  $("back").addEventListener("click", function () { closeView(""); });
  $("transfer-open").addEventListener("click", openTransfer);
  $("end-open").addEventListener("click", function () {
    $("end-error").textContent = "";
    $("end-dialog").showModal();
  });
  $("clinician").addEventListener("click", askClinician);
  wireDialog($("transfer-dialog"), $("transfer-form"), transfer);
  wireDialog($("end-dialog"), $("end-form"), end);
  wireDialog($("resolve-dialog"), $("resolve-form"), resolveEscalation);
  $("alerts").addEventListener("change", function () {
    state.alerts = $("alerts").checked;
    if (state.alerts && "Notification" in window && Notification.permission === "default") {
      Notification.requestPermission();
    }
  });
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && state.selected) { markRead(state.selected); renderList(); }
  });
  setInterval(function () { renderList(); renderEscalations(); }, 15000);  // ages tick on

  W.session({
    roles: ["supporter", "clinician", "supervisor"],
    wrongRole: "This account cannot use the console.",
    onSignedIn: signedIn,
    onSignedOut: function () {
      if (state.feed) state.feed.stop();
      state.feed = null;
      state.conversations.clear();
      state.escalations.clear();
      state.selected = "";
    },
  });
})();
