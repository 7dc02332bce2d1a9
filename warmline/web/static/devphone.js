// The dev phone: posts texts as the given number and shows what the line sends back.
"use strict";
(function () {
  const form = document.getElementById("phone");
  const number = document.getElementById("number");
  const body = document.getElementById("body");
  const thread = document.getElementById("thread");
  const status = document.getElementById("status");
  const shown = new Set();

  function add(text, who) {
    const item = document.createElement("li");
    item.className = who;
    item.textContent = text;
    thread.appendChild(item);
  }

  async function poll() {
    try {
      const answer = await fetch("/dev/phone/inbox?number=" + encodeURIComponent(number.value));
      if (answer.ok) {
        const data = await answer.json();
        for (const text of data.texts) {
          if (!shown.has(text.sid)) { shown.add(text.sid); add(text.body, "line"); }
        }
      }
    } catch (error) { /* the line may be restarting; try again shortly */ }
    setTimeout(poll, 1000);
  }

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    const text = body.value.trim();
    if (!text) return;
    const answer = await fetch("/dev/phone/send", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({from: number.value, body: text}),
    });
    if (answer.ok) { add(text, "me"); body.value = ""; status.textContent = ""; }
    else { status.textContent = (await answer.json()).error || "Could not send."; }
  });
  poll();
})();
