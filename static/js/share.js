// Share and print buttons of a checked offer's result. A file of its own: the Content-Security-Policy allows no
// inline script. Without JavaScript the buttons stay hidden and the link is still there to copy by hand. The words
// it shows come from the button's data- attributes, in the page's language (English when one is missing).
(function () {
  "use strict";

  function say(button, text) {
    var status = button.parentNode.querySelector(".share-status");
    if (status) { status.textContent = text; }
  }

  function words(button, name, english) {
    return button.getAttribute("data-" + name) || english;
  }

  function copyByHand(button) {
    var field = document.getElementById("share-url");
    if (field) { field.focus(); field.select(); }
    say(button, words(button, "copy-by-hand", "Select the link above and copy it."));
  }

  document.querySelectorAll("[data-share-url]").forEach(function (button) {
    var url = button.getAttribute("data-share-url");
    var title = button.getAttribute("data-share-title") || document.title;
    if (navigator.share) {
      // Phones and some desktops: the system's own share sheet (messages, mail, chat apps).
      button.textContent = words(button, "share-label", "Share this result");
      button.addEventListener("click", function () {
        navigator.share({ title: title, url: url }).catch(function () { /* closed without sharing */ });
      });
    } else {
      button.addEventListener("click", function () {
        if (!navigator.clipboard) { copyByHand(button); return; }
        navigator.clipboard.writeText(url).then(
          function () { say(button, words(button, "copied", "Link copied: paste it into a message or an e-mail.")); },
          function () { copyByHand(button); }
        );
      });
    }
    button.hidden = false;
  });

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
    button.hidden = false;
  });
})();
