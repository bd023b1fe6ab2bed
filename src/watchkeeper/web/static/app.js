// Keyboard navigation for the queue and the case view. Everything also works
// without this script (links, buttons and forms are plain HTML).
(function () {
  "use strict";

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  // Move focus through a list of elements with j/k (or the arrow keys when one has focus).
  function roving(items, event) {
    var index = items.indexOf(document.activeElement);
    var next = null;
    if (event.key === "j" || (event.key === "ArrowDown" && index >= 0)) next = index + 1;
    if (event.key === "k" || (event.key === "ArrowUp" && index >= 0)) next = index < 0 ? 0 : index - 1;
    if (next === null) return false;
    next = Math.max(0, Math.min(items.length - 1, next));
    if (items[next]) {
      items[next].focus();
      items[next].scrollIntoView({ block: "nearest" });
      event.preventDefault();
    }
    return true;
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;

    var queueLinks = Array.prototype.slice.call(document.querySelectorAll("table.queue td.subject a"));
    if (queueLinks.length) {
      roving(queueLinks, event);
      return;
    }

    var messages = Array.prototype.slice.call(document.querySelectorAll("ol.timeline li.msg"));
    if (!messages.length) return;
    if (roving(messages, event)) return;
    if (event.key === "n") {  // next message with a warning sign
      var flagged = messages.filter(function (m) { return m.classList.contains("flagged"); });
      var current = messages.indexOf(document.activeElement);
      var target = flagged.find(function (m) { return messages.indexOf(m) > current; }) || flagged[0];
      if (target) { target.focus(); target.scrollIntoView({ block: "center" }); event.preventDefault(); }
    } else if (event.key === "a") {  // jump to the actions
      var actions = document.getElementById("actions");
      if (actions) { actions.focus(); actions.scrollIntoView({ block: "start" }); event.preventDefault(); }
    }
  });

  // Dismissing requires a reason: say so before the round trip.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form.decision")) return;
    var choice = form.querySelector("input[name=decision]:checked");
    var reason = form.querySelector("textarea[name=reason]");
    if (choice && choice.value === "dismiss" && reason && !reason.value.trim()) {
      event.preventDefault();
      reason.setAttribute("aria-invalid", "true");
      reason.focus();
      var hint = document.getElementById(reason.getAttribute("aria-describedby") || "reason-hint");
      if (hint) hint.classList.add("error");
    }
  });
})();
