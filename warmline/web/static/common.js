// Shared by the console and the dashboard: the JSON API, the login form, the live event feed,
// and small formatting helpers. No libraries: the pages show people's distress, so nothing
// is fetched from anywhere but this server.
"use strict";
window.Warmline = (function () {
  let csrf = "";
  let onSignedOut = function () {};

  class ApiError extends Error {
    constructor(message, status) { super(message); this.status = status; }
  }

  // Every call to the API; errors come back as sentences a person can act on.
  async function api(method, path, body) {
    const options = {method: method, credentials: "same-origin", headers: {}};
    if (method !== "GET") options.headers["X-CSRF-Token"] = csrf;
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    let answer;
    try {
      answer = await fetch(path, options);
    } catch (error) {
      throw new ApiError("Can't reach the line right now. Check your connection and try again.", 0);
    }
    if (answer.status === 204) return {};
    let data = {};
    try { data = await answer.json(); } catch (error) { data = {}; }
    if (answer.status === 401 && path !== "/api/session") {
      onSignedOut();
      throw new ApiError("You have been signed out. Please log in again.", 401);
    }
    if (!answer.ok) {
      const reason = typeof data.error === "string" ? data.error : "";
      const text = reason ? reason.charAt(0).toUpperCase() + reason.slice(1) + "."
        : "Something went wrong (" + answer.status + "). Please try again.";
      throw new ApiError(answer.status >= 500 ? "The line had a problem. Please try again." : text,
        answer.status);
    }
    return data;
  }

  function el(tag, attributes) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of Array.prototype.slice.call(arguments, 2)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  // Log in and out. `start` shows the login form until a session with an allowed role exists.
  function session(options) {
    const loginView = document.getElementById("login-view");
    const appView = document.getElementById("app-view");
    const form = document.getElementById("login");
    const error = document.getElementById("login-error");

    function signedOut() {
      csrf = "";
      appView.hidden = true;
      loginView.hidden = false;
      if (options.onSignedOut) options.onSignedOut();
      document.getElementById("username").focus();
    }
    onSignedOut = signedOut;

    async function begin(me) {
      if (options.roles && options.roles.indexOf(me.user.role) < 0) {
        error.textContent = options.wrongRole;
        signedOut();
        return;
      }
      csrf = me.csrf_token;
      loginView.hidden = true;
      appView.hidden = false;
      await options.onSignedIn(me);
    }

    form.addEventListener("submit", async function (event) {
      event.preventDefault();
      error.textContent = "";
      const data = new FormData(form);
      try {
        await api("POST", "/api/session", {username: data.get("username"),
                                           password: data.get("password")});
        form.reset();
        await begin(await api("GET", "/api/me"));
      } catch (failure) {
        error.textContent = failure.status === 401 ? "That username and password don't match."
          : failure.message;
      }
    });
    document.getElementById("logout").addEventListener("click", async function () {
      try { await api("DELETE", "/api/session"); } catch (failure) { /* signed out anyway */ }
      signedOut();
    });

    (async function () {
      try { await begin(await api("GET", "/api/me")); } catch (failure) {
        if (failure.status !== 401) error.textContent = failure.message;
        signedOut();
      }
    })();
  }

  function position(id) {
    const parts = String(id).split("-");
    return [Number(parts[0]) || 0, Number(parts[1]) || 0];
  }
  function after(a, b) {
    const x = position(a), y = position(b);
    return x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]);
  }

  // The live feed: /api/events read with fetch so that we choose the Last-Event-ID on every
  // reconnect (after a network drop or a server restart) and can spot a silent, stalled link.
  // Each event is delivered at most once, in stream order.
  function feed(options) {
    let lastId = options.from || "";
    let controller = null;
    let stopped = false;
    let delay = 500;
    let stallTimer = null;

    function setState(state) { if (options.onState) options.onState(state); }

    function armStallTimer() {
      clearTimeout(stallTimer);
      // The server pings every few seconds; silence this long means the link is dead.
      stallTimer = setTimeout(function () { if (controller) controller.abort(); }, 40000);
    }

    function dispatch(block) {
      let id = "", type = "message", data = "";
      for (const line of block.split("\n")) {
        if (line.startsWith("id:")) id = line.slice(3).trim();
        else if (line.startsWith("event:")) type = line.slice(6).trim();
        else if (line.startsWith("data:")) data += line.slice(5).trim();
      }
      if (type === "resync") { if (options.onResync) options.onResync(); return; }
      if (!id || !data) return;
      if (lastId && !after(id, lastId)) return;
      lastId = id;
      let event;
      try { event = JSON.parse(data); } catch (error) { return; }
      event.id = id;
      try { options.onEvent(event); } catch (error) { console.error(error); }
    }

    async function connect() {
      while (!stopped) {
        controller = new AbortController();
        const headers = {"Accept": "text/event-stream"};
        if (lastId) headers["Last-Event-ID"] = lastId;
        try {
          const answer = await fetch("/api/events", {headers: headers, credentials: "same-origin",
                                                     signal: controller.signal, cache: "no-store"});
          if (answer.status === 401) { stopped = true; onSignedOut(); return; }
          if (!answer.ok || !answer.body) throw new Error("status " + answer.status);
          setState("live");
          delay = 500;
          armStallTimer();
          const reader = answer.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = "";
          for (;;) {
            const chunk = await reader.read();
            if (chunk.done) break;
            armStallTimer();
            buffer += chunk.value.replace(/\r\n?/g, "\n");
            let end;
            while ((end = buffer.indexOf("\n\n")) >= 0) {
              dispatch(buffer.slice(0, end));
              buffer = buffer.slice(end + 2);
            }
          }
        } catch (error) { /* reconnect below */ }
        clearTimeout(stallTimer);
        if (stopped) return;
        setState("reconnecting");
        await new Promise(function (resolve) { setTimeout(resolve, delay); });
        delay = Math.min(delay * 2, 5000);
      }
    }
    connect();
    return {
      stop: function () { stopped = true; if (controller) controller.abort(); },
      lastId: function () { return lastId; },
    };
  }

  function duration(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60) return seconds + " s";
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return minutes + " min";
    return Math.floor(minutes / 60) + " h " + (minutes % 60) + " min";
  }

  function clock(ms) {
    return new Date(ms).toLocaleTimeString([], {hour: "2-digit", minute: "2-digit"});
  }

  function day(ms) {
    return new Date(ms).toLocaleDateString([], {year: "numeric", month: "short", day: "numeric"});
  }

  const STATUS_WORDS = {
    pending: "Waiting to send", sending: "Sending", queued: "Queued", sent: "Sent",
    delivered: "Delivered", undelivered: "Not delivered", failed: "Failed",
    blocked: "Not sent (opted out)", received: "Received",
  };
  function failed(status) {
    return status === "failed" || status === "undelivered" || status === "blocked";
  }

  return {api: api, el: el, session: session, feed: feed, duration: duration, clock: clock,
          day: day, statusWords: STATUS_WORDS, failed: failed};
})();
